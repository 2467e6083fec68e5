package topics

import (
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
)

// TestKeywordPrecision checks that a topic's keywords pick the passages
// of its theme, not those that only use one of its words: each passage of
// the fixture is labelled with the theme it is about ("" for none), and
// of the passages each topic matches, most (minPrecision) carry one
// label, never "". The generic passages use the themes' common words
// ("cut", "market", "controls", "rates") in other senses. Recall too: a
// topic lists most (minRecall) of its theme's passages.
func TestKeywordPrecision(t *testing.T) {
	labelled := []struct{ label, text string }{
		{"exports", "Vestria tightened export controls on advanced chips sold to Marland on Monday."},
		{"exports", "Under the export controls, chip makers need a licence for every shipment to Marland."},
		{"exports", "Chip makers said the export controls would cost them a third of their sales abroad."},
		{"exports", "Officials defended the export controls, saying the chips could serve Marland's army."},
		{"exports", "Marland called the export controls an attack on its chip industry."},
		{"rates", "The central bank announced a rate cut of a quarter point, the first in two years."},
		{"rates", "Borrowers welcomed the rate cut, though the bank warned that inflation remained high."},
		{"rates", "Economists had expected the rate cut after inflation fell for a third month."},
		{"rates", "A second rate cut is unlikely before summer, the bank's governor told reporters."},
		{"rates", "Mortgage lenders passed the rate cut on to borrowers within a day."},
		{"", "The striker controls the ball well, and the coach cut his training to rest him."},
		{"", "Fish prices at the harbour market rose, and stall rents were cut by the council."},
		{"", "Hotel rates in the old town doubled during the festival, the market stalls said."},
		{"", "The council controls the market square and cut the opening hours of its cafes."},
		{"", "Ticket rates for the ferry rise in May, and a market for used bikes opens in June."},
	}
	var ps []glossary.Passage
	for i, l := range labelled {
		ps = append(ps, glossary.Passage{Text: l.text, Source: glossary.Provenance{Seed: "s", Line: i + 1}})
	}
	topics := Derive(ps, Options{})
	if len(topics) < 2 {
		t.Fatalf("%d topics, want the export controls and the rate cut: %+v", len(topics), topics)
	}
	for _, tp := range topics {
		count := map[string]int{}
		n := 0
		for _, l := range labelled {
			if Match(tp.Keywords, l.text) {
				count[l.label]++
				n++
			}
		}
		best, bestN := "", 0
		for label, k := range count {
			if k > bestN || k == bestN && label < best {
				best, bestN = label, k
			}
		}
		if best == "" || float64(bestN) < minPrecision*float64(n) {
			t.Errorf("topic %q (keywords %q) lists %d passages, %d of them on %q: %v", tp.Title, tp.Keywords, n, bestN, best, count)
		}
		of := 0 // the passages of its theme
		for _, l := range labelled {
			if l.label == best {
				of++
			}
		}
		if best != "" && float64(bestN) < minRecall*float64(of) {
			t.Errorf("topic %q (keywords %q) lists %d of the %d passages on %q", tp.Title, tp.Keywords, bestN, of, best)
		}
	}
}

// minPrecision is the share of a topic's passages that must be on its
// theme: most, by a clear margin.
const minPrecision = 2.0 / 3

// minRecall is the share of its theme's passages a topic must list.
const minRecall = 0.8
