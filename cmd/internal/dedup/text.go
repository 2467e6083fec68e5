package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a sentence as the de-duplicator and the classifier see
// it: Norm is the lower-cased word with possessives and dots removed, Stem its
// light stem, Cap whether it was written with a capital, Upper whether it was
// written in capitals only (an acronym such as "BRICS" or "U.S."), Initial
// whether it began the sentence (a capital there says nothing about names).
type Token struct {
	Norm, Stem          string
	Cap, Upper, Initial bool
	Number              bool
}

// Tokenize splits text into word tokens. Hyphenated compounds become their
// parts ("BRICS-Russia" is BRICS and Russia) so that they share units with the
// separate words; "U.S." and "US" both become "us" with Upper set.
func Tokenize(text string) []Token {
	var toks []Token
	first := true
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == ':' || r == ';' {
				first = true
			}
			i += n
			continue
		}
		// A word runs over letters and digits, and over an apostrophe or
		// a dot that sits between two of them ("Russia's", "U.S", "3.5").
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			// "4,800" and "600,000": a comma followed by exactly
			// three digits groups thousands.
			if r == ',' && j+4 <= len(text) && isDigits(text[j+1:j+4]) && (j+4 == len(text) || !isWordRune(rune(text[j+4]))) && j > i && text[j-1] >= '0' && text[j-1] <= '9' {
				j += 4
				continue
			}
			if r == '\'' || r == '’' || r == '.' {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if j+n < len(text) && isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		word := text[i:j]
		// "U.S." keeps its final dot as part of the acronym, not as a full stop.
		if j < len(text) && text[j] == '.' && isDottedAcronym(word+".") {
			j++
		}
		i = j
		if t, ok := makeToken(word, first); ok {
			toks = append(toks, t)
		}
		first = false
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// numberWords are numbers written out: "children under five", "a third of
// the budget", "four years of drought" state quantities as much as digits
// do, so they are number units (facts) too. "one" is left out: it is far
// more often a pronoun.
var numberWords = toSet(strings.Fields(`two three four five six seven eight nine ten eleven
twelve twenty thirty forty fifty hundred thousand million billion trillion half third
quarter dozen twice`))

// isDottedAcronym reports whether w is like "U.S." or "U.K": single capitals
// separated by dots.
func isDottedAcronym(w string) bool {
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

func makeToken(word string, initial bool) (Token, bool) {
	// Possessive 's goes: "Russia's" is about Russia.
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(word, suf) && len(word) > len(suf) {
			word = word[:len(word)-len(suf)]
			break
		}
	}
	t := Token{Initial: initial}
	if isDottedAcronym(word) {
		word = strings.ReplaceAll(word, ".", "")
	}
	r, _ := utf8.DecodeRuneInString(word)
	t.Cap = unicode.IsUpper(r)
	letters, upper, digits := 0, 0, 0
	for _, r := range word {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters+digits == 0 {
		return t, false
	}
	t.Upper = letters >= 2 && upper == letters
	t.Number = digits > 0
	t.Norm = strings.ToLower(word)
	if numberWords[t.Norm] {
		t.Number, t.Upper = true, false
	}
	t.Norm = strings.ReplaceAll(t.Norm, "’", "'")
	if t.Number || t.Upper {
		t.Stem = t.Norm
	} else {
		t.Stem = Stem(t.Norm)
	}
	return t, true
}

// Stem returns a light stem of a lower-case English word: inflections and the
// common derivational suffixes go, so that "economies", "economic" and
// "economy" meet, and "sanctions" meets "sanction". It is deliberately crude
// (no dictionary): both sides of every comparison are stemmed the same way.
func Stem(w string) string {
	if utf8.RuneCountInString(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	for _, suf := range stemSuffixes {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	// Undouble a final consonant left by -ing/-ed ("planned" -> "plan").
	if n := len(w); n >= 5 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return strings.TrimSuffix(w, "e")
}

// stemSuffixes are tried longest first; the first that leaves four letters wins.
var stemSuffixes = []string{
	"ationally", "ically", "ations", "ation", "ition", "ments", "ment", "ness",
	"ities", "ity", "ical", "ally", "ing", "ize", "ise", "ed", "ly", "al", "ic", "y",
}

// stopWords are function words and the most generic verbs: they carry no claim.
var stopWords = toSet(strings.Fields(`
a about above after again against all also although am among an and any are as at
be because been before being below between both but by can could did do does doing
down during each either else even ever every few for from further had has have having he
her here hers herself him himself his how however i if in into is it its itself just
least less let may might me more most much must my myself neither no nor not now of off
often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps quite rather same shall she should since so some such than that the their
theirs them themselves then there these they this those though through thus to too
toward towards under until up upon us very via was we well were what whatever when where
whether which while who whom whose why will with within without would yet you your
yours yourself also moreover furthermore additionally meanwhile nevertheless nonetheless
therefore hence indeed notably conversely instead still already around across along
amid amidst beyond despite like unlike including via say says said according
`))

func toSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// IsStopWord reports whether the lower-case word w carries no content.
func IsStopWord(w string) bool { return stopWords[w] }
