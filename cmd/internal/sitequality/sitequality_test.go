package sitequality

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// weightBudget is the most a section page may weigh over the wire (gzip), HTML
// + CSS + JS, not counting the search index (issue 6).
const weightBudget = 60 * 1024

func tools(t *testing.T) Tools {
	t.Helper()
	if testing.Short() {
		t.Skip("browser and validator checks are skipped in -short mode")
	}
	tl, err := FindTools()
	if err != nil {
		// CI sets BRIEFING_REQUIRE_TOOLS: there a missing tool is a failure.
		if os.Getenv("BRIEFING_REQUIRE_TOOLS") != "" {
			t.Fatalf("site quality tools not installed: %v", err)
		}
		t.Skipf("site quality tools not installed, skipping: %v", err)
	}
	return tl
}

func browser(t *testing.T, tl Tools) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	bctx, stop, err := tl.Browser(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return bctx
}

// searchWait is true once the search script has shown its verdict.
const searchWait = `document.querySelector("#search-results [role=status]") && document.querySelector("#search-results [role=status]").textContent`

// TestFixtureSite checks the reader pieces of this package's fixture site:
// valid, accessible in both colour schemes, light, and searchable.
func TestFixtureSite(t *testing.T) {
	tl := tools(t)
	dir := writeFixtureSite(t)

	msgs, err := tl.Validate(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		t.Errorf("vnu: %s", m)
	}

	site := Serve(dir)
	defer site.Close()
	ctx := browser(t, tl)
	for _, p := range []struct{ path, wait string }{
		{"/", ""}, {"/economics/", ""}, {"/glossary/", ""}, {"/glossary/brics/", ""},
		{"/topics/sanctions/", ""}, {"/search/?q=sanction", searchWait},
	} {
		for _, scheme := range []Scheme{Light, Dark} {
			vs, err := tl.Axe(ctx, site.URL(p.path), 1280, scheme, p.wait)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range vs {
				t.Errorf("axe %s (%s): %s", p.path, scheme, v)
			}
		}
	}

	// The search script finds, ranks and highlights.
	got, err := runJS(ctx, site.URL("/search/?q=chips"), searchWait,
		`[...document.querySelectorAll("#search-results li a")].map(a => a.getAttribute("href") + " " + a.innerHTML).join("\n") + "\n" + document.querySelector("#search-results li p").innerHTML`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "/economics/#p1 Economics\nSanctions on <mark>chips</mark> cut exports of advanced <mark>chips</mark>."; got != want {
		t.Errorf("search for chips shows\n%s\nwant\n%s", got, want)
	}

	// The index is fetched by the script, seen, and not counted in the weight.
	sw, err := site.PageWeight(ctx, site.URL("/search/?q=chips"), searchWait)
	if err != nil {
		t.Fatal(err)
	}
	if len(sw.Other) != 1 || !strings.HasSuffix(sw.Other[0], "/search-index.json") || sw.GzipBytes["/search-index.json"] != 0 {
		t.Errorf("search page requests: %+v, want the index among the uncounted ones", sw)
	}

	w, err := site.PageWeight(ctx, site.URL("/economics/"), "")
	if err != nil {
		t.Fatal(err)
	}
	if w.Total == 0 || w.Total > weightBudget || len(w.Foreign) > 0 || w.GzipBytes["/search.js"] == 0 {
		t.Errorf("page weight of /economics/: %+v", w)
	}
}

// TestHarnessCatchesProblems makes sure each check can fail: a page with
// invalid markup, a missing alt, poor contrast and a script from another host.
func TestHarnessCatchesProblems(t *testing.T) {
	tl := tools(t)
	dir := filepath.Join("testdata", "bad")
	msgs, err := tl.Validate(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if !containsMsg(msgs, "No “p” element in scope") {
		t.Errorf("vnu did not report the stray </p>: %v", msgs)
	}
	site := Serve(dir)
	defer site.Close()
	ctx := browser(t, tl)
	vs, err := tl.Axe(ctx, site.URL("/"), 1280, Light, "")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, v := range vs {
		ids[v.ID] = true
	}
	for _, want := range []string{"image-alt", "color-contrast", "html-has-lang", "link-name"} {
		if !ids[want] {
			t.Errorf("axe did not report %s; got %v", want, ids)
		}
	}
	w, err := site.PageWeight(ctx, site.URL("/"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Foreign) != 1 || !strings.Contains(w.Foreign[0], "cdn.example.invalid") {
		t.Errorf("foreign requests = %v, want the CDN script", w.Foreign)
	}
}

func containsMsg(msgs []VnuMessage, s string) bool {
	for _, m := range msgs {
		if strings.Contains(m.Message, s) {
			return true
		}
	}
	return false
}

func TestScreenshotDir(t *testing.T) {
	t.Setenv("BRIEFING_SCREENSHOTS", "/somewhere/shots")
	if got := ScreenshotDir(); got != "/somewhere/shots" {
		t.Errorf("ScreenshotDir = %q with BRIEFING_SCREENSHOTS set", got)
	}
	t.Setenv("BRIEFING_SCREENSHOTS", "")
	if got := ScreenshotDir(); got != filepath.Join(os.TempDir(), "briefing-screenshots") {
		t.Errorf("ScreenshotDir = %q by default", got)
	}
}
