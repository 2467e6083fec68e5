package topics

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// articlePassages reads an article of testdata/articles, one passage per
// non-blank line.
func articlePassages(t *testing.T, name string) []glossary.Passage {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "articles", name))
	if err != nil {
		t.Fatal(err)
	}
	var ps []glossary.Passage
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, glossary.Passage{Text: line, Source: glossary.Provenance{Seed: strings.TrimSuffix(name, ".txt"), Line: i + 1}})
		}
	}
	return ps
}

// TestArticleThemes checks the kind of themes found on articles on other
// subjects than the seed's: each expected theme is a set of words of
// which some topic must have one among its keywords, and no topic may be
// named by a verb form or by two words joined by "and" that the text never
// relates.
func TestArticleThemes(t *testing.T) {
	tests := []struct {
		name      string
		minTopics int
		themes    [][]string // each: some topic has one of these keywords
	}{
		{"transit_strike.txt", 2, [][]string{{"pay", "wages", "shifts", "drivers", "union"}, {"commuters", "bus", "service", "routes"}}},
		// The economic side (tourism, fishing) is in too few passages,
		// and keeps too little company, to be found yet.
		{"coral_reef.txt", 1, [][]string{{"bleaching", "corals", "heatwave", "heatwaves"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topics := Derive(articlePassages(t, tt.name), Options{})
			if len(topics) < tt.minTopics {
				t.Fatalf("%d topics, want at least %d: %+v", len(topics), tt.minTopics, topics)
			}
			var desc []string
			for _, tp := range topics {
				desc = append(desc, tp.Title+": "+strings.Join(tp.Keywords, ","))
				if tp.Passages < 2 {
					t.Errorf("topic %q matches %d passages", tp.Title, tp.Passages)
				}
				for _, w := range text.WordTexts(tp.Title) {
					if text.VagueWord(w) && w != "and" {
						t.Errorf("topic %q is named with the vague word %q", tp.Title, w)
					}
				}
			}
			for _, want := range tt.themes {
				found := false
				for _, tp := range topics {
					for _, k := range tp.Keywords {
						for _, w := range want {
							found = found || strings.EqualFold(k, w)
						}
					}
				}
				if !found {
					t.Errorf("no topic about any of %v in:\n%s", want, strings.Join(desc, "\n"))
				}
			}
		})
	}
}
