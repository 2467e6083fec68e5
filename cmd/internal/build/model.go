package build

import (
	"crypto/sha256"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/markdown"
)

// model is the page graph of one build.
type model struct {
	site  *content.Site
	pages []*content.Page          // every HTML page from content, ordered by URL
	byRel map[string]*content.Page // by content-relative path ("dir/_index.md" for lists)
	byURL map[string]*content.Page // by RelPermalink
	docs  map[*content.Page]*content.Doc
	// aliasOf maps an alias output path ("old/name/index.html") to its page.
	aliasOf map[string]*content.Page
	aliases int
	sources map[string]*sourceFile
	// src is the source file each page of content was made from (sources
	// may have moved on since: a failed or interrupted build read it).
	src  map[*content.Page]*sourceFile
	mdID map[*content.Page]uint64 // set by renderMarkdown
	// crossSum identifies every page's rendered Markdown (crossDeps).
	crossOnce sync.Once
	crossSum  []byte
	index     *Index // set before the layouts run
	// conv rendered the Markdown (renderMarkdown), mdHead and mdKey the
	// rendered-Markdown cache keys: quickBuild renders an edit with them.
	conv   *markdown.Converter
	cl     *crossLinks // the glossary and wiki-link targets conv has
	mdHead [32]byte
	mdKey  map[*content.Page][32]byte
}

// newModel makes pages of the parsed sources: kinds, URLs, the list page of
// every directory, parents and children, section order, and aliases. Two
// pages (or aliases) claiming one URL is an error.
func newModel(site *content.Site, sources map[string]*sourceFile, rels []string, static []string, drafts bool) (*model, error) {
	m := &model{site: site, byRel: map[string]*content.Page{}, docs: map[*content.Page]*content.Doc{}, aliasOf: map[string]*content.Page{},
		sources: sources, src: make(map[*content.Page]*sourceFile, len(rels)), mdID: map[*content.Page]uint64{}, mdKey: map[*content.Page][32]byte{}}
	for _, rel := range rels {
		doc := sources[rel].doc
		if doc.FM.Draft && !drafts {
			continue
		}
		if content.KindOf(rel) == content.KindSection && doc.EmptySection() {
			site.Empty = append(site.Empty, doc.Path)
			continue
		}
		fm := &doc.FM
		p := &content.Page{
			Kind: content.KindOf(rel), SourcePath: doc.Path, Rel: rel, URL: content.URLOf(rel, fm.Slug),
			Title: fm.Title, Description: fm.Description, Date: fm.Date, Lastmod: fm.Lastmod,
			Weight: fm.Weight, Draft: fm.Draft, Keywords: fm.Keywords, Aliases: urlAliases(rel, fm.Aliases),
			Layout: fm.Layout, Params: fm.Params, FrontMatter: fm, Site: site,
		}
		if p.Title == "" && p.Kind != content.KindHome {
			p.Title = titleFromName(strings.TrimSuffix(path.Base(strings.TrimSuffix(rel, "/_index.md")), ".md"))
		}
		m.add(p)
		m.docs[p] = doc
		m.src[p] = sources[rel]
	}
	if m.byRel["_index.md"] == nil {
		m.add(&content.Page{Kind: content.KindHome, Rel: "_index.md", URL: "", Title: site.Title, Site: site})
	}
	home := m.byRel["_index.md"]
	if home.Title == "" {
		home.Title = site.Title
	}
	site.Home = home
	// Every directory holding pages gets a list page, made up if need be.
	for _, p := range append([]*content.Page(nil), m.pages...) {
		for d := listDir(p.Rel); d != ""; d = parentDir(d) {
			rel := d + "/_index.md"
			if m.byRel[rel] == nil {
				m.add(&content.Page{Kind: content.KindList, Rel: rel, URL: content.URLOf(rel, ""), Title: titleFromName(path.Base(d)), Site: site})
			}
		}
	}
	for _, p := range m.pages {
		if p.Kind == content.KindHome {
			continue
		}
		parent := home
		if d := parentListDir(p.Rel); d != "" {
			parent = m.byRel[d+"/_index.md"]
		}
		p.Parent = parent
		parent.Pages = append(parent.Pages, p)
	}
	for _, p := range m.pages {
		sortPages(p.Pages)
	}
	for _, p := range home.Pages {
		switch p.Kind {
		case content.KindSection:
			site.Sections = append(site.Sections, p)
		case content.KindList:
			site.Menu = append(site.Menu, p)
		}
	}
	site.Menu = append(append([]*content.Page(nil), site.Sections...), site.Menu...)
	for i, s := range site.Sections {
		if i > 0 {
			s.Prev = site.Sections[i-1]
		}
		if i+1 < len(site.Sections) {
			s.Next = site.Sections[i+1]
		}
	}
	sort.Slice(m.pages, func(i, j int) bool {
		return m.pages[i].URL < m.pages[j].URL || m.pages[i].URL == m.pages[j].URL && m.pages[i].Rel < m.pages[j].Rel
	})
	site.Pages = m.pages
	site.FeedURL = site.BasePath + "index.xml"
	site.SitemapURL = absolute(site.BaseURL, site.BasePath, "sitemap.xml")
	m.byURL = make(map[string]*content.Page, len(m.pages))
	for _, p := range m.pages {
		p.RelPermalink = site.BasePath + p.URL
		p.Permalink = absolute(site.BaseURL, site.BasePath, p.URL)
		m.byURL[p.RelPermalink] = p
	}
	return m, m.claimURLs(static)
}

func (m *model) add(p *content.Page) {
	m.pages = append(m.pages, p)
	m.byRel[p.Rel] = p
}

// claimURLs checks, in one registry of outputs, that no two pages, aliases,
// static files or generated files share an output file or need a file as a
// directory, and that every slug and alias stays inside the site.
func (m *model) claimURLs(static []string) error {
	o := newOutputs()
	name := func(p *content.Page) string {
		if p.SourcePath != "" {
			return p.SourcePath
		}
		return "the list page of content/" + path.Dir(p.Rel) + "/"
	}
	sort.Strings(static)
	for _, s := range static {
		o.claim(s, claimant{who: "static/" + s, path: "static/" + s, what: "static file " + s,
			fix: "rename or remove it"})
	}
	// Pages at their file's own URL first, so that a clash is reported at
	// the slug that made it.
	pages := append([]*content.Page(nil), m.pages...)
	sort.SliceStable(pages, func(i, j int) bool { return !hasSlug(pages[i]) && hasSlug(pages[j]) })
	for _, p := range pages {
		line := 0
		if p.FrontMatter != nil {
			line = p.FrontMatter.Lines["slug"]
		}
		if why := sitePathProblem(p.URL); why != "" {
			if hasSlug(p) {
				o.errs = append(o.errs, diag.Errorf(orPath(p), line, "slug %q %s; give the page a slug such as my-page or dir/my-page", p.FrontMatter.Slug, why))
			} else {
				o.errs = append(o.errs, diag.Errorf(orPath(p), line, "URL /%s %s; rename the file or give it a slug", p.URL, why))
			}
			continue
		}
		o.claim(outputPath(p.URL), claimant{who: name(p), path: orPath(p), line: line, what: "URL " + p.RelPermalink,
			fix: "give one of them another slug or file name"})
	}
	for _, p := range m.pages {
		for _, a := range p.Aliases {
			out := aliasPath(a)
			line := p.FrontMatter.Lines["aliases"]
			if out == "" {
				o.errs = append(o.errs, diag.Errorf(p.SourcePath, line, "alias %q is not a site path such as /old/name/", a))
				continue
			}
			if o.claim(out, claimant{who: name(p), as: "an alias of " + name(p), path: p.SourcePath, line: line, what: "alias " + a,
				fix: "remove one"}) {
				m.aliasOf[out] = p
				m.aliases++
			}
		}
	}
	o.dirClashes()
	if len(o.errs) > 0 {
		return sorted(o.errs)
	}
	return nil
}

func hasSlug(p *content.Page) bool {
	return p.FrontMatter != nil && strings.Trim(p.FrontMatter.Slug, "/ ") != ""
}

func orPath(p *content.Page) string {
	if p.SourcePath != "" {
		return p.SourcePath
	}
	return "content/" + path.Dir(p.Rel)
}

// aliasPath is the output file of an alias: "/old/name" -> "old/name/index.html".
func aliasPath(a string) string {
	a = strings.Trim(strings.TrimSpace(a), "/")
	if a == "" || strings.Contains(a, "://") {
		return ""
	}
	if a = path.Clean(a); a == "." || sitePathProblem(a) != "" {
		return ""
	}
	if strings.HasSuffix(a, ".html") {
		return a
	}
	return a + "/index.html"
}

// listDir is the directory whose list page lists p (for "a/b.md", "a";
// for "a/b/_index.md", "a/b"; "" at the top).
func listDir(rel string) string {
	if rel == "_index.md" {
		return ""
	}
	return strings.TrimSuffix(path.Dir(rel), ".")
}

// parentListDir is the directory of the list page that p appears on.
func parentListDir(rel string) string {
	d := path.Dir(rel)
	if path.Base(rel) == "_index.md" {
		d = path.Dir(d)
	}
	if d == "." {
		return ""
	}
	return d
}

func parentDir(d string) string {
	p := path.Dir(d)
	if p == "." {
		return ""
	}
	return p
}

// titleFromName makes "us-dominance" into "Us dominance".
func titleFromName(n string) string {
	n = strings.NewReplacer("-", " ", "_", " ").Replace(n)
	r, size := utf8.DecodeRuneInString(n)
	if size == 0 {
		return n
	}
	return string(unicode.ToUpper(r)) + n[size:]
}

// sortPages orders pages as lists show them: by weight (unweighted last),
// newest first, then title, then URL, so that the order is total.
func sortPages(ps []*content.Page) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if (a.Weight == 0) != (b.Weight == 0) {
			return a.Weight != 0
		}
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.After(b.Date)
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.URL < b.URL
	})
}

// resolve is the href of the page from content file rel ("sources/x.md"),
// for links in Markdown; made-up list pages have no file to link to.
func (m *model) resolve(rel string) (string, bool) {
	p, ok := m.byRel[rel]
	if !ok || p.SourcePath == "" {
		return "", false
	}
	return p.RelPermalink, true
}

// shape identifies what any page's layout can show of other pages: the
// site settings and every page's URL and front matter (titles in menus and
// lists, prev/next, dates). A page whose own inputs and the shape are
// unchanged renders to the same bytes as before.
func (m *model) shape() [32]byte {
	h := sha256.New()
	s := m.site
	for _, f := range []string{s.Title, s.Description, s.Language, s.BaseURL} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	for _, p := range m.pages {
		h.Write([]byte(p.Rel))
		h.Write([]byte{0})
		h.Write([]byte(p.URL))
		h.Write([]byte{0})
		if sf := m.sources[p.Rel]; sf != nil && p.SourcePath != "" {
			h.Write(sf.fmHash[:])
		}
	}
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}
