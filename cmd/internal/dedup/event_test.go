package dedup

import "testing"

// TestAcrossSourcesEvent: outlets that open on one event in words of their
// own ("struck", "made landfall") tell it once; the same words on two days
// are two events.
func TestAcrossSourcesEvent(t *testing.T) {
	filler := []string{
		"Fishing crews in the harbour tied their boats down overnight.",
		"Schools across the region stayed closed for a second day.",
		"The weather office had warned of flooding along the estuary.",
		"Volunteers filled sandbags outside the town hall.",
	}
	for _, tc := range []struct {
		name string
		a, b string // a from source 1, b from source 2
		same bool   // a is dropped or cut to its details, credited to b
	}{
		{"one event in other words: the fuller wording stands",
			"Storm Orla struck the coast of Norland on Tuesday.",
			"Storm Orla made landfall at 9 p.m. on Tuesday near Port Avel, a fishing town north of Kell, with winds of 150 km/h.", true},
		{"one event on two days is two events",
			"Storm Orla struck the coast of Norland on Monday.",
			"Storm Orla made landfall at 9 p.m. on Tuesday near Port Avel, a fishing town north of Kell, with winds of 150 km/h.", false},
		{"a second landfall on another day is another event",
			"Storm Orla made landfall near Port Avel on Wednesday night, the weather office said.",
			"Storm Orla made a second landfall near Kell on Friday morning, the weather office said.", false},
		{"a prize won is the prize awarded",
			"The Kell Medal for chemistry has been awarded to Norlanders Ada Vint and Piet Rook for their discovery of cold glass, a new way of making windows.",
			"Chemists Ada Vint and Piet Rook of Port Avel University won the 2025 Kell Medal for chemistry for the discovery of cold glass, which sets without heat, the Kell Academy said.", true},
		{"an event word with no actor on one side is no event",
			"They also boost prices for riskier assets such as gold, shares and bonds.",
			`At a news conference after the meeting, Velez said, "This decision reflects our growing confidence that inflation is moving down to 2 percent."`, false},
		{"another prize won is another event",
			"The Vell Prize for physics has been awarded to Norlanders Mira Soto and Lena Ortiz for their study of sea salt.",
			"Chemists Ada Vint and Piet Rook of Port Avel University won the 2025 Kell Medal for chemistry for the discovery of cold glass, which sets without heat, the Kell Academy said.", false},
		{"two actors are two events",
			"Storm Pell struck the coast of Norland on Tuesday.",
			"Storm Orla made landfall at 9 p.m. on Tuesday near Port Avel, a fishing town north of Kell, with winds of 150 km/h.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := append([]string{tc.a}, filler...)
			texts = append(texts, tc.b)
			src := []int{1, 1, 1, 2, 2, 2}
			res := allKept(texts)
			AcrossSources(&res, src)
			if !res.Keep[5] || res.Reason[5] != Kept {
				t.Fatalf("the fuller wording: keep %v, reason %q", res.Keep[5], res.Reason[5])
			}
			told := res.Reason[0] != Kept
			if told != tc.same {
				t.Fatalf("first wording: reason %q, dup of %d; want told by the other: %v", res.Reason[0], res.DupOf[0], tc.same)
			}
			if tc.same && res.DupOf[0] != 5 && (res.Follows == nil || res.Follows[0] != 5) {
				t.Errorf("first wording credited to %d (follows %v), want 5", res.DupOf[0], res.Follows)
			}
		})
	}
}

// TestAcrossSourcesOtherDay: a fact on another day is another fact, even
// where the two share most of their words and so would be one fact's two
// wordings, the one cut to the details it adds ("…on Wednesday night…").
func TestAcrossSourcesOtherDay(t *testing.T) {
	texts := []string{
		"Storm Vessa made landfall near Marrow Point on Wednesday night, the weather office said.",
		"Storm Brona struck Marrow Point in 2019 as a Category 2 storm.",
		"Storm Vessa made a second landfall near Dunmere on Friday morning, the weather office said.",
		"Crews cleared fallen trees from the coast road.",
	}
	res := allKept(texts)
	AcrossSources(&res, []int{1, 1, 2, 2})
	for i, r := range res.Reason {
		if !res.Keep[i] || r != Kept || res.Text[i] != texts[i] {
			t.Errorf("sentence %d: keep %v, %q, text %q; want kept whole", i, res.Keep[i], r, res.Text[i])
		}
	}
}
