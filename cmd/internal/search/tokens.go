package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Tokens are the index's tokens of s: text.SearchTokens after joining dotted
// initialisms ("U.S.", "e.g.") into words ("US", "eg"), whose letters would
// otherwise be one-letter tokens and dropped, so that "U.S." finds passages
// that write "U.S." or "US". static/search.js's tokenize does the same
// (TestJSTokenizeAgreesWithGo).
func Tokens(s string) []string { return text.SearchTokens(JoinInitialisms(s)) }

// JoinInitialisms removes the dots of every run of two or more single
// letters each followed by a dot (the last dot optional): "U.S.-led" becomes
// "US-led", "a.m." becomes "am". A letter glued to a word ("e.Start") is no
// initial. search.js's joinInitialisms is the same rule as a regular
// expression.
func JoinInitialisms(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
	var b strings.Builder
	prev := rune(-1) // the rune before i, -1 at the start
	for i := 0; i < len(s); {
		if prev == -1 || !isWord(prev) {
			// Try a run here: letter '.' letter ['.' letter]... ['.'].
			var letters []rune
			j, end := i, i
			for {
				r, n := utf8.DecodeRuneInString(s[j:])
				if n == 0 || !unicode.IsLetter(r) {
					break
				}
				k := j + n
				next, nn := utf8.DecodeRuneInString(s[k:])
				if nn > 0 && isWord(next) {
					break // a longer word, not an initial
				}
				letters = append(letters, r)
				end = k
				if nn == 0 || next != '.' {
					break
				}
				end = k + 1 // the dot
				j = k + 1
			}
			if len(letters) >= 2 {
				b.WriteString(string(letters))
				prev = letters[len(letters)-1]
				i = end
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		prev = r
		i += n
	}
	return b.String()
}
