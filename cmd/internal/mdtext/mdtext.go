// Package mdtext writes plain text into content files: YAML scalars for
// front matter and escaped Markdown for bodies. It is the one place that
// knows which characters mean something there, so that text quoted from a
// seed renders as the words it quotes (FuzzEscapeRoundTrip checks this with
// goldmark). Import and the glossary and topics writers use it.
package mdtext

import (
	"encoding/json"
	"strings"
)

// Quote writes s as a double-quoted scalar: JSON string syntax, which is
// valid YAML and a valid Markdown link title ("..."), with every character
// that needs it escaped. HTML characters are kept as they are.
func Quote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// Escape makes plain text safe as the text of one Markdown line (a
// paragraph, a list item, a heading before its {#id}): inline markup
// characters are backslash-escaped wherever they stand (emphasis * _,
// strikethrough ~, code `, links [ ], HTML and autolinks <, attributes
// { }, the escape \ itself), "&" where it would start an entity ("&amp;"),
// and the first character of a line that would open a block (heading,
// quote, list, fence, numbered list "1." or "1)").
func Escape(s string) string {
	out := EscapeInline(s)
	switch {
	case out == "":
	case strings.ContainsRune("#>-+=|", rune(out[0])):
		out = "\\" + out
	default:
		// "1. Something" or "1) Something" would start a list.
		i := 0
		for i < len(out) && out[i] >= '0' && out[i] <= '9' {
			i++
		}
		if i > 0 && i < len(out) && (out[i] == '.' || out[i] == ')') {
			out = out[:i] + "\\" + out[i:]
		}
	}
	return out
}

// EscapeInline backslash-escapes the inline markup characters of s (see
// Escape) but not a line start: for text inside a line, such as the text
// of a link.
func EscapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '{', '}', '~':
			b.WriteByte('\\')
		case '&':
			if entityAt(s[i+1:]) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// entityAt reports whether s (the text after a "&") would make it an entity
// or numeric character reference: letters or digits, or "#" and digits,
// then ";".
func entityAt(s string) bool {
	i := 0
	if i < len(s) && s[i] == '#' {
		i++
	}
	start := i
	for i < len(s) && i-start < 32 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return i > start && i < len(s) && s[i] == ';'
}
