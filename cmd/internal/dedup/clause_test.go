package dedup

import (
	"reflect"
	"testing"
)

// TestReduce: the clause splitter and the reducer on sentences of other
// subjects: for each clause, the sentence Reduce builds from it, with an
// elision mark where words were left out and no capital or full stop added.
func TestReduce(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Reduce(in, k) for every clause k
	}{
		{"The city will need to rethink its water plans, both financially and legally, to cope with the drought, ensuring supply remains stable.", []string{
			"The city will need to rethink its water plans…",
			"The city will need to rethink its water plans, both financially and legally…",
			"The city will need to rethink its water plans … to cope with the drought…",
			"The city will need to rethink its water plans … ensuring supply remains stable.",
		}},
		{"If approved, the merger could create a new regional carrier, capable of competing with the national airline that dominates the market.", []string{
			"If approved, the merger could create a new regional carrier…",
			"If approved, the merger could create a new regional carrier…",
			"If approved, the merger could create a new regional carrier, capable of competing with the national airline that dominates the market.",
		}},
		{"The vaccine cut deaths by half, which surprised the researchers.", []string{
			"The vaccine cut deaths by half…",
			"The vaccine cut deaths by half, which surprised the researchers.",
		}},
		{"The council approved the budget, and the mayor promised new buses by 2026.", []string{
			"The council approved the budget…",
			"…the mayor promised new buses by 2026.",
		}},
		{"Supporters call the law overdue, while critics say it will raise rents.", []string{
			"Supporters call the law overdue…",
			"…critics say it will raise rents.",
		}},
		{"The tribunal — sitting in Geneva since 2019 — rejected the appeal on Tuesday.", []string{
			"The tribunal … rejected the appeal on Tuesday.",
			"The tribunal — sitting in Geneva since 2019 — rejected the appeal on Tuesday.",
			"The tribunal … rejected the appeal on Tuesday.",
		}},
		{"By building three reservoirs, the region hopes to store winter rain.", []string{
			"By building three reservoirs, the region hopes to store winter rain.",
			"…the region hopes to store winter rain.",
		}},
		// A list is not a clause boundary.
		{"Farmers in Brazil, India, and South Africa are planting earlier.", []string{
			"Farmers in Brazil, India, and South Africa are planting earlier.",
		}},
	}
	for _, tt := range tests {
		cl := SplitClauses(tt.in)
		var got []string
		for k := range cl {
			r, ok := Reduce(tt.in, cl, k)
			if !ok {
				r = "<none>"
			}
			got = append(got, r)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSplitClauses(f *testing.F) {
	f.Add("The tribunal — sitting since 2019 — rejected it, and the mayor said so; which, while odd.")
	f.Fuzz(func(t *testing.T, s string) {
		cl := SplitClauses(s)
		keep := make([]bool, len(cl))
		for k := range cl {
			Reduce(s, cl, k)
			keep[k] = k%2 == 0
		}
		JoinClauses(s, cl, keep)
	})
}
