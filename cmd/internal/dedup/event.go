package dedup

import (
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// One event, two wordings (AcrossSources). Outlets open on the same event
// in words of their own: "Hurricane Milton made landfall near Siesta Key",
// "the hurricane came ashore at 8:30 p.m. near Siesta Key", "Hurricane
// Milton struck Florida's west coast Wednesday evening"; "The United
// States has approved Nvidia to export its H200 chips to China", "The
// Trump administration has formally approved Nvidia's sale of H200 AI
// chips to China". Each adds a detail the others lack, and they share too
// few words for weighted containment (statesFact) to call one the other's
// fact. They tell one event when their main clauses name one event
// (text.EventConcept: "made landfall", "came ashore" and "struck" are one
// class) about one actor, and nothing of one contradicts the other: no
// figure of one kind with two values, no two days or months. The fuller
// wording stands and the others are cut to the details they add (see
// detailOf), so that the event is told once, crediting every outlet.

// eventClause is what sentence t's event is told in: the first clause of
// its main clause (mainClause: without a lead phrase or a dateline), so
// neither a relative clause ("Tampa Bay, which hasn't been hit by a major
// hurricane in over 100 years, ...") nor an adjunct (", threatening ...")
// nor a clause joined by "and" or "but" tells it.
func eventClause(t string) string {
	c := mainClause(t)
	if cl := SplitClauses(c); len(cl) > 0 && cl[0].Kind == KindMain {
		c = cl[0].Text
	}
	// Cut at the first comma that a clause join follows (text.ClauseJoin).
	for k := 0; ; {
		i := strings.Index(c[k:], ", ")
		if i < 0 {
			break
		}
		k += i
		w, _, _ := strings.Cut(c[k+2:], " ")
		if k > 0 && text.ClauseJoin(strings.ToLower(w)) {
			c = c[:k]
			break
		}
		k += 2
	}
	return c
}

// eventsOf are the event classes (text.EventConcept) that clause c tells,
// sorted: an event word after "to", or after "to" and a verb, is one
// the clause's verb leads to ("is expected to make landfall", "the fifth
// hurricane to make landfall"), not one it tells, and one after a
// negation ("won't see another rate cut") or in a clause of time or
// cause ("issued a statement that as the hurricane made landfall, ...")
// is none.
func eventsOf(c string) []string {
	var out []string
	toks := text.Tokenize(c)
	for k, tok := range toks {
		if text.Negation(tok.Norm) || k > 0 && k+1 < len(toks) && text.Subordinator(tok.Norm, toks[k+1].Norm) {
			break
		}
		if tok.Number || k > 0 && toks[k-1].Norm == "to" || k > 1 && toks[k-2].Norm == "to" {
			continue
		}
		if cc := text.Concept(tok.Stem); text.EventConcept(cc) {
			out = append(out, cc)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameEvent reports whether sentences d and k, of two sources, tell one
// event: their event clauses share an event class, they give no
// contradicting figure (contradicts, either way round) and no two
// different days or months, and they name one actor (otherActors), or
// else their event clauses share two names besides the actors ("The
// United States has approved Nvidia to export its H200 chips to China" /
// "The Trump administration has formally approved Nvidia's sale of H200
// AI chips to China"): who decides is named many ways, what is decided
// is not.
func (a *across) sameEvent(d, k int) bool {
	if a.events == nil || len(a.events[d]) == 0 || len(a.events[k]) == 0 {
		return false
	}
	if !slices.ContainsFunc(a.events[d], func(c string) bool { return slices.Contains(a.events[k], c) }) {
		return false
	}
	if a.conflicts(d, k) || a.conflicts(k, d) || a.otherWhen(d, k) {
		return false
	}
	ds, ks := a.sets[d], a.sets[k]
	shared := 0
	for _, x := range a.eventUnits[d] {
		if x != a.actor[d] && x != a.actor[k] && a.tab.fact[x] && !a.tab.num[x] && slices.Contains(a.eventUnits[k], x) {
			shared++
		}
	}
	if otherActors(a.actor[d], a.actor[k], -1, func(x int32) bool { return has(ds, x) }, func(x int32) bool { return has(ks, x) }) {
		return shared >= 2
	}
	// One actor named by both tells one event; with no actor on one
	// side ("They also boost prices ..." / "Powell said inflation is
	// moving down"), an event word alone is no event: a name in common
	// must say what happened to whom.
	return a.actor[d] >= 0 && a.actor[k] >= 0 || shared >= 1
}

// conflicts reports whether a number of sentence d that k does not give
// contradicts k (contradicts).
func (a *across) conflicts(d, k int) bool {
	for x := range a.kinds[d] {
		if !has(a.sets[k], x) && !a.givesRounded(k, x, sameFigureValue) && a.contradicts(d, k, x) {
			return true
		}
	}
	return false
}

// otherWhen reports whether sentences d and k name different days, or
// different months: "made landfall on Wednesday" is not "made landfall on
// Thursday".
func (a *across) otherWhen(d, k int) bool {
	for _, months := range []bool{false, true} {
		dw, kw := a.timeNames(d, months), a.timeNames(k, months)
		if len(dw) > 0 && len(kw) > 0 && !slices.ContainsFunc(dw, func(x int32) bool { return slices.Contains(kw, x) }) {
			return true
		}
	}
	return false
}

// timeNames are the units of sentence i that name a month (months) or a
// day of the week.
func (a *across) timeNames(i int, months bool) []int32 {
	var out []int32
	for _, x := range a.sets[i] {
		name, ok := strings.CutPrefix(a.tab.key[x], entityUnit)
		if ok && text.TimeWord(name) && isMonth(name) == months {
			out = append(out, x)
		}
	}
	return out
}

// isMonth reports whether time word w (text.TimeWord) names a month.
func isMonth(w string) bool { return !strings.HasSuffix(w, "day") }

// eventSets fills in, for each sentence, the event classes its event
// clause tells (eventsOf) and that clause's units.
func (a *across) eventSets() {
	n := len(a.res.Text)
	a.events, a.eventUnits = make([][]string, n), make([][]int32, n)
	for i, t := range a.res.Text {
		c := eventClause(t)
		if a.events[i] = eventsOf(c); len(a.events[i]) > 0 {
			a.eventUnits[i] = a.phraseUnits(c, entityNames(a.res.Units[i]))
		}
	}
}
