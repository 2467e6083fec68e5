package dedup

import (
	"math"
	"strconv"
	"strings"
)

// Rounded figures. Outlets round the figures they retell: "$26.3 billion"
// is "$26 billion" elsewhere, "8:31 p.m." is "around 8:30 p.m.", "USD1.1
// million" "$1.1m". Such figures are one figure, so that the claim is one
// claim; but two precise figures that differ ("410 seats" / "412 seats",
// "8:35" / "8:31", "4.35%" / "4.10%") are two, whatever their closeness:
// outlets that disagree on a count are not merged into one.

// roundingOf reports whether figure a (a value as text.NumberValue writes
// it) is figure b, or b rounded: a figure with one decimal place fewer
// than b that b rounds to, and that differs from it by less than a share
// roundShare of it ("26" of "26.3", "1" of "1.1"; not "5" of "4.75", nor
// "3" of "2.5": rounding that coarse makes another figure); or a clock
// time on the five minutes that
// b, a time that is not, lies within two minutes of ("8:30" of "8:31").
// Whole numbers are precise: "410" is no rounding of "412".
func roundingOf(a, b string) bool {
	if a == b {
		return true
	}
	if ma, ok := clockMinutes(a); ok {
		mb, ok := clockMinutes(b)
		return ok && ma%5 == 0 && mb%5 != 0 && abs(ma-mb) <= 2
	}
	fa, pa, ok1 := decimal(a)
	fb, pb, ok2 := decimal(b)
	if !ok1 || !ok2 || pa >= pb || fb == 0 {
		return false
	}
	// Two places or more dropped round a figure only where that moves
	// it little ("16.86%" is "17%"); "4.75%" is not "5%", a rate of its
	// own.
	if pb > pa+1 && math.Abs(fa-fb) > nearRounding*math.Abs(fb) {
		return false
	}
	scale := math.Pow(10, float64(pa))
	return math.Round(fb*scale) == math.Round(fa*scale) && math.Abs(fa-fb) < roundShare*math.Abs(fb)
}

// sameFigureValue reports whether two figures are one, either being the
// other rounded (roundingOf). Two outlets that give close figures
// ("412 seats", "410 seats") disagree: both stand.
func sameFigureValue(a, b string) bool { return roundingOf(a, b) || roundingOf(b, a) }

// nearRounding is the largest share by which a figure rounded by two
// places or more may differ from it.
const nearRounding = 0.02

// roundShare is the largest share of a figure by which its rounding may
// differ from it.
const roundShare = 0.1

// clockMinutes is a clock time's minutes after midnight ("8:31" -> 511).
func clockMinutes(v string) (int, bool) {
	h, m, ok := strings.Cut(v, ":")
	if !ok {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return hh*60 + mm, err1 == nil && err2 == nil
}

// decimal is a figure's value and its decimal places ("26.3" -> 26.3, 1;
// "4,800" -> 4800, 0).
func decimal(v string) (float64, int, bool) {
	v = strings.ReplaceAll(v, ",", "")
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, 0, false
	}
	places := 0
	if _, frac, ok := strings.Cut(v, "."); ok {
		places = len(frac)
	}
	return f, places, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
