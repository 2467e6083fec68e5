package dedup

import (
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// TestNumberKinds checks that every figure a wording's units give
// (unitKeys: "twenty-five" is the figure 25, "4.10%" is 4.1) is the figure
// numberKinds says what it counts of, so that contradicts and
// sharedFigures weigh the figure the units hold, and no figure the
// wording does not give (the 20 and the 5 another sentence gives).
func TestNumberKinds(t *testing.T) {
	const other = "Twenty boats and five ships sailed; 4.1 tonnes were lost."
	for _, tt := range []struct{ wording, unit, kind string }{
		{"Prices rose twenty-five percent in Lornavia.", "n:25", "percent"},
		{"Prices rose 25 percent in Lornavia.", "n:25", "percent"},
		{"The Tarvel bank set its rate at 4.10% on Monday.", "n:4.1", "rat"},
		{"Forty-two ships left the port of Calden.", "n:42", "ship"},
		{"Storm Elin reached Category 3 near Calden.", "n:3", "categor"},
		{"The Tarvel bank cut its rate for the first time in four years.", "n:4", "years"}, // a span, not the calendar's year
		{"The Tarvel bank cut its rate for the first time since 2020.", "n:2020", "year"},
	} {
		a := &across{tab: newUnitTable()}
		for _, key := range a.unitKeys(text.Tokenize(other), nil) {
			a.tab.intern(key)
		}
		toks := text.Tokenize(tt.wording)
		own := map[int32]bool{}
		for _, key := range a.unitKeys(toks, nil) {
			own[a.tab.intern(key)] = true
		}
		x, ok := a.tab.id[tt.unit]
		if !ok {
			t.Errorf("%q: units %v lack %s", tt.wording, a.unitKeys(toks, nil), tt.unit)
			continue
		}
		kinds := a.numberKinds(toks)
		if got, ok := kinds[x]; !ok || got != tt.kind {
			t.Errorf("%q: kind of %s = %q (%v), want %q; kinds %v", tt.wording, tt.unit, got, ok, tt.kind, kinds)
		}
		for y, kind := range kinds {
			if !own[y] {
				t.Errorf("%q: kind %q for unit %d, which its units lack", tt.wording, kind, y)
			}
		}
	}
}
