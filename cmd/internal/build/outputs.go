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
)

// feedSize is how many of the newest pages the Atom feed carries.
const feedSize = 20

// addSiteFiles adds the files that are not pages of content: 404.html,
// alias redirects, sitemap.xml (when the base URL names a host), the Atom
// feed, robots.txt and .nojekyll.
func addSiteFiles(m *model, files map[string][]byte, ls *layouts) error {
	site := m.site
	notFound := &content.Page{Kind: "404", Rel: "404.html", URL: "404.html", Title: "Page not found", Site: site,
		RelPermalink: site.BasePath + "404.html", Permalink: absolute(site.BaseURL, site.BasePath, "404.html")}
	html, err := renderPage(ls, notFound)
	if err != nil {
		if e, ok := err.(*diag.Error); ok && strings.HasPrefix(e.Path, "layouts/") {
			e.Msg += " (rendering 404.html)"
		}
		return diag.List(diag.All(err))
	}
	files["404.html"] = html
	for out, p := range m.aliasOf {
		files[out] = aliasPage(p)
	}
	files["index.xml"] = feed(m)
	robots := "User-agent: *\nAllow: /\n"
	if strings.HasPrefix(site.SitemapURL, "http://") || strings.HasPrefix(site.SitemapURL, "https://") {
		// A sitemap lists absolute URLs only (sitemaps.org): without a base
		// URL naming a host (a local build) there is no sitemap, and
		// robots.txt does not point at one.
		files["sitemap.xml"] = sitemap(m)
		robots += "\nSitemap: " + site.SitemapURL + "\n"
	}
	files["robots.txt"] = []byte(robots)
	files[".nojekyll"] = []byte{}
	return nil
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

// sitemap lists every page from content, ordered by URL.
func sitemap(m *model) []byte {
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
	var entries []*content.Page
	var updated time.Time
	for _, p := range m.pages {
		t := p.Lastmodified()
		if !inFeed(p) {
			continue
		}
		entries = append(entries, p)
		if t.After(updated) {
			updated = t
		}
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i].Lastmodified(), entries[j].Lastmodified()
		if !a.Equal(b) {
			return a.After(b)
		}
		return entries[i].URL < entries[j].URL
	})
	if len(entries) > feedSize {
		entries = entries[:feedSize]
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
