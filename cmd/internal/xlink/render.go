package xlink

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// htmlRenderer renders the two node kinds of the extension.
//
// A term link is <a class="term" href="..." data-definition="...">: the
// stylesheet shows data-definition in a popover on :hover and
// :focus-visible, so the definition needs no JavaScript and is reachable
// by keyboard (the link is focusable); the term's page, one activation
// away, carries the definition for every reader.
type htmlRenderer struct{}

func (r *htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindTermLink, r.renderTermLink)
	reg.Register(KindWikiLink, r.renderWikiLink)
}

func (r *htmlRenderer) renderTermLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*TermLink)
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	if n.openTag != nil {
		_, _ = w.Write(n.openTag)
		return ast.WalkContinue, nil
	}
	_, _ = w.Write(termOpenTag(n.URL, n.Definition))
	return ast.WalkContinue, nil
}

// termOpenTag is the opening <a> tag of a term link. The extension makes
// it once per term: a term is linked on thousands of pages.
func termOpenTag(url, definition string) []byte {
	b := []byte(`<a class="term" href="`)
	b = append(b, util.EscapeHTML(util.URLEscape([]byte(url), true))...)
	b = append(b, '"')
	if definition != "" {
		b = append(b, ` data-definition="`...)
		b = append(b, util.EscapeHTML([]byte(definition))...)
		b = append(b, '"')
	}
	return append(b, '>')
}

func (r *htmlRenderer) renderWikiLink(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*WikiLink)
	if n.URL == "" {
		// Unknown target: the text alone; the checker reports it.
		if entering {
			_, _ = w.WriteString(`<span class="wikilink-missing">`)
		} else {
			_, _ = w.WriteString("</span>")
		}
		return ast.WalkContinue, nil
	}
	if entering {
		_, _ = w.WriteString(`<a class="wikilink" href="`)
		_, _ = w.Write(util.EscapeHTML(util.URLEscape([]byte(n.URL), true)))
		_, _ = w.WriteString(`">`)
	} else {
		_, _ = w.WriteString("</a>")
	}
	return ast.WalkContinue, nil
}
