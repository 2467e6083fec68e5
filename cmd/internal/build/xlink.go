package build

// Cross-linking (issue 4): glossary links and wiki-links in every page
// (the xlink goldmark extension), and what the layouts show of them:
// "Mentioned in" on term pages, passages on topic pages, topics and
// backlinks on section pages, the A–Z glossary. Like reader.go, it lives
// in its own file; the core build calls newCrossLinks, crossDeps and
// addCrossFuncs.

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"html/template"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/search"
	"github.com/briefing-dev/briefing/cmd/internal/topics"
	"github.com/briefing-dev/briefing/cmd/internal/xlink"
)

// urlAliases returns the front matter aliases of the page at rel that are
// URL aliases. A glossary term's aliases are other names of the term, not
// old addresses.
func urlAliases(rel string, aliases []string) []string {
	if content.KindOf(rel) == content.KindTerm {
		// Except a site path ("/glossary/old-slug/"), which no name is:
		// import keeps a renamed term's old address that way.
		var out []string
		for _, a := range aliases {
			if strings.HasPrefix(a, "/") {
				out = append(out, a)
			}
		}
		return out
	}
	return aliases
}

// crossLinks is the glossary and the wiki-link targets of one build.
type crossLinks struct {
	entries []xlink.Entry
	targets map[string]string // lower-cased wiki-link target -> URL
	key     [32]byte          // hash of both, for the rendered-Markdown cache
}

// TermNames returns the names of a glossary page: its term (or title) and
// its aliases.
func TermNames(p *content.Page) []string {
	name := p.Title
	if p.FrontMatter != nil && p.FrontMatter.Term != "" {
		name = p.FrontMatter.Term
	}
	names := []string{name}
	if p.FrontMatter != nil {
		for _, a := range p.FrontMatter.Aliases {
			if !strings.HasPrefix(a, "/") { // an old address, not a name
				names = append(names, a)
			}
		}
	}
	return names
}

// newCrossLinks collects the glossary terms (every content/glossary page,
// so that an editor's new term is linked on the next build) and what a
// wiki-link may name: a term or alias, "topics/<slug>" or a topic title,
// any page by its content path without ".md" ("economics",
// "sources/x") or its title.
func newCrossLinks(m *model) *crossLinks {
	cl := &crossLinks{targets: map[string]string{}}
	set := func(target, url string) {
		k := strings.ToLower(strings.Join(strings.Fields(target), " "))
		if _, taken := cl.targets[k]; !taken && k != "" {
			cl.targets[k] = url
		}
	}
	pages := append([]*content.Page(nil), m.pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].Rel < pages[j].Rel })
	for _, p := range pages {
		if p.Kind != content.KindTerm || m.docs[p] == nil {
			continue
		}
		names := TermNames(p)
		cl.entries = append(cl.entries, xlink.Entry{Names: names, URL: p.RelPermalink, Definition: xlink.PlainDefinition(m.docs[p].Body), Page: p.Rel})
		for _, n := range names {
			set(n, p.RelPermalink)
		}
	}
	for _, p := range pages {
		if p.Kind == content.KindTopic {
			set(p.Title, p.RelPermalink)
		}
	}
	for _, p := range pages {
		if p.SourcePath == "" {
			continue
		}
		set(strings.TrimSuffix(strings.TrimSuffix(p.Rel, ".md"), "/_index"), p.RelPermalink)
		set(strings.TrimSuffix(p.URL, "/"), p.RelPermalink)
	}
	for _, p := range pages {
		if p.SourcePath != "" {
			set(p.Title, p.RelPermalink)
		}
	}
	h := sha256.New()
	for _, e := range cl.entries {
		fmt.Fprintf(h, "%q %s %s %s\x00", e.Names, e.URL, e.Definition, e.Page)
	}
	keys := make([]string, 0, len(cl.targets))
	for k := range cl.targets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(h, "%s=%s\x00", k, cl.targets[k])
	}
	copy(cl.key[:], h.Sum(nil))
	return cl
}

// Resolve implements xlink.Resolver.
func (cl *crossLinks) Resolve(target string) (string, bool) {
	u, ok := cl.targets[strings.ToLower(strings.Join(strings.Fields(strings.Trim(target, "/")), " "))]
	return u, ok
}

// crossDeps identifies what page p shows of other pages through the
// cross-link functions, for the rendered-page cache: term, topic, section
// and list pages show mentions, passages and backlinks, which change with
// any page's rendered Markdown.
func crossDeps(m *model, p *content.Page) []byte {
	switch p.Kind {
	case content.KindTerm, content.KindTopic, content.KindSection, content.KindList, content.KindHome:
	default:
		return nil
	}
	crossHash.Lock()
	defer crossHash.Unlock()
	if crossHash.m != m {
		// Once per build, not once per page: the rendered Markdown of every page.
		h := sha256.New()
		for _, q := range m.pages {
			fmt.Fprintf(h, "%s %d\x00", q.Rel, m.mdID[q])
		}
		crossHash.m, crossHash.sum = m, h.Sum(nil)
	}
	return crossHash.sum
}

// crossHash is crossDeps' hash for the latest build.
var crossHash struct {
	sync.Mutex
	m   *model
	sum []byte
}

// crossIndex is what the cross-link functions know of one built site,
// computed once per build (only the latest site is kept).
var crossIndex struct {
	sync.Mutex
	site     *content.Site
	mentions map[*content.Page]*termMentionList // term -> pages mentioning it
	back     map[*content.Page][]*content.Page
	passages []topicPassage
}

// Mention is a page that mentions a glossary term: its first mention there,
// with the sentence around it.
type Mention struct {
	Page    *content.Page
	Snippet string
}

// topicPassage is one passage of a section page, for topic pages.
type topicPassage struct {
	URL     string // the passage's anchor on its section page
	Section *content.Page
	Text    string
}

// TopicPassage is a passage on a topic page: where it is and its text.
type TopicPassage struct {
	URL     string
	Section *content.Page
	Snippet string
}

func indexSite(site *content.Site) {
	if crossIndex.site == site {
		return
	}
	byURL := make(map[string]*content.Page, len(site.Pages))
	byRel := make(map[string]*content.Page, len(site.Pages))
	for _, p := range site.Pages {
		byURL[p.RelPermalink] = p
		byRel[p.Rel] = p
	}
	// Mentions and backlinks list pages sections first, then by weight and
	// title (ties in site order). Sorting the pages once and visiting them
	// in that order makes every list come out sorted: O(links), instead of
	// sorting a term's thousands of mentions per term.
	ordered := append([]*content.Page(nil), site.Pages...)
	slices.SortStableFunc(ordered, func(a, b *content.Page) int {
		if c := cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Weight, b.Weight); c != 0 {
			return c
		}
		return strings.Compare(a.Title, b.Title)
	})
	mentions := map[*content.Page]*termMentionList{}
	back := map[*content.Page][]*content.Page{}
	// The page that last linked to each target: a page's links are visited
	// together, so this is enough to list each linking page once.
	lastFrom := map[*content.Page]*content.Page{}
	addBack := func(from, to *content.Page) {
		if to == nil || from == to || lastFrom[to] == from {
			return
		}
		lastFrom[to] = from
		back[to] = append(back[to], from)
	}
	for _, p := range ordered {
		for _, l := range p.Links {
			addBack(p, byRel[l.Target])
		}
		if p.Cross == nil {
			continue
		}
		for _, l := range p.Cross.Links {
			t := byURL[l.URL]
			addBack(p, t)
			if t == nil || t.Kind != content.KindTerm || t == p {
				continue
			}
			ml := mentions[t]
			if ml == nil {
				ml = &termMentionList{}
				mentions[t] = ml
			}
			if ml.last == p {
				continue // the page's first mention of the term is the one listed
			}
			ml.last = p
			ml.count++
			if len(ml.shown) < maxMentions {
				ml.shown = append(ml.shown, Mention{Page: p, Snippet: l.Snippet()})
			}
		}
	}
	var ps []topicPassage
	for _, s := range site.Sections {
		for _, d := range search.Passages(s.RelPermalink, "", "", []byte(s.Content)) {
			ps = append(ps, topicPassage{URL: d.URL, Section: s, Text: d.Text})
		}
	}
	crossIndex.site, crossIndex.mentions, crossIndex.back, crossIndex.passages = site, mentions, back, ps
}

// termMentionList is what a term page shows of the pages mentioning it:
// the first maxMentions, and how many there are.
type termMentionList struct {
	shown []Mention
	count int
	last  *content.Page // the page last counted, while indexing
}

// kindOrder lists sections first, then other pages, then glossary and topics.
func kindOrder(k content.Kind) int {
	switch k {
	case content.KindSection:
		return 0
	case content.KindHome:
		return 1
	case content.KindPage, content.KindList:
		return 2
	case content.KindTopic:
		return 3
	}
	return 4
}

// maxMentions caps the "Mentioned in" list of a term page: a term used on
// thousands of pages would otherwise make its page the size of the site.
const maxMentions = 50

// termMentions is the "Mentioned in" list of a term page (the first
// maxMentions; see termMentionCount).
func termMentions(p *content.Page) []Mention {
	crossIndex.Lock()
	defer crossIndex.Unlock()
	indexSite(p.Site)
	if ml := crossIndex.mentions[p]; ml != nil {
		return ml.shown
	}
	return nil
}

// termMentionCount is the number of pages mentioning term page p.
func termMentionCount(p *content.Page) int {
	crossIndex.Lock()
	defer crossIndex.Unlock()
	indexSite(p.Site)
	if ml := crossIndex.mentions[p]; ml != nil {
		return ml.count
	}
	return 0
}

// backlinks are the pages that link to p (Markdown links, glossary links,
// wiki-links), sections first.
func backlinks(p *content.Page) []*content.Page {
	crossIndex.Lock()
	defer crossIndex.Unlock()
	indexSite(p.Site)
	return crossIndex.back[p]
}

// passagesOf lists the section passages that discuss topic p (see
// topics.Match), in section and reading order.
func passagesOf(p *content.Page) []TopicPassage {
	crossIndex.Lock()
	defer crossIndex.Unlock()
	indexSite(p.Site)
	keywords := p.Keywords
	if len(keywords) == 0 {
		keywords = []string{p.Title}
	}
	var out []TopicPassage
	for _, tp := range crossIndex.passages {
		if topics.Match(keywords, tp.Text) {
			out = append(out, TopicPassage{URL: tp.URL, Section: tp.Section, Snippet: snippetOf(tp.Text, 240)})
		}
	}
	return out
}

// topicsOf lists the topics with at least one passage on section page p.
func topicsOf(p *content.Page) []*content.Page {
	var out []*content.Page
	for _, t := range pagesOfKind(p.Site, string(content.KindTopic)) {
		for _, tp := range passagesOf(t) {
			if tp.Section == p {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

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

// definitionOf is the plain-text definition of a term page.
func definitionOf(p *content.Page) string {
	return search.PlainText([]byte(p.Content))
}

func addCrossFuncs(funcs template.FuncMap) {
	funcs["termMentions"] = termMentions
	funcs["moreMentions"] = func(p *content.Page) int { return max(0, termMentionCount(p)-maxMentions) }
	funcs["backlinks"] = backlinks
	funcs["topicPassages"] = passagesOf
	funcs["topicsOf"] = topicsOf
	funcs["glossaryIndex"] = glossaryIndex
	funcs["termNames"] = TermNames
	funcs["termAliases"] = func(p *content.Page) []string { return TermNames(p)[1:] }
	funcs["termDefinition"] = definitionOf
	funcs["pathBase"] = path.Base
}

// TermMentions, Backlinks and TopicPassages are the cross-link views of a
// built page, for the checker and tests (the layouts use the same through
// termMentions, backlinks and topicPassages).
func TermMentions(p *content.Page) []Mention       { return termMentions(p) }
func Backlinks(p *content.Page) []*content.Page    { return backlinks(p) }
func TopicPassages(p *content.Page) []TopicPassage { return passagesOf(p) }
