package dedup

import "testing"

func TestAcrossSources(t *testing.T) {
	// Filler of the same story, so that the names of the pair are not in
	// every sentence.
	filler := []string{
		"The harbour district has waited a decade for a second crossing.",
		"Ferry operators fear that passenger numbers will fall sharply.",
		"Residents of the northern suburbs welcomed the shorter commute.",
		"The old swing bridge will close for repairs next spring.",
	}
	for _, tc := range []struct {
		name string
		a, b string // a from source 1, b from source 2
		same bool   // one of them is dropped, credited to the other
	}{
		{"same fact, other words",
			"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday.",
			"On Monday the Kestrel Bridge in Port Avel was opened by Mayor Lena Ortiz after four years of work.", true},
		{"a number only one gives is its own fact",
			"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday.",
			"Mayor Lena Ortiz said 800 apprentices helped build the Kestrel Bridge in Port Avel.", false},
		{"different numbers are different facts",
			"The Kestrel Bridge cost 240 million euros, the city of Port Avel said.",
			"The Kestrel Bridge cost 310 million euros, auditors in Port Avel said.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := append([]string{tc.a}, filler...)
			texts = append(texts, tc.b)
			src := []int{1, 1, 1, 2, 2, 2}
			// Every sentence kept, as Select leaves sentences of
			// different wording.
			res := Result{Units: Analyze(texts), Text: texts}
			for range texts {
				res.Keep, res.DupOf, res.Reason = append(res.Keep, true), append(res.DupOf, -1), append(res.Reason, Kept)
			}
			AcrossSources(&res, src)
			dropped := -1
			switch {
			case !res.Keep[0]:
				dropped = 0
			case !res.Keep[5]:
				dropped = 5
			}
			if (dropped >= 0) != tc.same {
				t.Fatalf("keep %v, reasons %v; want one dropped: %v", res.Keep, res.Reason, tc.same)
			}
			if tc.same {
				other := 5 - dropped
				if res.Reason[dropped] != SameFact || res.DupOf[dropped] != other {
					t.Errorf("dropped %d: reason %q, dup of %d, want %q of %d", dropped, res.Reason[dropped], res.DupOf[dropped], SameFact, other)
				}
				if dropped != 0 {
					t.Errorf("kept the shorter wording %q, dropped %q", texts[0], texts[5])
				}
			}
		})
	}
}
