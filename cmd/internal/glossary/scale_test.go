package glossary

import (
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// synthPassages is testutil.SynthParagraphs as glossary passages.
func synthPassages(size int) []Passage {
	var ps []Passage
	for _, p := range testutil.SynthParagraphs(size) {
		ps = append(ps, Passage{Text: p.Text, Source: Provenance{Seed: p.Seed, Line: p.Line}})
	}
	return ps
}

func BenchmarkExtract1MB(b *testing.B) {
	ps := synthPassages(1 << 20)
	for b.Loop() {
		Extract(ps, Options{})
	}
}
