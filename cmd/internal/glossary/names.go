package glossary

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// maxNameWords bounds the words of a name, its joiners not counted: the
// "of" and "the" of "District of Columbia Public Defender Service" do not
// make it a clause, and a window counting them would cut the name.
const maxNameWords = 5

// nameWords counts the words of a run of a name that are not joiners.
func nameWords(run []text.Word) int {
	n := 0
	for _, t := range run {
		if !joiners[t.Text] {
			n++
		}
	}
	return n
}

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
	count := map[string]int{}    // passages naming it inside a sentence
	atStart := map[string]int{}  // passages naming it at a sentence start only
	counted := map[string]bool{} // name, where it stands, passage: counted once a passage
	type cutRun struct {
		name    string
		opening []string // the names the sentence may open with that hold its first word
		passage int
	}
	var cut []cutRun
	whole := map[string]bool{} // names written as a whole run inside a sentence
	for pi, p := range passages {
		if isHeading(p.Text) {
			continue // title case says nothing
		}
		for _, s := range sentences.Split(p.Text) {
			toks := text.NameWords(s.Text)
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
						if joiners[w] && len(run) > 0 && joinsName(toks, j) {
							run = append(run, t)
							j++
							continue
						}
						break
					}
					// "Key" of "Francis Scott Key Bridge" is a name's
					// word, between two; a vague word opening or closing a
					// run ("New Delhi's Key ...") is not.
					if text.VagueWord(w) && !text.IsAcronym(w) && (len(run) == 0 || j+1 >= len(toks) || !text.IsCapitalized(toks[j+1].Text) || gapKind(s.Text[t.End:toks[j+1].Start]) != ' ') {
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
				if i > 0 && len(run) > 1 && !joiners[run[len(run)-1].Text] {
					whole[s.Text[run[0].Start:run[len(run)-1].End]] = true
				}
				first := 0
				if i == 0 {
					// A sentence's first word is capitalised anyway: a
					// name it starts counts only if the text also writes
					// it inside a sentence (below).
					first = 1
				}
				for a := 0; a < len(run); a++ {
					for b := a + 2; b <= len(run) && nameWords(run[a:b]) <= maxNameWords; b++ {
						sub := run[a:b]
						if joiners[sub[0].Text] || joiners[sub[len(sub)-1].Text] || !nameShape(sub) || text.TimeWord(strings.ToLower(sub[len(sub)-1].Text)) {
							continue // "White House Tuesday": the day says when
						}
						name := s.Text[sub[0].Start:sub[len(sub)-1].End]
						if a >= 1 && first == 1 {
							// "Federal Reserve Chair Jerome Powell said ...":
							// "Reserve Chair Jerome Powell" cuts a name the
							// sentence opens with, if the text writes that
							// name alone inside a sentence (below).
							var opening []string
							for k := a + 1; k < len(run); k++ {
								opening = append(opening, s.Text[run[0].Start:run[k-1].End])
							}
							cut = append(cut, cutRun{name, opening, pi})
							continue
						}
						at := count
						if a < first {
							at = atStart
						}
						if k := fmt.Sprint(name, "\x00", a < first, "\x00", pi); !counted[k] {
							counted[k] = true
							at[name]++
						}
					}
				}
				i = j
			}
		}
	}
	for _, c := range cut {
		if k := fmt.Sprint(c.name, "\x00", false, "\x00", c.passage); !slices.ContainsFunc(c.opening, func(n string) bool { return whole[n] }) && !counted[k] {
			counted[k] = true
			count[c.name]++
		}
	}
	for n, c := range atStart {
		if count[n] > 0 {
			count[n] += c // "Kirill Dmitriev, the CEO of ..." opening a sentence
		}
	}
	surnameCounts(passages, count, atStart, minPassages)
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

// surnameCounts counts for a person's name of two words written in fewer
// than minPassages passages the passages that write it in full or its
// surname alone: "Michelle Bowman cast the first dissenting vote ...",
// then "... while Bowman was in favor of ...". The surname must stand
// alone inside a sentence somewhere (no capital beside it: not "Peronist
// Economy Minister"), and be one name's:
// "Jerome Powell" and "Jay Powell" share "Powell", which then stands for
// neither. A name written only at a sentence's start counts so too.
func surnameCounts(passages []Passage, count, atStart map[string]int, minPassages int) {
	surnames := map[string]int{}
	names := map[string]bool{}
	for _, m := range []map[string]int{count, atStart} {
		for n, c := range m {
			if ws := strings.Fields(n); c > 0 && len(ws) == 2 && !names[n] {
				names[n] = true
				surnames[ws[1]]++
			}
		}
	}
	var alone map[string]int
	for _, n := range slices.Sorted(maps.Keys(names)) {
		ws := strings.Fields(n)
		first, last := strings.ToLower(ws[0]), strings.ToLower(ws[1])
		// At a sentence's start only, its first word may be
		// capitalised for the sentence ("Facing Western sanctions,
		// ..."): a participle, a word of prose.
		prose := proseOpening(first) || text.VagueWord(first)
		if count[n] == 0 && prose || count[n]+atStart[n] >= minPassages || surnames[ws[1]] != 1 ||
			text.TitleWord(first) || text.TitleWord(last) || text.KindNoun(last) || text.TimeWord(last) || text.CompassWord(strings.TrimSuffix(last, "ern")) {
			continue
		}
		if alone == nil {
			alone = aloneCounts(passages)
		}
		if alone[ws[1]] == 0 {
			continue // the surname never stands alone inside a sentence
		}
		c := 0
		for _, p := range passages {
			if !isHeading(p.Text) && (strings.Contains(p.Text, n) || countWord(p.Text, ws[1]) > 0) {
				c++
			}
		}
		if c > count[n] {
			count[n] = c
		}
	}
}

// joinsName reports whether joiner toks[j] joins two parts of a name: a
// capitalised word follows it, maybe after one more joiner ("Council of
// the European Union"). A day or a month after it tells when ("Downing
// Street on Friday", "ET on Wednesday"): the name ends before the joiner.
func joinsName(toks []text.Word, j int) bool {
	nameWord := func(w string) bool { return text.IsCapitalized(w) && !text.TimeWord(strings.ToLower(w)) }
	if j+1 < len(toks) && nameWord(toks[j+1].Text) {
		return true
	}
	return j+2 < len(toks) && joiners[toks[j+1].Text] && toks[j+1].Text != toks[j].Text && nameWord(toks[j+2].Text)
}

// nameShape reports whether a run of capitalised words can be a name: the
// last word is not an acronym ("BRICS AI" is a use of AI) unless it
// follows "of" or "the" after a word that is not one.
func nameShape(run []text.Word) bool {
	n := len(run)
	// "Council of the EU" is a name: its acronym is the "of" part's.
	return !text.IsAcronym(run[n-1].Text) || n >= 3 && joiners[run[n-2].Text] && !text.IsAcronym(run[0].Text)
}
