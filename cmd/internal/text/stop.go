package text

import "strings"

// StopWord reports whether the lower-case word w is a function word or one
// of the most generic verbs and connectives: it carries no claim.
// De-duplication and section classification leave such words out.
func StopWord(w string) bool { return stopWords[w] }

var stopWords = toSet(`
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
`)

// VagueWord reports whether w (any case, possessive "'s" allowed) is a
// function word or a vague common word of English prose (common verbs,
// adverbs and adjectives, numbers and times) that never names a term or a
// theme. It splits candidate key phrases of the glossary (RAKE), and neither
// a term nor a topic keyword starts or ends with one.
func VagueWord(w string) bool { return vagueWords[strings.ToLower(StripPossessive(w))] }

var vagueWords = toSet(`
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
worldwide globally nationwide abroad overseas domestically internationally
good bad better worse little pretty somewhat strong weak severely behind
cent percent percentage point points basis near nearby past inside outside beneath
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions
year years month months week weeks day days today yesterday tomorrow time times
first second third fourth fifth sixth seventh eighth ninth tenth next last ago half dozen
previous prior earlier
`)

// VagueNoun reports whether st, a KeywordStem, is of a noun too general to
// name a theme by itself or with a modifier ("country", "effort",
// "situation"): it says who or what, not about what.
func VagueNoun(st string) bool { return vagueNouns[st] }

var vagueNouns = toSet(`country nation partner member effort issue aspect way thing factor people part
area step move side world player matter case kind type initiative situation`)

// SearchStopWord reports whether the lower-case word w is left out of the
// search index: it matches nearly every passage, so it only makes the file
// bigger. The same list is STOP in static/search.js.
func SearchStopWord(w string) bool { return searchStopWords[w] }

var searchStopWords = toSet(`a an and are as at be but by for from has have in is it its
of on or that the their this to was were will with`)

// ProseWord reports whether the lower-case word w is one of the common
// English function words whose density tells running prose (about 40-50%
// of its words) from menus, tags and headlines (few). Extraction measures
// it; the list is longer than StopWord's because it counts, not filters.
func ProseWord(w string) bool { return proseWords[w] }

var proseWords = toSet(`a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can cannot could did do does doing done down due during each either else elsewhere enough
even ever every everyone everything everywhere except few for former formerly from further had has have having he
hence her here hereafter hereby herein hers herself him himself his how however i if in indeed instead into is it
its itself just last latter least less made make many may me meanwhile might mine more moreover most mostly much
must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps rather re same seem seemed
seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein these they this
those though through throughout thru thus to together too toward towards under until up upon us very via was we
well were what whatever when whence whenever where whereas whereby wherein whether which while who whoever whole
whom whose why will with within without would yet you your yours yourself yourselves said says say new like get
got also its it's that's there's he's she's they're we're i'm don't doesn't didn't isn't aren't wasn't weren't
won't can't couldn't wouldn't shouldn't has hasn't haven't hadn't let let's go going way two three first year years
time people according including`)

// DayPart reports whether the lower-case word (or stem) w names a part of
// the day ("night", "morning"): it says when, not what.
func DayPart(w string) bool { return dayParts[w] }

var dayParts = toSet(`morning afternoon evening night tonight overnight`)

// TimeWord reports whether the lower-case word w names a day of the week or
// a month: written with a capital, it is a name that tells when, not who.
func TimeWord(w string) bool { return timeWords[w] }

// CompassWord reports whether the lower-case word w names a direction
// ("south", "southwest", "north-east"): "south of Tampa", "115 miles
// southwest of Orlando" place what a sentence tells.
func CompassWord(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	for _, p := range []string{"north", "south"} {
		if r, ok := strings.CutPrefix(w, p); ok {
			return r == "" || r == "east" || r == "west"
		}
	}
	return w == "east" || w == "west"
}

// MonthName is the month an abbreviation names ("oct" -> "october",
// "sept" -> "september"), else w: "Oct. 9" and "October 9" are one date.
func MonthName(w string) string {
	if m, ok := monthAbbreviations[w]; ok {
		return m
	}
	return w
}

var monthAbbreviations = map[string]string{"jan": "january", "feb": "february", "apr": "april", "jun": "june",
	"jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
	"dec": "december"}

var timeWords = toSet(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december`)

// EventWord reports whether the lower-case word w opens the name of an
// event written as a title before its name: a named storm ("Hurricane
// Milton", "Storm Ana") or a military operation ("Operation Sindoor"). It
// tells the event from its actors: two pages on one storm name the storm,
// whoever else they name. EventModifier words stand before one ("Tropical
// Storm Ana", "Super Typhoon Haiyan") and open no event name alone
// ("Super Micro", a company).
func EventWord(w string) bool { return eventWords[w] }

// EventModifier: see EventWord.
func EventModifier(w string) bool { return eventModifiers[w] }

var (
	eventWords     = toSet(`hurricane typhoon cyclone storm operation`)
	eventModifiers = toSet(`tropical super severe`)
)

// StateForm reports whether a lower-case word names the form of a state
// in its official name before "of" ("People's Republic of China",
// "Kingdom of Saudi Arabia"), which the text shortens to the place's name
// ("China"); a bank or a council "of" a place is not the place.
func StateForm(w string) bool { return stateForms[w] }

var stateForms = toSet(`republic kingdom federation commonwealth principality sultanate emirate confederation duchy`)

func toSet(s string) map[string]bool {
	ws := strings.Fields(s)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// BoundPrefix reports whether the lower-case word part w only opens a
// compound ("co" of "co-operation", "re" of "re-elected"): Tokenize splits
// a hyphenated compound into its parts, and a text that writes
// "co-operation" means the "cooperation" another writes as one word.
func BoundPrefix(w string) bool { return boundPrefixes[w] }

var boundPrefixes = toSet(`co re pre non anti multi inter sub semi`)

// NameSuffix returns the full form of a generational suffix written after
// a person's name ("jr" -> "junior", "sr" -> "senior"), lower case, or w
// itself: "Vinicius Jr" and "Vinicius Junior" are one person.
func NameSuffix(w string) string {
	if full := nameSuffixes[w]; full != "" {
		return full
	}
	return w
}

var nameSuffixes = map[string]string{"jr": "junior", "sr": "senior"}

// ContainerNoun reports whether the lower-case word w is a noun that only
// holds what its modifier names ("AI landscape", "AI ecosystem", "AI
// systems", "tech sector"): two phrases of one modifier and two such
// nouns say one thing.
func ContainerNoun(w string) bool { return containerNouns[w] }

var containerNouns = toSet(`landscape landscapes ecosystem ecosystems sector sectors industry industries sphere spheres
arena arenas scene scenes space spaces field fields domain domains realm realms environment environments system systems`)

// LooksEnglish reports whether s, twenty words or more of prose, reads as
// English: one word in eight or more is an English function word
// (StopWord; English prose has a fifth or more, a table of charts less);
// another language's text has few ("la", "de", "y" are none).
// A shorter text is given the benefit of the doubt.
func LooksEnglish(s string) bool {
	ws := WordTexts(s)
	if len(ws) < 20 {
		return true
	}
	n := 0
	for _, w := range ws {
		if StopWord(strings.ToLower(w)) {
			n++
		}
	}
	return 8*n >= len(ws)
}

// Ordinal reports whether the lower-case word w is an ordinal ("first",
// "second", ..., "tenth", "25th"): "the first to", "the third time".
func Ordinal(w string) bool {
	if ordinals[w] {
		return true
	}
	n := len(w)
	return n >= 3 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

var ordinals = toSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)
