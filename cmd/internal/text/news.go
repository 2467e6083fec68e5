package text

// The vocabulary of news reports: the verbs that tell that something was
// said or happened, the nouns that stand for something said, the words
// that hedge a claim. Each stage asks here, so that a verb missing from
// one list is missing everywhere, and added once.

// ReportingVerb reports whether the lower-case word w says who reports a
// fact ("officials said", "the ministry confirmed"): a phrase that ends on
// one only attributes the fact.
func ReportingVerb(w string) bool { return reportingVerbs[w] }

var reportingVerbs = toSet(`said says told reported reports added adds stated announced confirmed`)

// LeadVerb reports whether the lower-case word w is a verb of a news lead:
// it tells that something happened or was said ("announced", "signed",
// "struck"). A sentence with one reads as a lead fact.
func LeadVerb(w string) bool { return leadVerbs[w] }

var leadVerbs = toSet(`announced announces said says told unveiled launched
opened signed approved agreed joined declared revealed killed
struck hit raised cut elected appointed introduced named reported
confirmed ordered passed voted won lost died arrested founded formed`)

// HedgeWord reports whether the lower-case word w marks commentary: a
// possibility or a judgement ("could", "signifies", "underscores"), not an
// event.
func HedgeWord(w string) bool { return hedgeWords[w] }

var hedgeWords = toSet(`could may might would potentially possibly signifies
underscores highlights represents symbolizes symbolises suggests likely
perhaps arguably`)

// ActNoun reports whether the lower-case word w (singular or plural) names
// something said or decided ("announcement", "remarks", "decree"): after a
// demonstrative ("this announcement") it stands for a statement or a
// decision told before.
func ActNoun(w string) bool { return actNouns[w] }

var actNouns = func() map[string]bool {
	m := toSet(`announcement statement remark comment decision declaration directive
instruction order pledge promise warning speech proposal decree`)
	for w := range m {
		m[w+"s"] = true
	}
	return m
}()

// ReportNoun reports whether st, a KeywordStem, is the stem of a noun of
// news-speak ("report", "statement", "briefing"): a name it heads
// ("Kremlin statement", "press conference") names a source or the
// occasion of a statement, not a theme.
func ReportNoun(st string) bool { return reportNouns[st] }

var reportNouns = toSet(`report statement article story news interview comment remark source release briefing announcement conference post blog tweet`)
