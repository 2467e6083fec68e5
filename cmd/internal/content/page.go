package content

import (
	"html/template"
	"path"
	"strings"
	"time"
)

// Kind says what a page is, and so which layout renders it.
type Kind string

// The page kinds of the content model (see the design contract).
const (
	KindHome    Kind = "home"    // content/_index.md
	KindSection Kind = "section" // content/<name>.md
	KindPage    Kind = "page"    // content/<dir>/<name>.md
	KindList    Kind = "list"    // content/<dir>/_index.md, or any directory of pages
	KindTerm    Kind = "term"    // content/glossary/<slug>.md
	KindTopic   Kind = "topic"   // content/topics/<slug>.md
)

// KindOf returns the kind of the content file at rel, a slash path relative
// to content/ such as "sources/x.md".
func KindOf(rel string) Kind {
	dir, file := path.Split(rel)
	dir = strings.TrimSuffix(dir, "/")
	switch {
	case rel == "_index.md":
		return KindHome
	case file == "_index.md":
		return KindList
	case dir == "":
		return KindSection
	case dir == "glossary":
		return KindTerm
	case dir == "topics":
		return KindTopic
	}
	return KindPage
}

// URLOf returns the site-relative pretty URL of the content file at rel:
// "" for the home page, "economics/" for "economics.md", "sources/" for
// "sources/_index.md". A non-empty slug replaces the last path element.
func URLOf(rel, slug string) string {
	if rel == "_index.md" {
		return ""
	}
	dir, file := path.Split(rel)
	name := strings.TrimSuffix(file, ".md")
	if file == "_index.md" {
		dir, name = path.Split(strings.TrimSuffix(dir, "/"))
	}
	if s := strings.Trim(slug, "/ "); s != "" {
		name = s
	}
	// Cleaned, so that "d/../economics/" and "economics/" are one URL; a
	// slug that climbs out of the site keeps its leading "../" (the build
	// refuses it).
	u := path.Clean(dir + name)
	if u == "." {
		return ""
	}
	return u + "/"
}

// Page is one page of the built site: what the layouts see as ".".
type Page struct {
	Kind Kind
	// SourcePath is the file as the user names it ("content/economics.md"),
	// empty for a list page made up for a directory without _index.md.
	SourcePath string
	// Rel is the content-relative slash path ("economics.md"); for a made-up
	// list page, the directory with a trailing "_index.md".
	Rel string
	// URL is site-relative: "" for the home page, "economics/" otherwise.
	URL string
	// RelPermalink is URL under the base path ("/repo/economics/"); Permalink
	// is absolute when the base URL names a host, else equal to RelPermalink.
	RelPermalink string
	Permalink    string

	Title       string
	Description string
	// Summary is the text of the first paragraph, shortened (set by the
	// build): the meta description of a page without a description.
	Summary     string
	Date        time.Time
	Lastmod     time.Time
	Weight      int
	Draft       bool
	Keywords    []string
	Aliases     []string
	Layout      string
	Params      map[string]any
	FrontMatter *FrontMatter

	// Rendered Markdown (Content, SetContent) and what it links to (rendered.go).
	content         template.HTML
	loadContent     func() template.HTML
	TableOfContents template.HTML
	Headings        []Heading
	Links           []Link
	URLLinks        []Link // links written as URLs
	RawHTML         []int  // lines of raw HTML the renderer dropped
	Anchors         []string
	// Cross is what cross-linking did on the page: glossary links and
	// wiki-links made (for backlinks and "Mentioned in"), unknown wiki-links.
	Cross *CrossLinks

	Parent     *Page   // the list or home page that lists this one
	Pages      []*Page // for home and list pages: the pages they list, in order
	Prev, Next *Page   // neighbouring section pages in weight order
	Site       *Site
}

// IsHome etc. let layouts branch on the kind without string compares.
// Content is the page's rendered Markdown, what {{ .Content }} shows.
func (p *Page) Content() template.HTML {
	if p.loadContent != nil {
		return p.loadContent()
	}
	return p.content
}

// SetContent sets what Content returns: html, or, when load is not nil,
// what load returns each time it is asked (a build that keeps pages' HTML
// on disk rather than in memory).
func (p *Page) SetContent(html template.HTML, load func() template.HTML) {
	p.content, p.loadContent = html, load
}

func (p *Page) IsHome() bool    { return p.Kind == KindHome }
func (p *Page) IsSection() bool { return p.Kind == KindSection }
func (p *Page) IsList() bool    { return p.Kind == KindList || p.Kind == KindHome }

// Lastmodified is Lastmod, or Date when Lastmod is not set.
func (p *Page) Lastmodified() time.Time {
	if !p.Lastmod.IsZero() {
		return p.Lastmod
	}
	return p.Date
}

// HasAnchor reports whether the page has an element with the given id.
func (p *Page) HasAnchor(id string) bool {
	for _, a := range p.Anchors {
		if a == id {
			return true
		}
	}
	return false
}

// Site is what every layout sees as .Site: settings from content/_index.md
// (overridden by flags) and the pages of the site.
type Site struct {
	Title       string
	Description string
	Language    string
	// BaseURL always ends in "/"; BasePath is its path ("/" or "/repo/").
	BaseURL  string
	BasePath string
	Home     *Page
	// Menu is the top navigation: section pages in weight order, then the
	// top-level list pages.
	Menu []*Page
	// Sections are the section pages in weight order.
	Sections []*Page
	// Pages are all pages, ordered by URL.
	Pages []*Page
	// Empty are the source paths of section files with no body, which the
	// build leaves out: a section with nothing in it is not a page to publish.
	Empty []string
	// Feed and Sitemap are the URLs of the Atom feed and the sitemap.
	FeedURL    string
	SitemapURL string
}
