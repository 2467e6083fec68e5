package build

// Cross-linking: what glossary links and wiki-links in every page (the
// xlink goldmark extension) may point at. What the layouts show of the links
// made (mentions, backlinks, topic passages) is the Index (index.go).

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/content"
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
	// termsKey identifies the entries, which every page's rendering
	// depends on; targetsKey the targets, which only pages with
	// wiki-links depend on (for the rendered-Markdown cache).
	termsKey, targetsKey [32]byte
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
	copy(cl.termsKey[:], h.Sum(nil))
	h.Reset()
	keys := make([]string, 0, len(cl.targets))
	for k := range cl.targets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(h, "%s=%s\x00", k, cl.targets[k])
	}
	copy(cl.targetsKey[:], h.Sum(nil))
	return cl
}

// hasWikiLinks reports whether a rendering resolved wiki-links (known or
// not): only then does it depend on the wiki-link targets.
func hasWikiLinks(c *content.CrossLinks) bool {
	if c == nil {
		return false
	}
	if len(c.Unknown) > 0 {
		return true
	}
	for _, l := range c.Links {
		if l.Kind == "wiki" {
			return true
		}
	}
	return false
}

// Resolve implements xlink.Resolver.
func (cl *crossLinks) Resolve(target string) (string, bool) {
	u, ok := cl.targets[strings.ToLower(strings.Join(strings.Fields(strings.Trim(target, "/")), " "))]
	return u, ok
}

// crossDeps identifies what page p shows of other pages' rendered Markdown,
// for the rendered-page cache: through the Index (mentions, backlinks,
// topic passages, the briefing map, related terms), as term, topic,
// section, list and home pages do, or as its last execution did (last), or
// through its layout's fields (othersBodies), it changes with any page's
// rendered Markdown.
func crossDeps(m *model, p *content.Page, l *layout, last *pageDeps) []byte {
	switch {
	case p.Kind == content.KindTerm, p.Kind == content.KindTopic, p.Kind == content.KindSection, p.Kind == content.KindList, p.Kind == content.KindHome:
	case l.othersBodies, last != nil && (last.passages || len(last.links) > 0 || len(last.bodies) > 0):
	default:
		return nil
	}
	m.crossOnce.Do(func() {
		// Once per build, not once per page: the rendered Markdown of every page.
		h := sha256.New()
		for _, q := range m.pages {
			fmt.Fprintf(h, "%s %d\x00", q.Rel, m.mdID[q])
		}
		m.crossSum = h.Sum(nil)
	})
	return m.crossSum
}
