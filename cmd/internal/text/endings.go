package text

import (
	"strings"
	"unicode/utf8"
)

// Guesses at a word's part of speech from its ending, for words no list
// holds. They are right far more often than not, which is all their
// callers ask: "robust" is missed and "capital" caught.

// AdjectiveEnding reports whether the lower-case word w, five letters or
// more, ends as an adjective or a participle does ("economic",
// "regulatory", "western", "emerging", "expressed").
func AdjectiveEnding(w string) bool { return len(w) >= 5 && hasSuffix(w, adjectiveEndings) }

var adjectiveEndings = strings.Fields(`al ive ous ic ful able ible ary ory less ing ed ent ant ern`)

// AdverbEnding reports whether the lower-case word w, five letters or
// more, ends as an adverb of manner does ("previously", "broadly",
// "sustainably").
func AdverbEnding(w string) bool { return len(w) >= 5 && hasSuffix(w, adverbEndings) }

var adverbEndings = strings.Fields(`ally ively ously ently antly edly ably ibly dly tly rply ghly ckly wly ftly rdly`)

// DemonymEnding reports whether a capitalised word of five letters or
// more, no acronym, ends as the name of a people or a place's adjective
// does ("Russian", "European", "Chinese", "British", "French").
func DemonymEnding(w string) bool {
	return IsCapitalized(w) && !IsAcronym(w) && utf8.RuneCountInString(w) >= 5 && hasSuffix(strings.ToLower(w), demonymEndings)
}

var demonymEndings = strings.Fields(`ian ean an ese ish ch`)

func hasSuffix(w string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
