package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a sentence as the de-duplicator and the classifier see
// it (Tokenize): Norm is the lower-cased word with possessives and dots removed, Stem its
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
		if !IsWordRune(r) {
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
			if IsWordRune(r) {
				j += n
				continue
			}
			// "4,800" and "600,000": a comma followed by exactly
			// three digits groups thousands.
			if r == ',' && j+4 <= len(text) && isDigits(text[j+1:j+4]) && (j+4 == len(text) || !IsWordRune(rune(text[j+4]))) && j > i && text[j-1] >= '0' && text[j-1] <= '9' {
				j += 4
				continue
			}
			// "8:31": a clock time is one figure, not 8 and 31.
			if r == ':' && clockColon(text, i, j) {
				j += 3
				continue
			}
			if r == '\'' || r == '’' || r == '.' {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if j+n < len(text) && IsWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		word := text[i:j]
		// "U.S." keeps its final dot as part of the acronym, not as a full stop.
		if j < len(text) && text[j] == '.' && IsDottedAcronym(word+".") {
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

// clockColon reports whether the colon at text[j] joins the hour text[i:j]
// (one or two digits) to the minutes of a clock time ("8:31", "10:30pm").
func clockColon(text string, i, j int) bool {
	if j-i > 2 || !isDigits(text[i:j]) || j+3 > len(text) || !isDigits(text[j+1:j+3]) || text[j+1] > '5' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+3:])
	return j+3 == len(text) || !unicode.IsDigit(r)
}

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
// do, so they are number units (facts) too, and so does a rank ("the fifth
// hurricane this year"). "one" is left out: it is far more often a
// pronoun; "first" and "second" are more often "at first", "a second".
var numberWords = toSet(`two three four five six seven eight nine ten eleven
twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion half third
quarter dozen twice fourth fifth sixth seventh eighth ninth tenth`)

// Figure reads the figure that token k of toks opens: its value, written
// the same way however the text wrote it (NumberValue; a number written in
// two words that a hyphen joins, "twenty-five", which Tokenize splits, is
// "25"), and the index of its last token, whose word says what it counts.
// The value is "" for a word that only scales or divides a figure; for a
// token that is no number (Token.Number) it means nothing. Every stage
// that compares figures reads them here, so that "twenty-five" and "25",
// "4.10%" and "4.1%" are one figure everywhere.
func Figure(toks []Token, k int) (value string, last int) {
	if k+1 < len(toks) {
		if v, ok := compoundNumber(toks[k].Norm, toks[k+1].Norm); ok {
			return v, k + 1
		}
	}
	return NumberValue(toks[k].Norm), k
}

// compoundNumber is the value of a number written in two words that a
// hyphen joins ("twenty-five"): tens a, then units b; false for any other
// pair.
func compoundNumber(a, b string) (string, bool) {
	t, u := tens[a], units[b]
	if t == 0 || u == 0 {
		return "", false
	}
	return strconv.Itoa(t + u), true
}

var (
	tens  = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	units = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
)

// NumberValue is the quantity a number token's Norm states, written the
// same way however the text wrote it: digits for a number word ("three" ->
// "3"), the figure without its currency or unit letters ("rbs850bn" ->
// "850", "21st" -> "21"); "" for a word that only scales or divides a
// figure (million, half), which texts add or leave out ("109bn" / "109
// billion"); a decimal without its trailing zeros ("4.10" -> "4.1").
func NumberValue(norm string) string {
	if v, ok := numberValues[norm]; ok {
		return v
	}
	if numberWords[norm] {
		return ""
	}
	start := strings.IndexFunc(norm, unicode.IsDigit)
	if start < 0 {
		return norm
	}
	end := start
	for end < len(norm) && (unicode.IsDigit(rune(norm[end])) || (norm[end] == '.' || norm[end] == ',' || norm[end] == ':') && end+1 < len(norm) && unicode.IsDigit(rune(norm[end+1]))) {
		end++
	}
	v := norm[start:end]
	// A decimal's trailing zeros say nothing: "4.10%" is "4.1%".
	if strings.Contains(v, ".") && !strings.Contains(v, ",") {
		v = strings.TrimSuffix(strings.TrimRight(v, "0"), ".")
	}
	return v
}

var numberValues = map[string]string{"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30",
	"forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8",
	"ninth": "9", "tenth": "10"}

func makeToken(word string, initial bool) (Token, bool) {
	// Possessive 's goes: "Russia's" is about Russia.
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(word, suf) && len(word) > len(suf) {
			word = word[:len(word)-len(suf)]
			break
		}
	}
	t := Token{Initial: initial}
	if IsDottedAcronym(word) {
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
