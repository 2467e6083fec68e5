package build

// Reader features (issue 6): the offline search index and /search/ page,
// the briefing map, the printable briefing pack at /print/, and the template
// functions the theme uses for heading anchors and reading time. They live in
// this file so that the core build stays as it is: Build calls
// addReaderFiles, templateFuncs calls addReaderFuncs.

import (
	"fmt"
	"html/template"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/cmd/internal/briefmap"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/search"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// addReaderFuncs adds the reader template functions to funcs.
func addReaderFuncs(funcs template.FuncMap, basePath string) {
	// readingTime is the minutes a page takes to read at 220 words a minute,
	// at least 1.
	funcs["readingTime"] = func(html template.HTML) int {
		n := len(strings.Fields(search.PlainText([]byte(html))))
		return max(1, (n+110)/220)
	}
	// headingAnchors gives every h2–h4 with an id a "#" link to itself, so
	// readers can copy a link to a part of a page.
	funcs["headingAnchors"] = headingAnchors
	// briefingMap is the SVG map of the site's sections against its topics.
	funcs["briefingMap"] = func(site *content.Site, idPrefix string) (template.HTML, error) {
		svg, err := briefmap.SVG(mapOf(site), briefmap.Options{BaseURL: basePath, IDPrefix: idPrefix})
		return template.HTML(svg), err
	}
	// briefingMapTable is the same map as an HTML table (a row per topic),
	// for narrow screens and print.
	funcs["briefingMapTable"] = func(site *content.Site) (template.HTML, error) {
		t, err := briefmap.Table(mapOf(site), briefmap.Options{BaseURL: basePath})
		return template.HTML(t), err
	}
	// pagesOfKind lists the site's pages of one kind ("topic", "term") by title.
	funcs["pagesOfKind"] = pagesOfKind
	// printContent is a page's content for the one-page briefing pack: ids
	// and in-page links prefixed with prefix so that pages do not clash.
	funcs["printContent"] = func(prefix string, html template.HTML) template.HTML {
		return template.HTML(prefixIDs(prefix, string(html)))
	}
	funcs["slugOf"] = slugOf
	// relatedTerms lists the glossary terms mentioned in the same passages
	// as term page p, most shared passages first.
	funcs["relatedTerms"] = relatedTerms
}

// passages is the tokenized passages of a site's sections, computed once per
// build and shared by the map and the related terms. Only the latest site is
// kept, so a long live-preview session does not accumulate builds.
var passages struct {
	sync.Mutex
	site    *content.Site
	list    []passage
	related map[string][]*content.Page // term Rel -> related terms; nil until asked
}

type passage struct {
	id      string          // URL of the passage
	section int             // index in site.Sections
	tokens  map[string]bool // stemmed search tokens
}

func sitePassages(site *content.Site) []passage {
	passages.Lock()
	defer passages.Unlock()
	return sitePassagesLocked(site)
}

// sitePassagesLocked is sitePassages with passages already locked.
func sitePassagesLocked(site *content.Site) []passage {
	if passages.site == site {
		return passages.list
	}
	var list []passage
	for i, s := range site.Sections {
		for _, p := range search.Passages(s.RelPermalink, "", "", []byte(s.Content)) {
			toks := map[string]bool{}
			for _, tok := range text.SearchTokens(p.Text) {
				toks[tok] = true
			}
			list = append(list, passage{id: p.URL, section: i, tokens: toks})
		}
	}
	passages.site, passages.list, passages.related = site, list, nil
	return list
}

func relatedTerms(p *content.Page) []*content.Page {
	site := p.Site
	passages.Lock()
	defer passages.Unlock()
	ps := sitePassagesLocked(site)
	if passages.related == nil {
		// Once per build: which passages mention each term, then pairs.
		byRel := map[string]*content.Page{}
		mentioned := map[string][]string{}
		for _, t := range pagesOfKind(site, string(content.KindTerm)) {
			byRel[t.Rel] = t
			for _, pa := range ps {
				if mentions(pa.tokens, t) {
					mentioned[t.Rel] = append(mentioned[t.Rel], pa.id)
				}
			}
		}
		related := map[string][]*content.Page{}
		for rel, others := range briefmap.RelatedTerms(mentioned) {
			for _, o := range others {
				related[rel] = append(related[rel], byRel[o])
			}
		}
		passages.related = related
	}
	return passages.related[p.Rel]
}

var headingRe = regexp.MustCompile(`<h([2-4]) id="([^"]+)">(.*?)</h[2-4]>`)

func headingAnchors(html template.HTML) template.HTML {
	return template.HTML(headingRe.ReplaceAllString(string(html),
		`<h$1 id="$2">$3 <a class="heading-anchor" href="#$2" aria-label="Link to this part">#</a></h$1>`))
}

var (
	idRe   = regexp.MustCompile(`(<[a-zA-Z][a-zA-Z0-9]*\s[^>]*?\bid=")([^"]+)"`)
	hashRe = regexp.MustCompile(`(\shref=")#([^"]+)"`)
	// headingAnchorRe drops links to headings: printed, they are noise.
	headingAnchorRe = regexp.MustCompile(` <a class="heading-anchor"[^>]*>#</a>`)
)

// prefixIDs rewrites id="x" to id="prefix-x" and href="#x" to
// href="#prefix-x" in the build's own rendered HTML, and moves its headings
// one level down (h2 -> h3 ... h5 -> h6), under the pack's own h2 per page.
func prefixIDs(prefix, html string) string {
	html = idRe.ReplaceAllString(html, `${1}`+prefix+`-${2}"`)
	html = hashRe.ReplaceAllString(html, `${1}#`+prefix+`-${2}"`)
	html = headingAnchorRe.ReplaceAllString(html, "")
	return headingLevelRe.ReplaceAllStringFunc(html, func(tag string) string {
		return tag[:len(tag)-1] + string(tag[len(tag)-1]+1)
	})
}

var headingLevelRe = regexp.MustCompile(`</?h[2-5]`)

func pagesOfKind(site *content.Site, kind string) []*content.Page {
	var out []*content.Page
	for _, p := range site.Pages {
		if string(p.Kind) == kind {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := strings.ToLower(out[i].Title), strings.ToLower(out[j].Title)
		return a < b || a == b && out[i].URL < out[j].URL
	})
	return out
}

// slugOf is the last element of a page's URL: "economics" for "economics/".
func slugOf(p *content.Page) string { return path.Base(strings.TrimSuffix(p.URL, "/")) }

// mapOf counts, for each section and topic, the section's passages that
// mention one of the topic's keywords (all words of a keyword, stemmed as the
// search does).
// TODO(xlink): once topic pages carry their passage list, count from that so
// that the map and the topic pages always agree.
func mapOf(site *content.Site) briefmap.Map {
	var m briefmap.Map
	topics := pagesOfKind(site, string(content.KindTopic))
	for _, t := range topics {
		m.Topics = append(m.Topics, briefmap.Topic{Slug: slugOf(t), Title: t.Title})
	}
	row := map[*content.Page]int{}
	for i, s := range site.Sections {
		row[s] = i
		m.Sections = append(m.Sections, briefmap.Section{Slug: slugOf(s), Title: s.Title})
		m.Counts = append(m.Counts, make([]int, len(topics)))
	}
	// The same passages the topic pages list (passagesOf), so that a
	// cell's number is what its link shows.
	for j, t := range topics {
		for _, p := range passagesOf(t) {
			if i, ok := row[p.Section]; ok {
				m.Counts[i][j]++
			}
		}
	}
	return m
}

// mentions reports whether a passage (its search tokens) names a glossary
// term: every word of its title or of one of its keywords.
func mentions(toks map[string]bool, topic *content.Page) bool {
	keywords := topic.Keywords
	if len(keywords) == 0 {
		keywords = []string{topic.Title}
	}
	for _, k := range keywords {
		words := text.SearchTokens(k)
		all := len(words) > 0
		for _, w := range words {
			all = all && toks[w]
		}
		if all {
			return true
		}
	}
	return false
}

// searchDocs is what the search index holds: the passages of the section
// pages, glossary terms and topic pages.
func searchDocs(site *content.Site) []search.Doc {
	var docs []search.Doc
	for _, s := range site.Sections {
		docs = append(docs, search.Passages(s.RelPermalink, s.Title, s.Title, []byte(s.Content))...)
	}
	for _, k := range []struct {
		kind    content.Kind
		section string
	}{{content.KindTerm, "Glossary"}, {content.KindTopic, "Topics"}} {
		for _, p := range pagesOfKind(site, string(k.kind)) {
			docs = append(docs, search.Doc{URL: p.RelPermalink, Title: p.Title, Section: k.section, Kind: string(k.kind),
				Text: search.PlainText([]byte(p.Content))})
		}
	}
	return docs
}

// addReaderFiles adds search-index.json and the generated pages /search/
// and /print/ (rendered with layouts search.html and print.html).
func addReaderFiles(m *model, files map[string][]byte, ls *layouts) error {
	site := m.site
	ix, err := search.Build(searchDocs(site))
	if err != nil {
		return err
	}
	files["search-index.json"] = ix
	for _, g := range []struct{ kind, title, desc string }{
		{"search", "Search", "Search the briefing: sections, glossary and topics."},
		{"print", "Briefing pack", "The whole briefing on one page, for printing."},
	} {
		u := g.kind + "/"
		out := outputPath(u)
		if _, taken := files[out]; taken {
			return fmt.Errorf("%s is generated by the build; a content page claims it too: rename that page", site.BasePath+u)
		}
		p := &content.Page{Kind: content.Kind(g.kind), Rel: u + "index.html", URL: u, Title: g.title, Description: g.desc,
			Layout: g.kind, Site: site, RelPermalink: site.BasePath + u, Permalink: absolute(site.BaseURL, site.BasePath, u)}
		html, err := renderPage(ls, p)
		if err != nil {
			return err
		}
		files[out] = html
	}
	return nil
}

// readerDeps identifies what page p shows of other pages through the reader
// functions, for the rendered-page cache: the home page (the map) and the
// print pack show the sections and topics; a term page its related terms,
// which depend on the sections and the other terms. Other pages get nil.
func readerDeps(m *model, p *content.Page) []byte {
	switch p.Kind {
	case content.KindHome, content.KindTerm:
	default:
		return nil
	}
	var b []byte
	for _, q := range m.pages {
		switch q.Kind {
		case content.KindSection, content.KindTopic, content.KindTerm:
			b = fmt.Appendf(b, "%s\x00%d\x00", q.Rel, m.mdID[q])
		}
	}
	return b
}
