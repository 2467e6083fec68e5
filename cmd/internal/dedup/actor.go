package dedup

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// actorOf is who a sentence says acts: the first name among its units
// (Select's units come in reading order) other than a day or a month, or
// "". "Norland pledged 40 million euros" names Norland; "On Monday Mayor
// Lena Ortiz opened ..." names the mayor.
func actorOf(us []string) string {
	for _, u := range us {
		if strings.HasPrefix(u, entityUnit) && !text.TimeWord(u[len(entityUnit):]) {
			return u
		}
	}
	return ""
}

// otherActors reports whether two sentences name different actors: each
// has one (x, y; none is "has none") and neither's is named by the other
// (inX, inY report whether a unit is in the first or the second). Such
// sentences state different facts however many words and numbers they
// share ("Norland pledged 40 million euros" / "Port Avel pledged 40
// million euros"); "Governor Ana Velez said ..." and "..., Velez said" do
// not, since the first names Velez too.
func otherActors[T comparable](x, y, none T, inX, inY func(T) bool) bool {
	return x != none && y != none && x != y && !inY(x) && !inX(y)
}
