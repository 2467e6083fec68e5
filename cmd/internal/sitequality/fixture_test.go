package sitequality

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"github.com/briefing-dev/briefing/cmd/internal/briefmap"
	"github.com/briefing-dev/briefing/cmd/internal/search"
)

// writeFixtureSite writes a small site into a temporary directory that uses
// this branch's reader pieces as the real build does: the briefing map SVG,
// the search index and static/search.js. Checking it proves the harness
// works and that those pieces are valid and accessible on their own.
func writeFixtureSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	m := briefmap.Map{
		Sections: []briefmap.Section{{Slug: "background", Title: "Background"}, {Slug: "economics", Title: "Economics"}},
		Topics:   []briefmap.Topic{{Slug: "sanctions", Title: "Sanctions"}, {Slug: "chips", Title: "Chips"}},
		Counts:   [][]int{{2, 0}, {1, 3}},
	}
	svg, err := briefmap.SVG(m, briefmap.Options{BaseURL: "/"})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.Build([]search.Doc{
		{URL: "/economics/#p1", Title: "Economics", Section: "Economics", Kind: "passage", Text: "Sanctions on chips cut exports of advanced chips."},
		{URL: "/background/#p2", Title: "Background", Section: "Background", Kind: "passage", Text: "The sanctions began in 2022."},
		{URL: "/glossary/brics/", Title: "BRICS", Section: "Glossary", Kind: "term", Text: "Brazil, Russia, India, China and South Africa."},
	})
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join("..", "..", "..", "static", "search.js"))
	if err != nil {
		t.Fatal(err)
	}
	layout := template.Must(template.New("page").Parse(fixtureLayout))
	pages := map[string]string{
		"index.html":            `<h1>Fixture briefing</h1><p>The lead.</p><figure class="bmap-figure"><div class="bmap-scroll">` + string(svg) + `</div><figcaption>Passages per section and topic.</figcaption></figure>`,
		"background/index.html": `<h1>Background</h1><p id="p2">The sanctions began in 2022.</p>`,
		"economics/index.html":  `<h1>Economics</h1><p id="p1">Sanctions on chips cut exports of advanced chips.</p>`,
		"topics/sanctions/index.html": `<h1>Sanctions</h1><section id="background"><h2>Background</h2><p>The sanctions began.</p></section>` +
			`<section id="economics"><h2>Economics</h2><p>Sanctions on chips.</p></section>`,
		"topics/chips/index.html":   `<h1>Chips</h1><section id="economics"><h2>Economics</h2><p>Advanced chips.</p></section>`,
		"glossary/index.html":       `<h1>Glossary</h1><ul><li><a href="/glossary/brics/">BRICS</a></li></ul>`,
		"glossary/brics/index.html": `<h1>BRICS</h1><p>Brazil, Russia, India, China and South Africa.</p>`,
		"search/index.html":         `<h1>Search</h1>` + searchForm("search-page", "search-results") + `<div id="search-results" class="search-results" data-search-results></div>`,
	}
	files := map[string][]byte{"search-index.json": ix, "search.js": js, "style.css": []byte(fixtureCSS)}
	for name, body := range pages {
		var b bytes.Buffer
		title := strings.TrimSuffix(strings.TrimSuffix(name, "index.html"), "/")
		if err := layout.Execute(&b, map[string]string{"Title": title, "Body": body, "Form": searchForm("search-head", "search-head-results")}); err != nil {
			t.Fatal(err)
		}
		files[name] = b.Bytes()
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// searchForm is the search box; two on one page need distinct names
// (axe: landmark-unique), so each is named after its id.
func searchForm(id, results string) string {
	return `<form role="search" aria-label="` + id + `" action="/search/" method="get" data-search data-index="/search-index.json">` +
		`<label for="` + id + `">Search the briefing</label> <input id="` + id + `" type="search" name="q" autocomplete="off" aria-controls="` + results + `"> <button type="submit">Search</button></form>`
}

const fixtureLayout = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} – fixture</title><link rel="stylesheet" href="/style.css"><script src="/search.js" defer></script></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Site"><a href="/">Home</a> <a href="/background/">Background</a> <a href="/economics/">Economics</a> <a href="/glossary/">Glossary</a></nav>
{{.Form}}<div id="search-head-results" class="search-results" data-search-results></div></header>
<main id="main">{{.Body}}</main>
<footer><p>Fixture site for the quality harness.</p></footer>
</body></html>
`

const fixtureCSS = `:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--link:#0b57a4}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#121212;--link:#8cc4ff}}
body{color:var(--fg);background:var(--bg);font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:50rem;padding:0 1rem}
a{color:var(--link)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
mark{background:#ffe066;color:#000}
.bmap-scroll{overflow-x:auto}
`
