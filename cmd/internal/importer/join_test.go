package importer

import (
	"slices"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
)

// TestJoinStoryTerms checks how the glossaries of two stories join: an
// entity keeps the strongest definition either story gives, whichever
// story uses it; a common noun the stories use differently, or that one
// story defines and the other merely uses, keeps none; an acronym two
// stories expand differently names two things and keeps none.
func TestJoinStoryTerms(t *testing.T) {
	src := func(seed string) glossary.Provenance { return glossary.Provenance{Seed: seed, Line: 3} }
	// Story a is about the Tolby harbour, story b about an election in
	// Varnholt; b's passages mention what the test needs.
	tests := []struct {
		name    string
		a, b    []glossary.Term
		bText   string // a passage of story b
		want    string // the joined entry's definition
		wantSrc string // and its source seed
		role    string
	}{
		{
			name:    "an entity one story defines, the other mentions",
			a:       []glossary.Term{{Slug: "marwick-fund", Term: "Marwick Fund", Entity: true, Rank: 3, Definition: "The Marwick Fund is a charity.", Source: src("a1")}},
			bText:   "Opposition leaders took money from the Marwick Fund.",
			want:    "The Marwick Fund is a charity.",
			wantSrc: "a1",
		},
		{
			name:    "an entity both stories define: the stronger definition",
			a:       []glossary.Term{{Slug: "orbank", Term: "Orbank", Entity: true, Rank: 2, Definition: "Vestria's largest lender, Orbank, opened a branch.", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "orbank", Term: "Orbank", Entity: true, Rank: 3, Definition: "Orbank is a state-owned bank.", Source: src("b1")}},
			want:    "Orbank is a state-owned bank.",
			wantSrc: "b1",
		},
		{
			name:    "an entity one story defines, the other extracts undefined",
			a:       []glossary.Term{{Slug: "orbank", Term: "Orbank", Entity: true, Source: src("a1")}},
			b:       []glossary.Term{{Slug: "orbank", Term: "Orbank", Entity: true, Rank: 3, Definition: "Orbank is a state-owned bank.", Source: src("b1")}},
			want:    "Orbank is a state-owned bank.",
			wantSrc: "b1",
		},
		{
			name: "a person's role from either story",
			a:    []glossary.Term{{Slug: "ilse-marwick", Term: "Ilse Marwick", Entity: true, Source: src("a1")}},
			b:    []glossary.Term{{Slug: "ilse-marwick", Term: "Ilse Marwick", Entity: true, Role: "VTF chief executive", Source: src("b1")}},
			role: "VTF chief executive", wantSrc: "b1",
		},
		{
			name:    "an acronym of a name, expanded alike",
			a:       []glossary.Term{{Slug: "tra", Term: "TRA", Aliases: []string{"Tolby Rail Authority"}, Entity: true, Expansion: "Tolby Rail Authority", Rank: 3, Definition: "The TRA is the body that runs the harbour line.", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "tra", Term: "TRA", Aliases: []string{"Tolby Rail Authority"}, Entity: true, Expansion: "Tolby Rail Authority", Source: src("b1")}},
			want:    "The TRA is the body that runs the harbour line.",
			wantSrc: "a1",
		},
		{
			name:    "an acronym expanded differently: two things",
			a:       []glossary.Term{{Slug: "tra", Term: "TRA", Aliases: []string{"Tolby Rail Authority"}, Entity: true, Expansion: "Tolby Rail Authority", Rank: 3, Definition: "The TRA is the body that runs the harbour line.", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "tra", Term: "TRA", Aliases: []string{"Tax Reform Alliance"}, Entity: true, Expansion: "Tax Reform Alliance", Source: src("b1")}},
			wantSrc: "a1",
		},
		{
			name:    "a common noun the stories define differently",
			a:       []glossary.Term{{Slug: "tidal-levy", Term: "tidal levy", Rank: 3, Definition: "A tidal levy is a fee for each mooring.", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "tidal-levy", Term: "tidal levy", Rank: 3, Definition: "The tidal levy is a tax the opposition would scrap.", Source: src("b1")}},
			wantSrc: "a1",
		},
		{
			name:    "a common noun one story defines, the other uses",
			a:       []glossary.Term{{Slug: "tidal-levy", Term: "tidal levy", Rank: 3, Definition: "A tidal levy is a fee for each mooring.", Source: src("a1")}},
			bText:   "Candidates promised to scrap the tidal levy.",
			wantSrc: "a1",
		},
		{
			name:    "a common noun only its story uses",
			a:       []glossary.Term{{Slug: "tidal-levy", Term: "tidal levy", Rank: 3, Definition: "A tidal levy is a fee for each mooring.", Source: src("a1")}},
			bText:   "Candidates promised cheaper buses.",
			want:    "A tidal levy is a fee for each mooring.",
			wantSrc: "a1",
		},
		{
			name:    "a name in one story, a common noun in the other",
			a:       []glossary.Term{{Slug: "tidal-forecasting", Term: "Tidal Forecasting", Entity: true, Rank: 3, Definition: "Tidal Forecasting is the heart of the Tolby plan.", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "tidal-forecasting", Term: "tidal forecasting", Source: src("b1")}},
			wantSrc: "a1",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byStory := [][]glossary.Passage{
				{{Text: "Engineers in Tolby began the flood barrier.", Source: src("a1")}},
				{{Text: tt.bText, Source: src("b1")}},
			}
			out := joinStoryTerms([][]glossary.Term{tt.a, tt.b}, byStory)
			if len(out) != 1 {
				t.Fatalf("%d entries, want 1: %+v", len(out), out)
			}
			if got := out[0]; got.Definition != tt.want || got.Source.Seed != tt.wantSrc || got.Role != tt.role {
				t.Errorf("definition %q (%s), role %q; want %q (%s), %q", got.Definition, got.Source.Seed, got.Role, tt.want, tt.wantSrc, tt.role)
			}
			if (out[0].Definition == "") != (out[0].Rank == 0) {
				t.Errorf("definition %q with rank %d", out[0].Definition, out[0].Rank)
			}
		})
	}
}

// TestJoinStoryTermsOneEntry checks that one entity named by its acronym
// in one story and by its name in another is one entry, named by the
// acronym, and that an acronym one story expands is not taken for a name
// of another story that happens to spell it.
func TestJoinStoryTermsOneEntry(t *testing.T) {
	src := func(seed string) glossary.Provenance { return glossary.Provenance{Seed: seed, Line: 3} }
	tests := []struct {
		name    string
		a, b    []glossary.Term
		entries []string
	}{
		{
			name:    "acronym in one story, its name in the other",
			a:       []glossary.Term{{Slug: "nu", Term: "NU", Source: src("a1")}},
			b:       []glossary.Term{{Slug: "northland-union", Term: "Northland Union", Entity: true, Source: src("b1")}},
			entries: []string{"NU"},
		},
		{
			name:    "the name first, its acronym after",
			a:       []glossary.Term{{Slug: "northland-union", Term: "Northland Union", Entity: true, Source: src("a1")}},
			b:       []glossary.Term{{Slug: "nu", Term: "NU", Source: src("b1")}},
			entries: []string{"NU"},
		},
		{
			name:    "an acronym its story expands otherwise",
			a:       []glossary.Term{{Slug: "nu", Term: "NU", Aliases: []string{"Naval Unit"}, Source: src("a1")}},
			b:       []glossary.Term{{Slug: "northland-union", Term: "Northland Union", Entity: true, Source: src("b1")}},
			entries: []string{"Northland Union", "NU"}, // by slug
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byStory := [][]glossary.Passage{
				{{Text: "Engineers in Tolby began the flood barrier.", Source: src("a1")}},
				{{Text: "Candidates promised cheaper buses.", Source: src("b1")}},
			}
			var got []string
			for _, e := range joinStoryTerms([][]glossary.Term{tt.a, tt.b}, byStory) {
				got = append(got, e.Term)
			}
			if !slices.Equal(got, tt.entries) {
				t.Errorf("entries %q, want %q", got, tt.entries)
			}
		})
	}
}
