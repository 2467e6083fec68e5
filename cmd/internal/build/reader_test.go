package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readerSite is a small briefing with sections, topics and glossary terms,
// built with the repository's own theme.
var readerSite = map[string]string{
	"_index.md": "---\ntitle: Reader test\n---\nThe lead.\n",
	"economics.md": "---\ntitle: Economics\nweight: 1\n---\n## Trade\n\nSanctions hit chips. {#p1}\n\n" +
		"BRICS members trade chips and oil. {#p2}\n\n## Trade\n\nA second heading with the same text.\n",
	"geopolitics.md":      "---\ntitle: Geopolitics\nweight: 2\n---\nBRICS and sanctions again. {#p3}\n",
	"topics/chips.md":     "---\ntitle: Chips\nkeywords: [chips, semiconductor]\n---\nChips intro.\n",
	"topics/sanctions.md": "---\ntitle: Sanctions\nkeywords: [sanctions]\n---\nSanctions intro.\n",
	"glossary/brics.md":   "---\ntitle: BRICS\n---\nBrazil, Russia, India, China and South Africa.\n",
	"glossary/oil.md":     "---\ntitle: Oil\n---\nCrude oil.\n",
}

func buildReaderSite(t *testing.T, baseURL string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for k, v := range buildReaderModel(t, baseURL).Files {
		out[k] = string(v)
	}
	return out
}

func buildReaderModel(t *testing.T, baseURL string) *Site {
	t.Helper()
	dir := t.TempDir()
	for name, body := range readerSite {
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	repo := filepath.Join("..", "..", "..")
	site, err := New(Options{Source: dir, BaseURL: baseURL, Layouts: filepath.Join(repo, "layouts"), Static: filepath.Join(repo, "static")}).Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	return site
}

func TestReaderFiles(t *testing.T) {
	files := buildReaderSite(t, "/repo/")
	for _, tt := range []struct{ file, want string }{
		{"index.html", `<svg xmlns="http://www.w3.org/2000/svg" class="bmap"`},
		{"index.html", `href="/repo/topics/sanctions/#economics" aria-label="Economics, Sanctions: 1 passage"`},
		{"index.html", `href="/repo/topics/chips/#economics" aria-label="Economics, Chips: 2 passages"`},
		{"index.html", `action="/repo/search/"`},
		{"index.html", `data-index="/repo/search-index.json"`},
		{"index.html", `<script src="/repo/search.js" defer></script>`},
		{"economics/index.html", `<p class="meta reading-time">1 min read</p>`},
		{"economics/index.html", `<h2 id="trade">Trade <a class="heading-anchor" href="#trade" aria-label="Link to this part">#</a></h2>`},
		{"search/index.html", `<a href="/repo/glossary/brics/">BRICS</a>`},
		{"print/index.html", `<p id="economics-p1">Sanctions hit chips.</p>`},
		{"print/index.html", `<dt id="term-brics">BRICS</dt>`},
		{"print/index.html", `<table class="bmap-table">`},
		{"index.html", `<table class="bmap-table">`},
		{"index.html", `<th scope="row"><a href="/repo/topics/sanctions/">`},
		{"css/reader.css", `@media print`},
		{"search.js", `aria-controls`},
	} {
		if !strings.Contains(files[tt.file], tt.want) {
			t.Errorf("%s lacks %q", tt.file, tt.want)
		}
	}
	if strings.Contains(files["search/index.html"], `id="q-search"`) {
		t.Error("the search page repeats the header search box (two search landmarks)")
	}

	var ix struct {
		Docs []struct{ U, T, K string }
	}
	if err := json.Unmarshal([]byte(files["search-index.json"]), &ix); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, d := range ix.Docs {
		urls = append(urls, d.K+" "+d.U)
	}
	want := "term /repo/glossary/brics/,term /repo/glossary/oil/,topic /repo/topics/chips/,topic /repo/topics/sanctions/," +
		"passage /repo/economics/#p1,passage /repo/economics/#p2,passage /repo/economics/#trade-2,passage /repo/geopolitics/#p3"
	if got := strings.Join(urls, ","); got != want {
		t.Errorf("search index docs:\n got %s\nwant %s", got, want)
	}
}

func TestPrintPackHasUniqueIDs(t *testing.T) {
	html := buildReaderSite(t, "/")["print/index.html"]
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(`\sid="([^"]+)"`).FindAllStringSubmatch(html, -1) {
		if seen[m[1]] {
			t.Errorf("id %q appears twice on /print/", m[1])
		}
		seen[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(html, -1) {
		if !seen[m[1]] {
			t.Errorf("in-page link to #%s, which /print/ does not have", m[1])
		}
	}
}

func TestReaderOutputIsDeterministic(t *testing.T) {
	a, b := buildReaderSite(t, "/"), buildReaderSite(t, "/")
	for _, f := range []string{"search-index.json", "index.html", "print/index.html", "search/index.html"} {
		if a[f] != b[f] {
			t.Errorf("%s differs between two builds", f)
		}
	}
}

func TestRelatedTerms(t *testing.T) {
	site := buildReaderModel(t, "/")
	got := map[string]string{}
	for _, p := range site.Pages {
		if p.Kind != "term" {
			continue
		}
		var titles []string
		for _, r := range site.Index.RelatedTerms(p) {
			titles = append(titles, r.Title)
		}
		got[p.Title] = strings.Join(titles, ",")
	}
	// BRICS and oil share passage p2; BRICS alone is in p3.
	if got["BRICS"] != "Oil" || got["Oil"] != "BRICS" {
		t.Errorf("related terms = %q", got)
	}
}

func TestPrefixIDs(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<h2 id="a">A <a class="heading-anchor" href="#a" aria-label="x">#</a></h2>`, `<h3 id="s-a">A</h3>`},
		{`<h5>x</h5><h6>y</h6><header>`, `<h6>x</h6><h6>y</h6><header>`},
		{`<p id="p1">x <a href="#fn:1">1</a> <a href="/other/#a">o</a></p>`, `<p id="s-p1">x <a href="#s-fn:1">1</a> <a href="/other/#a">o</a></p>`},
		{`<li id="fn:1" class="x">`, `<li id="s-fn:1" class="x">`},
	}
	for _, tt := range tests {
		if got := prefixIDs("s", tt.in); got != tt.want {
			t.Errorf("prefixIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTermPageShowsRelatedTerms(t *testing.T) {
	html := buildReaderSite(t, "/")["glossary/brics/index.html"]
	if !strings.Contains(html, `<h2 id="related-terms-h">Related terms</h2>`) || !strings.Contains(html, `<a href="/glossary/oil/">Oil</a>`) {
		t.Errorf("the BRICS page does not list Oil as a related term:\n%s", html)
	}
}
