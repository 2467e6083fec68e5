package glossary

import (
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// maxNameWords bounds the words of a name.
const maxNameWords = 5

// properNames returns the names of the passages: runs of two or more
// capitalised words (joined by "of", "for", "and", "the" inside) not at
// the start of a sentence, found in at least minPassages passages. A run
// is counted with its sub-runs, and the longest form that is found about
// as often as its parts wins ("President Vladimir Putin" over "Vladimir
// Putin" when the text always writes the title; "AI Alliance Network"
// over "Alliance Network"). At least two words must be ordinary
// capitalised words, or the last one must be ("AI Alliance Network", but
// not "Western AI" or "BRICS AI").
func properNames(passages []Passage, minPassages int) []string {
	count := map[string]int{}
	last := map[string]int{}
	for pi, p := range passages {
		if isHeading(p.Text) {
			continue // title case says nothing
		}
		for _, s := range sentences.Split(p.Text) {
			toks := text.Words(s.Text)
			for i := 0; i < len(toks); {
				j := i
				var run []text.Word
				for j < len(toks) {
					t := toks[j]
					if j > i && gapKind(s.Text[toks[j-1].End:t.Start]) != ' ' {
						break
					}
					w := text.StripPossessive(t.Text)
					if !text.IsCapitalized(w) {
						if joiners[w] && len(run) > 0 && j+1 < len(toks) && text.IsCapitalized(toks[j+1].Text) {
							run = append(run, t)
							j++
							continue
						}
						break
					}
					if text.VagueWord(w) && !text.IsAcronym(w) {
						break
					}
					t.End = t.Start + len(w)
					t.Text = w
					run = append(run, t)
					j++
					if w != toks[j-1].Text {
						break // a possessive ends the name
					}
				}
				if j == i {
					i++
					continue
				}
				if i == 0 && len(run) > 0 {
					run = run[1:] // a sentence's first word is capitalised anyway
				}
				for a := 0; a < len(run); a++ {
					for b := a + 2; b <= len(run) && b-a <= maxNameWords; b++ {
						sub := run[a:b]
						if joiners[sub[0].Text] || joiners[sub[len(sub)-1].Text] || !nameShape(sub) {
							continue
						}
						name := s.Text[sub[0].Start:sub[len(sub)-1].End]
						if last[name] != pi+1 {
							last[name] = pi + 1
							count[name]++
						}
					}
				}
				i = j
			}
		}
	}
	var cands []string
	for n, c := range count {
		if c >= minPassages {
			cands = append(cands, n)
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		li, lj := len(strings.Fields(cands[i])), len(strings.Fields(cands[j]))
		if li != lj {
			return li > lj
		}
		if count[cands[i]] != count[cands[j]] {
			return count[cands[i]] > count[cands[j]]
		}
		return cands[i] < cands[j]
	})
	var out []string
	for _, n := range cands {
		keep := true
		for _, o := range out {
			if strings.Contains(" "+o+" ", " "+n+" ") && 2*count[o] >= count[n] {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// nameShape reports whether a run of capitalised words can be a name: the
// last word is not an acronym ("BRICS AI" is a use of AI), and it has at
// least one word that is not.
func nameShape(run []text.Word) bool {
	return !text.IsAcronym(run[len(run)-1].Text)
}
