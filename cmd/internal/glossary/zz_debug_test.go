package glossary

import (
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZ"))
	if err != nil {
		t.Skip()
	}
	var ps []Passage
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.SplitN(l, "\t", 3)
		if len(f) == 3 {
			n, _ := strconv.Atoi(f[1])
			ps = append(ps, Passage{Text: f[2], Source: Provenance{Seed: f[0], Line: n}})
		}
	}
	for _, tm := range Extract(ps, Options{MinPassages: 2}) {
		fmt.Printf("%q role=%q def=%q alias=%q exp=%q\n", tm.Term, tm.Role, tm.Definition, tm.Aliases, tm.Expansion)
	}
}

func TestZZSteps(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("ZZ"))
	if err != nil {
		t.Skip()
	}
	var passages []Passage
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.SplitN(l, "\t", 3)
		if len(f) == 3 {
			n, _ := strconv.Atoi(f[1])
			passages = append(passages, Passage{Text: f[2], Source: Provenance{Seed: f[0], Line: n}})
		}
	}
	opts := Options{MinPassages: 2, MaxKeyTerms: 15}
	passages = uniquePassages(passages)
	g := &gatherer{byKey: map[string]*candidate{}}
	sents := make([][]sentences.Sentence, len(passages))
	for i, p := range passages {
		sents[i] = sentences.Split(p.Text)
	}
	dump := func(step string) {
		fmt.Println("--", step)
		for _, c := range g.list {
			fmt.Printf("  %q dropped=%v generic=%v aliases=%q\n", c.term, c.dropped, c.generic, c.aliases)
		}
	}
	g.addExpandedAcronyms(passages, sents)
	g.addBareAcronyms(passages, sents, opts.MinPassages)
	g.addNames(passages, sents, opts.MinPassages)
	dump("names")
	g.addDefinedTerms(passages, sents)
	g.addKeyPhrases(passages, opts)
	dump("keyphrases")
	g.consolidate(passages)
	dump("consolidate")
}
