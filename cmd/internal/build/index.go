package build

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/cmd/internal/briefmap"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/search"
	"github.com/briefing-dev/briefing/cmd/internal/text"
	"github.com/briefing-dev/briefing/cmd/internal/topics"
	"github.com/briefing-dev/briefing/cmd/internal/xlink"
)

// Index is what one built site knows across its pages: which pages mention
// each glossary term, which link to each page, the passages of the section
// pages (for topic pages, the briefing map and related terms). It is made
// once per build, each part on first use, and handed out with the Site
// (Site.Index), so that `briefing check` reads the same lists the layouts show.
type Index struct {
	site *content.Site

	crossOnce sync.Once
	mentions  map[*content.Page]*termMentionList // term -> pages mentioning it
	back      map[*content.Page][]*content.Page
	topicPs   []topicPassage

	passageOnce sync.Once
	passages    []passage // tokenized section passages

	relatedOnce sync.Once
	related     map[string][]*content.Page // term Rel -> related terms

	// kinds are the pages of each kind, by title (pagesOfKind), shared
	// with the next build's Index when it has the same pages and titles.
	kinds *kindLists
}

func newIndex(site *content.Site) *Index { return &Index{site: site, kinds: &kindLists{}} }

type kindLists struct {
	mu sync.Mutex
	by map[string][]*content.Page
}

// ofKind lists the site's pages of one kind by title (pagesOfKind), made
// once; the list must not be modified.
func (ix *Index) ofKind(kind string) []*content.Page {
	k := ix.kinds
	k.mu.Lock()
	defer k.mu.Unlock()
	l, ok := k.by[kind]
	if !ok {
		if k.by == nil {
			k.by = map[string][]*content.Page{}
		}
		l = pagesOfKind(ix.site, kind)
		k.by[kind] = l
	}
	return l
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
	Source  string // its first source page by file name less .md ("001_x"), or ""
}

// TopicPassage is a passage on a topic page: where it is and its text.
type TopicPassage struct {
	URL     string
	Section *content.Page
	Snippet string
}

// termMentionList is what a term page shows of the pages mentioning it:
// the first maxMentions, and how many there are.
type termMentionList struct {
	shown []Mention
	count int
	last  *content.Page // the page last counted, while indexing
}

// maxMentions caps the "Mentioned in" list of a term page: a term used on
// thousands of pages would otherwise make its page the size of the site.
const maxMentions = 50

// cross indexes mentions, backlinks and topic passages, once.
func (ix *Index) cross() {
	ix.crossOnce.Do(func() {
		ix.mentions, ix.back = linksOf(ix.site)
		for _, s := range ix.site.Sections {
			first := firstSources(s)
			for _, d := range search.Passages(s.RelPermalink, "", "", []byte(s.Content())) {
				_, id, _ := strings.Cut(d.URL, "#")
				ix.topicPs = append(ix.topicPs, topicPassage{URL: d.URL, Section: s, Text: d.Text, Source: first[id]})
			}
		}
	})
}

// firstSources maps each passage of section page s (by its id) to its
// first source page, the seed whose wording it keeps: the story it
// belongs to.
func firstSources(s *content.Page) map[string]string {
	first := map[string]string{}
	for _, l := range s.Links {
		if !l.Source || l.Paragraph == "" || first[l.Paragraph] != "" {
			continue
		}
		if dir, file := path.Split(l.Target); dir == "sources/" {
			first[l.Paragraph] = strings.TrimSuffix(file, ".md")
		}
	}
	return first
}

// linksOf lists, for every page, the pages linking to it, and for every
// term the pages mentioning it. Mentions and backlinks list pages sections
// first, then by weight and title (ties in site order). Sorting the pages
// once and visiting them in that order makes every list come out sorted:
// O(links), instead of sorting a term's thousands of mentions per term.
func linksOf(site *content.Site) (map[*content.Page]*termMentionList, map[*content.Page][]*content.Page) {
	byURL := make(map[string]*content.Page, len(site.Pages))
	byRel := make(map[string]*content.Page, len(site.Pages))
	for _, p := range site.Pages {
		byURL[p.RelPermalink] = p
		byRel[p.Rel] = p
	}
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
				ml.shown = append(ml.shown, Mention{Page: p, Snippet: xlink.Snippet(l)})
			}
		}
	}
	return mentions, back
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

// TermMentions is the "Mentioned in" list of term page p (the first
// maxMentions; see MentionCount).
func (ix *Index) TermMentions(p *content.Page) []Mention {
	ix.cross()
	if ml := ix.mentions[p]; ml != nil {
		return ml.shown
	}
	return nil
}

// MentionCount is the number of pages mentioning term page p.
func (ix *Index) MentionCount(p *content.Page) int {
	ix.cross()
	if ml := ix.mentions[p]; ml != nil {
		return ml.count
	}
	return 0
}

// Backlinks are the pages that link to p (Markdown links, glossary links,
// wiki-links), sections first.
func (ix *Index) Backlinks(p *content.Page) []*content.Page {
	ix.cross()
	return ix.back[p]
}

// TopicPassages lists the section passages that discuss topic p (see
// topics.Match), in section and reading order.
func (ix *Index) TopicPassages(p *content.Page) []TopicPassage {
	ix.cross()
	keywords := p.Keywords
	if len(keywords) == 0 {
		keywords = []string{p.Title}
	}
	var story map[string]bool // the topic's story: its source pages
	if p.FrontMatter != nil && len(p.FrontMatter.Sources) > 0 {
		story = map[string]bool{}
		for _, s := range p.FrontMatter.Sources {
			story[s] = true
		}
	}
	var out []TopicPassage
	for _, tp := range ix.topicPs {
		if (story == nil || story[tp.Source]) && topics.Match(keywords, tp.Text) {
			out = append(out, TopicPassage{URL: tp.URL, Section: tp.Section, Snippet: snippetOf(tp.Text, 240)})
		}
	}
	return out
}

// TopicsOf lists the topics with at least one passage on section page p.
func (ix *Index) TopicsOf(p *content.Page) []*content.Page {
	var out []*content.Page
	for _, t := range ix.ofKind(string(content.KindTopic)) {
		for _, tp := range ix.TopicPassages(t) {
			if tp.Section == p {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

type passage struct {
	id      string          // URL of the passage
	section int             // index in site.Sections
	tokens  map[string]bool // stemmed search tokens
}

// sectionPassages are the tokenized passages of the site's sections, shared
// by the map and the related terms.
func (ix *Index) sectionPassages() []passage {
	ix.passageOnce.Do(func() {
		for i, s := range ix.site.Sections {
			for _, p := range search.Passages(s.RelPermalink, "", "", []byte(s.Content())) {
				toks := map[string]bool{}
				for _, tok := range text.SearchTokens(p.Text) {
					toks[tok] = true
				}
				ix.passages = append(ix.passages, passage{id: p.URL, section: i, tokens: toks})
			}
		}
	})
	return ix.passages
}

// RelatedTerms lists the glossary terms mentioned in the same passages as
// term page p, most shared passages first.
func (ix *Index) RelatedTerms(p *content.Page) []*content.Page {
	ix.relatedOnce.Do(func() {
		// Which passages mention each term, then pairs.
		ps := ix.sectionPassages()
		byRel := map[string]*content.Page{}
		mentioned := map[string][]string{}
		for _, t := range ix.ofKind(string(content.KindTerm)) {
			byRel[t.Rel] = t
			for _, pa := range ps {
				if mentions(pa.tokens, t) {
					mentioned[t.Rel] = append(mentioned[t.Rel], pa.id)
				}
			}
		}
		ix.related = map[string][]*content.Page{}
		for rel, others := range briefmap.RelatedTerms(mentioned) {
			for _, o := range others {
				ix.related[rel] = append(ix.related[rel], byRel[o])
			}
		}
	})
	return ix.related[p.Rel]
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

// briefingMap counts, for each section and topic, the section's passages
// that the topic page lists (TopicPassages), so that a cell's number is what
// its link shows.
func (ix *Index) briefingMap() briefmap.Map {
	site := ix.site
	var m briefmap.Map
	tops := ix.ofKind(string(content.KindTopic))
	for _, t := range tops {
		m.Topics = append(m.Topics, briefmap.Topic{Slug: slugOf(t), Title: t.Title})
	}
	row := map[*content.Page]int{}
	for i, s := range site.Sections {
		row[s] = i
		m.Sections = append(m.Sections, briefmap.Section{Slug: slugOf(s), Title: s.Title})
		m.Counts = append(m.Counts, make([]int, len(tops)))
	}
	for j, t := range tops {
		for _, p := range ix.TopicPassages(t) {
			if i, ok := row[p.Section]; ok {
				m.Counts[i][j]++
			}
		}
	}
	return m
}
