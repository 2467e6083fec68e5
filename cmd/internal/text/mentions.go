package text

import "strings"

// Words that tell what a name is only mentioned as: a place where
// something happens, a degree or a field someone studied. Such a name,
// which the text says nothing else of, is no glossary term.

// StudyWord reports whether the lower-case word w tells of a course of
// study ("degree", "studied", "majored"): the name right after "degree
// in" or "studied", or right before "degree", is a field of study or a
// degree ("a degree in Marine Law and Economics", "her Juris Doctor
// degree"), a piece of a biography, no term.
func StudyWord(w string) bool { return studyWords[w] }

var studyWords = toSet(`degree degrees diploma diplomas doctorate doctorates studied studying majored majoring
minored graduated bachelor's master's bachelors masters undergraduate postgraduate coursework`)

// DegreeHead reports whether the lower-case word w opens the name of an
// academic degree ("Bachelor of Arts", "Master of Laws", "Doctor of
// Philosophy", "Juris Doctor"), which names what someone studied, no
// entity. Only "juris" does so alone; the others before "of".
func DegreeHead(w string) bool { return degreeHeads[w] }

var degreeHeads = toSet(`bachelor bachelors master masters doctor doctorate licentiate juris`)

// PlacePreposition reports whether the lower-case word w, right before a
// name, places what the sentence tells there ("in Port Alder", "across
// Sarasota County", "off the Vell Coast"): the name is where, not who or
// what acts. "At", "from" and "to" are left out: they as often come
// before a company, an event or a person ("at Vestbank", "from Ilse
// Marwick").
func PlacePreposition(w string) bool { return placePrepositions[w] }

var placePrepositions = toSet(`in near across throughout outside inside within off along around through into onto towards toward`)

// VerdictNoun reports whether the lower-case word w, as the head of what a
// copula or an appositive says a name is, judges it rather than says what
// it is ("X is a major blow to ...", "X serves as a counterweight to
// ...", "X is a bold step"): a claim or an opinion about the name, no
// definition of it.
func VerdictNoun(w string) bool { return verdictNouns[w] }

var verdictNouns = toSet(`step steps move milestone blow boost setback victory triumph failure success disaster
mistake symbol sign signal testament counterweight challenge threat rebuke snub gamble gamechanger changer
breakthrough shift pivot penalty fine punishment`)

// LandformNoun reports whether the lower-case word w, the last word of a
// name, makes it the name of a stretch of land or water or of a
// settlement ("Florida Peninsula", "Tampa Bay", "Gulf Coast", "Siesta
// Key", "Hualien City"): a place.
func LandformNoun(w string) bool { return landformNouns[w] }

var landformNouns = toSet(`peninsula bay coast coastline key keys island islands isle archipelago river sea ocean gulf
strait straits channel valley mountains mountain hills lake lakes desert basin delta plain plains plateau panhandle
shore shores beach county province region city town village township prefecture`)

// LandformLead reports whether the lower-case word w, the first word of
// a name of two words or of "X of Y", makes it a place ("River Seine",
// "Lake Tahoe", "Mount Fuji", "Gulf of Mexico").
func LandformLead(w string) bool { return landformLeads[w] }

var landformLeads = toSet(`river lake mount mt gulf bay isle sea cape strait`)

// RegionWord reports whether the lower-case word w, opening a name, makes
// the rest of it a part of a place ("Central Florida", "Northern
// Ireland", "West Africa"): a direction or "central".
func RegionWord(w string) bool {
	for _, suffix := range []string{"ern", "erly"} {
		if r, ok := strings.CutSuffix(w, suffix); ok && CompassWord(r) {
			return true
		}
	}
	return w == "central" || w == "mid" || CompassWord(w)
}

// CountryAcronym reports whether w is a country's common acronym ("US",
// "U.S.", "UK", "UAE"): a place every reader knows, no glossary term.
func CountryAcronym(w string) bool { return countryAcronyms[strings.ReplaceAll(w, ".", "")] }

var countryAcronyms = toSet(`US USA UK UAE PRC DPRK ROK DRC`)

// EvaluativeWord reports whether the lower-case word w judges what it
// qualifies rather than says which kind it is ("disastrous debate",
// "stunning decision", "historic shift"): a name of a theme built on it
// is an opinion of one outlet, not the theme.
func EvaluativeWord(w string) bool { return evaluativeWords[w] }

var evaluativeWords = toSet(`disastrous catastrophic devastating stunning shocking dramatic historic
remarkable unprecedented terrible horrific tragic dismal shaky embattled controversial bold
massive huge enormous sweeping spectacular astonishing extraordinary alarming worrying troubling
staggering striking impressive brilliant stellar poor dire grim chaotic`)
