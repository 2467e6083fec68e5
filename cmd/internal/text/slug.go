package text

import (
	"strings"
	"unicode"
)

// Slug turns heading text into an element id: lower case, letters and digits
// kept (any script), "_" kept, every other run of characters becomes one "-".
// The same text always gives the same slug, so links to headings survive
// rebuilds. "_" is kept because authors write ids such as {#L12} and
// "000_seed-L14" by hand, and a heading "R&D" is "r-d" as other Markdown
// tools make it.
func Slug(s string) string { return slug(s, "", true) }

// TermSlug turns a glossary term or a topic title into the last element of
// its URL: lower-case letters and digits (any script, so that slugs of
// non-English terms stay readable) separated by single hyphens; "&" is
// spelled "and", so that "R&D" is "r-and-d" and does not meet "R-D", and "+"
// is spelled "plus", so that "BRICS+AI" is "brics-plus-ai" and "BRICS+" does
// not meet "BRICS".
func TermSlug(s string) string { return slug(s, "-and", false) }

// slug writes the letters and digits of s in lower case, one "-" for every
// run of other characters between them; amp (if not "") is written for "&",
// and "plus" for "+" where amp is; keepUnderscore keeps "_" as a word
// character.
func slug(s, amp string, keepUnderscore bool) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || keepUnderscore && r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case (r == '&' || r == '+') && amp != "":
			if b.Len() > 0 {
				if r == '&' {
					b.WriteString(amp)
				} else {
					b.WriteString("-plus")
				}
			}
			dash = true
		default:
			dash = true
		}
	}
	return b.String()
}
