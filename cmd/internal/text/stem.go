package text

import (
	"strings"
	"unicode/utf8"
)

// Stem returns a light stem of a lower-case English word: inflections and the
// common derivational suffixes go, so that "economies", "economic" and
// "economy" meet, and "sanctions" meets "sanction". It is deliberately crude
// (no dictionary): both sides of every comparison are stemmed the same way.
// De-duplication and section classification compare by it.
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
	// "fined", "cited", "timed": a verb in -e whose -ed leaves three
	// letters loses its d only, to meet "fine", "cite", "time".
	if n := len(w); n == 5 && strings.HasSuffix(w, "ed") && !strings.ContainsRune("aeiou", rune(w[n-3])) {
		w = w[:n-1]
	}
	for _, suf := range stemSuffixes {
		if suf == "al" && strings.HasSuffix(w, "eal") {
			continue // "appeal", "reveal": no adjective's -al ("app" is another word)
		}
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

// stemSuffixes are tried longest first; the first that leaves four letters
// wins. The -ize and -ise verbs lose the whole ending whatever their
// inflection ("emphasized", "emphasizing", "emphasize", "organization" ->
// "emphas", "organ"): stripped of "-ed" or "-ing" alone they kept "iz".
var stemSuffixes = []string{
	"ationally", "ically", "ization", "isation", "ations", "ation", "ition", "ments", "ment", "ness",
	"ities", "ity", "ical", "ally", "izing", "ising", "ized", "ised", "ing", "ize", "ise", "ed", "ly", "al", "ic", "y",
}

// KeywordStem reduces an English word (any case) to a crude stem so that
// inflected forms meet: "sanctions", "sanctioned" -> "sanction"; "skills",
// "skilled" -> "skill"; "economies" -> "economy". It lower-cases and strips
// possessives, plurals and the commonest verb and adverb endings; it is
// lighter than Stem (no derivational suffixes), because topics show a stem
// to editors as a keyword.
func KeywordStem(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 5 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 6 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		w = undouble(w[:n-2])
	case n > 6 && strings.HasSuffix(w, "ly"):
		w = w[:n-2]
	}
	return w
}

// Inflection is the form two inflections of one word share and two words of
// one stem do not: "dominate", "dominated" and "dominating" meet at
// "dominat", but "critics" and "critical", "policy" and "police",
// "trade" and "tradition", "business" and "busily" (one Stem each) stay
// apart. Matching an editor's keyword, a word must be that keyword
// inflected, not a word that shares its first letters.
func Inflection(w string) string { return strings.TrimSuffix(KeywordStem(w), "e") }

// undouble turns "planning"'s "plann" into "plan".
func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

// SearchStem strips the commonest English inflections, so that "sanctions",
// "sanctioned" and "sanctioning" meet at "sanction". It is deliberately
// light (no Porter rules): over-stemming joins unrelated words, and prefix
// search in the client already catches most remaining variants. SearchStem
// expects a lower-cased word. It must stay equal to stem() in
// static/search.js, which stems the reader's query (TestSearchStemIsSearchJS).
func SearchStem(w string) string {
	r := []rune(w)
	n := len(r)
	has := func(suffix string) bool { return strings.HasSuffix(w, suffix) }
	switch {
	case n > 4 && has("ies"):
		r = append(r[:n-3], 'y')
	case n > 4 && (has("sses") || has("xes") || has("ches") || has("shes")):
		r = r[:n-2]
	case n > 3 && has("s") && !has("ss") && !has("us") && !has("is"):
		r = r[:n-1]
	}
	w = string(r)
	n = len(r)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		r = r[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		r = r[:n-2]
	}
	return string(r)
}
