package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var foldMarks = runes.Remove(runes.In(unicode.Mn))

// SearchTokens splits text into the search index's tokens: lower-cased,
// accents removed, runs of letters and digits, stemmed with SearchStem;
// one-letter tokens and SearchStopWords are dropped. "Sanctions’ bite, 2024"
// gives ["sanction", "bite", "2024"]. static/search.js tokenizes queries the
// same way.
func SearchTokens(text string) []string {
	folded, _, err := transform.String(transform.Chain(norm.NFD, foldMarks), text)
	if err != nil {
		folded = text // invalid UTF-8 passes unfolded; tokens still split on letters
	}
	folded = strings.ToLower(folded)
	var toks []string
	for _, w := range strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if len([]rune(w)) < 2 || searchStopWords[w] {
			continue
		}
		toks = append(toks, SearchStem(w))
	}
	return toks
}
