package build

// The functions layouts can call: every one is registered here, in
// templateFuncs. Those showing other pages (mentions, backlinks, passages,
// the map) read the Index of the build being rendered, through funcEnv.

import (
	"html/template"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/briefmap"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/search"
)

// funcEnv is what the template functions see of the build being rendered:
// parsed layouts outlive a build, the index does not. A Builder sets ix
// before it executes any layout (builds are serialized by Builder.mu). Each
// worker executing pages has its own parsed layouts and funcEnv, so that
// deps records what the page it is executing reads (deps.go); nil records
// nothing.
type funcEnv struct {
	ix   *Index
	deps *pageDeps
}

// templateFuncs are the functions layouts can call, bound to one base URL
// and to env.
func templateFuncs(baseURL, basePath string, env *funcEnv) template.FuncMap {
	return template.FuncMap{
		// relURL makes a site path ("css/site.css") a URL under the base path.
		"relURL": func(s string) string {
			if isAbsURL(s) {
				return s
			}
			return basePath + strings.TrimPrefix(s, "/")
		},
		// absURL makes a site path a full URL when the base URL names a host.
		"absURL": func(s string) string {
			if isAbsURL(s) {
				return s
			}
			return absolute(baseURL, basePath, s)
		},
		// dateFormat formats t with a Go layout ("2 January 2006").
		"dateFormat": func(layout string, t time.Time) string { return t.Format(layout) },
		// isoDate is the machine-readable date for <time datetime>.
		"isoDate": func(t time.Time) string { return t.UTC().Format("2006-01-02") },
		// ogLocale is the Open Graph form of a language: "en" -> "en_US".
		"ogLocale": ogLocale,
		// isAbsURL reports whether a URL names a host (og:url must).
		"isAbsURL": isAbsURL,
		// safeHTML marks trusted HTML (from the site's own content) as such.
		"safeHTML": func(s string) template.HTML { return template.HTML(s) },
		"pathBase": path.Base,
		// slugOf is the last element of a page's URL: "economics" for "economics/".
		"slugOf": slugOf,
		// pagesOfKind lists the site's pages of one kind ("topic", "term") by title.
		"pagesOfKind": func(site *content.Site, kind string) []*content.Page {
			env.deps.kind(kind)
			if env.ix != nil && env.ix.site == site {
				return env.ix.ofKind(kind)
			}
			return pagesOfKind(site, kind)
		},

		// readingTime is the minutes a page takes to read at 220 words a
		// minute, at least 1.
		"readingTime": func(html template.HTML) int {
			n := len(strings.Fields(search.PlainText([]byte(html))))
			return max(1, (n+110)/220)
		},
		// headingAnchors gives every h2–h4 with an id a "#" link to itself,
		// so readers can copy a link to a part of a page.
		"headingAnchors": headingAnchors,
		// printContent is a page's content for the one-page briefing pack:
		// ids and in-page links prefixed with prefix so that pages do not clash.
		"printContent": func(prefix string, html template.HTML) template.HTML {
			return template.HTML(prefixIDs(prefix, string(html)))
		},

		// briefingMap is the SVG map of the site's sections against its topics.
		"briefingMap": func(site *content.Site, idPrefix string) (template.HTML, error) {
			env.deps.passage()
			svg, err := briefmap.SVG(env.ix.briefingMap(), briefmap.Options{BaseURL: basePath, IDPrefix: idPrefix})
			return template.HTML(svg), err
		},
		// briefingMapTable is the same map as an HTML table (a row per
		// topic), for narrow screens and print.
		"briefingMapTable": func(site *content.Site) (template.HTML, error) {
			env.deps.passage()
			t, err := briefmap.Table(env.ix.briefingMap(), briefmap.Options{BaseURL: basePath})
			return template.HTML(t), err
		},
		// relatedTerms lists the glossary terms mentioned in the same
		// passages as term page p, most shared passages first.
		"relatedTerms": func(p *content.Page) []*content.Page { env.deps.passage(); return env.ix.RelatedTerms(p) },

		// The cross-link views (Index): "Mentioned in" on term pages,
		// passages on topic pages, topics and backlinks on section pages.
		"termMentions": func(p *content.Page) []Mention { env.deps.link(p); return env.ix.TermMentions(p) },
		"moreMentions": func(p *content.Page) int { env.deps.link(p); return max(0, env.ix.MentionCount(p)-maxMentions) },
		"backlinks":    func(p *content.Page) []*content.Page { env.deps.link(p); return env.ix.Backlinks(p) },
		"topicPassages": func(p *content.Page) []TopicPassage {
			env.deps.passage()
			return env.ix.TopicPassages(p)
		},
		"topicsOf":       func(p *content.Page) []*content.Page { env.deps.passage(); return env.ix.TopicsOf(p) },
		"glossaryIndex":  glossaryIndex,
		"termNames":      TermNames,
		"termAliases":    func(p *content.Page) []string { return TermNames(p)[1:] },
		"termDefinition": func(p *content.Page) string { env.deps.body(p); return search.PlainText([]byte(p.Content())) },
	}
}

func isAbsURL(s string) bool {
	if strings.HasPrefix(s, "//") {
		return true
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme != ""
}

// absolute is the full URL of site path s when baseURL names a host, else
// the path under basePath (a site built for "/" cannot know its host).
func absolute(baseURL, basePath, s string) string {
	s = strings.TrimPrefix(s, "/")
	if strings.HasPrefix(baseURL, "/") {
		return basePath + s
	}
	return baseURL + s
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
	headingLevelRe  = regexp.MustCompile(`</?h[2-5]`)
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

// Letter is one letter of the A–Z glossary.
type Letter struct {
	Letter string
	Terms  []*content.Page
}

// glossaryIndex groups the site's terms by first letter (digits and
// symbols under "#"), alphabetically.
func glossaryIndex(site *content.Site) []Letter {
	terms := pagesOfKind(site, string(content.KindTerm))
	sort.SliceStable(terms, func(i, j int) bool {
		return strings.ToLower(terms[i].Title) < strings.ToLower(terms[j].Title)
	})
	var out []Letter
	for _, t := range terms {
		r, _ := utf8.DecodeRuneInString(t.Title)
		l := "#"
		if unicode.IsLetter(r) {
			l = string(unicode.ToUpper(r))
		}
		if len(out) == 0 || out[len(out)-1].Letter != l {
			out = append(out, Letter{Letter: l})
		}
		out[len(out)-1].Terms = append(out[len(out)-1].Terms, t)
	}
	return out
}

// snippetOf shortens text to about n bytes at a word boundary.
func snippetOf(text string, n int) string {
	if len(text) <= n {
		return text
	}
	cut := strings.LastIndexByte(text[:n], ' ')
	if cut < n/2 {
		cut = n
	}
	return strings.TrimRight(text[:cut], " ,;:") + " …"
}
