package text

import "unicode/utf8"

// Dotted reports whether word w of s is glued by a dot to another word
// ("SBER.MM", a ticker; "example.com"): a part of a code or an address,
// not a word of the prose.
func Dotted(s string, w Word) bool {
	glued := func(i, dir int) bool {
		if i < 0 || i >= len(s) || s[i] != '.' {
			return false
		}
		j := i + dir
		if j < 0 || j >= len(s) {
			return false
		}
		var r rune
		if dir > 0 {
			r, _ = utf8.DecodeRuneInString(s[j:])
		} else {
			r, _ = utf8.DecodeLastRuneInString(s[:j+1])
		}
		return IsWordRune(r)
	}
	return glued(w.Start-1, -1) || glued(w.End, 1)
}
