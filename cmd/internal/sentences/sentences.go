// Package sentences splits English prose into sentences, so that later stages
// can de-duplicate and classify claims one sentence at a time.
//
// The splitter is rule based (in the spirit of Punkt, without training): a
// sentence ends at '.', '?', '!' or an ellipsis, followed by optional closing
// quotes or brackets and then white space, unless the full stop belongs to an
// abbreviation, an initial or a number, or the next word starts in lower case.
package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of the input. Start and End are byte offsets into
// the text given to Split, so that Text == text[Start:End]; Text carries no
// leading or trailing white space.
type Sentence struct {
	Text       string
	Start, End int
}

// titles are abbreviations that precede a name and so never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true,
	"rep": true, "sen": true, "gov": true, "pres": true, "rev": true, "hon": true, "fr": true,
	"adm": true, "cmdr": true, "supt": true, "insp": true, "messrs": true, "mme": true, "mlle": true,
	"e.g": true, "i.e": true, "cf": true, "vs": true, "v": true, "viz": true, "approx": true,
	"fig": true, "figs": true, "no": true, "nos": true, "vol": true, "pp": true, "p": true,
	"ch": true, "sec": true, "art": true, "ed": true, "eds": true, "est": true, "dept": true,
	"univ": true, "assn": true, "bros": true, "ave": true, "blvd": true, "rd": true,
}

// ambiguous abbreviations often end a sentence too ("moved to the U.S. The
// next year"): they end one only when the next word is a typical sentence
// opener.
var ambiguous = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "plc": true, "llc": true, "etc": true,
	"jr": true, "sr": true, "u.s": true, "u.k": true, "e.u": true, "u.n": true, "u.s.a": true,
	"a.m": true, "p.m": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"al": true, "ph.d": true, "d.c": true, "n.y": true, "l.a": true,
}

// openers are words that commonly start a sentence; after an ambiguous
// abbreviation or an initial they signal that the full stop ended one.
var openers = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "its": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "our": true, "but": true, "and": true, "or": true,
	"so": true, "yet": true, "however": true, "in": true, "on": true, "at": true, "for": true,
	"as": true, "if": true, "when": true, "while": true, "after": true, "before": true,
	"since": true, "there": true, "here": true, "what": true, "why": true, "how": true,
	"meanwhile": true, "still": true, "also": true, "other": true, "some": true, "many": true,
	"most": true, "one": true, "both": true, "such": true, "by": true, "with": true, "from": true,
	"to": true, "is": true, "was": true, "are": true, "were": true, "not": true, "no": true,
	"moreover": true, "furthermore": true, "additionally": true, "instead": true, "then": true,
}

// Split returns the sentences of text in order. Paragraph breaks (a blank
// line) always end a sentence. Split never fails: any input, even invalid
// UTF-8, gives sentences whose offsets are consistent.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			// A blank line (only spaces between two newlines) is a hard break.
			j := i + w
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				emit(i)
				i = j + 1
				continue
			}
			i += w
		case r == '.' || r == '?' || r == '!' || r == '…':
			end, ok := boundary(text, i)
			if ok {
				emit(end)
				i = end
				continue
			}
			i = end
		default:
			i += w
		}
	}
	emit(len(text))
	return out
}

// boundary decides whether the terminator at text[i] ends a sentence. It
// returns the end of the terminator run (with closing quotes and brackets)
// and whether that is a sentence end.
func boundary(text string, i int) (int, bool) {
	j := i
	dots, others := 0, 0
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '.' {
			dots++
		} else if r == '?' || r == '!' || r == '…' {
			others++
		} else {
			break
		}
		j += w
	}
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !isCloser(r) {
			break
		}
		j += w
	}
	end := j
	if end == len(text) {
		return end, true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(r) {
		// "3.5", "U.S.-led", "e.g.,", "Yahoo!'s"; but "the NHC
		// added.As of 9 pm": a source that dropped the space.
		return end, others == 0 && dots == 1 && glued(text[:i], text[end:])
	}
	next := nextWord(text[end:])
	nr, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(nr) {
		return end, false // "etc. and", "\"Why?\" he asked", "wait… and"
	}
	if others > 0 || dots > 1 {
		return end, true // "?", "!", "...", "?!"
	}
	// A single full stop: look at the word it closes.
	raw := prevWord(text[:i])
	word := strings.ToLower(raw)
	switch {
	case word == "":
		return end, true
	case titles[word]:
		return end, false
	case ambiguous[word]:
		return end, openers[strings.ToLower(trimWord(next))]
	case isInitial(raw):
		// "J. K. Rowling", "George W. Bush" but "Plan B. The plan..."
		return end, openers[strings.ToLower(trimWord(next))]
	case unicode.IsDigit(nr) && (word == "no" || word == "p" || word == "pp"):
		return end, false
	case unicode.IsDigit(nr) && utf8.RuneCountInString(raw) <= 4 && unicode.IsUpper([]rune(raw)[0]):
		// A short capitalised word shortened before its number: "a
		// major Cat. 3 storm", "Vol. 2", "Art. 5"; a sentence seldom
		// opens with a figure.
		return end, false
	}
	return end, true
}

// glued reports a full stop that ends a sentence although no space
// follows it, as a source that dropped the space prints it ("the NHC
// added.As of 9 pm", "on July 17, 2024.Despite"): the word before is a
// word in lower case of two letters or more, no abbreviation, or a figure
// of two digits or more, and a word in sentence case follows, a capital and
// then a small letter. A name with a dot inside ("St.Petersburg",
// "U.S.Army"), a web address ("example.com") or a decimal stays one.
func glued(before, after string) bool {
	if !gluedWord(prevWord(before)) && !gluedFigure(before) {
		return false
	}
	r1, w := utf8.DecodeRuneInString(after)
	r2, _ := utf8.DecodeRuneInString(after[w:])
	return unicode.IsUpper(r1) && unicode.IsLower(r2)
}

// gluedWord reports a word that can close a sentence glued to the next:
// two letters or more, all in lower case, no abbreviation.
func gluedWord(raw string) bool {
	if len(raw) < 2 || titles[raw] || ambiguous[raw] {
		return false
	}
	for _, c := range raw {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// gluedFigure reports text that ends on a figure of two digits or more
// ("2024"), no part of a decimal or a dotted number.
func gluedFigure(before string) bool {
	j := len(before)
	for j > 0 && before[j-1] >= '0' && before[j-1] <= '9' {
		j--
	}
	return len(before)-j >= 2 && (j == 0 || before[j-1] != '.' && before[j-1] != ',' && !unicode.IsLetter(rune(before[j-1])))
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '«', '‹', '(', '[', '{':
		return true
	}
	return false
}

// prevWord returns the letters and inner full stops just before a full stop
// ("U.S" in "the U.S.", "Dr" in "Dr.").
func prevWord(s string) string {
	j := len(s)
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= w
	}
	return strings.TrimLeft(s[j:], ".")
}

// nextWord returns s from its first letter or digit on, skipping white
// space and opening quotes or brackets.
func nextWord(s string) string {
	for i, r := range s {
		if !unicode.IsSpace(r) && !isOpener(r) {
			return s[i:]
		}
	}
	return ""
}

// trimWord returns the leading run of letters of s.
func trimWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// isInitial reports whether w is a single capital letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}
