package dedup

import (
	"container/heap"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Clause-level rescue. Whole-sentence selection loses a point a text makes
// in one clause of a sentence whose other clauses are said already ("The
// United States will need to reconsider its strategies, both economically
// and politically, to address the challenges posed by this new alliance,
// ..."): keeping the sentence whole costs its covered clauses, dropping it
// loses the point. rescueClauses keeps, for such a point, a sentence reduced
// to the clause that carries it (see Reduce).

// salientUnit reports whether a unit is a point the text makes that the
// briefing must carry: a name or a number, or a content word the text uses
// more than once but not everywhere (df between 2 and maxDF).
func salientUnit(u string, df, maxDF int) bool {
	if IsFact(u) {
		return true
	}
	return strings.HasPrefix(u, linkUnit) && df >= 2 && df <= maxDF
}

// linkUnit marks a link: two content words (or names) at most two function
// words apart ("reconsider its strategies", "new AI powerhouses"). A link
// two sentences share is a point the text makes twice.
const linkUnit = "l:"

// links returns the link units of a text.
func links(s string) []string {
	var out []string
	prev, gap := "", 0
	for _, t := range text.Tokenize(s) {
		if t.Number || text.StopWord(t.Norm) || len(t.Stem) < 2 {
			gap++
			if t.Number {
				prev = ""
			}
			continue
		}
		w := t.Stem
		if t.Upper || t.Cap && !t.Initial {
			w = t.Norm // names are entity units: said by their Norm
		}
		if prev != "" && gap <= 2 && prev != w {
			a, b := prev, w
			if b < a {
				a, b = b, a
			}
			out = append(out, linkUnit+a+"_"+b)
		}
		prev, gap = w, 0
	}
	return out
}

type reduction struct {
	i    int    // sentence
	keep []bool // its clauses to keep
	text string
	us   []string
	cost float64
}

// rescueClauses adds, greedily by lost weight per word, reduced sentences
// until no salient unit a dropped sentence carries is missing from the kept
// texts. It updates res.Keep, res.Reason and res.Text.
func rescueClauses(texts []string, res *Result, idx *entityIndex, weight func(string) float64, salient func(string) bool) {
	// A point is said when a kept text carries its word or a synonym
	// of it (text.Concept): "reliance" is said by "dependence".
	said := map[string]bool{}
	say := func(us []string) {
		for _, u := range us {
			said[u] = true
			if u[:2] == wordUnit {
				said[wordUnit+text.Concept(u[2:])] = true
			}
		}
	}
	wordSaid := func(w string) bool {
		return text.GenericStem(w) || said[wordUnit+w] || said[wordUnit+text.Concept(w)] || said[entityUnit+w]
	}
	isSaid := func(u string) bool {
		if said[u] {
			return true
		}
		if u[:2] == linkUnit {
			// A recurring pair is a point the text makes twice
			// ("reconsider its strategies"); it is lost when
			// one of its words is said nowhere.
			a, b, _ := strings.Cut(u[2:], "_")
			return wordSaid(a) && wordSaid(b)
		}
		return false
	}
	for i, k := range res.Keep {
		if k {
			say(idx.units(text.Tokenize(res.Text[i])))
			say(links(res.Text[i]))
		}
	}
	lost := func(us []string) float64 {
		w := 0.0
		for _, u := range us {
			if !isSaid(u) && salient(u) {
				w += weight(u)
			}
		}
		return w
	}
	var cands []reduction
	for i, us := range res.Units {
		if res.Keep[i] || len(us) == 0 || lost(links(texts[i])) == 0 {
			continue
		}
		cl := SplitClauses(texts[i])
		for k := range cl {
			t, ok := Reduce(texts[i], cl, k)
			if !ok {
				continue
			}
			rus := append(idx.units(text.Tokenize(t)), links(t)...)
			if lost(rus) == 0 {
				continue
			}
			keep := reduceMask(cl, k)
			cands = append(cands, reduction{i: i, keep: keep, text: t, us: rus, cost: float64(len(strings.Fields(t)))})
		}
	}
	reduced := map[int][]bool{}
	h := &gainHeap{}
	for c := range cands {
		heap.Push(h, gainItem{c, lost(cands[c].us) / cands[c].cost})
	}
	for h.Len() > 0 {
		it := heap.Pop(h).(gainItem)
		c := cands[it.i]
		p := lost(c.us) / c.cost
		if p == 0 {
			continue
		}
		if h.Len() > 0 && p < (*h)[0].p-1e-12 {
			it.p = p
			heap.Push(h, it)
			continue
		}
		text := c.text
		if res.Keep[c.i] {
			// A second clause of a sentence already reduced: keep
			// both.
			cl := SplitClauses(texts[c.i])
			prev := reduced[c.i]
			for k := range prev {
				prev[k] = prev[k] || c.keep[k]
			}
			text = JoinClauses(texts[c.i], cl, prev)
		} else {
			reduced[c.i] = c.keep
		}
		res.Keep[c.i] = true
		res.Reason[c.i] = Reduced
		res.Text[c.i] = text
		say(c.us)
	}
}
