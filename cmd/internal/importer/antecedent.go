package importer

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// A kept sentence that leans on the sentence before it in its seed ("She
// made this announcement at ...", "Since then, the interest has doubled")
// means nothing where that sentence is not: it must stand right after it,
// in its section and its passage. placeLeaning decides what each such
// sentence follows:
//
//   - its antecedent, when kept: the leaning sentence moves to the
//     antecedent's section;
//   - when the antecedent was dropped, the kept wording of its claim:
//     the sentence de-duplication credited it to (DupOf: another seed's
//     wording, or an earlier one of its own), or else the kept sentence
//     of its story that says the most of it, at least a share
//     leanMinShare of its weight (it was dropped as covered by several);
//     that wording tells what the pronoun stands for;
//   - when there is none, the antecedent itself, kept again (Reason
//     Antecedent; no kept sentence says much of it, so it restates
//     little), unless it leans back in turn;
//   - else nothing: the leaning sentence is left out (Reason
//     LeansOnDropped).
//
// A seed's first sentence has nothing before it to lean on and stays, and
// so does a list item (its list keeps it, see lists.go).
func placeLeaning(m *Model) {
	if m.follows == nil {
		m.follows = map[int]int{}
	}
	var near *nearest
	for i := range m.Sentences {
		s := &m.Sentences[i]
		if _, placed := m.follows[i]; placed || !s.Keep || !leansBack(s.Text) || m.Articles[s.Art].Blocks[s.Block].Item != "" || i == 0 || m.Sentences[i-1].Art != s.Art {
			continue
		}
		a := m.Sentences[i-1]
		if a.Keep && a.Reason == dedup.Detail && a.Whole != "" {
			// "The Fed cut rates by 50 basis points…" cut of "... while
			// Bowman was in favor of a 25-basis-point cut" before "She has
			// remained cautious ...": the antecedent stands whole, in its
			// own passage, so that the pronoun has its person.
			keepAntecedent(m, i)
			continue
		}
		if a.Keep {
			m.follows[i] = i - 1
			continue
		}
		// The kept wording of the dropped antecedent's claim.
		k := -1
		if a.DupOf >= 0 && m.Sentences[a.DupOf].Keep && a.DupOf != i {
			k = a.DupOf
		} else {
			if near == nil {
				near = newNearest(m)
			}
			if w := near.wording(i - 1); w >= 0 && w != i {
				k = w
			}
		}
		// "He then scored ...", "It tumbled into the water ...": beside
		// another outlet's wording that opens on someone or something
		// else (Messi, not Mbappe; the ship, not the bridge), the pronoun
		// stands for the wrong one: the sentence keeps its own
		// antecedent, or goes.
		if k >= 0 && !(m.Sentences[k].Art != s.Art && wrongReferent(s.Text, a.Text, m.Sentences[k].Text)) {
			m.follows[i] = k
			continue
		}
		if a.Reason != dedup.NoContent && !leansBack(a.Text) {
			keepAntecedent(m, i)
			continue
		}
		s.Keep, s.Reason = false, LeansOnDropped
	}
	// A sentence takes the section of the one it follows, along the
	// chain (it may follow a sentence that follows another). A chain
	// that ends on a sentence dropped since (a wording that leaned on a
	// dropped sentence itself) is none: the sentence stays where it is.
	for _, i := range slices.Sorted(maps.Keys(m.follows)) {
		j := i
		for steps := 0; steps <= len(m.follows); steps++ {
			k, ok := m.follows[j]
			if !ok || !m.Sentences[k].Keep {
				break
			}
			j = k
		}
		if _, ok := m.follows[j]; ok {
			delete(m.follows, i)
			continue
		}
		m.Sentences[i].Section = m.Sentences[j].Section
	}
}

// leanMinShare is the least share of a dropped antecedent's weight a kept
// sentence must say to stand for it.
const leanMinShare = 0.3

// nearest finds, for a dropped sentence, the kept sentence of its story
// that says the most of it: units weighed by their rarity in the briefing,
// through an inverted index over the sentences kept when it was made (one
// dropped since is skipped).
type nearest struct {
	m      *Model
	weight map[string]float64
	post   map[string][]int
}

func newNearest(m *Model) *nearest {
	n := &nearest{m: m, weight: map[string]float64{}, post: map[string][]int{}}
	df := map[string]int{}
	for i, s := range m.Sentences {
		for _, u := range s.Units {
			df[u]++
			if s.Keep {
				n.post[u] = append(n.post[u], i)
			}
		}
	}
	for u, d := range df {
		n.weight[u] = math.Log(1 + float64(len(m.Sentences))/float64(d))
	}
	return n
}

// wording is the kept sentence of sentence d's story that says the most
// of d's weight, at least leanMinShare of it, or -1 (ties to the earliest).
func (n *nearest) wording(d int) int {
	s := n.m.Sentences[d]
	share := map[int]float64{}
	tot := 0.0
	for _, u := range s.Units {
		tot += n.weight[u]
		for _, k := range n.post[u] {
			if k != d && n.m.Sentences[k].Keep && n.m.Sentences[k].Story == s.Story {
				share[k] += n.weight[u]
			}
		}
	}
	best, bw := -1, 0.0
	for k, w := range share {
		if w > bw || w == bw && k < best {
			best, bw = k, w
		}
	}
	if best < 0 || bw < leanMinShare*tot {
		return -1
	}
	return best
}

// Reasons of placeLeaning.
const (
	// Antecedent: dropped, kept again because a kept sentence leans on
	// it and no kept sentence says what it says.
	Antecedent dedup.Reason = "kept as the antecedent of the next sentence"
	// LeansOnDropped: it leans on a sentence left out, and no kept
	// sentence says what that one said.
	LeansOnDropped dedup.Reason = "leans on a sentence left out"
)

// leansBack reports whether a sentence needs the sentence before it: it
// opens on a pronoun for a person or thing named there or on a phrase
// pointing back in time ("Since then", "Later"), or it names a statement
// or decision with a demonstrative ("made this announcement", "these
// remarks"), which stands for the one told just before. An existential
// "There is" points at nothing.
func leansBack(s string) bool {
	if needsAntecedent(s) {
		return true
	}
	first, rest, _ := strings.Cut(stripConnective(s), " ")
	switch first = strings.ToLower(strings.TrimRight(first, ",")); first {
	case "he", "she", "his", "her", "its", "their", "later", "afterwards":
		return true
	case "since":
		return strings.HasPrefix(rest, "then")
	case "there":
		next, _, _ := strings.Cut(rest, " ")
		return !text.ExistentialVerb(strings.ToLower(next))
	}
	return namesActBefore(s) || pronounSpeaker(s)
}

// keepAntecedent keeps the sentence before sentence i, which leans on it,
// right before it, in its section: whole, as its seed writes it (a cut of
// it may have cut the person the pronoun stands for), and no longer after
// another seed's wording.
func keepAntecedent(m *Model, i int) {
	ante := &m.Sentences[i-1]
	ante.Keep, ante.Reason, ante.DupOf, ante.Section = true, Antecedent, -1, m.Sentences[i].Section
	if ante.Whole != "" {
		ante.Text, ante.Whole = ante.Whole, ""
		delete(m.follows, i-1)
	}
	m.follows[i] = i - 1
}

// wrongReferent reports whether sentence s, opening on a pronoun, would
// point at the wrong one after another outlet's wording w of its
// antecedent a: a person's pronoun ("He then scored ...") where w opens on
// someone else than a does (Messi, not Mbappe); a thing's ("It tumbled
// into the water ...") always, as "it" stands for whichever thing a
// names last (the bridge that "The ship struck ..., causing the structure
// to collapse" ends on, not the ship w tells of).
func wrongReferent(s, a, w string) bool {
	first, _, _ := strings.Cut(stripConnective(s), " ")
	switch strings.ToLower(strings.TrimRight(first, ",")) {
	case "he", "she", "his", "her", "they", "their":
		return firstName(a) != firstName(w)
	case "it", "its":
		return true
	}
	return false
}

// firstName is the last word of the first name a sentence writes, times
// and words capitalised for the sentence aside: "Ortiz" of "On Monday,
// Mayor Lena Ortiz of Port Avel announced ...", who a "She" after it is.
func firstName(s string) string {
	name := ""
	nameRuns(s, func(run []text.Word) {
		if last := strings.ToLower(text.StripPossessive(run[len(run)-1].Text)); name == "" && !text.StopWord(last) && !text.TimeWord(last) {
			name = last
		}
	})
	return name
}

// pronounSpeaker reports whether a quotation's speaker is a pronoun
// ('"We estimate 8.5 million devices were affected," it said in the
// blog.', '..., he added'): who spoke is in a sentence before.
func pronounSpeaker(s string) bool {
	k := max(strings.LastIndex(s, "”"), strings.LastIndex(s, `"`))
	if k <= 0 || text.UnbalancedQuotes(s) {
		return false
	}
	ws := text.WordTexts(s[k:])
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "it", "he", "she", "they":
		return text.SpeechVerb(strings.ToLower(ws[1]))
	}
	return false
}

// namesActBefore reports whether s refers to a statement or decision with
// a demonstrative: "this", "these" or "those" right before (or one word
// before) a noun that names one (text.ActNoun). ("That" is as often a conjunction: "said
// that orders rose".)
func namesActBefore(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for k, w := range ws {
		if !text.Demonstrative(w) {
			continue
		}
		for _, n := range ws[k+1 : min(len(ws), k+3)] {
			if text.ActNoun(strings.TrimRight(n, ",.;:!?\"'”’)")) {
				return true
			}
		}
	}
	return false
}
