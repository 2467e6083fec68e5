package build

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// genCorpus writes an n-page site like /work/shared/bench/gencorpus.go does
// (four directories of pages with headings, lists, emphasis and links).
func genCorpus(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	r := rand.New(rand.NewSource(42))
	words := strings.Fields("alliance technology sanctions economy workforce semiconductor governance standards research investment partnership innovation policy market capacity")
	sentence := func() string {
		w := make([]string, 8+r.Intn(14))
		for i := range w {
			w[i] = words[r.Intn(len(words))]
		}
		w[2] = "**" + w[2] + "**"
		return strings.Join(w, " ") + "."
	}
	sections := []string{"background", "us-dominance", "economics", "geopolitics"}
	writeFile(tb, filepath.Join(dir, "content", "_index.md"), "---\ntitle: Bench\n---\n\nLead.\n")
	for i := 0; i < n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: \"Page %d\"\ndate: 2026-01-%02dT10:00:00Z\ntags: [a, b]\n---\n\n", i, 1+i%28)
		for p := 0; p < 8; p++ {
			if p == 2 || p == 5 {
				fmt.Fprintf(&b, "## %s\n\n", sentence())
			}
			if p == 3 {
				for k := 0; k < 4; k++ {
					fmt.Fprintf(&b, "- %s\n", sentence())
				}
				b.WriteString("\n")
			}
			for s := 0; s < 6; s++ {
				b.WriteString(sentence() + " ")
			}
			if p%3 == 1 {
				j := r.Intn(n)
				fmt.Fprintf(&b, "See [page](/%s/page-%05d/).", sections[j%4], j)
			}
			b.WriteString("\n\n")
		}
		writeFile(tb, filepath.Join(dir, "content", sections[i%4], fmt.Sprintf("page-%05d.md", i)), b.String())
	}
	return dir
}

// BenchmarkBuild is a cold build (new Builder) of a generated site, in
// memory; BenchmarkBuild/write adds writing it out. For the 10,000-page
// comparison with Hugo see the README (go run /work/shared/bench/gencorpus.go).
//
//	go test ./cmd/internal/build -run XXX -bench Build -benchmem -cpuprofile /tmp/cpu.out
func BenchmarkBuild(b *testing.B) {
	n := 1000
	if s := os.Getenv("BRIEFING_BENCH_PAGES"); s != "" {
		fmt.Sscan(s, &n)
	}
	src := genCorpus(b, n)
	opts := Options{Source: src, Layouts: repoLayouts, Static: repoStatic}
	b.Run("cold", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := New(opts).Build(nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write", func(b *testing.B) {
		dest := filepath.Join(b.TempDir(), "public")
		for i := 0; i < b.N; i++ {
			s, err := New(opts).Build(nil)
			if err != nil {
				b.Fatal(err)
			}
			if err := s.Write(dest); err != nil {
				b.Fatal(err)
			}
		}
	})
	// One page edited on a warm Builder: what live preview does.
	b.Run("one-page-edit", func(b *testing.B) {
		bl := New(opts)
		if _, err := bl.Build(nil); err != nil {
			b.Fatal(err)
		}
		page := filepath.Join(src, "content", "economics", "page-00002.md")
		orig, _ := os.ReadFile(page)
		// The warm-up build above is not what this measures.
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			writeFile(b, page, string(orig)+fmt.Sprintf("\nEdit %d.\n", i))
			if _, err := bl.Build([]string{"content/economics/page-00002.md"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
