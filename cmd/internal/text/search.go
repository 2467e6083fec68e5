package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var foldMarks = runes.Remove(runes.In(unicode.Mn))

// Unaccented is s with its accents removed ("Mbappé" -> "Mbappe"), for
// telling two spellings of one name apart from two names. Text with
// nothing to fold comes back as it is.
func Unaccented(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	folded, _, err := transform.String(transform.Chain(norm.NFD, foldMarks, norm.NFC), s)
	if err != nil {
		return s
	}
	return folded
}

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
