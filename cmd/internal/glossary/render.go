package glossary

import (
	"bytes"
	"fmt"

	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
)

// File returns the body of content/glossary/<t.Slug>.md: YAML front matter
// with term, title and aliases, then the definition quoted from the source
// followed by a link to the line it came from. A term without a definition
// gets an empty body, which `briefing check` reports as needing one: a
// definition is never made up.
//
// The link is relative to content/glossary/, hence "../sources/".
func File(t Term) []byte {
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
	if t.Definition == "" && t.Role != "" && t.Source.Seed != "" {
		// Who the person is per the text; not a definition.
		fmt.Fprintf(&b, "\nRole per the text: %s. [source](%s %s)\n", mdtext.Escape(t.Role), SourceLink("../", t.Source), mdtext.Quote(SourceTitle(t.Source)))
	}
	if t.Definition != "" {
		b.WriteByte('\n')
		b.WriteString(mdtext.Escape(t.Definition))
		if t.Source.Seed != "" {
			fmt.Fprintf(&b, " [source](%s %s)", SourceLink("../", t.Source), mdtext.Quote(SourceTitle(t.Source)))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// SourceLink is the relative link from a content directory (prefix "" for
// content/, "../" for content/glossary/) to the line of a seed's source page.
func SourceLink(prefix string, p Provenance) string {
	return fmt.Sprintf("%ssources/%s.md#L%d", prefix, p.Seed, p.Line)
}

// SourceTitle is the tooltip of a source link: the seed file and line.
func SourceTitle(p Provenance) string {
	return fmt.Sprintf("%s.txt, line %d", p.Seed, p.Line)
}
