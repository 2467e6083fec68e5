package topics

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

func TestScoreMatch(t *testing.T) {
	kw := []string{"sanctions", "tensions", "export controls"}
	tests := []struct {
		text  string
		score int
		match bool
	}{
		{"New sanctions were imposed.", 2, true},
		{"Tensions rose over export controls.", 3, true},
		{"Tensions rose.", 2, true},
		{"Export controls rose.", 1, false},
		{"Exports are controlled.", 0, false},
		{"Sanctioned firms face export controls and tension.", 5, true},
		{"", 0, false},
	}
	for _, tt := range tests {
		if got := Score(kw, tt.text); got != tt.score {
			t.Errorf("Score(%q) = %d, want %d", tt.text, got, tt.score)
		}
		if got := Match(kw, tt.text); got != tt.match {
			t.Errorf("Match(%q) = %v, want %v", tt.text, got, tt.match)
		}
	}
}

func TestDeriveSmall(t *testing.T) {
	var ps []glossary.Passage
	add := func(s string) {
		ps = append(ps, glossary.Passage{Text: s, Source: glossary.Provenance{Seed: "s", Line: len(ps)*2 + 1}})
	}
	// Each theme in sentences of their own: one sentence retold is no theme.
	for _, s := range []string{
		"Farmers report drought and failing harvests in the north. Irrigation helps farmers little.",
		"The central bank raised interest rates; inflation and interest payments worry banks.",
		"In the south, drought cut harvests by a third, and farmers sold cattle to buy feed.",
		"Savers welcomed higher interest rates, though inflation still outpaces their interest.",
		"Drought relief for farmers arrived late, after the harvests had failed twice.",
		"Farmers in the north still wait for drought relief.",
		"Inflation fell in May, and markets expect interest rates to stay high until autumn.",
	} {
		add(s)
	}
	add("A heading Without Stop")
	add("The weather was mild.")
	topics := Derive(ps, Options{})
	if len(topics) < 2 {
		t.Fatalf("want the farming and the rates themes, got %+v", topics)
	}
	var all []string
	for _, tp := range topics {
		all = append(all, strings.Join(tp.Keywords, ","))
		if tp.Passages < 2 || tp.Slug == "" || tp.Intro == "" || tp.IntroSource.Seed != "s" || !strings.Contains(string(File(tp, nil)), "[s](../sources/s.md#L") {
			t.Errorf("bad topic %+v", tp)
		}
	}
	joined := strings.Join(all, " | ")
	for _, w := range []string{"farmers", "interest"} {
		if !strings.Contains(joined, w) {
			t.Errorf("no topic with %q: %s", w, joined)
		}
	}
}

// TestSeedTopics checks the bar of issue 4 on the repository's seed: at
// least six topics, each matching at least two passages.
func TestSeedTopics(t *testing.T) {
	ps := seedPassages(t)
	topics := Derive(ps, Options{})
	if len(topics) < 6 {
		t.Fatalf("%d topics, want at least 6", len(topics))
	}
	var b strings.Builder
	for _, tp := range topics {
		n := 0
		seen := map[string]bool{}
		for _, p := range ps {
			if !seen[p.Text] && Match(tp.Keywords, p.Text) {
				n++
			}
			seen[p.Text] = true
		}
		if n < 2 {
			t.Errorf("topic %q matches %d passages, want >= 2", tp.Title, n)
		}
		fmt.Fprintf(&b, "==> %s.md (%d passages)\n%s\n", tp.Slug, tp.Passages, File(tp, nil))
	}
	checkDistinct(t, topics)
	testutil.Golden(t, filepath.Join("testdata", "seed_topics.golden"), []byte(b.String()))
}

func TestFile(t *testing.T) {
	ref := func(p glossary.Provenance) provenance.Ref {
		return provenance.Ref{Seed: p.Seed, File: p.Seed + ".txt", Line: p.Line, EndLine: p.Line, Title: "Rates Rise Again"}
	}
	got := string(File(Topic{Slug: "a", Title: `Rates "and" inflation`, Keywords: []string{"rates", "inflation"}, Intro: "Rates rose *fast*.", IntroSource: glossary.Provenance{Seed: "s", Line: 3}}, ref))
	want := "---\ntitle: \"Rates \\\"and\\\" inflation\"\nkeywords:\n  - \"rates\"\n  - \"inflation\"\n---\n\nRates rose \\*fast\\*. [Rates Rise Again](../sources/s.md#L3 \"Rates Rise Again · s.txt, line 3\")\n"
	if got != want {
		t.Errorf("File =\n%s\nwant\n%s", got, want)
	}
}

func FuzzTopicsDerive(f *testing.F) {
	f.Add("Farmers face drought.\nFarmers face drought again. Drought hurts farmers.\nfarmers drought")
	f.Fuzz(func(t *testing.T, s string) {
		var ps []glossary.Passage
		for i, l := range strings.Split(s, "\n") {
			ps = append(ps, glossary.Passage{Text: l, Source: glossary.Provenance{Seed: "f", Line: i + 1}})
		}
		for _, tp := range Derive(ps, Options{}) {
			if tp.Slug == "" || len(tp.Keywords) == 0 {
				t.Errorf("bad topic %+v", tp)
			}
			File(tp, nil)
		}
	})
}

func TestSeedTopicsExtracted(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip(err)
	}
	arts, err := extract.Extract([]extract.Doc{{Path: seedPath, Data: data}})
	if err != nil {
		t.Fatal(err)
	}
	var ps []glossary.Passage
	for _, a := range arts {
		for _, b := range a.Blocks {
			if b.Kind == extract.Paragraph {
				ps = append(ps, glossary.Passage{Text: b.Text, Source: glossary.Provenance{Seed: a.Name, Line: b.Line}})
			}
		}
	}
	topics := Derive(ps, Options{})
	if len(topics) < 6 {
		t.Fatalf("%d topics from the extracted paragraphs, want at least 6", len(topics))
	}
	for _, tp := range topics {
		if tp.Passages < 2 {
			t.Errorf("topic %q matches %d passages, want >= 2", tp.Title, tp.Passages)
		}
	}
	checkDistinct(t, topics)
}

// checkDistinct fails on topics that refine should have merged or dropped,
// and on intros that lean on a sentence the reader does not see.
func checkDistinct(t *testing.T, topics []Topic) {
	t.Helper()
	for i, a := range topics {
		if dangling(a.Intro) {
			t.Errorf("topic %q: intro starts with a reference back: %s", a.Title, a.Intro)
		}
		for _, b := range topics[i+1:] {
			for _, x := range titleWords(a.Title) {
				for _, y := range titleWords(b.Title) {
					if sameRoot(x, y) && (!looksLikeModifier(x) || !looksLikeModifier(y)) {
						t.Errorf("topics %q and %q share the noun %q", a.Title, b.Title, x)
					}
				}
			}
		}
	}
}
