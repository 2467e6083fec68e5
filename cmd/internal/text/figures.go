package text

// The words around a figure that say what kind of figure it is (see
// Figure for its value).

// PercentWord reports whether st, a Stem, makes the figure before it a
// share ("25 percent", "25 per cent", "25 pct", "a percentage"): a share
// counts no thing of its own.
func PercentWord(st string) bool { return percentWords[st] }

var percentWords = toSet(`percent per pct percentag`)

// RangeWord reports whether the lower-case word w joins two figures into
// a range ("two to three", "five or six").
func RangeWord(w string) bool { return w == "to" || w == "and" || w == "or" }

// ClockMark reports whether st, a Stem, marks the figure before it as a
// clock time ("8:30 p.m.", "14:00 GMT").
func ClockMark(st string) bool { return clockMarks[st] }

var clockMarks = toSet(`p.m pm a.m am gmt utc edt est bst cet`)

// IsYear reports whether number token w is a year of the news: four
// digits from 1900 to 2099.
func IsYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	for _, r := range w[2:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
