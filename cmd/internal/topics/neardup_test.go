package topics

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// nearDupBase is a made-up story, written for this test, whose copies the
// near-duplicate passages are.
var nearDupBase = []string{
	"The harbour authority approved a new tidal barrier for the old port after months of flood warnings.",
	"Engineers said the barrier would protect the fishing fleet and the mini PC factory on the quay from storm surges.",
	"The regional council will fund the barrier from its flood defence budget, which doubled this year.",
	"Fishermen welcomed the flood barrier but asked the harbour authority to keep the channel open for night crews.",
	"A local MP said the storm surges of last winter cost the port economy more than 40 million pounds.",
	"The factory makes the efficient mini PC sold to schools, and its owners feared another winter of flooding.",
	"Storm surge forecasts from the met office helped the council decide, an adviser to the authority said.",
	"Harbour Lights, a new café on the quay, opened the week the barrier plans were approved by the council.",
}

// mutate rewrites a passage as another outlet might: words dropped,
// neighbours swapped, a word replaced by a short acronym or a synonym,
// numbers shifted.
func mutate(r *rand.Rand, s string) string {
	words := strings.Fields(s)
	swaps := []string{"PC", "EU", "UK", "AI", "barrier", "wall", "council", "board", "said", "stated", "flood", "floods", "port's"}
	for k := r.Intn(4); k > 0 && len(words) > 3; k-- {
		i := r.Intn(len(words))
		switch r.Intn(4) {
		case 0:
			words = append(words[:i], words[i+1:]...)
		case 1:
			if i+1 < len(words) {
				words[i], words[i+1] = words[i+1], words[i]
			}
		case 2:
			words[i] = swaps[r.Intn(len(swaps))]
		default:
			words[i] = fmt.Sprint(r.Intn(100))
		}
	}
	out := strings.Join(words, " ")
	if !strings.HasSuffix(out, ".") {
		out += "."
	}
	return out
}

// nearDupPassages makes n passages, each a few mutated sentences of the
// base story, with extra appended to some of them.
func nearDupPassages(seed int64, n int, extra string) []glossary.Passage {
	r := rand.New(rand.NewSource(seed))
	ps := make([]glossary.Passage, n)
	for i := range ps {
		var sents []string
		for k := 1 + r.Intn(3); k > 0; k-- {
			sents = append(sents, mutate(r, nearDupBase[r.Intn(len(nearDupBase))]))
		}
		if extra != "" && r.Intn(3) == 0 {
			sents = append(sents, extra)
		}
		ps[i] = glossary.Passage{Text: strings.Join(sents, " "), Source: glossary.Provenance{Seed: fmt.Sprintf("s%d", i%7), Line: 1 + i}}
	}
	return ps
}

// checkDerive checks what must hold of any derivation: every key phrase's
// head is a word of the corpus (a missing head crashed Derive), topics
// have a title, keywords, distinct slugs and enough passages, and the
// result is the same twice.
func checkDerive(t *testing.T, ps []glossary.Passage) {
	t.Helper()
	c := newCorpus(ps)
	for _, kp := range glossary.KeyPhrases(c.passages, 2) {
		words := text.WordTexts(kp.Text)
		if len(words) == 0 {
			continue
		}
		if head := text.KeywordStem(words[len(words)-1]); c.words[head] == nil {
			t.Errorf("key phrase %q: its head %q is not a word of the corpus", kp.Text, head)
		}
	}
	opts := Options{MinPassages: 2, MaxTopics: 30}
	got := Derive(ps, opts)
	slugs := map[string]bool{}
	for _, tp := range got {
		if tp.Title == "" || tp.Slug == "" || len(tp.Keywords) == 0 {
			t.Errorf("topic %+v lacks a title, slug or keywords", tp)
		}
		if slugs[tp.Slug] {
			t.Errorf("slug %q twice", tp.Slug)
		}
		slugs[tp.Slug] = true
		if tp.Passages < opts.MinPassages {
			t.Errorf("topic %q matches %d passages, fewer than %d", tp.Title, tp.Passages, opts.MinPassages)
		}
	}
	again := Derive(ps, opts)
	if fmt.Sprint(got) != fmt.Sprint(again) {
		t.Errorf("Derive is not deterministic:\n%v\n%v", got, again)
	}
}

func TestDeriveNearDuplicates(t *testing.T) {
	for _, tc := range []struct {
		seed int64
		n    int
	}{{1, 40}, {2, 120}, {3, 300}, {4, 600}} {
		t.Run(fmt.Sprintf("seed=%d/n=%d", tc.seed, tc.n), func(t *testing.T) {
			checkDerive(t, nearDupPassages(tc.seed, tc.n, ""))
		})
	}
}

func FuzzDeriveNearDuplicates(f *testing.F) {
	f.Add(int64(1), uint8(50), "")
	f.Add(int64(7), uint8(200), "The new mini PC of the port is a PC.")
	f.Add(int64(9), uint8(90), "UN, EU and UK officials said so (OK).")
	f.Fuzz(func(t *testing.T, seed int64, n uint8, extra string) {
		checkDerive(t, nearDupPassages(seed, 10+int(n), extra))
	})
}
