package dedup

import (
	"math"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// minMainWords is the shortest main clause a trimmed sentence may keep.
const minMainWords = 8

// trimClauses returns the wording of each kept sentence: a clause other than
// the main clause (see SplitClauses: a lead phrase, an adjunct, a relative
// clause, a dash aside, a second finite clause) whose content words, names
// and numbers are all said by other kept sentences (or by the rest of its
// own) is cut, from the end of the sentence to its start. A clause that
// alone carries a salient unit (protect) stays. A conditional or
// concessive lead ("If successful, ...", "While some ...") changes what the
// sentence claims and stays. Dropped sentences keep their text. The least
// informative sentences are trimmed first, so that a clause said twice
// survives in the richer one.
func trimClauses(texts []string, keep []bool, units [][]string, idx *entityIndex, weight func(string) float64, maxNew float64, protect func(string) bool) []string {
	out := make([]string, len(texts))
	copy(out, texts)
	count := map[string]int{}
	for i, us := range units {
		if keep[i] {
			for _, u := range us {
				count[u]++
			}
		}
	}
	order := make([]int, 0, len(texts))
	for i := range texts {
		if keep[i] {
			order = append(order, i)
		}
	}
	// Shortest first: a short sentence is less likely to be the richer
	// wording of a clause.
	sort.SliceStable(order, func(a, b int) bool { return len(units[order[a]]) < len(units[order[b]]) })
	for _, i := range order {
		cl := SplitClauses(texts[i])
		if len(cl) < 2 {
			continue
		}
		cu := make([][]string, len(cl))
		for k, c := range cl {
			cu[k] = idx.units(text.Tokenize(c.Text))
		}
		alive := make([]bool, len(cl))
		for k := range alive {
			alive[k] = true
		}
		words := len(strings.Fields(texts[i]))
		// Tails from the end, then the lead.
		var try []int
		for k := len(cl) - 1; k >= 1; k-- {
			try = append(try, k)
		}
		if cl[0].Kind == KindLead {
			try = append(try, 0)
		}
		for _, k := range try {
			c := cl[k]
			if c.Kind == KindMain || c.Cont {
				continue
			}
			if c.Kind == KindLead && (conditionalLead(c.Text) || !text.FramingLead(strings.ToLower(firstWord(c.Text)))) {
				continue
			}
			// A relative clause after this one would lose its
			// antecedent.
			if k+1 < len(cl) && alive[k+1] && cl[k+1].Kind == KindRelative {
				continue
			}
			// Nor may a participle right after it lose its subject:
			// "a motion ending martial law, which Yoon imposed on
			// Tuesday, citing anti-state activities" would have the
			// motion cite them.
			if k+1 < len(cl) && alive[k+1] && participleOpens(cl[k+1].Text) && c.Kind != KindLead {
				continue
			}
			cw := len(strings.Fields(c.Text))
			if words-cw < minMainWords {
				continue
			}
			rest := map[string]bool{}
			for j := range cl {
				if j != k && alive[j] {
					for _, u := range cu[j] {
						rest[u] = true
					}
				}
			}
			// What the clause alone says: units neither the rest of
			// the sentence nor another kept sentence has (count
			// includes this sentence once). A new name or number,
			// or a salient unit said nowhere else, always stays.
			novel := 0.0
			for _, u := range cu[k] {
				if u[:2] == pairUnit || rest[u] || count[u] >= 2 {
					continue
				}
				if IsFact(u) || protect != nil && protect(u) {
					novel = math.Inf(1)
				}
				novel += weight(u)
			}
			if c.Kind == KindLead {
				// A name in the frame ("By challenging the US,
				// ...") usually says whom the claim is about.
				for _, u := range cu[k] {
					if IsFact(u) {
						novel = math.Inf(1)
					}
				}
			}
			if novel > maxNew {
				continue
			}
			alive[k] = false
			words -= cw
			for _, u := range cu[k] {
				if !rest[u] {
					count[u]--
				}
			}
		}
		out[i] = JoinClauses(texts[i], cl, alive)
	}
	return out
}

// participleOpens reports whether a clause opens with a verb's -ing form
// ("citing ...", ", leaving ..."): a participle whose subject is what
// stands before it.
func participleOpens(t string) bool {
	w := firstWord(strings.TrimLeft(t, " ,;—–-"))
	return len(w) > 4 && strings.HasSuffix(w, "ing") && strings.ToLower(w) == w
}
