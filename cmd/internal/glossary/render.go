package glossary

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// File returns the body of content/glossary/<t.Slug>.md: YAML front matter
// with term, title and aliases, then the definition quoted from the source
// followed by its provenance link (ref names the article of a passage;
// nil: the seed file and line only). A term the text never defines is
// marked mentioned: a definition is never made up. Its body then says
// what the text says of it, if anything: a person's role, an acronym's
// expansion.
//
// The link is relative to content/glossary/, hence "../sources/".
func File(t Term, ref RefFunc) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "term: %s\n", mdtext.Quote(t.Term))
	fmt.Fprintf(&b, "title: %s\n", mdtext.Quote(t.Term))
	if len(t.Aliases)+len(t.Redirects) == 0 {
		b.WriteString("aliases: []\n")
	} else {
		b.WriteString("aliases:\n")
		for _, a := range append(append([]string(nil), t.Aliases...), t.Redirects...) {
			fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(a))
		}
	}
	if t.Definition == "" {
		// Listed, but the text never says what it is.
		b.WriteString("mentioned: true\n")
		if t.Role != "" {
			fmt.Fprintf(&b, "role: %s\n", mdtext.Quote(t.Role))
		}
	}
	b.WriteString("---\n")
	link := ""
	if t.Source.Seed != "" {
		link = " " + provenance.Format("../", []provenance.Ref{ref.Of(t.Source)})
	}
	switch {
	case t.Definition != "":
		fmt.Fprintf(&b, "\n%s%s\n", mdtext.Escape(t.Definition), link)
	case t.Role != "" && link != "":
		// Who the person is, or what the thing is, per the text; not a
		// definition.
		label := "Role per the text"
		if !slices.ContainsFunc(text.WordTexts(t.Role), func(w string) bool { return text.PersonNoun(strings.ToLower(w)) }) {
			label = "What it is per the text" // "state-owned lender", no person's office
		}
		fmt.Fprintf(&b, "\n%s: %s%s\n", label, mdtext.Escape(sentenceEnd(t.Role)), link)
	case t.Expansion != "" && link != "":
		// What the letters stand for per the text; not a definition.
		fmt.Fprintf(&b, "\nExpansion per the text: %s%s\n", mdtext.Escape(sentenceEnd(t.Expansion)), link)
	}
	return b.Bytes()
}

// sentenceEnd closes s with a full stop, unless it ends in one already
// (an abbreviated title: "Florida Gov.").
func sentenceEnd(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// RefFunc names the article a passage comes from (its title, outlet and
// date, the seed file and the passage's lines) for a provenance link.
type RefFunc func(Provenance) provenance.Ref

// Of is f's Ref of p; a nil RefFunc knows the seed file and line only.
func (f RefFunc) Of(p Provenance) provenance.Ref {
	if f != nil {
		return f(p)
	}
	return provenance.Ref{Seed: p.Seed, File: p.Seed + ".txt", Line: p.Line, EndLine: p.Line}
}
