package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a passage; Start is its byte offset.
type sentence struct {
	Start int
	Text  string
}

// splitSentences splits a passage into sentences at '.', '!' or '?'
// followed by white space and an upper-case letter, a digit or a quote.
// A full stop after a single letter ("U.S.") or a common title
// abbreviation does not end a sentence.
func splitSentences(s string) []sentence {
	var out []sentence
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')') {
			j++
		}
		if j >= len(s) || (s[j] != ' ' && s[j] != '\n' && s[j] != '\t') {
			continue
		}
		k := j
		for k < len(s) && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t') {
			k++
		}
		if k >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' && isAbbreviation(s[start:i]) {
			continue
		}
		if t := strings.TrimSpace(s[start:j]); t != "" {
			out = append(out, sentence{start + strings.Index(s[start:j], t), t})
		}
		start = k
		i = k - 1
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, sentence{start + strings.Index(s[start:], t), t})
	}
	return out
}

// isAbbreviation reports whether the text before a full stop ends in an
// abbreviation rather than a word: a single letter ("U.S", "e.g") or a title.
func isAbbreviation(before string) bool {
	k := len(before)
	i := k
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= w
	}
	word := before[i:k]
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	switch strings.ToLower(word) {
	case "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "ltd", "jr", "sr", "gen", "gov", "sen", "rep", "no":
		return true
	}
	return false
}
