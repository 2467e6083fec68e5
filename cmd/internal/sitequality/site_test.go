package sitequality

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// siteDir is the built site to check: $BRIEFING_SITE_DIR, or the repository
// built by builtRepoSite (see build_test.go once the build stage exists).
func siteDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("BRIEFING_SITE_DIR"); d != "" {
		return d
	}
	return builtRepoSite(t)
}

// firstPage is the site path of the first (sorted) page under dir/sub/*/, so
// the test does not depend on which terms or topics import derived; "" if
// there is none, "/<sub>/*/", which names what is missing.
func firstPage(root, sub string) string {
	m, _ := filepath.Glob(filepath.Join(root, sub, "*", "index.html"))
	sort.Strings(m)
	for _, f := range m {
		// A redirect page (an old address of a renamed entry) navigates
		// away at once: there is no page to check there.
		if data, err := os.ReadFile(f); err == nil && !bytes.Contains(data, []byte(`http-equiv="refresh"`)) {
			return "/" + path.Join(sub, filepath.Base(filepath.Dir(f))) + "/"
		}
	}
	return "/" + sub + "/*/"
}

// exists reports whether the site has a page at site path p.
func exists(root, p string) bool {
	_, err := os.Stat(filepath.Join(root, filepath.FromSlash(p), "index.html"))
	return err == nil
}

// TestRepositorySite runs every quality bar of issue 6 on the built
// repository site: vnu on every page, axe on the six kinds of page in both
// colour schemes and at phone and desktop widths, the section page weight
// and host check, and the screenshots.
func TestRepositorySite(t *testing.T) {
	tl := tools(t)
	dir := siteDir(t)

	msgs, err := tl.Validate(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		t.Errorf("vnu: %s", m)
	}
	t.Logf("vnu: %d errors", len(msgs))

	site := Serve(dir)
	defer site.Close()
	ctx := browser(t, tl)
	pages := []struct{ path, wait string }{
		{"/", ""},
		{sectionPaths(t, dir)[0], ""},
		{"/glossary/", ""},
		{firstPage(dir, "glossary"), ""},
		{"/topics/", ""},
		{firstPage(dir, "topics"), ""},
		{"/search/?q=sanctions", searchWait},
		{"/print/", ""},
	}
	violations := 0
	for _, p := range pages {
		if !exists(dir, strings.SplitN(p.path, "?", 2)[0]) {
			// Glossary and topic pages come with the cross-link stage;
			// until the site has them there is nothing to check.
			t.Logf("axe: the site has no page %q yet (glossary and topics come with cross-links); not checked", p.path)
			continue
		}
		for _, v := range []struct {
			width  int64
			scheme Scheme
		}{{1280, Light}, {1280, Dark}, {390, Light}} {
			vs, err := tl.Axe(ctx, site.URL(p.path), v.width, v.scheme, p.wait)
			if err != nil {
				t.Fatal(err)
			}
			violations += len(vs)
			for _, x := range vs {
				t.Errorf("axe %s (%d px, %s): %s", p.path, v.width, v.scheme, x)
			}
		}
	}
	t.Logf("axe: %d violations", violations)

	sections := sectionPaths(t, dir)
	if len(sections) == 0 {
		t.Error("the search index lists no section passages")
	}
	for _, section := range sections {
		w, err := site.PageWeight(ctx, site.URL(section), "")
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("weight of %s: %d bytes gzip (%v); other requests %v", section, w.Total, w.GzipBytes, w.Other)
		if w.Total > weightBudget {
			t.Errorf("%s weighs %d bytes gzip, over the budget of %d: %v", section, w.Total, weightBudget, w.GzipBytes)
		}
		if len(w.Foreign) > 0 {
			t.Errorf("%s requests other hosts: %v", section, w.Foreign)
		}
	}

	// No page may load anything from another host, search included (its
	// index is fetched when the results show).
	for _, p := range []struct{ path, wait string }{{"/", ""}, {"/search/?q=sanctions", searchWait}, {"/print/", ""}} {
		w, err := site.PageWeight(ctx, site.URL(p.path), p.wait)
		if err != nil {
			t.Fatal(err)
		}
		if len(w.Foreign) > 0 {
			t.Errorf("%s requests other hosts: %v", p.path, w.Foreign)
		}
	}

	shots := ScreenshotDir()
	for _, s := range []Shot{
		{Name: "home-390", Path: "/", Width: 390},
		{Name: "home-1280", Path: "/", Width: 1280},
		{Name: "section-390", Path: sectionPaths(t, dir)[0], Width: 390},
		{Name: "section-1280", Path: sectionPaths(t, dir)[0], Width: 1280},
		{Name: "map-390", Path: "/", Width: 390, Selector: ".bmap-figure"},
		{Name: "map-1280", Path: "/", Width: 1280, Selector: ".bmap-figure"},
		{Name: "search-390", Path: "/search/?q=sanctions", Width: 390, Wait: searchWait},
		{Name: "home-1280-dark", Path: "/", Width: 1280, Scheme: Dark},
		{Name: "print-as-printed", Path: "/print/", Width: 800, Scheme: Print},
	} {
		if _, err := site.Screenshot(ctx, s, shots); err != nil {
			if errors.Is(err, ErrNoElement) && !exists(dir, "/topics/") {
				t.Logf("no briefing map until the site has topic pages: %v", err)
				continue
			}
			t.Error(err)
		}
	}
	t.Logf("screenshots in %s", shots)
}

// sectionPaths are the site paths of the section pages, read from the
// search index (whose passages come from the sections), in index order.
func sectionPaths(t *testing.T, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "search-index.json"))
	if err != nil {
		t.Fatalf("the site has no search index: %v", err)
	}
	var ix struct {
		Docs []struct{ U, K string }
	}
	if err := json.Unmarshal(data, &ix); err != nil {
		t.Fatal(err)
	}
	var out []string
	seen := map[string]bool{}
	for _, d := range ix.Docs {
		u, err := url.Parse(d.U)
		if d.K != "passage" || err != nil || seen[u.Path] {
			continue
		}
		seen[u.Path] = true
		out = append(out, u.Path)
	}
	if len(out) == 0 {
		t.Fatal("the search index lists no section passages")
	}
	return out
}
