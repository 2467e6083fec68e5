package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one word of a text: a maximal run of letters and digits, with
// inner apostrophes kept ("Russia's" is one word) so that possessives do not
// split a word, and an inner plus before a letter kept ("BRICS+AI", the name
// of one alliance, is one word, not BRICS and AI). Tokenize, which compares
// claims, splits there as it splits hyphenated compounds. Start and End are byte offsets into the text.
type Word struct {
	Start, End int
	Text       string
}

// Words splits s into words with their offsets.
func Words(s string) []Word { return AppendWords(make([]Word, 0, len(s)/6+1), s) }

// WordTexts returns the text of each word of s (see Words).
func WordTexts(s string) []string {
	ws := Words(s)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

// AppendWords appends the words of s to ws.
func AppendWords(ws []Word, s string) []Word {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++ // ASCII fast path: IsWordRune is too big to inline
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !IsWordRune(r) {
			i += w
			continue
		}
		start := i
		i += w
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
				i++
				continue
			}
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
			}
			if IsWordRune(r) {
				i += w
				continue
			}
			// An apostrophe between letters belongs to the word, and so
			// does a plus that joins two names into one ("BRICS+AI").
			if (r == '\'' || r == '’' || r == '+') && i+w < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); unicode.IsLetter(r2) {
					i += w
					continue
				}
			}
			break
		}
		ws = append(ws, Word{start, i, s[start:i]})
	}
	return ws
}

// IsWordRune reports whether r is a letter or a digit.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// StripPossessive removes a trailing "'s" or "’s" (either case).
func StripPossessive(w string) string {
	if w == "" || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return w // most words: no suffix to try
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// IsCapitalized reports whether w starts with an upper-case letter.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAcronym reports whether w looks like an acronym or initialism: two to
// ten characters, starting with a letter, with at least two upper-case
// letters and more upper- than lower-case ones ("AI", "BRICS", "GDP",
// "BRICS+AI").
func IsAcronym(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 10 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(first) {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r), r == '&', r == '-', r == '+':
		default:
			return false
		}
	}
	return upper >= 2 && upper > lower
}

// IsDottedAcronym reports whether w is like "U.S." or "U.K": single capitals
// separated by dots.
func IsDottedAcronym(w string) bool {
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		if n != len(p) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// InsideQuote reports whether offset at of s stands inside a quotation: an
// opening curly quote before it is not closed, or an odd number of
// straight quotes stands before it.
func InsideQuote(s string, at int) bool {
	before := s[:at]
	if o, c := strings.LastIndex(before, "“"), strings.LastIndex(before, "”"); o >= 0 && o > c {
		return true
	}
	return strings.Count(before, `"`)%2 == 1
}

// QuotedShare is the share of the words of s that stand inside a
// quotation: a sentence mostly quoted is what someone said, not what
// happened ("“This is particularly important ...,” Dmitriev said").
func QuotedShare(s string) float64 {
	ws := Words(s)
	if len(ws) == 0 {
		return 0
	}
	in := 0
	for _, w := range ws {
		if InsideQuote(s, w.Start) {
			in++
		}
	}
	return float64(in) / float64(len(ws))
}

// UnbalancedQuotes reports whether s opens a quotation it does not close,
// or closes one it did not open: it is part of a quotation that runs over
// several sentences.
func UnbalancedQuotes(s string) bool {
	return strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”")
}

// WholeQuote reports whether sentence s is all quotation, its speaker
// named in another sentence: it opens with a quote mark and ends with one.
func WholeQuote(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return (r == '"' || r == '“') && (l == '"' || l == '”') && !UnbalancedQuotes(s)
}

// NameWords is Words with a capitalised word and the part a hyphen joins
// to it as one word: a lower-case syllable (the given names "Sang-mok" of
// "Choi Sang-mok", "E-bae" of "Kim E-bae") or a number ("COVID-19",
// "Crew-9"; not the "19" of "19-year-old", which goes on). A capitalised
// part after the hyphen ("Russia-Ukraine") is a word of its own, as in
// Words, but for one after a syllable ("Waker-uz-Zaman").
func NameWords(s string) []Word {
	ws := Words(s)
	out := ws[:0:0]
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		joined := false
		for k+1 < len(ws) && IsCapitalized(w.Text) && w.End < len(s) && s[w.End] == '-' && ws[k+1].Start == w.End+1 {
			next := ws[k+1].Text
			r, _ := utf8.DecodeRuneInString(next)
			syllable := unicode.IsLower(r) && utf8.RuneCountInString(next) <= 5 && !compoundModifier[next]
			number := AllDigits(next) && (ws[k+1].End == len(s) || s[ws[k+1].End] != '-')
			if !syllable && !number && !(joined && IsCapitalized(next)) {
				break
			}
			joined = syllable
			w.End = ws[k+1].End
			w.Text = s[w.Start:w.End]
			k++
		}
		out = append(out, w)
	}
	return out
}

// compoundModifier holds the words a hyphen joins to a name to make a
// modifier ("Luxembourg-based", "US-led"): no syllable of the name.
var compoundModifier = toSet(`based led backed born owned run made style like linked wide era bound held`)

// AllDigits reports whether w is digits only ("19" of "COVID-19").
func AllDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// Misspelt reports whether y is x misspelt, as one outlet misspells a
// name another writes right ("Weidefeld" of "Wiedefeld", "DeepSake" of
// "DeepSeek"): the same length, six letters or more, two neighbouring
// letters swapped or one changed, none of them the first or the last
// ("Swedes" is not "Sweden").
func Misspelt(x, y string) bool {
	a, b := []rune(x), []rune(y)
	if len(a) != len(b) || len(a) < 6 || x == y {
		return false
	}
	var at []int
	for k := range a {
		if a[k] != b[k] {
			at = append(at, k)
		}
	}
	if at[0] == 0 || at[len(at)-1] == len(a)-1 {
		return false
	}
	switch len(at) {
	case 1:
		return true
	case 2:
		return at[1] == at[0]+1 && a[at[0]] == b[at[1]] && a[at[1]] == b[at[0]]
	}
	return false
}
