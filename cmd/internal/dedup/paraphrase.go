package dedup

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// ConceptUnits maps units to their paraphrase classes: word units and the
// words of pair units become their class; names and numbers stay. The result
// has no repeats.
func ConceptUnits(us []string) []string {
	seen := map[string]bool{}
	out := make([]string, 0, len(us))
	for _, u := range us {
		switch u[:2] {
		case wordUnit:
			u = wordUnit + text.Concept(u[2:])
		case pairUnit:
			a, b, _ := strings.Cut(u[2:], "_")
			a, b = text.Concept(a), text.Concept(b)
			if a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			u = pairUnit + a + "_" + b
		}
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}
