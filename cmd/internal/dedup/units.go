package dedup

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Unit kinds, as prefixes of a unit string. A unit is one piece of content a
// sentence carries: a content word, a pair of neighbouring content words, or
// a fact unit (a name or a number), which weighs more and must never be lost.
const (
	wordUnit   = "w:"
	pairUnit   = "p:"
	entityUnit = "e:"
	numberUnit = "n:"
)

// IsFact reports whether unit u is a fact unit: a name or a number.
func IsFact(u string) bool {
	return strings.HasPrefix(u, entityUnit) || strings.HasPrefix(u, numberUnit)
}

// IsPair reports whether unit u is a pair of neighbouring content words.
func IsPair(u string) bool { return strings.HasPrefix(u, pairUnit) }

// IsWord reports whether u is a unit of a content word (not a name, a
// number or a pair).
func IsWord(u string) bool { return strings.HasPrefix(u, wordUnit) }

// entityIndex decides which words are names: words written capitalised
// wherever they are not the first word of a sentence, and acronyms. It needs
// the whole corpus, because a capital at the start of a sentence says nothing.
type entityIndex struct {
	capInner map[string]int // capitalised, not sentence-initial
	lower    map[string]int // written in lower case
}

func newEntityIndex() *entityIndex {
	return &entityIndex{capInner: map[string]int{}, lower: map[string]int{}}
}

func (x *entityIndex) add(toks []text.Token) {
	for _, t := range toks {
		switch {
		case t.Number:
		case !t.Cap:
			x.lower[t.Norm]++
		case !t.Initial:
			x.capInner[t.Norm]++
		}
	}
}

func (x *entityIndex) isEntity(t text.Token) bool {
	if t.Number {
		return false
	}
	if t.Upper {
		return true
	}
	if !t.Cap || text.StopWord(t.Norm) {
		return false
	}
	// A word the corpus also writes in lower case is an ordinary word that
	// happened to be capitalised (a heading, a sentence start): not a name.
	return x.capInner[t.Norm] > 0 && x.lower[t.Norm] == 0
}

// units returns the set of units of one tokenized sentence, sorted, without
// repeats.
func (x *entityIndex) units(toks []text.Token) []string {
	seen := map[string]bool{}
	var out []string
	add := func(u string) {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	prev := ""
	var run []string // consecutive name words, for initialisms
	flush := func() {
		if len(run) >= 2 {
			var b strings.Builder
			for _, w := range run {
				b.WriteString(w[:1])
			}
			add(entityUnit + b.String())
		}
		run = run[:0]
	}
	// pair records adjacent content words ("skilled labor", "information
	// warfare"): a compound names a thing the separate words do not. Any
	// stop word, name or number in between breaks a pair; pairs across
	// them were tried and matched too much filler.
	pair := func(w string) {
		if prev != "" && prev != w {
			a, b := prev, w
			if b < a {
				a, b = b, a
			}
			add(pairUnit + a + "_" + b)
		}
		prev = w
	}
	for _, t := range toks {
		switch {
		case t.Number:
			flush()
			add(numberUnit + t.Norm)
			prev = ""
		case x.isEntity(t) || len(run) > 0 && t.Cap && !t.Initial && !text.StopWord(t.Norm):
			// A capitalised word right after a name continues it
			// ("United States"), even if it is an ordinary word elsewhere.
			add(entityUnit + t.Norm)
			run = append(run, t.Norm)
			prev = ""
		case text.StopWord(t.Norm) || len(t.Stem) < 2:
			flush()
			prev = ""
		default:
			flush()
			c := t.Stem
			add(wordUnit + c)
			pair(c)
		}
	}
	flush()
	return out
}
