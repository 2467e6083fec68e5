package topics

import (
	"fmt"
	"testing"
)

// TestOwned checks the name of a theme whose phrase the text writes as a
// named thing's ("the fabric roof from Tropicana Field"): the thing's name
// and the head ("Tropicana Field roof"), only when the name is written in
// two sentences that are not one retold; a name of a modifier the theme's
// name lacks, a capitalised name or the briefing's subject keep the name.
func TestOwned(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		title string
		want  string
	}{
		{"of a name", []string{
			"The storm tore the fabric roof from Marlow Arena overnight.",
			"Crews said Marlow Arena would stay closed for a month.",
		}, "fabric roof", "Marlow Arena roof"},
		{"a name's possessive", []string{
			"Winds cracked the Kessel Bridge's steel deck on Monday.",
			"Engineers closed the Kessel Bridge to trucks.",
		}, "steel deck", "Kessel Bridge deck"},
		{"the head alone after of the", []string{
			"Sections of the deck of the Kessel Bridge fell into the river.",
			"Traffic on the Kessel Bridge stopped as the steel deck sagged.",
		}, "steel deck", "Kessel Bridge deck"},
		{"the name in one sentence", []string{
			"The storm tore the fabric roof from Marlow Arena overnight.",
			"Crews said the fabric roof would take a year to replace.",
		}, "fabric roof", "fabric roof"},
		{"one sentence retold", []string{
			"The storm tore the fabric roof from Marlow Arena overnight.",
			"The storm tore the fabric roof from Marlow Arena overnight, witnesses said.",
		}, "fabric roof", "fabric roof"},
		{"a modifier the name lacks", []string{
			"Winds cracked the Kessel Bridge's new deck on Monday.",
			"Engineers closed the Kessel Bridge to trucks.",
		}, "steel deck", "steel deck"},
		{"a capitalised name", []string{
			"The storm tore the Fabric Roof from Marlow Arena overnight.",
			"Crews said Marlow Arena would stay closed for a month.",
		}, "Fabric Roof", "Fabric Roof"},
		{"things from a name are not its own", []string{
			"Kell won with late goals from Ana Velez and Piet Rook.",
			"Ana Velez scored again in the second half.",
		}, "late goal", "late goal"},
		{"a possessive before the head alone", []string{
			"Mortgage rates rose as Norbank's rate climbed.",
			"Analysts said Norbank would cut mortgage rates in the spring.",
			"Lenders expect Norbank to hold firm.",
		}, "mortgage rates", "mortgage rates"},
		{"a common noun after of", []string{
			"The storm tore the fabric roof from the arena overnight.",
			"Crews said the arena would stay closed for a month.",
		}, "fabric roof", "fabric roof"},
	}
	// The briefing's subject (in most of twenty passages) owns the phrase
	// too: the theme is the subject's, not the other owner's.
	subject := []string{
		"Norvik's market value rose past three trillion crowns on Monday.",
		"Norvik shares gained a fifth, enabling it to exceed Kessel's market value.",
		"Kessel said Norvik had grown faster than any rival.",
	}
	for i := len(subject); i < 20; i++ {
		subject = append(subject, fmt.Sprintf("Norvik sold %d more chips in week %d, its report said.", 100+i, i))
	}
	tests = append(tests, struct {
		name  string
		texts []string
		title string
		want  string
	}{"the subject owns it too", subject, "market value", "market value"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := corpusOf(tt.texts...)
			all := make([]int, len(tt.texts))
			for i := range all {
				all[i] = i
			}
			got := c.owned(tt.title, all)
			if got != tt.want {
				t.Errorf("owned(%q) = %q, want %q", tt.title, got, tt.want)
			}
			if got != tt.title && !c.nameable(got, all) {
				t.Errorf("nameable(%q) = false: a re-import would drop the topic", got)
			}
		})
	}
}
