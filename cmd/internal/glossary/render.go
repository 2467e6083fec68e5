package glossary

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
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
	fmt.Fprintf(&b, "term: %s\n", yamlString(t.Term))
	fmt.Fprintf(&b, "title: %s\n", yamlString(t.Term))
	if len(t.Aliases) == 0 {
		b.WriteString("aliases: []\n")
	} else {
		b.WriteString("aliases:\n")
		for _, a := range t.Aliases {
			fmt.Fprintf(&b, "  - %s\n", yamlString(a))
		}
	}
	b.WriteString("---\n")
	if t.Definition != "" {
		b.WriteByte('\n')
		b.WriteString(EscapeMarkdown(t.Definition))
		if t.Source.Seed != "" {
			fmt.Fprintf(&b, " [source](%s %s)", SourceLink("../", t.Source), yamlString(SourceTitle(t.Source)))
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

// yamlString quotes s as a YAML double-quoted scalar (JSON string syntax
// is valid YAML and escapes everything that needs it).
func yamlString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // a string always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// EscapeMarkdown backslash-escapes the characters that would make source
// text mean something in Markdown (emphasis, links, code, HTML), so that a
// quoted definition renders as the words it quotes.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '[', ']', '<', '>', '`', '#', '|', '{', '}':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
