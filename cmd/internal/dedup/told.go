package dedup

import (
	"maps"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// keepToldPoints keeps a point that three sources or more make and that
// no kept sentence carries any more: a rare word ("appeal", told by four
// outlets) each of whose sentences went as covered by another that went
// too, or that a later pass cut away. The sentence kept is the most
// informative of those that carry it (most names and numbers, then the
// earliest); it is kept for a fact (ForcedFact). A word of more than a
// twentieth of the sentences (at least three) is the story's, no point;
// one two sources use is as often an incidental word ("fueled") as a
// point, and a part of the day ("night") only says when. Words are
// compared by paraphrase class ("decrease" is said where "reduce" is).
func (a *across) keepToldPoints() {
	res := a.res
	kept := map[string]bool{}
	said := func(i int) {
		for _, t := range text.Tokenize(res.Text[i]) {
			kept[text.Concept(t.Stem)] = true
		}
	}
	for i := range res.Keep {
		if res.Keep[i] {
			said(i)
		}
	}
	type point struct {
		sources  []int
		carriers []int
		df       int
	}
	points := map[string]*point{}
	for i, us := range res.Units {
		for _, u := range us {
			w, ok := strings.CutPrefix(u, wordUnit)
			if w = text.Concept(w); !ok || kept[w] {
				continue
			}
			p := points[w]
			if p == nil {
				p = &point{}
				points[w] = p
			}
			p.df++
			if !slices.Contains(p.sources, a.src[i]) {
				p.sources = append(p.sources, a.src[i])
			}
			if !res.Keep[i] && res.Reason[i] != NoContent {
				p.carriers = append(p.carriers, i)
			}
		}
	}
	maxDF := max(3, len(res.Keep)/20)
	for _, w := range slices.Sorted(maps.Keys(points)) {
		p := points[w]
		if kept[w] || len(p.sources) < 3 || p.df > maxDF || len(p.carriers) == 0 || text.GenericStem(w) || text.DayPart(w) || len(w) < 4 {
			continue
		}
		best := p.carriers[0]
		for _, i := range p.carriers[1:] {
			if a.facts[i] > a.facts[best] {
				best = i
			}
		}
		res.Keep[best], res.Reason[best], res.DupOf[best], res.Follows[best] = true, ForcedFact, -1, -1
		if t := pointClauses(res.Text[best], w); t != res.Text[best] {
			res.Text[best], res.Reason[best] = t, Reduced
		}
		said(best)
	}
}

// pointClauses is sentence t reduced to its main clause and the clause
// that carries point w (a stem, by paraphrase class): the rest of it is
// what had it dropped, told by other kept sentences ("Apple will appeal
// the decision, with a ruling at the General Court likely to take years"
// beside another outlet's sentence on the ruling).
func pointClauses(t, w string) string {
	cl := SplitClauses(t)
	if len(cl) < 2 || strings.ContainsAny(t, "\"“”") {
		return t
	}
	keep := make([]bool, len(cl))
	found := false
	for k, c := range cl {
		keep[k] = c.Kind == KindMain
		for _, tok := range text.Tokenize(c.Text) {
			if text.Concept(tok.Stem) == w {
				keep[k], found = true, true
			}
		}
	}
	if !found || !slices.Contains(keep, false) {
		return t
	}
	if r := JoinClauses(t, cl, keep); r != "" {
		return r
	}
	return t
}
