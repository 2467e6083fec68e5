package importer

import (
	"sort"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/topics"
)

// CrossLink derives the glossary and the topics of the briefing from the
// article bodies (every paragraph, with the line its anchor on the source
// page carries) and adds content/glossary/<slug>.md and
// content/topics/<slug>.md to the files.
func CrossLink(m *Model) (*Model, error) {
	wait := m.crossAnalysis
	if wait == nil {
		wait = func() crossAnalysis { return analyzeCrossLinks(m.Articles) }
	}
	an := wait()
	if an.err != nil {
		return nil, an.err
	}
	terms, candidates := an.terms, an.candidates
	// Themes come from the whole articles, but a topic page lists the
	// passages of the sections: keep the themes the sections discuss.
	sectionPassages := keptParagraphs(m)
	var themes []topics.Topic
	for _, t := range candidates {
		n := 0
		for _, sp := range sectionPassages {
			if topics.Match(t.Keywords, sp) {
				n++
			}
		}
		if n >= 2 && len(themes) < maxTopics {
			themes = append(themes, t)
		}
	}
	// The list pages, so that /glossary/ and /topics/ get their layouts
	// (A–Z, passage counts) and editors a place for an introduction.
	if len(terms) > 0 {
		m.Files = append(m.Files, File{"glossary/_index.md", []byte("---\ntitle: \"Glossary\"\nlayout: \"glossary\"\n---\n")})
	}
	if len(themes) > 0 {
		m.Files = append(m.Files, File{"topics/_index.md", []byte("---\ntitle: \"Topics\"\nlayout: \"topics\"\n---\n")})
	}
	for _, t := range terms {
		m.Files = append(m.Files, File{"glossary/" + t.Slug + ".md", glossary.File(t)})
	}
	for _, t := range themes {
		m.Files = append(m.Files, File{"topics/" + t.Slug + ".md", topics.File(t)})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	return m, nil
}

// crossAnalysis is what the glossary and topic analyses find in the
// article bodies, before the topics are matched against the sections.
type crossAnalysis struct {
	terms      []glossary.Term
	candidates []topics.Topic
	// err is a panic of the analysis (it runs on goroutines of its own,
	// where the stage runner cannot recover it).
	err error
}

// analyzeCrossLinks derives glossary terms and candidate themes from every
// body paragraph of the articles (with the line its anchor on the source
// page carries). It needs only the articles, so Build runs it beside
// de-duplication and classification.
func analyzeCrossLinks(arts []*extract.Article) (an crossAnalysis) {
	seeds := make([]string, len(arts))
	for i, a := range arts {
		seeds[i] = a.Path
	}
	defer recoverStage("crosslink", seeds, &an.err)
	var ps []glossary.Passage
	for _, a := range arts {
		for _, bl := range a.Body() {
			if bl.Kind == extract.Paragraph {
				ps = append(ps, glossary.Passage{
					Text:   strings.Join(strings.Fields(bl.Text), " "),
					Source: glossary.Provenance{Seed: a.Name, Line: bl.Line},
				})
			}
		}
	}
	// Both analyses rank the same key phrases: compute them once, then run
	// the two side by side.
	kps := glossary.KeyPhrases(ps, 2)
	var glossErr error
	done := make(chan struct{})
	defer func() { <-done }() // also when Derive panics: the goroutine writes an
	go func() {
		defer close(done)
		defer recoverStage("crosslink (glossary)", seeds, &glossErr)
		an.terms = glossary.Extract(ps, glossary.Options{MinPassages: 2, KeyPhrases: kps})
	}()
	an.candidates = topics.Derive(ps, topics.Options{MinPassages: 2, KeyPhrases: kps, MaxTopics: 30})
	<-done
	an.err = glossErr
	return an
}

// startCrossAnalysis runs analyzeCrossLinks in the background; the
// function it returns waits for the result.
func startCrossAnalysis(arts []*extract.Article) func() crossAnalysis {
	ch := make(chan crossAnalysis, 1)
	go func() { ch <- analyzeCrossLinks(arts) }()
	var once sync.Once
	var an crossAnalysis
	return func() crossAnalysis {
		once.Do(func() { an = <-ch })
		return an
	}
}

// maxTopics caps the topic pages of a briefing.
const maxTopics = 12

// keptParagraphs returns the text of the section paragraphs: the kept
// sentences, grouped as the section pages group them (by section, article
// and source paragraph).
func keptParagraphs(m *Model) []string {
	type key struct{ sec, art, block int }
	var order []key
	text := map[key]*strings.Builder{}
	for _, s := range m.Sentences {
		if !s.Keep {
			continue
		}
		k := key{s.Section, s.Art, s.Block}
		b := text[k]
		if b == nil {
			b = &strings.Builder{}
			text[k] = b
			order = append(order, k)
		}
		b.WriteString(s.Text)
		b.WriteByte(' ')
	}
	out := make([]string, len(order))
	for i, k := range order {
		out[i] = text[k].String()
	}
	return out
}
