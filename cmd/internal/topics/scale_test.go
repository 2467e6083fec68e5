package topics

import (
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// synthPassages is testutil.SynthParagraphs as glossary passages (topics reads those).
func synthPassages(size int) []glossary.Passage {
	var ps []glossary.Passage
	for _, p := range testutil.SynthParagraphs(size) {
		ps = append(ps, glossary.Passage{Text: p.Text, Source: glossary.Provenance{Seed: p.Seed, Line: p.Line}})
	}
	return ps
}

func BenchmarkDerive1MB(b *testing.B) {
	ps := synthPassages(1 << 20)
	for b.Loop() {
		Derive(ps, Options{})
	}
}
