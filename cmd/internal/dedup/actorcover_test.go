package dedup

import (
	"slices"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// TestSelectActorNotClaim: a sentence whose actor another kept sentence
// names ("Governor Ana Velez said the stadium ...") but whose action and
// object no kept sentence states ("... warned residents who could not
// leave to shelter in place") is a claim of its own, not a restatement:
// its actor's name says who, not what.
func TestSelectActorNotClaim(t *testing.T) {
	texts := []string{
		"Storm Kestrel made landfall near Porto Lerida on Tuesday night with winds of 180 km/h.",
		"Officials warned residents of the coast that the storm would bring flooding.",
		"Governor Ana Velez said the football stadium of Porto Lerida would serve as a base camp for cleanup crews.",
		"Forecasters warned residents that the surge could reach four metres.",
		"The storm knocked out power to 300,000 homes in the province.",
		"Police warned residents to stay off the roads after dark.",
		"Storm Kestrel weakened as it crossed the province towards the mountains.",
		"Schools and churches took in 2,000 people.",
		"Governor Ana Velez warned residents who could not evacuate to shelter in place.",
		"Mayors warned residents of the valley towns about landslides.",
		"Rescue teams from Norland reached the coast by Wednesday morning.",
	}
	res := Select(texts, Options{})
	if i := 8; !res.Keep[i] {
		t.Errorf("dropped (%s, for %d) %q", res.Reason[i], res.DupOf[i], texts[i])
	}
}

// TestActorOf: who a sentence says acts is the name after a title, not the
// title: "President Ortiz" opening a sentence is no name there, and
// mid-sentence it is; both are Ortiz. A title alone names its holder.
func TestActorOf(t *testing.T) {
	names := func(ns ...string) func(text.Token) bool {
		return func(tok text.Token) bool { return !tok.Initial && slices.Contains(ns, tok.Norm) }
	}
	for _, tt := range []struct {
		text, want string
		names      []string
	}{
		{"According to the Avel Courier, President Ortiz announced the deal.", "e:ortiz", []string{"avel", "courier", "president", "ortiz"}},
		{"On Monday, Chief Executive Ana Velez said the plant will close.", "e:ana", []string{"chief", "executive", "ana", "velez", "monday"}},
		{"President Lena Ortiz has allowed Norcom to ship its turbines.", "e:lena", []string{"lena", "ortiz", "norcom"}},
		{"The President said Norcom may ship its turbines.", "e:president", []string{"president", "norcom"}},
	} {
		if got := actorOf(tt.text, names(tt.names...)); got != tt.want {
			t.Errorf("actorOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
