package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/serve"
	"github.com/briefing-dev/briefing/cmd/internal/serve/browsertest"
	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

// copyTree copies the directory src to dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// startServe runs `briefing serve`'s server for site on a free port until the
// test ends and returns its base URL (no trailing slash).
func startServe(t testing.TB, site string, log io.Writer) string {
	t.Helper()
	return startServeAt(t, site, "", log)
}

// startServeAt is startServe previewing under the path of baseURL.
func startServeAt(t testing.TB, site, baseURL string, log io.Writer) string {
	t.Helper()
	opts, err := newServeServer(site, baseURL, false, false, log, log)
	if err != nil {
		t.Fatal(err)
	}
	s, err := serve.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ln := testutil.Serve(t, s)
	return strings.TrimSuffix(serve.URL(ln), "/")
}

func edit(t testing.TB, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

const live = `document.documentElement.hasAttribute("data-briefing-live")`

func bodyHas(s string) string {
	return live + ` && document.body.textContent.includes(` + fmt.Sprintf("%q", s) + `)`
}

// The live preview of a real small site, built by the build stage with the
// project's own layouts and stylesheet.
func TestServeRealSiteInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test")
	}
	ctx := browsertest.New(t)
	site := t.TempDir()
	copyTree(t, "../internal/build/testdata/site", site)
	copyTree(t, "../../layouts", filepath.Join(site, "layouts"))
	copyTree(t, "../../static", filepath.Join(site, "static"))
	url := startServe(t, site, t.Output())
	const wait = 15 * time.Second
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	must("open", browsertest.Navigate(ctx, url+"/economics/"))
	_, err := browsertest.Wait(ctx, live+` && document.querySelector("h1") !== null`, wait)
	must("page", err)

	f, err := os.OpenFile(filepath.Join(site, "content/economics.md"), os.O_APPEND|os.O_WRONLY, 0)
	must("open content", err)
	fmt.Fprint(f, "\n\nA freshly written closing paragraph.\n")
	f.Close()
	d, err := browsertest.Wait(ctx, bodyHas("A freshly written closing paragraph."), wait)
	must("content edit", err)
	t.Logf("content edit shown after %v", d)

	_, err = browsertest.Eval[int](ctx, `window.marker = 5`)
	must("mark", err)
	css := filepath.Join(site, "static/css/site.css")
	data, err := os.ReadFile(css)
	must("read css", err)
	must("write css", os.WriteFile(css, append(data, "\nbody { background-color: rgb(1, 2, 3) !important; }\n"...), 0o644))
	_, err = browsertest.Wait(ctx, `getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)" && window.marker === 5`, wait)
	must("css edit without navigation", err)

	baseof := filepath.Join(site, "layouts/_default/baseof.html")
	good, err := os.ReadFile(baseof)
	must("read layout", err)
	must("break layout", os.WriteFile(baseof, []byte("<!DOCTYPE html>\n{{ if }}\n"+string(good)), 0o644))
	_, err = browsertest.Wait(ctx, `(document.getElementById("briefing-error-overlay")||{}).textContent.includes("layouts/_default/baseof.html:2")`, wait)
	must("error overlay", err)
	overlay, _ := browsertest.Eval[string](ctx, `document.getElementById("briefing-error-overlay").textContent`)
	t.Logf("overlay: %q", overlay)
	must("fix layout", os.WriteFile(baseof, good, 0o644))
	_, err = browsertest.Wait(ctx, `!document.getElementById("briefing-error-overlay") && `+bodyHas("A freshly written closing paragraph."), wait)
	must("overlay cleared", err)

	tmp := filepath.Join(site, "content/.economics.md.swp")
	must("swap", os.WriteFile(tmp, []byte("swap"), 0o644))
	data, err = os.ReadFile(filepath.Join(site, "content/economics.md"))
	must("read", err)
	renamed := filepath.Join(site, "content/economics.md.tmp~")
	must("write temp", os.WriteFile(renamed, append(data, "\n\nSaved atomically by rename.\n"...), 0o644))
	must("rename", os.Rename(renamed, filepath.Join(site, "content/economics.md")))
	_, err = browsertest.Wait(ctx, bodyHas("Saved atomically by rename."), wait)
	must("rename save", err)
}

// BenchmarkEditToDOM measures, on a generated corpus, the time from writing a
// content file to its new text being in Chromium's DOM, and reports the median
// of 20 edits. Generate the corpus and point BRIEFING_CORPUS at it:
//
//	go run /work/shared/bench/gencorpus.go -n 1000 -out /tmp/corpus1k
//	rm -r /tmp/corpus1k/layouts && cp -r layouts static /tmp/corpus1k/
//	BRIEFING_CORPUS=/tmp/corpus1k go test -run '^$' -bench EditToDOM -benchtime 1x ./cmd/briefing
func BenchmarkEditToDOM(b *testing.B) {
	corpus := os.Getenv("BRIEFING_CORPUS")
	if corpus == "" {
		b.Skip("set BRIEFING_CORPUS to a site made by gencorpus.go (see the doc comment)")
	}
	ctx := browsertest.New(b)
	site := b.TempDir()
	copyTree(b, corpus, site)
	url := startServe(b, site, io.Discard)
	page := filepath.Join(site, "content/economics/page-00002.md")
	must := func(err error) {
		b.Helper()
		if err != nil {
			b.Fatal(err)
		}
	}
	must(browsertest.Navigate(ctx, url+"/economics/page-00002/"))
	_, err := browsertest.Wait(ctx, live, 30*time.Second)
	must(err)
	orig, err := os.ReadFile(page)
	must(err)
	const edits = 20
	for range b.N {
		var took []time.Duration
		for i := range edits {
			text := fmt.Sprintf("Latency probe %d-%d", time.Now().UnixNano(), i)
			updated := strings.Replace(string(orig), "\n---\n", "\n---\n\n"+text+"\n", 1)
			start := time.Now()
			must(os.WriteFile(page, []byte(updated), 0o644))
			d, err := browsertest.Wait(ctx, bodyHas(text), 30*time.Second)
			must(err)
			took = append(took, time.Since(start))
			_ = d
			time.Sleep(100 * time.Millisecond) // let the page settle
		}
		slices.Sort(took)
		median := (took[edits/2-1] + took[edits/2]) / 2
		b.ReportMetric(float64(median.Microseconds())/1000, "ms-median")
		b.ReportMetric(float64(took[0].Microseconds())/1000, "ms-min")
		b.ReportMetric(float64(took[edits-1].Microseconds())/1000, "ms-max")
	}
}

// serve --baseURL previews the site under the base URL's path, with every
// internal URL carrying it, as on a GitHub project site.
func TestServeUnderBasePath(t *testing.T) {
	site := t.TempDir()
	copyTree(t, "../internal/build/testdata/site", site)
	copyTree(t, "../../layouts", filepath.Join(site, "layouts"))
	copyTree(t, "../../static", filepath.Join(site, "static"))
	root := startServeAt(t, site, "https://user.github.io/repo/", io.Discard)
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	tests := []struct {
		path     string
		code     int
		location string
		body     string
	}{
		{"/", http.StatusFound, "/repo/", ""},
		{"/repo", http.StatusFound, "/repo/", ""},
		{"/repo/", http.StatusOK, "", `href="/repo/css/site.css"`},
		{"/repo/economics", http.StatusFound, "/repo/economics/", ""},
		{"/repo/css/site.css", http.StatusOK, "", ""},
		{"/css/site.css", http.StatusNotFound, "", ""},
	}
	for _, tt := range tests {
		resp, err := noRedirect.Get(root + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code || resp.Header.Get("Location") != tt.location || !strings.Contains(string(body), tt.body) {
			t.Errorf("GET %s: %d %q, want %d %q and a body with %q", tt.path, resp.StatusCode, resp.Header.Get("Location"), tt.code, tt.location, tt.body)
		}
	}
}
