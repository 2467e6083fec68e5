package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
)

// Segment splits every body paragraph of every article into sentences.
// Titles, subtitles and headings are not claims of the briefing: they stay on
// the source pages.
func Segment(m *Model) (*Model, error) {
	m.Sentences = m.Sentences[:0]
	for ai, a := range m.Articles {
		heading := ""
		for bi, b := range a.Blocks {
			switch b.Kind {
			case extract.Heading:
				heading = b.Text
			case extract.Paragraph:
				for si, s := range sentences.Split(b.Text) {
					m.Sentences = append(m.Sentences, Sentence{
						Art: ai, Block: bi, Index: si, Text: s.Text, Heading: heading,
						DupOf: -1, Section: -1,
					})
				}
			}
		}
	}
	return m, nil
}

// Deduplicate decides, across the whole briefing, which sentences say
// something not said already (see package dedup).
func Deduplicate(m *Model) (*Model, error) {
	texts := make([]string, len(m.Sentences))
	for i, s := range m.Sentences {
		texts[i] = s.Text
	}
	res := dedup.Select(texts, m.Dedup)
	for i := range m.Sentences {
		s := &m.Sentences[i]
		s.Keep, s.DupOf, s.Reason, s.Units = res.Keep[i], res.DupOf[i], res.Reason[i], res.Units[i]
		s.Text = res.Text[i]
	}
	return m, nil
}

// Classify puts every kept sentence into a section. Sections must be set
// (LoadSections, or classify.Defaults()).
func Classify(m *Model) (*Model, error) {
	if len(m.Sections) == 0 {
		m.Sections = classify.Defaults()
	}
	c := classify.New(m.Sections)
	var items []classify.Item
	var idx []int
	for i, s := range m.Sentences {
		if !s.Keep {
			continue
		}
		b := m.Articles[s.Art].Blocks[s.Block]
		items = append(items, classify.Item{Text: s.Text, Context: b.Text, Heading: s.Heading})
		idx = append(idx, i)
	}
	for j, sec := range c.Assign(items) {
		m.Sentences[idx[j]].Section = sec
	}
	return m, nil
}

// connectives are discourse markers that point back at a sentence before:
// at the start of a paragraph, where that sentence is gone, they dangle.
// Longest first, so "On the other hand," wins over "On the".
var connectives = []string{
	"on the other hand", "on the one hand", "in addition", "by contrast", "in contrast",
	"at the same time", "as a result", "in other words", "for one", "that said",
	"however", "additionally", "moreover", "furthermore", "meanwhile", "conversely",
	"nevertheless", "nonetheless", "similarly", "likewise", "consequently", "therefore",
	"thus", "hence", "also", "notably", "instead", "still", "besides", "indeed",
	"ultimately", "accordingly", "alternatively", "further", "yet", "then",
}

// fixOpening makes a sentence stand at the start of a paragraph when the
// sentence it followed is gone: a dangling connective goes
// (stripConnective), and a demonstrative that points back at the lost
// sentence becomes an article ("This coalition, ..." -> "The coalition,
// ..."; "These countries" -> "The countries"). A demonstrative used as a
// pronoun ("This illustrates ...", "This could ...") is left alone: no
// article can replace it.
func fixOpening(s string) string {
	s = stripConnective(s)
	first, rest, ok := strings.Cut(s, " ")
	if !ok || (first != "This" && first != "These") {
		return s
	}
	next, _, _ := strings.Cut(rest, " ")
	next = strings.TrimRight(next, ",;:")
	if next == "" || !unicode.IsLower([]rune(next)[0]) || pronounFollowers[next] {
		return s
	}
	// "This underscores": a verb in -s after a singular "This" makes
	// it a pronoun (nouns after "This" rarely end in a plain -s).
	if first == "This" && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && !strings.HasSuffix(next, "is") && !strings.HasSuffix(next, "us") {
		return s
	}
	return "The " + rest
}

// pronounFollowers are words after which "This"/"These" is a pronoun.
var pronounFollowers = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"could": true, "would": true, "may": true, "might": true, "will": true, "can": true,
	"should": true, "must": true, "shall": true, "also": true, "not": true, "means": true,
	"suggests": true, "includes": true, "in": true, "of": true, "and": true, "to": true,
}

// stripConnective removes a leading discourse connective followed by a comma
// ("However, the plan..." -> "The plan...") and capitalises what follows.
// Without the comma the word is part of the clause ("Still more ...") and
// stays.
func stripConnective(s string) string {
	low := strings.ToLower(s)
	for _, c := range connectives {
		if !strings.HasPrefix(low, c) {
			continue
		}
		rest := s[len(c):]
		if !strings.HasPrefix(rest, ",") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " ")
		r, n := utf8.DecodeRuneInString(rest)
		if n == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return s
		}
		return string(unicode.ToUpper(r)) + rest[n:]
	}
	return s
}
