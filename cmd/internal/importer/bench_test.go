package importer

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// synthSeeds generates n page dumps of about size bytes each: a title, a
// subtitle, headings and paragraphs of sentences drawn from a pool of claims
// (names, numbers, content words from a large made-up vocabulary), each
// stated several times in varied wording, within a seed and across seeds.
func synthSeeds(n, size int) []extract.Doc {
	lex := testutil.NewLexicon(1)
	r, vocab, names, fill, word := lex.R, lex.Vocab, lex.Names, lex.Fill, lex.Word
	type claim struct {
		name, name2 string
		num         int
		words       []string
	}
	claims := make([]claim, 40000)
	for i := range claims {
		c := claim{name: names[r.Intn(len(names))], name2: names[r.Intn(len(names))], num: 1900 + r.Intn(200)}
		for j := 0; j < 6+r.Intn(5); j++ {
			c.words = append(c.words, vocab[r.Intn(len(vocab))])
		}
		claims[i] = c
	}
	// state renders a claim in one of several wordings: shuffled content
	// words, different function words, optional filler.
	state := func(c claim) string {
		ws := append([]string(nil), c.words...)
		r.Shuffle(len(ws), func(a, b int) { ws[a], ws[b] = ws[b], ws[a] })
		var parts []string
		parts = append(parts, c.name)
		for i, w := range ws {
			parts = append(parts, fill[r.Intn(len(fill))], w)
			if i == len(ws)/2 {
				parts = append(parts, "with", c.name2, "by", fmt.Sprint(c.num))
			}
		}
		if r.Intn(3) == 0 {
			parts = append(parts, "and", vocab[r.Intn(len(vocab))])
		}
		return strings.Join(parts, " ") + "."
	}
	docs := make([]extract.Doc, n)
	shared := claims[:2000] // claims every seed may restate
	for d := 0; d < n; d++ {
		own := claims[2000+d*300 : 2000+(d+1)*300]
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s of the %s\n%s %s %s for the %s\nLast updated:\n\n", names[d], word(), word(), names[d+1], word(), word(), word())
		for p := 0; b.Len() < size; p++ {
			if p%5 == 0 {
				fmt.Fprintf(&b, "%s %s\n", strings.ToUpper(word()[:1])+word(), word())
			}
			var sents []string
			for s := 0; s < 4+r.Intn(3); s++ {
				if r.Intn(3) == 0 {
					sents = append(sents, state(shared[r.Intn(len(shared))]))
				} else {
					sents = append(sents, state(own[r.Intn(len(own))]))
				}
			}
			b.WriteString(strings.Join(sents, " "))
			b.WriteString("\n")
		}
		docs[d] = extract.Doc{Path: fmt.Sprintf("seeds/%03d.txt", d), Data: []byte(b.String())}
	}
	return docs
}

// BenchmarkImport runs extraction and every stage (no writing) over 10, 30
// and 100 synthetic seeds of 100 KB: the time per seed should stay flat.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{10, 30, 100} {
		docs := synthSeeds(n, 100<<10)
		b.Run(fmt.Sprintf("seeds=%d", n), func(b *testing.B) {
			st := benchBuild(b, docs)
			b.ReportMetric(float64(st.Kept)/float64(st.Sentences), "kept/sentence")
		})
	}
}

// storySeeds are n retellings of one short story (the four bridge reports
// of claims_test.go, paragraphs in a different order each time), each with
// one detail of its own: many outlets, the same facts in different words.
func storySeeds(n int) []extract.Doc {
	r := rand.New(rand.NewSource(2))
	names := make([]string, 0, len(bridgeSeeds))
	for k := range bridgeSeeds {
		names = append(names, k)
	}
	sort.Strings(names)
	docs := make([]extract.Doc, n)
	for d := 0; d < n; d++ {
		lines := strings.Split(strings.TrimSpace(bridgeSeeds[names[d%len(names)]]), "\n")
		body := append([]string(nil), lines[1:]...)
		r.Shuffle(len(body), func(a, b int) { body[a], body[b] = body[b], body[a] })
		own := fmt.Sprintf("Resident number %d of the harbour district said the crossing saves her %d minutes a day. Her neighbour, a baker, now sells %d loaves more each week.", d, 5+d%40, 20+d)
		text := lines[0] + "\n" + strings.Join(body, "\n") + "\n" + own + "\n"
		docs[d] = extract.Doc{Path: fmt.Sprintf("seeds/%03d.txt", d), Data: []byte(text)}
	}
	return docs
}

// BenchmarkImportStory imports 10, 30 and 100 retellings of one story (all
// stages, no writing): the cross-source pass weighs pairs of sentences that
// share a rare unit, so the time per seed should stay near flat.
func BenchmarkImportStory(b *testing.B) {
	for _, n := range []int{10, 30, 100} {
		docs := storySeeds(n)
		b.Run(fmt.Sprintf("seeds=%d", n), func(b *testing.B) {
			b.ReportMetric(float64(benchBuild(b, docs).Kept), "kept")
		})
	}
}

// benchBuild runs Build over docs b.N times, reports the time per seed and
// returns the figures of the last run.
func benchBuild(b *testing.B, docs []extract.Doc) Stats {
	dir := b.TempDir()
	var st Stats
	start := time.Now()
	for i := 0; i < b.N; i++ {
		m, err := Build(docs, dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		st = m.Stats()
	}
	b.ReportMetric(float64(time.Since(start).Milliseconds())/float64(b.N)/float64(len(docs)), "ms/seed")
	return st
}
