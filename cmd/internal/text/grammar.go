package text

import "strings"

// Closed classes of English words that tell the part of speech of the word
// next to them: a light tagger's cues, for the stages that guess whether a
// word is used as a noun or a verb (glossary key phrases, topic names) or
// whether a demonstrative stands for something said before (importer).
// All take a lower-case word.

// VerbCue reports whether a verb follows the words before, given in
// order: the last is "to", a modal ("will", "could") or a pronoun or
// relative that opens a clause ("it", "which"); or it is "also" or "not"
// standing between such a word and its verb ("will also", "to not").
func VerbCue(before ...string) bool {
	n := len(before)
	if n == 0 {
		return false
	}
	between := func(w string) bool { return w == "also" || w == "not" }
	last := before[n-1]
	return verbCues[last] || between(last) && n > 1 && (verbCues[before[n-2]] || between(before[n-2]))
}

var verbCues = toSet(`to will would could can may might should must it they which who`)

// NounCue reports whether a noun, or a phrase that ends in one, follows w:
// an article, a demonstrative or a possessive ("the", "these", "their"), a
// preposition ("of", "between") or "and".
func NounCue(w string) bool { return nounCues[w] }

var nounCues = toSet(`the a an its their his her our this these those of in on for with
by about over from and into between among amid`)

// ObjectCue reports whether w opens a noun phrase as a Determiner does
// ("the", "these", "their"), or is "both": after another word, it shows
// that word to be a verb that takes an object ("halted the exports").
// "That" is no cue there: after a word it is as often a conjunction or a
// relative ("said that", "the policy that").
func ObjectCue(w string) bool { return w == "both" || w != "that" && Determiner(w) }

// ClauseCue reports whether w, right after a word, opens a clause that
// word takes as its object ("explains how", "asked why", "decide
// whether", "shows what"): that word is a verb, not a noun. "That",
// "which" and "who" also follow nouns ("the plan that ..."), and are not.
func ClauseCue(w string) bool { return w == "how" || w == "why" || w == "whether" || w == "what" }

// PerfectAuxiliary reports whether w is an auxiliary after which a verb is
// a participle ("have halted", "been cut").
func PerfectAuxiliary(w string) bool { return w == "have" || w == "has" || w == "had" || w == "been" }

// IndefiniteDeterminer reports whether w refers to any one instance of the
// noun after it ("a cut", "some data"), as ordinary speech does; a term is
// written bare.
func IndefiniteDeterminer(w string) bool { return w == "a" || w == "an" || w == "some" }

// Negation reports whether the lower-case word w negates the verb after it
// ("not", "never", "won't", "hasn't"): "we won't see another rate cut"
// tells no cut.
func Negation(w string) bool {
	return w == "not" || w == "no" || w == "never" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}
