package topics

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
)

func TestDangling(t *testing.T) {
	tests := map[string]bool{
		"Such efforts would enable them to grow.":              true,
		"Additionally, the alliance highlights fragmentation.": true,
		"On the other hand, critics doubt it.":                 true,
		"This coalition aims to build an ecosystem.":           true,
		"However, critics express skepticism.":                 true,
		"Public opinion also varies.":                          false,
		"Thistle farmers rejoiced.":                            false,
		"There are concerns about the gap.":                    false,
		"Economically, the alliance could spur growth.":        false,
		"On Monday the talks broke down.":                      false,
		"That said, the talks went on.":                        true,
		"Ultimately, the talks broke down.":                    true,
	}
	for s, want := range tests {
		if got := dangling(s); got != want {
			t.Errorf("dangling(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSameRoot(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"regulation", "regulatory", true},
		{"technology", "technological", true},
		{"economy", "economic", true},
		{"bric", "bric", true},
		{"state", "statement", false},
		{"country", "county", false},
		{"region", "regulation", false},
	}
	for _, tt := range tests {
		if got := sameRoot(tt.a, tt.b); got != tt.want {
			t.Errorf("sameRoot(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// refineCorpus is a text of 24 passages in which "alliance" is in all of
// them (the subject), and themes of distinct words.
func refineCorpus() *corpus {
	var ps []glossary.Passage
	for i := 0; i < 24; i++ {
		var s string
		switch i % 4 {
		case 0:
			s = "The alliance faces sanctions and export controls on chips."
		case 1:
			s = "The alliance drafts regulations; regional regulators debate the frameworks."
		case 2:
			s = "The alliance partners and member countries meet."
		default:
			s = "Public opinion of the alliance varies by region."
		}
		ps = append(ps, glossary.Passage{Text: fmt.Sprintf("%s Meeting %d went on.", s, i), Source: glossary.Provenance{Seed: "r", Line: i + 1}})
	}
	return newCorpus(ps)
}

func TestRefine(t *testing.T) {
	c := refineCorpus()
	themes := []*theme{
		{title: "regions and regulations", keywords: []string{"regions", "regulations"}},
		{title: "sanctions", keywords: []string{"sanctions", "chips"}},
		{title: "regulatory frameworks", keywords: []string{"frameworks", "regulators"}},
		{title: "alliance partners", keywords: []string{"partners", "member"}},
		{title: "alliance countries", keywords: []string{"countries", "member"}},
		{title: "member countries", keywords: []string{"countries", "partners"}},
		{title: "public opinion", keywords: []string{"opinion", "varies"}},
	}
	var got []string
	for _, th := range c.refine(themes, 6) {
		got = append(got, th.title+": "+strings.Join(th.keywords, ","))
	}
	want := []string{
		// One theme under two names: the phrase of the text names it, the
		// words of the name lead its keywords.
		"regulatory frameworks: regulations,frameworks,regulators,regions",
		"sanctions: sanctions,chips",
		// "alliance partners", "alliance countries" (the subject and vague
		// nouns) and "member countries" (vague nouns) are gone.
		"public opinion: opinion,varies",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("refine =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNearDuplicateAdjective(t *testing.T) {
	c := refineCorpus()
	a := &theme{title: "regulatory frameworks", keywords: []string{"frameworks"}}
	b := &theme{title: "regulatory sanctions", keywords: []string{"sanctions"}}
	c.match(a)
	c.match(b)
	if c.nearDuplicate(a, b) {
		t.Error("two themes sharing only an adjective are merged")
	}
}

// TestMergeContainers checks that named themes of one modifier and two
// container nouns ("grid landscape", "grid ecosystem") are one theme,
// whose keywords find the passages of both names, and that other pairs
// stay apart.
func TestMergeContainers(t *testing.T) {
	c := corpusOf(
		"The grid landscape changed when Tolby built the barrier.",
		"Engineers said the grid landscape was fragile in winter.",
		"A new grid ecosystem of small firms grew around the port.",
		"Investors backed the grid ecosystem in May.",
		"Grid systems failed twice during the storm surge.",
		"The grid operators blamed the storm surge.",
		"Grid operators asked for money.",
		"Vestbank lost a record share of its market value on Monday.",
		"The Vestbank market slump spread to Calder.",
		"Analysts said the Vestbank value would recover.",
	)
	tests := []struct {
		titles []string
		want   []string // the themes' titles after the merge
	}{
		{[]string{"grid landscape", "grid ecosystem", "grid systems"}, []string{"grid landscape"}},
		{[]string{"grid landscape", "grid operators"}, []string{"grid landscape", "grid operators"}}, // operators hold nothing
		{[]string{"grid landscape", "storm surge"}, []string{"grid landscape", "storm surge"}},
		{[]string{"Vestbank market", "Vestbank value"}, []string{"Vestbank market value"}}, // the text writes "market value"
	}
	for _, tt := range tests {
		var themes []*theme
		for _, ti := range tt.titles {
			w := strings.Fields(ti)
			th := &theme{title: ti, keywords: []string{ti, w[1]}}
			c.match(th)
			themes = append(themes, th)
		}
		var got []string
		merged := c.mergeContainers(themes, 6)
		for _, th := range merged {
			got = append(got, th.title)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q merged to %q, want %q", tt.titles, got, tt.want)
		}
		if len(tt.want) == 1 && len(tt.titles) == 3 && len(merged[0].passages) < 5 {
			t.Errorf("%q: the merged theme finds %d passages, want the 5 of its names", tt.titles, len(merged[0].passages))
		}
	}
}
