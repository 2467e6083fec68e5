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

// SynthParagraphs makes about size bytes of news-like paragraphs: sentences
// of names, numbers and words from a large made-up vocabulary, with a few
// acronyms, expansions and defining sentences, so that every extraction
// path has work to do at scale.
func SynthParagraphs(size int) []Paragraph {
	r := rand.New(rand.NewSource(1))
	syll := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "ba", "gu", "pe", "zo", "ri", "an", "el", "or", "um"}
	word := func() string {
		var b strings.Builder
		for i := 0; i < 2+r.Intn(3); i++ {
			b.WriteString(syll[r.Intn(len(syll))])
		}
		return b.String()
	}
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = word()
	}
	names := make([]string, 3000)
	for i := range names {
		w := word()
		names[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	acr := make([]string, 60)
	for i := range acr {
		acr[i] = strings.ToUpper(word()[:2+r.Intn(3)])
	}
	fill := []string{"the", "of", "and", "in", "to", "a", "that", "with", "for", "on", "as", "is", "could", "will", "may"}
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
