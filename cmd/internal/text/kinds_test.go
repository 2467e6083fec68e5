package text

import "testing"

// TestDescriptorWords checks the word rules of descriptions before a
// name: the kind nouns that say what a name is, the adjectives that may
// stand before them, the modifiers of a title.
func TestDescriptorWords(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}{
		{"KindNoun", KindNoun, []string{"lender", "lenders", "chipmaker", "chatbot", "agency", "fund"}, []string{"said", "policymaker", "rate", "largest", "maker s"}},
		{"AdjectiveShape", AdjectiveShape, []string{"national", "electronic", "western", "regulatory"}, []string{"targeted", "leading", "said", "bank"}},
		{"TitleModifier", TitleModifier, []string{"former", "acting", "first"}, []string{"chief", "president", "bank"}},
		{"Determiner", Determiner, []string{"the", "its", "an"}, []string{"bank", "said"}},
		{"StudyWord", StudyWord, []string{"degree", "studied", "majored", "diploma"}, []string{"studio", "bank", "in"}},
		{"DegreeHead", DegreeHead, []string{"bachelor", "juris", "master"}, []string{"bank", "judge"}},
		{"PlacePreposition", PlacePreposition, []string{"in", "across", "near"}, []string{"at", "from", "to", "by"}},
		{"VerdictNoun", VerdictNoun, []string{"blow", "step", "counterweight"}, []string{"bank", "pier", "fund"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false, want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true, want false", tt.name, w)
			}
		}
	}
}

func TestPastForm(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"signed", true}, {"said", true}, {"was", true}, {"met", true},
		{"speaks", false}, {"walks", false}, {"red", false}, {"bed", false}, {"the", false},
	}
	for _, tt := range tests {
		if got := PastForm(tt.w); got != tt.want {
			t.Errorf("PastForm(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
