package dedup

import "testing"

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
