package text

import "strings"

// Words with which a sentence points back at the one before it: a reader
// of that sentence alone does not know what they answer. Each takes lower
// case.

// Connective reports whether phrase is a discourse connective that
// answers or continues the sentence before ("however", "as a result",
// "for example"): at the start of a sentence whose predecessor is gone,
// it dangles.
func Connective(phrase string) bool { return connectives[phrase] }

var connectives = func() map[string]bool {
	m := toSet(`however additionally moreover furthermore meanwhile conversely nevertheless
nonetheless similarly likewise consequently therefore thus hence also notably instead still
besides indeed ultimately accordingly alternatively further yet then otherwise but and or so`)
	for _, p := range []string{"on the other hand", "on the one hand", "in addition", "by contrast",
		"in contrast", "at the same time", "as a result", "in other words", "for one", "that said",
		"for example", "for instance", "in turn", "even so"} {
		m[p] = true
	}
	return m
}()

// BackReference reports whether phrase, opening a sentence, stands for
// something the sentence before named: a pronoun or a demonstrative
// ("it", "these"), or a phrase such as "the latter".
func BackReference(phrase string) bool { return backReferences[phrase] }

var backReferences = func() map[string]bool {
	m := toSet(`this these that those such it its they their them he she his her both`)
	for _, p := range []string{"the latter", "the former", "the same"} {
		m[p] = true
	}
	return m
}()

// Demonstrative reports whether w is a demonstrative that points back at
// something said before ("this", "these", "those"). "That" is left out:
// it is as often a conjunction ("said that orders rose").
func Demonstrative(w string) bool { return w == "this" || w == "these" || w == "those" }

// AfterPronoun reports whether w, right after "this" or "these", makes it
// a pronoun for something said before ("This is", "This could", "This
// means") rather than the determiner of a noun ("This coalition").
func AfterPronoun(w string) bool { return afterPronoun[w] }

var afterPronoun = toSet(`is was are were has have had could would may might will can
should must shall also not means suggests includes in of and to`)

// ExistentialVerb reports whether w, right after a sentence's opening
// "There", makes it the existential there ("There is", "There remain"),
// which points at nothing before.
func ExistentialVerb(w string) bool { return existentialVerbs[w] }

var existentialVerbs = toSet(`is are was were will would could may might has have
had seems seem appears appear remains remain`)

// AddsToBefore reports whether sentence s says that it adds to something
// told before it: "also" in its first words ("JAXA also said it received
// all data ...", not "also known as"), or "too" set off by a comma (", too,").
// Alone, as a key point, it adds to nothing.
func AddsToBefore(s string) bool {
	ws := Words(s)
	for i, w := range ws[:min(len(ws), 8)] {
		switch lw := strings.ToLower(w.Text); {
		case lw == "and" || lw == "but":
			return false // a second clause's "also" adds to the first
		case lw == "also":
			if i+1 < len(ws) {
				if next := strings.ToLower(ws[i+1].Text); next == "known" || next == "called" || next == "dubbed" || next == "named" {
					continue
				}
			}
			return true
		case lw == "too" && i > 0 && strings.HasSuffix(strings.TrimRight(s[:w.Start], " "), ","):
			return true
		}
	}
	return false
}
