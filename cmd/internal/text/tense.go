package text

import "strings"

// PastForm reports whether the lower-case word w is a verb's past form:
// a regular one ending in -ed (four letters or more: "signed", not "red")
// or a common irregular one ("was", "said", "met"). A photo's caption is
// written in the present ("Jane Doe speaks during ..."), a report in the
// past: a sentence with no past form may be a caption.
func PastForm(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "ed") || irregularPast[w]
}

// VerbOnlyPast reports whether the lower-case word w is a past form that
// is never a noun ("struck", "fell", "wrote", "signed"): a phrase that ends
// in one ("Earthquake struck") is a clause, not a name for a theme. "Rate
// cut", "tax hit", "Speed" end in nouns.
func VerbOnlyPast(w string) bool {
	if irregularPast[w] {
		return !nounPast[w]
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// nounPast are the irregular past forms that are nouns too.
var nounPast = toSet(`hit cut cost set read spread let put shot split cast bound hurt quit lay lead
thought saw left found felt fed lit ran rose drew dealt sank`)

var irregularPast = toSet(`was were had did said told met won lost took made came went gave got
saw began became left held led kept put set sent spent stood struck fell felt found fought flew
grew hit hurt knew laid lay meant paid ran rose sat sold shot shut spoke stole swore thought threw
wore wrote broke brought built bought caught chose drew drove ate forgot forbade hung heard hid
bore bound cast cost cut dealt dug fed fled forgave froze let lit quit read rode rang sang sank
slept slid sought split spread sprang stuck stung strove swept swam swung taught tore understood
upheld withdrew woke`)

// Verbless reports whether sentence s has no word that can be its finite
// verb: no auxiliary, no past form, no contraction, no lower-case word in
// -s that can be a verb's present ("Woman with laptop showing a blue
// screen.", "Faulty operating system Windows 10."). A photo's description
// is written so; a report's sentence is not. A lower-case word whose -s
// reads as a plural, and a possessive ('s), are taken for verbs too: the
// test errs towards a verb.
func Verbless(s string) bool {
	for _, w := range Words(s) {
		t := w.Text
		lw := strings.ToLower(t)
		switch {
		case finiteVerbs[lw], irregularPast[lw], PastForm(lw) && t == lw:
			return false
		case strings.ContainsAny(lw, "'’") && (strings.HasSuffix(lw, "n't") || strings.HasSuffix(lw, "n’t") || strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "re") || strings.HasSuffix(lw, "ll") || strings.HasSuffix(lw, "ve") || strings.HasSuffix(lw, "d")):
			return false
		case t == lw && len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && !strings.HasSuffix(lw, "ics"):
			return false
		case lw == "be" || lw == "been" || lw == "being" || lw == "am":
			return false
		}
	}
	return true
}
