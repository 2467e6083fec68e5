package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkRebuild is what live preview pays per edit on a warm Builder:
// Build(changed) after one content edit (a sentence added to one page's
// body) or one layout edit (a comment added to the page layout, which the
// corpus's 10,000 article pages use). The cold build before the loop is
// not timed. BRIEFING_CORPUS names a site to copy instead of the generated
// one (the shared corpus: go run ../shared/bench/gencorpus.go -n 10000).
//
//	go test ./cmd/internal/build -run '^$' -bench Rebuild -benchtime 20x
func BenchmarkRebuild(b *testing.B) {
	// One warm Builder per sub-benchmark, kept across the runs with growing
	// b.N, so that the cold build is paid once.
	warm := map[string]*Builder{}
	for _, n := range []int{1000, 10000} {
		if os.Getenv("BRIEFING_CORPUS") != "" && n != 10000 {
			continue // the shared corpus has 10,000 pages
		}
		src := rebuildCorpus(b, n)
		for _, edit := range []struct {
			name, file string
			change     func(orig string, i int) string
		}{
			{"content", "content/economics/page-00002.md", func(orig string, i int) string {
				return orig + fmt.Sprintf("\nEdit number %d of this page.\n", i)
			}},
			{"title", "content/economics/page-00002.md", func(orig string, i int) string {
				return strings.Replace(orig, "title: \"", fmt.Sprintf("title: \"Retitled %d ", i), 1)
			}},
			{"layout", "layouts/_default/page.html", func(orig string, i int) string {
				return strings.Replace(orig, "{{ define \"main\" }}", fmt.Sprintf("{{ define \"main\" }}<!-- edit %d -->", i), 1)
			}},
		} {
			b.Run(fmt.Sprintf("%s/pages=%d", edit.name, n), func(b *testing.B) {
				bl := warm[b.Name()]
				if bl == nil {
					opts := Options{Source: src, Layouts: filepath.Join(src, "layouts"), Static: repoStatic}
					if os.Getenv("BRIEFING_BENCH_VERBOSE") != "" {
						opts.Verbose, opts.Log = true, os.Stderr // the time of each stage
					}
					bl = New(opts)
					if _, err := bl.Build(nil); err != nil {
						b.Fatal(err)
					}
					warm[b.Name()] = bl
				}
				file := filepath.Join(src, filepath.FromSlash(edit.file))
				orig, err := os.ReadFile(file)
				if err != nil {
					b.Fatal(err)
				}
				defer os.WriteFile(file, orig, 0o644)
				// The page a browser would show: the edited one, or one
				// using the edited layout. first-ms is when BuildFirst
				// handed it over (the whole build when it did not).
				shown := []string{"economics/page-00002/index.html"}
				var first time.Duration
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					writeFile(b, file, edit.change(string(orig), i+b.N))
					b.StartTimer()
					start, early := time.Now(), time.Duration(0)
					if _, err := bl.BuildFirst([]string{edit.file}, shown, func(map[string][]byte) { early = time.Since(start) }); err != nil {
						b.Fatal(err)
					}
					if early == 0 {
						early = time.Since(start)
					}
					first += early
				}
				b.ReportMetric(float64(first.Microseconds())/1000/float64(b.N), "first-ms/op")
			})
		}
	}
}

// rebuildCorpus is an n-page site with the repository's layouts copied in
// (so that a benchmark may edit them).
func rebuildCorpus(b *testing.B, n int) string {
	b.Helper()
	var src string
	if dir := os.Getenv("BRIEFING_CORPUS"); dir != "" {
		src = filepath.Join(b.TempDir(), "site")
		if err := os.CopyFS(src, os.DirFS(filepath.Join(dir, "content"))); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(src, src+"-content"); err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(src, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(src+"-content", filepath.Join(src, "content")); err != nil {
			b.Fatal(err)
		}
	} else {
		src = genCorpus(b, n)
	}
	if err := os.CopyFS(filepath.Join(src, "layouts"), os.DirFS(repoLayouts)); err != nil {
		b.Fatal(err)
	}
	return src
}
