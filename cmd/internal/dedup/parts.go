package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Restated parts (AcrossSources, last). Outlets tell one fact inside
// sentences that each say more: "Biden, recovering from COVID-19 in
// Rehoboth, Delaware, has faced increasing pressure to withdraw ..." beside
// "This decision comes as Biden recovers from his third bout with COVID-19
// at his Rehoboth Beach, Delaware, vacation home"; "The issue wasn't a
// cyberattack or a hardware failure—it was a software defect ..." beside
// "Kurtz said what happened was not a cyberattack or a security incident".
// Neither sentence states the other's fact (each says much the other does
// not), so neither goes, and the briefing tells the illness twice. A part
// of a kept sentence that can go without breaking what is left (an aside
// between commas after the subject, one side of a dash, a clause joined by
// a comma, "and" or a semicolon, a trailing participle or relative clause:
// removableParts) is cut, with an elision where it stood, when a kept
// sentence of another source carries every name and number of it and a
// share partContain of its weight: the fact is told once, by that
// sentence, which credits this one's source too (Result.PartOf).

// part is a piece of a sentence that can go: text is the piece, rest the
// sentence without it, an elision (Elision) where it stood.
type part struct{ text, rest string }

// removableParts returns the parts of sentence s that can go without
// breaking what is left, none when s quotes someone (a quotation is
// cited whole).
func removableParts(s string) []part {
	if strings.ContainsAny(s, "\"“”") {
		return nil
	}
	var out []part
	cl := SplitClauses(s)
	main := slices.IndexFunc(cl, func(c Clause) bool { return c.Kind == KindMain })
	// "Biden, recovering from ..., has faced ...": a main clause of a
	// word or two is a subject that an aside cut off its verb.
	if main < 0 || len(strings.Fields(cl[main].Text)) < 4 {
		cl = nil
	}
	for k, c := range cl {
		if k <= main || c.Cont || c.Kind == KindMain || c.Kind == KindLead {
			continue
		}
		// A participle right after the part may be its own ("a motion
		// ending martial law, which Yoon imposed on Tuesday, citing
		// anti-state activities"): cut, the participle would tell what
		// another did.
		if k+1 < len(cl) && participleOpens(cl[k+1].Text) {
			continue
		}
		// An aside between dashes is cut with what continues after it
		// kept: JoinClauses marks the gap.
		keep := make([]bool, len(cl))
		for j := range keep {
			keep[j] = j != k
		}
		if rest := JoinClauses(s, cl, keep); rest != "" {
			out = append(out, part{c.Text, rest})
		}
	}
	if p, ok := subjectAside(s); ok {
		out = append(out, p)
	}
	out = append(out, dashSides(s)...)
	if p, ok := joinedPredicate(s); ok {
		out = append(out, p)
	}
	return out
}

// subjectAside is the aside between commas right after a sentence's
// subject, before its verb: "Biden, recovering from COVID-19 in Rehoboth,
// Delaware, has faced ..." loses "recovering from COVID-19 in Rehoboth,
// Delaware" ("Biden … has faced ...").
func subjectAside(s string) (part, bool) {
	c1 := strings.Index(s, ", ")
	if c1 <= 0 || !unicode.IsUpper(firstRune(s)) {
		return part{}, false
	}
	subj := strings.Fields(s[:c1])
	if len(subj) > 5 || slices.ContainsFunc(subj, func(w string) bool { return text.FiniteVerb(strings.ToLower(w)) }) {
		return part{}, false
	}
	for at := c1 + 2; ; {
		c2 := strings.Index(s[at:], ", ")
		if c2 < 0 {
			return part{}, false
		}
		c2 += at
		if w := firstWord(s[c2+2:]); w != "" && unicode.IsLower(firstRune(w)) && text.FiniteVerb(w) {
			aside := s[c1+2 : c2]
			if len(strings.Fields(aside)) < 3 {
				return part{}, false
			}
			return part{aside, s[:c1] + " " + Elision + " " + s[c2+2:]}, true
		}
		at = c2 + 2
	}
}

// dashSides are the two sides of a sentence cut by one dash written
// without spaces when what follows it is a clause of its own ("The issue
// wasn't a cyberattack—it was a software defect ..."): either side can go.
func dashSides(s string) []part {
	if strings.Count(s, "—") != 1 {
		return nil
	}
	i := strings.Index(s, "—")
	before, after := s[:i], s[i+len("—"):]
	if strings.HasSuffix(before, " ") || strings.HasPrefix(after, " ") || !startsFinite(after) {
		return nil
	}
	end := strings.TrimRight(after, ".!?")
	return []part{
		{before, Elision + after},
		{end, before + Elision},
	}
}

// joinedPredicate is a second verb of the subject joined by "and" at the
// end of a sentence: "He said he would remain in office until January and
// will address the nation later this week" loses "will address the nation
// later this week".
func joinedPredicate(s string) (part, bool) {
	i := strings.LastIndex(s, " and ")
	if i <= 0 || strings.HasSuffix(s[:i], ",") || listBefore(s[:i]) {
		return part{}, false
	}
	w := firstWord(s[i+5:])
	if w == "" || !unicode.IsLower(firstRune(w)) || !text.FiniteVerb(w) {
		return part{}, false
	}
	body := strings.TrimRight(s[i+5:], ".!? ")
	if len(strings.Fields(body)) < 3 {
		return part{}, false
	}
	return part{body, s[:i] + Elision}, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// restatedParts cuts from each kept sentence the parts that another
// source's kept sentence states (see the comment above removableParts);
// took marks the sentences others were merged into, which keep their
// wording whole (their sources are credited for what it says).
func (a *across) restatedParts(took []bool) {
	res := a.res
	for i := range a.sets {
		if !res.Keep[i] || res.Follows[i] >= 0 || took[i] {
			continue
		}
		names := entityNames(res.Units[i])
		for _, p := range removableParts(res.Text[i]) {
			k := a.toldBy(i, a.phraseUnits(p.text, names))
			if k < 0 {
				continue
			}
			res.Text[i], res.PartOf[i] = p.rest, k
			a.sets[i] = a.phraseUnits(p.rest, names)
			slices.Sort(a.sets[i])
			a.sets[i] = slices.Compact(a.sets[i])
			a.kinded[i] = kindedFigures(p.rest)
			took[k] = true
			break
		}
	}
}

// toldBy is the kept sentence of another source than sentence i's that
// states the part of i whose units are pu: it carries every name and number
// of the part and a share partContain of its weight, two of them rare
// units; or -1.
func (a *across) toldBy(i int, pu []int32) int {
	slices.Sort(pu)
	pu = slices.Compact(pu)
	total := 0.0
	for _, x := range pu {
		total += a.u.weight[x]
	}
	if len(pu) < 3 || total == 0 {
		return -1
	}
	best, bestScore := -1, 0.0
	seen := map[int]bool{}
	for _, x := range pu {
		if !a.usable(x) {
			continue
		}
		for _, k := range a.post[x] {
			if seen[k] || k == i || a.src[k] == a.src[i] || !a.res.Keep[k] || a.res.Follows[k] >= 0 {
				continue
			}
			seen[k] = true
			shared, rare, ok := 0.0, 0, true
			for _, y := range pu {
				in := has(a.sets[k], y) || a.u.num[y] && a.givesRounded(k, y, sameFigureValue)
				if !in {
					if a.u.fact[y] {
						ok = false
						break
					}
					continue
				}
				shared += a.u.weight[y]
				if a.usable(y) {
					rare++
				}
			}
			if sc := shared / total; ok && rare >= 2 && sc >= partContain && (sc > bestScore || sc == bestScore && k < best) {
				best, bestScore = k, sc
			}
		}
	}
	return best
}

// partContain is the weighted share of a part that another source's
// sentence must state for the part to be cut: higher than acrossContain,
// since a part is short and what it says beside the fact is lost.
const partContain = 0.7
