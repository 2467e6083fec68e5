// Package xlink is the goldmark extension that cross-links a briefing:
// it links the first mention of each glossary term on a page to the
// term's entry (with its definition for a hover and focus popover), and
// turns wiki-links — [[Term]], [[Term|shown text]], [[topics/slug]] —
// into links resolved by the build. It records, per page, every link it
// made and every wiki-link it could not resolve, so that the build can
// draw backlinks and the checker can report "path:line: unknown
// wiki-link [[X]]".
//
// Usage by the build:
//
//	md := goldmark.New(goldmark.WithExtensions(xlink.New(xlink.WithTerms(entries), xlink.WithResolver(r))))
//	pc := parser.NewContext()
//	xlink.SetPage(pc, xlink.Source{ID: "economics.md", NoLink: false})
//	md.Convert(body, &buf, parser.WithContext(pc))
//	res := xlink.ResultOf(pc) // links made, unknown wiki-links
//
// The extension is safe for concurrent use by many pages once built: its
// term matcher is read-only after New.
package xlink

import (
	"bytes"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Entry is a glossary term as the build knows it.
type Entry struct {
	// Names are the term and its aliases; any of them (or its plural) is
	// a mention.
	Names []string
	// URL is the address of the term's entry.
	URL string
	// Definition is the plain text shown in the popover; may be empty.
	Definition string
	// Page is the ID (see Source.ID) of the term's own page, which never
	// links the term to itself.
	Page string
}

// Resolver maps a wiki-link target ("BRICS", "topics/sanctions",
// "economics") to a URL. The build supplies it, because only the build
// knows every page.
type Resolver interface {
	Resolve(target string) (url string, ok bool)
}

// ResolverFunc adapts a function to Resolver.
type ResolverFunc func(target string) (string, bool)

// Resolve calls f.
func (f ResolverFunc) Resolve(target string) (string, bool) { return f(target) }

// Source says which page is being converted; set it on the parser.Context
// with SetPage before converting.
type Source struct {
	// ID identifies the page (its content path, e.g. "glossary/brics.md"),
	// matched against Entry.Page.
	ID string
	// NoLink turns automatic term linking off for the page (front matter
	// nolink: true). Wiki-links are still resolved.
	NoLink bool
}

// Link is a link xlink made on a page (content.CrossLink: the page model
// holds them).
type Link = content.CrossLink

// Snippet is the sentence around a term mention, as plain text ("" for a
// wiki-link).
func Snippet(l Link) string {
	if l.Block == "" {
		return ""
	}
	return snippet(l.Block, l.At)
}

// Unknown is a wiki-link whose target the resolver did not know.
type Unknown = content.UnknownLink

// Result is what xlink did to one page.
type Result = content.CrossLinks

var (
	pageKey   = parser.NewContextKey()
	resultKey = parser.NewContextKey()
)

// SetPage tells the extension which page pc belongs to.
func SetPage(pc parser.Context, p Source) { pc.Set(pageKey, p) }

func pageOf(pc parser.Context) Source {
	if p, ok := pc.Get(pageKey).(Source); ok {
		return p
	}
	return Source{}
}

// ResultOf returns the links made on the page parsed with pc (never nil).
func ResultOf(pc parser.Context) *Result {
	return pc.ComputeIfAbsent(resultKey, func() any { return &Result{} }).(*Result)
}

// Option configures the extension.
type Option func(*config)

type config struct {
	entries  []Entry
	openTags [][]byte // per entry: the opening tag of its links, escaped once
	matcher  *glossary.Matcher
	resolver Resolver
}

// WithTerms sets the glossary terms to link.
func WithTerms(entries []Entry) Option {
	return func(c *config) { c.entries = append(c.entries, entries...) }
}

// WithResolver sets how wiki-link targets become URLs. Without one, every
// wiki-link is unknown.
func WithResolver(r Resolver) Option { return func(c *config) { c.resolver = r } }

type extension struct{ cfg *config }

// New returns the extension.
func New(opts ...Option) goldmark.Extender {
	c := &config{}
	for _, o := range opts {
		o(c)
	}
	c.matcher = glossary.NewMatcher()
	c.openTags = make([][]byte, len(c.entries))
	for i, e := range c.entries {
		c.openTags[i] = termOpenTag(e.URL, e.Definition)
		for _, n := range e.Names {
			c.matcher.Add(n, i)
		}
	}
	return &extension{cfg: c}
}

func (e *extension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		// Before goldmark's link parser (200), which would read "[[" as a
		// bracket.
		parser.WithInlineParsers(util.Prioritized(&wikiParser{cfg: e.cfg}, 199)),
		parser.WithASTTransformers(util.Prioritized(&termLinker{cfg: e.cfg}, 500)),
	)
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(&htmlRenderer{}, 500)))
}

// lineOf returns the 1-based line of byte offset pos in src.
func lineOf(src []byte, pos int) int {
	if pos < 0 || pos > len(src) {
		return 0
	}
	return bytes.Count(src[:pos], []byte{'\n'}) + 1
}

// lineCounter turns increasing byte offsets into line numbers without
// rescanning the source from the start each time.
type lineCounter struct {
	src       []byte
	pos, line int
}

func (c *lineCounter) at(pos int) int {
	if c.line == 0 || pos < c.pos {
		c.pos, c.line = 0, 1
	}
	if pos > len(c.src) {
		pos = len(c.src)
	}
	c.line += bytes.Count(c.src[c.pos:pos], []byte{'\n'})
	c.pos = pos
	return c.line
}
