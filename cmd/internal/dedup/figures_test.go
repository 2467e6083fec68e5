package dedup

import "testing"

// TestRoundingOf: a figure and its rounding are one figure; two precise
// figures that differ, however close, are two (outlets that disagree).
func TestRoundingOf(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"26", "26.3", true},     // "$26 billion" of "$26.3 billion"
		{"26.3", "26", false},    // not the other way round
		{"11.2", "11.2", true},   // the same figure
		{"1", "1.1", true},       // "$1 million" of "$1.1 million"
		{"5", "4.75", false},     // two places dropped: another figure
		{"17", "16.86", true},    // two places dropped, hardly moved: "17%" of "16.86%"
		{"3", "2.5", false},      // too coarse a rounding
		{"410", "412", false},    // whole numbers are precise: seat counts
		{"4,800", "4,800", true}, // thousands
		{"8:30", "8:31", true},   // "around 8:30" of "8:31"
		{"8:30", "8:33", false},  // more than two minutes off
		{"8:35", "8:31", false},  // two precise-looking times
		{"8:31", "8:30", false},  // the precise one is no rounding
		{"8:30", "26", false},    // a time is no count
	} {
		if got := roundingOf(tt.a, tt.b); got != tt.want {
			t.Errorf("roundingOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
