package build

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/search"
)

// feedSize is how many of the newest pages the Atom feed carries.
const feedSize = 20

// siteOutput is a file the build makes itself, whatever content/ holds: a
// page, alias or static file claiming it is an error (claims.go).
type siteOutput struct {
	file string // output path
	what string // how a clash names it
	// make returns the file's bytes; nil when the site has none (a
	// sitemap without a host to name).
	make func(m *model, ls *layouts) ([]byte, error)
}

// siteOutputs are every file that is not a page of content, alias or
// static file: a new output file goes here.
var siteOutputs = []siteOutput{
	{"404.html", "the 404 page", notFoundPage},
	{"index.xml", "the feed", func(m *model, _ *layouts) ([]byte, error) { return feed(m), nil }},
	{"sitemap.xml", "the sitemap", func(m *model, _ *layouts) ([]byte, error) { return sitemap(m), nil }},
	{"robots.txt", "robots.txt", robots},
	{".nojekyll", ".nojekyll", func(*model, *layouts) ([]byte, error) { return []byte{}, nil }},
	{"search-index.json", "the search index", func(m *model, _ *layouts) ([]byte, error) { return search.Build(searchDocs(m.index)) }},
	{"search/index.html", "the search page", readerPage("search", "Search", "Search the briefing: sections, glossary and topics.")},
	{"print/index.html", "the print page", readerPage("print", "Briefing pack", "The whole briefing on one page, for printing.")},
}

// addSiteFiles adds every siteOutput and the alias redirects to files.
// With keep (a quick build: titles and URLs are those of the last build,
// which files holds), the outputs in keep and the aliases are not made again.
func addSiteFiles(m *model, files map[string][]byte, ls *layouts, keep map[string]bool) error {
	for _, o := range siteOutputs {
		if _, ok := files[o.file]; ok && keep[o.file] {
			continue
		}
		data, err := o.make(m, ls)
		if err != nil {
			return err
		}
		if data != nil {
			files[o.file] = data
		}
	}
	if keep != nil {
		return nil
	}
	for out, p := range m.aliasOf {
		files[out] = aliasPage(p)
	}
	return nil
}

func notFoundPage(m *model, ls *layouts) ([]byte, error) {
	site := m.site
	notFound := &content.Page{Kind: "404", Rel: "404.html", URL: "404.html", Title: "Page not found", Site: site,
		RelPermalink: site.BasePath + "404.html", Permalink: absolute(site.BaseURL, site.BasePath, "404.html")}
	html, err := renderPage(ls, notFound)
	if err != nil {
		if e, ok := err.(*diag.Error); ok && strings.HasPrefix(e.Path, "layouts/") {
			e.Msg += " (rendering 404.html)"
		}
		return nil, diag.List(diag.All(err))
	}
	return html, nil
}

// hasSitemap reports whether the site gets a sitemap: it lists absolute
// URLs only (sitemaps.org), so without a base URL naming a host (a local
// build) there is none, and robots.txt does not point at one.
func hasSitemap(site *content.Site) bool {
	return strings.HasPrefix(site.SitemapURL, "http://") || strings.HasPrefix(site.SitemapURL, "https://")
}

func robots(m *model, _ *layouts) ([]byte, error) {
	r := "User-agent: *\nAllow: /\n"
	if hasSitemap(m.site) {
		r += "\nSitemap: " + m.site.SitemapURL + "\n"
	}
	return []byte(r), nil
}

// readerPage renders the generated page /kind/ with layout kind.html:
// search and the printable briefing pack.
func readerPage(kind, title, desc string) func(m *model, ls *layouts) ([]byte, error) {
	return func(m *model, ls *layouts) ([]byte, error) {
		site := m.site
		u := kind + "/"
		p := &content.Page{Kind: content.Kind(kind), Rel: u + "index.html", URL: u, Title: title, Description: desc,
			Layout: kind, Site: site, RelPermalink: site.BasePath + u, Permalink: absolute(site.BaseURL, site.BasePath, u)}
		return renderPage(ls, p)
	}
}

// searchDocs is what the search index holds: the passages of the section
// pages, glossary terms and topic pages.
func searchDocs(ix *Index) []search.Doc {
	site := ix.site
	var docs []search.Doc
	for _, s := range site.Sections {
		docs = append(docs, search.Passages(s.RelPermalink, s.Title, s.Title, []byte(s.Content()))...)
	}
	for _, k := range []struct {
		kind    content.Kind
		section string
	}{{content.KindTerm, "Glossary"}, {content.KindTopic, "Topics"}} {
		for _, p := range ix.ofKind(string(k.kind)) {
			docs = append(docs, search.Doc{URL: p.RelPermalink, Title: p.Title, Section: k.section, Kind: string(k.kind),
				Text: search.PlainText([]byte(p.Content()))})
		}
	}
	return docs
}

var aliasTemplate = template.Must(template.New("alias").Parse(`<!DOCTYPE html>
<html lang="{{ .Site.Language }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{ .RelPermalink }}">
</head>
<body>
<p>This page has moved to <a href="{{ .RelPermalink }}">{{ .Title }}</a>.</p>
</body>
</html>
`))

// aliasPage is a redirect to p: GitHub Pages has no server-side redirects.
func aliasPage(p *content.Page) []byte {
	var b bytes.Buffer
	if err := aliasTemplate.Execute(&b, p); err != nil {
		panic(err) // the template is fixed and the data always fits it
	}
	return b.Bytes()
}

func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// sitemap lists every page from content, ordered by URL (nil without a
// host: see hasSitemap).
func sitemap(m *model) []byte {
	if !hasSitemap(m.site) {
		return nil
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range m.pages {
		b.WriteString("  <url><loc>" + xmlText(p.Permalink) + "</loc>")
		if t := p.Lastmodified(); !t.IsZero() {
			b.WriteString("<lastmod>" + t.UTC().Format("2006-01-02") + "</lastmod>")
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// datePages gives a section without a date of its own (no date or lastmod
// in its front matter) the newest date of the source pages its provenance
// links cite: a section is as new as its newest article. A section citing
// no dated source stays undated; nothing is dated by the build time, so
// identical inputs give identical sites.
func datePages(m *model) {
	for _, p := range m.pages {
		if p.Kind != content.KindSection || !p.Lastmodified().IsZero() {
			continue
		}
		var newest time.Time
		for _, l := range p.Links {
			if !l.Source {
				continue
			}
			if src := m.byRel[l.Target]; src != nil && src.Lastmodified().After(newest) {
				newest = src.Lastmodified()
			}
		}
		p.Date = newest
	}
}

// inFeed reports whether a page is news a reader follows: a section or an
// article page (a source), not the home page, a list, a glossary term or a
// topic, whose stubs would push the articles out of the feed.
func inFeed(p *content.Page) bool {
	return p.Kind == content.KindSection || p.Kind == content.KindPage
}

// feed is an Atom feed of the newest sections and article pages, newest
// first, the undated ones after the dated. No date is made up (no 1970, no
// build time): an entry whose date is unknown has no <updated>, and the
// feed's own is its newest entry's (none when nothing is dated), so that
// identical inputs give identical feeds.
func feed(m *model) []byte {
	site := m.site
	var entries []*content.Page // the newest feedSize, in feed order
	var updated time.Time
	newer := func(a, b *content.Page) bool {
		ta, tb := a.Lastmodified(), b.Lastmodified()
		if !ta.Equal(tb) {
			return ta.After(tb)
		}
		return a.URL < b.URL
	}
	for _, p := range m.pages {
		if !inFeed(p) {
			continue
		}
		if t := p.Lastmodified(); t.After(updated) {
			updated = t
		}
		// One pass keeping the newest feedSize: a site's pages are not
		// sorted to take 20 of them.
		if len(entries) == feedSize && !newer(p, entries[feedSize-1]) {
			continue
		}
		i := sort.Search(len(entries), func(i int) bool { return newer(p, entries[i]) })
		if len(entries) < feedSize {
			entries = append(entries, nil)
		}
		copy(entries[i+1:], entries[i:len(entries)-1])
		entries[i] = p
	}
	stamp := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	home := absolute(site.BaseURL, site.BasePath, "")
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="` + xmlText(site.Language) + `">` + "\n")
	b.WriteString("  <title>" + xmlText(site.Title) + "</title>\n")
	if site.Description != "" {
		b.WriteString("  <subtitle>" + xmlText(site.Description) + "</subtitle>\n")
	}
	b.WriteString(`  <link rel="self" href="` + xmlText(absolute(site.BaseURL, site.BasePath, "index.xml")) + `"/>` + "\n")
	b.WriteString(`  <link rel="alternate" href="` + xmlText(home) + `"/>` + "\n")
	b.WriteString("  <id>" + xmlText(home) + "</id>\n")
	if !updated.IsZero() {
		b.WriteString("  <updated>" + stamp(updated) + "</updated>\n")
	}
	b.WriteString("  <author><name>" + xmlText(site.Title) + "</name></author>\n")
	for _, p := range entries {
		b.WriteString("  <entry>\n")
		b.WriteString("    <title>" + xmlText(p.Title) + "</title>\n")
		b.WriteString(`    <link rel="alternate" href="` + xmlText(p.Permalink) + `"/>` + "\n")
		b.WriteString("    <id>" + xmlText(p.Permalink) + "</id>\n")
		if t := p.Lastmodified(); !t.IsZero() {
			b.WriteString("    <updated>" + stamp(t) + "</updated>\n")
		}
		if d := cmp.Or(p.Description, p.Summary); d != "" {
			b.WriteString("    <summary>" + xmlText(d) + "</summary>\n")
		}
		b.WriteString("  </entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.Bytes()
}
