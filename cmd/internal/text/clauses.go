package text

// The words that open the clauses and phrases of a sentence, for the
// clause splitter of de-duplication (which cuts a sentence into its main
// clause and the clauses it can lose). Each takes a lower-case word.

// LeadWord reports whether w opens a phrase that stands before a
// sentence's main clause, ended by a comma: a framing lead (FramingLead),
// a conditional one (ConditionalLead), or one of time or cause ("When
// ...,", "Because ...,", "Despite ...,").
func LeadWord(w string) bool { return FramingLead(w) || ConditionalLead(w) || timeCauseLeads[w] }

var timeCauseLeads = toSet(`after because before despite once since when`)

// FramingLead reports whether w opens a lead phrase that frames the claim
// without being part of it ("According to ...", "Amid ...", "Notably,"):
// the sentence claims the same without it.
func FramingLead(w string) bool { return framingLeads[w] }

var framingLeads = toSet(`according in as with by beyond looking through for on at amid amidst
given following overall ultimately economically politically technologically notably
furthermore moreover additionally however meanwhile consequently indeed importantly`)

// ConditionalLead reports whether w opens a conditional or concessive
// lead ("If ...", "Although ...", "While ..."): it changes what the
// sentence claims, so the sentence does not stand without it.
func ConditionalLead(w string) bool { return conditionalLeads[w] }

var conditionalLeads = toSet(`if unless although though while whereas`)

// AdjunctOpener reports whether w, after a comma, opens a phrase that hangs
// off the main clause ("..., potentially doubling ...", "..., including
// ..."). A word in -ing (a participle) does too; the caller tests that. A
// concession ("..., although both died within months", "..., despite ...")
// is none: it qualifies the claim, which without it says more than the
// source. "While" and "whilst" stay: after a comma they mostly set a
// second fact beside the first ("..., while critics say ...").
func AdjunctOpener(w string) bool { return adjunctOpeners[w] }

var adjunctOpeners = toSet(`potentially thereby thus further effectively with while
whilst especially particularly alongside both including possibly ultimately capable able
to rather instead primarily mainly largely notably as because since
given amid amidst often making leading prompting raising requiring resulting`)

// RelativePronoun reports whether w, after a comma, opens a relative
// clause ("which", "who", "where").
func RelativePronoun(w string) bool { return relativePronouns[w] }

var relativePronouns = toSet(`which who whom whose where`)

// ClauseJoin reports whether w joins two finite clauses ("and", "but",
// "while"): after a comma (or, for "while" and "whereas", without one) it
// opens a clause that stands alone when a subject and a verb follow.
func ClauseJoin(w string) bool { return clauseJoins[w] }

var clauseJoins = toSet(`and but yet so while whereas`)

// SubjectOpener reports whether w can open a clause's subject ("the",
// "they", "critics"); a capitalised word (a name) can too.
func SubjectOpener(w string) bool { return subjectOpeners[w] }

var subjectOpeners = toSet(`the this that these those it they he she we its their his her
many some others other such there most few several critics supporters proponents
skeptics sceptics experts analysts observers`)

// FiniteVerb reports whether w is a finite verb that, in the words right
// after a subject, shows a clause ("is", "could", "argue", "warns").
func FiniteVerb(w string) bool { return finiteVerbs[w] }

var finiteVerbs = toSet(`is are was were has have had will would could can may might must
should shall does do did remains remain seems seem appears appear see sees view views doubt doubts
argue argues believe believes warn warns fear fears say says think thinks`)

// Subordinator reports whether w, before the word next, opens a clause
// that hangs off the verb before it ("... issued a statement that as the
// hurricane made landfall, ...", "... said it would act if the board
// agreed"): a time, cause or condition word, or "as" before a subject
// ("as the", "as it"; not "as a Category 3 storm", a manner).
func Subordinator(w, next string) bool {
	if w == "as" {
		return next == "the" || next == "it" || next == "its" || next == "they" || next == "he" || next == "she"
	}
	return timeCauseLeads[w] || conditionalLeads[w]
}
