package testutil

import (
	"fmt"
	"math/rand"
	"strings"
)

// Paragraph is one paragraph of a synthetic corpus and where it "stood":
// seed and line.
type Paragraph struct {
	Text string
	Seed string
	Line int
}

// Lexicon is the made-up language of the synthetic corpora: 20,000 words of
// two to four syllables, 3,000 capitalised names and the function words
// between them. R made them and draws from them after, so that a corpus is
// the same on every run.
type Lexicon struct {
	R     *rand.Rand
	Vocab []string
	Names []string
	Fill  []string
}

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "ba", "gu", "pe", "zo", "ri", "an", "el", "or", "um"}

// NewLexicon makes the lexicon of random seed seed.
func NewLexicon(seed int64) *Lexicon {
	l := &Lexicon{R: rand.New(rand.NewSource(seed)), Vocab: make([]string, 20000), Names: make([]string, 3000),
		Fill: []string{"the", "of", "and", "in", "to", "a", "that", "with", "for", "on", "as", "is", "could", "will", "may"}}
	for i := range l.Vocab {
		l.Vocab[i] = l.Word()
	}
	for i := range l.Names {
		w := l.Word()
		l.Names[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return l
}

// Word is a new made-up word of two to four syllables.
func (l *Lexicon) Word() string {
	k := 2 + l.R.Intn(3)
	var b strings.Builder
	for i := 0; i < k; i++ {
		b.WriteString(syllables[l.R.Intn(len(syllables))])
	}
	return b.String()
}

// SynthParagraphs makes about size bytes of news-like paragraphs: sentences
// of names, numbers and words from a large made-up vocabulary, with a few
// acronyms, expansions and defining sentences, so that every extraction
// path has work to do at scale.
func SynthParagraphs(size int) []Paragraph {
	lex := NewLexicon(1)
	r, vocab, names, fill := lex.R, lex.Vocab, lex.Names, lex.Fill
	acr := make([]string, 60)
	for i := range acr {
		acr[i] = strings.ToUpper(lex.Word()[:2+r.Intn(3)])
	}
	var ps []Paragraph
	n := 0
	for line := 1; n < size; line += 2 {
		var sents []string
		for s := 0; s < 4+r.Intn(3); s++ {
			var parts []string
			switch r.Intn(12) {
			case 0:
				parts = append(parts, names[r.Intn(len(names))], names[r.Intn(len(names))], "("+acr[r.Intn(len(acr))]+")")
			case 1:
				parts = append(parts, strings.ToUpper(vocab[r.Intn(len(vocab))][:1])+vocab[r.Intn(len(vocab))], vocab[r.Intn(len(vocab))], "refers", "to")
			case 2:
				parts = append(parts, acr[r.Intn(len(acr))])
			default:
				parts = append(parts, names[r.Intn(len(names))])
			}
			for w := 0; w < 8+r.Intn(8); w++ {
				parts = append(parts, fill[r.Intn(len(fill))], vocab[r.Intn(len(vocab))])
			}
			parts = append(parts, fmt.Sprint(1900+r.Intn(200)))
			sents = append(sents, strings.Join(parts, " ")+".")
		}
		text := strings.Join(sents, " ")
		n += len(text)
		ps = append(ps, Paragraph{Text: text, Seed: fmt.Sprintf("s%d", line%10), Line: line})
	}
	return ps
}
