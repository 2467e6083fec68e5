// Package markdown renders the Markdown of one content page to HTML with
// goldmark, and reports what the build needs beyond the HTML: the headings
// (for a table of contents), the ids on the page (link targets) and the
// links to other content pages (so that missing pages and anchors fail the
// build, and so that backlinks and topic pages can be made from them).
package markdown

import (
	"bytes"
	"html"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/xlink"
)

// Heading is one heading of a page, for its table of contents.
type Heading = content.Heading

// Link is a link from a page to a content page (or to an anchor on itself).
type Link = content.Link

// Result is one rendered page.
type Result struct {
	HTML     []byte
	TOC      []byte // nested <ul> of the headings (level 2 and deeper); empty without any
	Headings []Heading
	IDs      []string // every id on the page, in the order given out
	Links    []Link
	// URLs are the links written as site URLs ("/economics/", "nope/",
	// "../x/#a") rather than .md paths: URL as rendered, Line; the build
	// checks them against its output.
	URLs []Link
	// RawHTML are the file lines of raw HTML (a block or an inline tag),
	// which the renderer leaves out: pages never carry an author's
	// <script> or <iframe>. `briefing check` warns at each.
	RawHTML []int
	Errors  []*diag.Error // links to missing pages, and the like
	// Cross is what the xlink extension (if installed) did: glossary links
	// and wiki-links made, unknown wiki-links; lines are file lines.
	Cross *xlink.Result
}

// Source says where the Markdown comes from, for link resolution and messages.
type Source struct {
	Path     string // as the user names it: "content/economics.md"
	Rel      string // content-relative: "economics.md"
	BodyLine int    // file line on which the Markdown starts
	// NoLink turns automatic glossary links off (front matter nolink: true).
	NoLink bool
}

// Converter renders pages. It is safe for concurrent use; make one per
// build, since it carries the link resolver and base path.
type Converter struct {
	md goldmark.Markdown
}

// New returns a converter with GFM, footnotes, typographer, heading
// attributes and slug ids, and the content-link transformer configured by opts.
func New(opts ...Option) *Converter {
	cl := NewContentLinks(opts...)
	md := goldmark.New(
		goldmark.WithExtensions(append([]goldmark.Extender{
			extension.GFM,
			extension.Footnote,
			extension.Typographer,
			cl,
		}, cl.(*contentLinks).extra...)...),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithAttribute(),
		),
	)
	return &Converter{md: md}
}

// renderBuffers are the buffers Convert renders into, reused across pages
// so that each page's HTML is not grown by doubling from scratch.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Convert renders src, the Markdown body of page.
func (c *Converter) Convert(src []byte, page Source) (*Result, error) {
	ids := NewIDs()
	st := &pageState{page: page, src: src, ids: ids}
	pc := parser.NewContext(parser.WithIDs(ids))
	pc.Set(pageStateKey, st)
	xlink.SetPage(pc, xlink.Source{ID: page.Rel, NoLink: page.NoLink})
	doc := c.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer renderBuffers.Put(buf)
	buf.Reset()
	if err := c.md.Renderer().Render(buf, src, doc); err != nil {
		return nil, err
	}
	// An exact copy: the page's HTML lives as long as the build, and the
	// pooled buffer's spare room would live with it.
	res := &Result{HTML: bytes.Clone(buf.Bytes()), Links: st.links, URLs: st.urls, RawHTML: st.rawHTML, Errors: st.errs, Cross: xlink.ResultOf(pc)}
	// xlink counts lines in the body; messages name file lines.
	if off := page.BodyLine - 1; off > 0 {
		for i := range res.Cross.Links {
			res.Cross.Links[i].Line += off
		}
		for i := range res.Cross.Unknown {
			res.Cross.Unknown[i].Line += off
		}
	}
	res.Headings = headings(doc, src)
	res.TOC = renderTOC(res.Headings)
	res.IDs = ids.order
	return res, nil
}

func headings(doc ast.Node, src []byte) []Heading {
	var hs []Heading
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if h, ok := n.(*ast.Heading); ok {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			hs = append(hs, Heading{Level: h.Level, ID: string(idb), Text: plainText(h, src)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return hs
}

// plainText is the text of n without markup, with typographer entities
// turned back into characters (the layouts escape it again).
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				// "7\.4" is written "7.4" (the escape keeps a line
				// from opening a list), and so is "&amp;" "&".
				v := c.Segment.Value(src)
				if !c.IsRaw() {
					v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
				}
				b.Write(v)
				if c.SoftLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.WriteString(html.UnescapeString(string(c.Value)))
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return string(bytes.TrimSpace(b.Bytes()))
}

// renderTOC nests the headings of level 2 and deeper into <ul> lists.
func renderTOC(hs []Heading) []byte {
	var b bytes.Buffer
	var stack []int
	for _, h := range hs {
		if h.Level < 2 || h.ID == "" {
			continue
		}
		switch {
		case len(stack) == 0:
			b.WriteString("<ul>")
			stack = append(stack, h.Level)
		case h.Level > stack[len(stack)-1]:
			b.WriteString("<ul>")
			stack = append(stack, h.Level)
		default:
			for len(stack) > 1 && h.Level < stack[len(stack)-1] {
				b.WriteString("</li></ul>")
				stack = stack[:len(stack)-1]
			}
			b.WriteString("</li>")
		}
		b.WriteString(`<li><a href="#`)
		b.WriteString(html.EscapeString(h.ID))
		b.WriteString(`">`)
		b.WriteString(html.EscapeString(h.Text))
		b.WriteString("</a>")
	}
	for range stack {
		b.WriteString("</li></ul>")
	}
	return b.Bytes()
}

// lineOf returns the file line of byte offset off in the body.
func (st *pageState) lineOf(off int) int {
	if off < 0 || off > len(st.src) {
		return st.page.BodyLine
	}
	return st.page.BodyLine + bytes.Count(st.src[:off], []byte("\n"))
}
