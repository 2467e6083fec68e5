package markdown

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// Resolver maps the content-relative path of a .md file ("sources/x.md") to
// the URL its page is published at, as it should appear in an href.
type Resolver func(rel string) (href string, ok bool)

// Option configures the content-link transformer.
type Option func(*contentLinks)

// WithResolver sets how links to .md files become page URLs. Without one,
// such links are left as written.
func WithResolver(r Resolver) Option { return func(c *contentLinks) { c.resolve = r } }

// WithBasePath makes root-relative links ("/economics/") honour the site's
// base path ("/repo/"), so a site published under a sub-path keeps working.
func WithBasePath(p string) Option { return func(c *contentLinks) { c.basePath = p } }

// WithAssets sets how an image's site path ("img/x.png", no leading slash,
// base path removed) is checked: an image that does not exist is an error.
// Without it, images are not checked.
func WithAssets(exists func(sitePath string) bool) Option {
	return func(c *contentLinks) { c.assetExists = exists }
}

// WithSourcesDir names the content directory whose pages are sources
// (default "sources"): a paragraph-final link into it is a provenance link.
func WithSourcesDir(dir string) Option {
	return func(c *contentLinks) { c.sourcesDir = strings.Trim(dir, "/") }
}

// contentLinks is a goldmark extension: an AST transformer that
//  1. gives a paragraph ending in " {#id}" that id;
//  2. rewrites relative links to .md files into page URLs and records them
//     (a link to a missing page is an error);
//  3. marks the links into the sources directory that end a paragraph (a
//     source list, see package provenance) with class "source-link" and
//     gives the paragraph the id "<first source>-<anchor>".
type contentLinks struct {
	resolve    Resolver
	basePath   string
	sourcesDir string
	// assetExists says whether an image's file is in the site; see WithAssets.
	assetExists func(sitePath string) bool
	extra       []goldmark.Extender // see WithExtension
}

// WithExtension adds a goldmark extension to the converter (the build adds
// xlink's glossary links and wiki-links this way).
func WithExtension(e goldmark.Extender) Option {
	return func(c *contentLinks) { c.extra = append(c.extra, e) }
}

// NewContentLinks returns the extension; New installs it already.
func NewContentLinks(opts ...Option) goldmark.Extender {
	c := &contentLinks{sourcesDir: "sources"}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *contentLinks) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(c, 100)))
}

var pageStateKey = parser.NewContextKey()

// pageState is the per-page state the transformer reads and fills in.
type pageState struct {
	page  Source
	src   []byte
	ids   *IDs
	links []Link
	urls  []Link // links written as site URLs
	// rawHTML are the lines of raw HTML, which the renderer drops
	rawHTML []int
	errs    []*diag.Error
}

func (c *contentLinks) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	st, _ := pc.Get(pageStateKey).(*pageState)
	if st == nil {
		st = &pageState{src: reader.Source(), ids: NewIDs(), page: Source{BodyLine: 1}}
	}
	src := reader.Source()
	var paras []ast.Node             // paragraphs, and the text of tight list items (goldmark gives those no paragraph)
	linkIndex := map[*ast.Link]int{} // link node -> index in st.links
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph:
			paras = append(paras, n)
		case *ast.TextBlock:
			if _, ok := n.Parent().(*ast.ListItem); ok {
				paras = append(paras, n)
			}
		case *ast.Link:
			if i, ok := c.rewrite(n, st); ok {
				linkIndex[n] = i
			}
		case *ast.Image:
			c.image(n, st)
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				st.rawHTML = append(st.rawHTML, st.lineOf(n.Segments.At(0).Start))
			}
		case *ast.HTMLBlock:
			st.rawHTML = append(st.rawHTML, st.lineOf(blockStart(n)))
		}
		return ast.WalkContinue, nil
	})
	for _, p := range paras {
		// The id of a tight list item's text goes on its item: the text
		// is rendered without an element of its own.
		holder := p
		if _, ok := p.(*ast.TextBlock); ok {
			holder = p.Parent()
		}
		if id := takeTrailingID(p, src); id != "" {
			if st.ids.Has(id) {
				st.errs = append(st.errs, diag.Errorf(st.page.Path, st.lineOf(blockStart(p)), "id %q is used twice on this page", id))
			} else {
				st.ids.Put([]byte(id))
			}
			holder.SetAttributeString("id", []byte(id))
		}
		run := c.sourceRun(p, src, st, linkIndex)
		if len(run) == 0 {
			continue
		}
		id, has := holder.AttributeString("id")
		para := ""
		if has {
			para = string(id.([]byte))
		} else {
			// Named after the paragraph's first source (its own
			// wording), which does not change when another outlet
			// that says the same is listed after it.
			l := st.links[run[0]]
			base := strings.TrimSuffix(path.Base(l.Target), ".md")
			if l.Fragment != "" {
				base += "-" + l.Fragment
			}
			para = st.ids.Unique(base)
			holder.SetAttributeString("id", []byte(para))
		}
		for _, i := range run {
			st.links[i].Source = true
			st.links[i].Paragraph = para
		}
	}
}

// sourceRun returns the provenance links that end paragraph p, in text
// order: the last meaningful node is a link into the sources directory, and
// so is every link before it separated only by spaces and commas (one
// source list, see package provenance). Each is marked "source-link".
func (c *contentLinks) sourceRun(p ast.Node, src []byte, st *pageState, linkIndex map[*ast.Link]int) []int {
	var run []int
	for n := lastMeaningful(p, src); n != nil; n = n.PreviousSibling() {
		if t, ok := n.(*ast.Text); ok && len(run) > 0 && strings.Trim(string(t.Segment.Value(src)), " ,\t\n") == "" {
			continue
		}
		link, ok := n.(*ast.Link)
		if !ok {
			break
		}
		i, ok := linkIndex[link]
		if !ok || !strings.HasPrefix(st.links[i].Target, c.sourcesDir+"/") {
			break
		}
		link.SetAttributeString("class", []byte("source-link"))
		run = append([]int{i}, run...)
	}
	return run
}

// rewrite resolves one link. It returns the index of the recorded Link when
// the link points at a content page (or an anchor of this page).
func (c *contentLinks) rewrite(n *ast.Link, st *pageState) (int, bool) {
	dest := string(n.Destination)
	switch {
	case dest == "" || strings.HasPrefix(dest, "//") || hasScheme(dest):
		return 0, false
	case strings.HasPrefix(dest, "#"):
		frag := dest[1:]
		st.links = append(st.links, Link{Target: st.page.Rel, Fragment: frag, URL: dest, Line: st.lineOf(nodeStart(n))})
		return len(st.links) - 1, true
	case strings.HasPrefix(dest, "/"):
		if c.basePath != "" && c.basePath != "/" && !strings.HasPrefix(dest, c.basePath) {
			n.Destination = []byte(c.basePath + dest[1:])
		}
		st.urls = append(st.urls, Link{URL: string(n.Destination), Line: st.lineOf(nodeStart(n))})
		return 0, false
	}
	p, frag, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if !strings.HasSuffix(p, ".md") || c.resolve == nil {
		st.urls = append(st.urls, Link{URL: dest, Line: st.lineOf(nodeStart(n))})
		return 0, false
	}
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	line := st.lineOf(nodeStart(n))
	target := path.Join(path.Dir(st.page.Rel), p)
	if strings.HasPrefix(target, "../") {
		st.errs = append(st.errs, diag.Errorf(st.page.Path, line, "link to %s leaves content/; link to a page inside content/", dest))
		return 0, false
	}
	href, ok := c.resolve(target)
	if !ok {
		st.errs = append(st.errs, diag.Errorf(st.page.Path, line, "link to %s: there is no page content/%s; fix the link or add the page", dest, target))
		return 0, false
	}
	if frag != "" {
		href += "#" + frag
	}
	n.Destination = []byte(href)
	st.links = append(st.links, Link{Target: target, Fragment: frag, URL: href, Line: line})
	return len(st.links) - 1, true
}

// image gives a root-relative image ("/img/x.png") the base path, as links
// get it, and makes a relative one ("img/x.png" on content/notes/a.md)
// root-relative to the page's directory ("/notes/img/x.png"), since a page's
// own URL is a directory (/notes/a/) a relative path would miss. Either must
// name a file of the site (a static/ file): a missing one is an error.
func (c *contentLinks) image(n *ast.Image, st *pageState) {
	dest := string(n.Destination)
	if dest == "" || strings.HasPrefix(dest, "//") || hasScheme(dest) || strings.HasPrefix(dest, "#") {
		return
	}
	p, _, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	base := c.basePath
	if base == "" {
		base = "/"
	}
	var site string
	switch {
	case strings.HasPrefix(p, base):
		site = strings.TrimPrefix(p, base)
	case strings.HasPrefix(p, "/"):
		site = p[1:]
	default:
		site = path.Join(path.Dir(st.page.Rel), p)
		if strings.HasPrefix(site, "../") || site == ".." {
			st.errs = append(st.errs, diag.Errorf(st.page.Path, st.lineOf(nodeStart(n)), "image %s leaves the site; put the image in static/ and write its path from there (/img/x.png)", dest))
			return
		}
	}
	site = path.Clean("/" + site)[1:]
	rest := "" // the query and fragment, kept as written
	if i := strings.IndexAny(dest, "?#"); i >= 0 {
		rest = dest[i:]
	}
	n.Destination = []byte(base + site + rest)
	if c.assetExists != nil && !c.assetExists(site) {
		st.errs = append(st.errs, diag.Errorf(st.page.Path, st.lineOf(nodeStart(n)), "image %s: there is no file static/%s; add it or fix the path", dest, site))
	}
}

var schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

func hasScheme(s string) bool { return schemeRe.MatchString(s) }

// nodeStart finds a byte offset for an inline node (which has no position
// of its own): its first text, else the start of its block.
func nodeStart(n ast.Node) int {
	var off = -1
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off >= 0 {
		return off
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock {
			return blockStart(p)
		}
	}
	return 0
}

func blockStart(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return -1
}

// trailingIDRe matches " {#id}" at the end of a paragraph's text.
var trailingIDRe = regexp.MustCompile(`(?:^|[ \t\n])\{#([A-Za-z0-9_][A-Za-z0-9_:.\-]*)\}[ \t\n]*$`)

// takeTrailingID removes a trailing " {#id}" from paragraph p and returns
// the id, or returns "" when the paragraph does not end in one. The marker
// may be split over several text nodes (goldmark splits at "_" and the like).
func takeTrailingID(p ast.Node, src []byte) string {
	var tail []*ast.Text // trailing text nodes, last first
	for c := p.LastChild(); c != nil; c = c.PreviousSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			break
		}
		tail = append(tail, t)
	}
	if len(tail) == 0 || !endsInBrace(tail, src) {
		return "" // most paragraphs: no need to join the text and run the regexp
	}
	var buf []byte
	for i := len(tail) - 1; i >= 0; i-- {
		buf = append(buf, tail[i].Segment.Value(src)...)
	}
	m := trailingIDRe.FindSubmatchIndex(buf)
	if m == nil {
		return ""
	}
	id := string(buf[m[2]:m[3]])
	remove := len(buf) - m[0]
	for _, t := range tail {
		l := t.Segment.Len()
		if l <= remove {
			remove -= l
			p.RemoveChild(p, t)
			continue
		}
		t.Segment = t.Segment.WithStop(t.Segment.Stop - remove)
		t.SetSoftLineBreak(false)
		t.SetHardLineBreak(false)
		break
	}
	return id
}

// endsInBrace reports whether the text of tail (last node first) ends in
// "}" before any trailing white space, as a " {#id}" marker does.
func endsInBrace(tail []*ast.Text, src []byte) bool {
	for _, t := range tail {
		v := t.Segment.Value(src)
		for i := len(v) - 1; i >= 0; i-- {
			switch v[i] {
			case ' ', '\t', '\n':
				continue
			case '}':
				return true
			}
			return false
		}
	}
	return false
}

// lastMeaningful is the last child of p that is not blank text.
func lastMeaningful(p ast.Node, src []byte) ast.Node {
	for c := p.LastChild(); c != nil; c = c.PreviousSibling() {
		if t, ok := c.(*ast.Text); ok && len(strings.TrimSpace(string(t.Segment.Value(src)))) == 0 {
			continue
		}
		return c
	}
	return nil
}
