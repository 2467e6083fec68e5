package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: a maximal run of letters and digits, with
// inner apostrophes kept ("Russia's" is one token) so that possessives do not
// split a word. Start and End are byte offsets into the text.
type token struct {
	Start, End int
	Text       string
}

// tokenize splits s into word tokens.
func tokenize(s string) []token { return appendTokens(make([]token, 0, len(s)/6+1), s) }

// appendTokens appends the word tokens of s to toks.
func appendTokens(toks []token, s string) []token {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++ // ASCII fast path: isWordRune is too big to inline
			continue
		}
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
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
			if isWordRune(r) {
				i += w
				continue
			}
			// An apostrophe between letters belongs to the word.
			if (r == '\'' || r == '’') && i+w < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); unicode.IsLetter(r2) {
					i += w
					continue
				}
			}
			break
		}
		toks = append(toks, token{start, i, s[start:i]})
	}
	return toks
}

func isWordRune(r rune) bool {
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

// isAcronym reports whether w looks like an acronym or initialism: two to
// ten characters, starting with a letter, with at least two upper-case
// letters and more upper- than lower-case ones ("AI", "BRICS", "GDP").
func isAcronym(w string) bool {
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
		case unicode.IsDigit(r), r == '&', r == '-':
		default:
			return false
		}
	}
	return upper >= 2 && upper > lower
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// stripPossessive removes a trailing "'s" or "’s" (and a bare trailing
// apostrophe is never part of a token, see tokenize).
func stripPossessive(w string) string {
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

// Slugify turns a term into the last element of its URL: lower case ASCII
// letters and digits separated by single hyphens. Letters outside ASCII are
// kept, so that slugs of non-English terms stay readable.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			if b.Len() > 0 {
				b.WriteString("-and")
			}
			dash = true
		default:
			dash = true
		}
	}
	return b.String()
}

// stopWords are function words and the most common verbs, adverbs and
// vague adjectives of English prose. They split candidate key phrases
// (RAKE) and never start or end a term. This is a list of grammar words,
// not of terms.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
a about above across after again against all almost alone along already also although always am among amongst an and another any anyone anything are around as at
be became because become becomes been before being below beside besides between beyond both but by can cannot could did do does doing done down during
each either else enough especially even ever every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just least less like likely many may me might more most much must my myself neither never nevertheless no nor not nothing now
of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps rather same several shall she should since so some
still such than that the their theirs them themselves then there thereby therefore these they this those though through throughout thus to together too
toward towards under unless until up upon us very via was we well were what whatever when where whereas whether which while who whom whose why will with within
without would yet you your yours yourself yourselves
able across actually additionally alongside amid amidst based beyond certain considerably clearly currently deeply directly distinctly due effectively
either entirely especially even eventually fully further furthermore given greatly highly increasingly indeed largely later latest long made make makes
making meanwhile merely moreover mostly nearly new newly notably particularly possibly potentially primarily properly purely quickly rather really recent
recently relatively significantly similarly simply socially solely substantially truly various vast widely
also ahead aim aimed aiming aims allow allows appear appears argue arguments becomes begin bring brings call called come comes consider considered
continue continues contribute create creates despite expected face faced faces find gets give given go goes going help helps hold holds include
includes including involving keep lead leads lie lies look looking may mean means need needs offer offers pose poses provide provides providing
put remain remains say says see seeks seek seem seems seen serve serves set shape show shows stand stands suggest suggests take takes tend
towards use used uses using viewing want wants way ways
significant potential major key current existing broader broad different diverse profound important crucial critical essential considerable
substantial notable remarkable overall possible whole own other others several numerous varied mixed
economically politically socially technologically ultimately conversely additionally notably looking
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions
year years month months week weeks day days today yesterday tomorrow time times
first second third fourth fifth sixth seventh eighth ninth tenth next last ago half dozen
`) {
		m[w] = true
	}
	return m
}()

// isStopWord reports whether w (any case) is a stop word.
func isStopWord(w string) bool { return stopWords[strings.ToLower(stripPossessive(w))] }

// IsStopWord reports whether w is a function word or a vague common word
// that never names a term or a theme (used by the topics package too).
func IsStopWord(w string) bool { return isStopWord(w) }

// Words returns the word tokens of s (letters and digits, inner
// apostrophes kept), for packages that count words the same way.
func Words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// Token is a word of a text and its byte offsets, as Tokens finds them.
type Token = token

// Tokens returns the words of s with their offsets (see Words).
func Tokens(s string) []Token { return tokenize(s) }
