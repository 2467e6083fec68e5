package text

import "strings"

// KindNoun reports whether the lower-case word w is a noun that says what
// kind of thing a name names: an organisation, a product, a body or a
// work ("lender" of "Russia's largest lender, Sberbank", "chatbot" of "its
// chatbot GigaChat", "chipmaker" of "US chipmaker Nvidia"). Written right
// before a name, or as the head of an appositive before it, it describes
// the name; the glossary quotes such a sentence as what the name is. A
// plural is folded to the singular ("lenders").
func KindNoun(w string) bool {
	if kindNouns[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && kindNouns[s] {
		return true
	}
	// "chipmaker", "carmaker", "drugmaker", "policymaker" is not one.
	return strings.HasSuffix(w, "maker") && len(w) > len("maker") && w != "policymaker" && w != "lawmaker"
}

var kindNouns = toSet(`
bank lender insurer broker exchange fund investor
company firm group conglomerate corporation giant maker manufacturer producer supplier provider
operator carrier airline retailer developer publisher broadcaster newspaper outlet newswire magazine
startup start-up subsidiary unit division venture consortium cartel utility holding
agency authority ministry department regulator watchdog office bureau service commission committee
council body institute institution university academy school laboratory lab court tribunal hospital clinic
party union alliance bloc association federation organisation organization foundation charity trust
coalition movement network club team league militia army
platform app application chatbot bot model assistant system engine software tool product brand
chip processor accelerator device satellite rocket vaccine drug programme program project scheme
treaty pact accord law act bill directive regulation index currency coin token
`)

// Determiner reports whether the lower-case word w opens a noun phrase as
// its determiner ("the", "a", "its"): a description before a name starts
// there.
func Determiner(w string) bool { return determiners[w] }

var determiners = toSet(`the a an its their his her our this that these those`)

// AdjectiveShape reports whether the lower-case word w ends as an
// adjective (AdjectiveEnding) and not as a verb's participle might ("-ed",
// "-ing"), so that it may stand before the head of a noun phrase:
// "national lender X", but "targeted lender X" is a clause. Adjectives
// without such an ending ("sovereign") are not caught: a description then
// starts after them.
func AdjectiveShape(w string) bool {
	return AdjectiveEnding(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// TitleModifier reports whether the lower-case word w qualifies a title
// written before a name ("former" of "former deputy governor Ilse
// Marwick"): part of the person's role.
func TitleModifier(w string) bool { return titleModifiers[w] }

// A modifier never ends a title: "his first Champions League goal" names
// no office.
var titleModifiers = toSet(`former acting interim outgoing incoming retired late then current senior junior assistant associate first vice elect prime`)

// OfficeVerb returns the length of the verb at the start of s that gives
// a person an office named after it (" is now ", " has become ", " was
// appointed "; an adverb may stand in it: " has officially become "), or
// 0: "Ilse Marwick has become Harbour Master" says who she is per the text.
func OfficeVerb(s string) int {
	t := s
	for _, aux := range []string{" has ", " was ", " is "} {
		if rest, ok := strings.CutPrefix(s, aux); ok {
			if adv, after, ok := strings.Cut(rest, " "); ok && strings.HasSuffix(adv, "ly") {
				t = aux + after // " has officially become" reads as " has become"
			}
			break
		}
	}
	for _, v := range officeVerbs {
		if strings.HasPrefix(t, v) {
			return len(s) - len(t) + len(v)
		}
	}
	return 0
}

var officeVerbs = []string{" is now ", " has become ", " became ", " was appointed ", " was elected ", " was named ", " has been appointed ", " has been elected ", " has been named ", " was sworn in as ", " is the new ", " was made "}
