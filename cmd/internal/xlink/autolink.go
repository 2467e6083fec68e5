package xlink

import (
	"bytes"
	"html"
	"strings"
	"sync"
	"unicode"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// KindTermLink is the node kind of an automatic glossary link.
var KindTermLink = ast.NewNodeKind("TermLink")

// TermLink is the first mention of a glossary term on a page, linked to
// its entry. Its child is the mention as written.
type TermLink struct {
	ast.BaseInline
	URL        string
	Definition string
	openTag    []byte // termOpenTag(URL, Definition), shared by every link to the term
	textAt     int    // where the link starts in its block's plainText, once that is made
}

// Kind implements ast.Node.
func (n *TermLink) Kind() ast.NodeKind { return KindTermLink }

// Dump implements ast.Node.
func (n *TermLink) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"URL": n.URL}, nil)
}

// termLinker is the AST transformer that links first mentions.
type termLinker struct{ cfg *config }

// skipped reports whether mentions inside n are never linked: headings,
// links of every kind, code, raw HTML.
func skipped(n ast.Node) bool {
	switch n.Kind() {
	case ast.KindHeading, ast.KindLink, ast.KindAutoLink, ast.KindImage, ast.KindCodeSpan,
		ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindRawHTML,
		KindWikiLink, KindTermLink:
		return true
	}
	return false
}

func (t *termLinker) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	page := pageOf(pc)
	if page.NoLink || len(t.cfg.entries) == 0 {
		return
	}
	src := reader.Source()
	sc := scratchPool.Get().(*linkScratch)
	defer sc.release()
	texts := sc.texts[:0]
	rawAnchors := 0 // inline <a ...> tags open in raw HTML: text in them is already a link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if raw, ok := n.(*ast.RawHTML); ok {
			rawAnchors += anchorDepth(raw, src)
			if rawAnchors < 0 {
				rawAnchors = 0
			}
			return ast.WalkSkipChildren, nil
		}
		if _, ok := n.(*ast.Paragraph); ok {
			rawAnchors = 0 // an unclosed tag does not leak out of its paragraph
		}
		if skipped(n) {
			return ast.WalkSkipChildren, nil
		}
		if tx, ok := n.(*ast.Text); ok && !tx.IsRaw() && rawAnchors == 0 {
			texts = append(texts, tx)
		}
		return ast.WalkContinue, nil
	})
	sc.texts = texts
	linked := append(sc.linked[:0], make([]bool, len(t.cfg.entries))...) // by entry
	sc.linked = linked
	nLinked := 0
	for i, e := range t.cfg.entries {
		if page.ID != "" && e.Page == page.ID {
			linked[i] = true // never link a term on its own page
			nLinked++
		}
	}
	lines := &lineCounter{src: src}
	made := sc.made[:0]    // the links made, in order
	links := sc.links[:0]  // their nodes, parallel to made
	srcText := string(src) // once, for the matcher to read every text node from
	matches := sc.matches
	var nodes nodeAlloc
	for _, tx := range texts {
		if nLinked == len(t.cfg.entries) {
			break
		}
		seg := tx.Segment
		var value string
		if seg.Padding == 0 {
			value = srcText[seg.Start:seg.Stop]
		} else {
			value = string(seg.Value(src))
		}
		matches = t.cfg.matcher.AppendAll(matches[:0], value)
		if len(matches) == 0 {
			continue
		}
		parent := tx.Parent()
		done := 0 // bytes of value already moved out of tx
		for _, m := range matches {
			if linked[m.ID] {
				continue
			}
			linked[m.ID] = true
			nLinked++
			e := t.cfg.entries[m.ID]
			if m.Start > done {
				parent.InsertBefore(parent, tx, nodes.text(text.NewSegment(seg.Start+done, seg.Start+m.Start)))
			}
			link := nodes.link()
			link.URL, link.Definition, link.openTag = e.URL, e.Definition, t.cfg.openTags[m.ID]
			link.AppendChild(link, nodes.text(text.NewSegment(seg.Start+m.Start, seg.Start+m.End)))
			parent.InsertBefore(parent, tx, link)
			done = m.End
			made = append(made, Link{
				Kind: "term", Target: e.Names[0], URL: e.URL,
				Line: lines.at(seg.Start + m.Start),
			})
			links = append(links, link)
		}
		tx.Segment = seg.WithStart(seg.Start + done)
	}
	sc.made, sc.links, sc.matches = made, links, matches
	// Snippets once every text node is split, so none is read twice: the
	// plain text of a block is made once, for all the links in it.
	var block ast.Node
	var plain string
	for i, l := range links {
		if b := blockOf(l); b != block {
			block, plain = b, ""
			if b != nil {
				plain = plainText(b, src)
			}
		}
		if block != nil {
			made[i].Block, made[i].At = plain, l.textAt
		}
	}
	res := ResultOf(pc)
	res.Links = append(res.Links, made...) // one allocation of the right size
}

// nodeAlloc hands out the nodes of a page's term links from blocks of
// several, rather than one allocation per node: a page has dozens.
type nodeAlloc struct {
	texts []ast.Text
	links []TermLink
}

// text is ast.NewTextSegment(seg), from the current block.
func (a *nodeAlloc) text(seg text.Segment) *ast.Text {
	if len(a.texts) == 0 {
		a.texts = make([]ast.Text, 32)
	}
	n := &a.texts[0]
	a.texts = a.texts[1:]
	n.Segment = seg
	return n
}

// link is a new, empty TermLink from the current block.
func (a *nodeAlloc) link() *TermLink {
	if len(a.links) == 0 {
		a.links = make([]TermLink, 16)
	}
	n := &a.links[0]
	a.links = a.links[1:]
	return n
}

// linkScratch is a Transform's working memory, reused across pages.
type linkScratch struct {
	texts   []*ast.Text
	linked  []bool
	made    []Link
	links   []*TermLink
	matches []glossary.Match
}

// release returns sc to the pool, holding no page's nodes or strings.
func (sc *linkScratch) release() {
	clear(sc.texts)
	clear(sc.made)
	clear(sc.links)
	scratchPool.Put(sc)
}

var scratchPool = sync.Pool{New: func() any { return &linkScratch{} }}

// blockOf is the block holding inline node n.
func blockOf(n ast.Node) ast.Node {
	b := n.Parent()
	for b != nil && b.Type() != ast.TypeBlock {
		b = b.Parent()
	}
	return b
}

// plainText returns the text of block as a reader sees it, without the
// source links that end a briefing paragraph, and notes in each term link
// where it starts.
func plainText(block ast.Node, src []byte) string {
	var b strings.Builder
	if lines := block.Lines(); lines != nil && lines.Len() > 0 {
		b.Grow(lines.At(lines.Len()-1).Stop - lines.At(0).Start)
	}
	_ = ast.Walk(block, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *TermLink:
			n.textAt = b.Len()
		case *ast.Link:
			if bytes.Contains(n.Destination, []byte("sources/")) {
				return ast.WalkSkipChildren, nil
			}
		case *ast.Text:
			v := n.Segment.Value(src)
			if prev, ok := n.PreviousSibling().(*ast.Link); ok && bytes.Contains(prev.Destination, []byte("sources/")) && len(bytes.Trim(v, " ,\t\n")) == 0 {
				return ast.WalkContinue, nil // the ", " of a source list
			}
			if !n.IsRaw() && bytes.IndexByte(v, '\\') >= 0 {
				v = util.UnescapePunctuations(v)
			}
			b.Write(v)
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			// Typographer output is an HTML entity ("&rsquo;"): the
			// snippet is text, so decode it.
			b.WriteString(html.UnescapeString(string(n.Value)))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// snippet returns the sentence of s, the plain text of a block, around
// the mention at byte offset at.
func snippet(s string, at int) string {
	start, end := 0, len(s)
	for i := at - 1; i > 0 && i > at-maxSnippet/2; i-- {
		if (s[i-1] == '.' || s[i-1] == '!' || s[i-1] == '?') && s[i] == ' ' {
			start = i + 1
			break
		}
	}
	for i := at; i < len(s)-1 && i < at+maxSnippet/2; i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && i+2 < len(s) && unicode.IsUpper(rune(s[i+2])) {
			end = i + 1
			break
		}
	}
	// Without sentence ends nearby, a window of text around the mention.
	pre, post := "", ""
	if at-start > maxSnippet/2 {
		start = wordStart(s, at-maxSnippet/2)
		pre = "… "
	}
	if end-at > maxSnippet/2 {
		end = wordEnd(s, at+maxSnippet/2)
		post = " …"
	}
	out := strings.TrimSpace(s[start:end])
	// A trailing block attribute ({#L14}) is markup, not text.
	if strings.HasSuffix(out, "}") {
		if k := strings.LastIndex(out, "{#"); k >= 0 {
			out = strings.TrimSpace(out[:k])
		}
	}
	return pre + out + post
}

// maxSnippet bounds a snippet, in bytes, when no sentence end is near.
const maxSnippet = 240

// wordStart moves i forward to the start of a word.
func wordStart(s string, i int) int {
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return min(i+1, len(s))
}

// wordEnd moves i forward to the end of a word.
func wordEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return i
}

// anchorDepth returns +1 for a raw "<a ...>" tag, -1 for "</a>", else 0.
func anchorDepth(raw *ast.RawHTML, src []byte) int {
	var b strings.Builder
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		b.Write(seg.Value(src))
	}
	tag := strings.ToLower(b.String())
	switch {
	case strings.HasPrefix(tag, "<a ") || strings.HasPrefix(tag, "<a>") || strings.HasPrefix(tag, "<a\n"):
		return 1
	case strings.HasPrefix(tag, "</a"):
		return -1
	}
	return 0
}
