package build

import (
	"html/template"
	"slices"
	"text/template/parse"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// pageDeps is what one execution of a page's layout read of other pages
// beyond their front matter and URLs (which every page may show: an edit of
// those takes the full build). The template functions record it (funcs.go)
// while the page executes; an edit then re-executes only the pages whose
// deps it touches (quickBuild).
type pageDeps struct {
	// links are the pages whose incoming links the page showed
	// (backlinks, "Mentioned in"), by content path.
	links []string
	// bodies are the pages whose rendered Markdown the page showed through
	// a function (termDefinition), by content path.
	bodies []string
	// passages is set when the page showed the section passages (topic
	// passages, topics of a section, the briefing map, related terms).
	passages bool
	// othersBodies is set when the page's layout can show another page's
	// rendered Markdown through its fields (readsOthersBodies);
	// othersPages when it can list pages other than its own children
	// through page fields (.Parent.Pages, .Site.Pages: readsOthersPages).
	othersBodies, othersPages bool
	// kinds are the kinds of pages the page listed (pagesOfKind).
	kinds []string
	// layout is the key of the layout executed (its files).
	layout [32]byte
}

func (d *pageDeps) link(p *content.Page) {
	if d != nil && !slices.Contains(d.links, p.Rel) {
		d.links = append(d.links, p.Rel)
	}
}

func (d *pageDeps) body(p *content.Page) {
	if d != nil && !slices.Contains(d.bodies, p.Rel) {
		d.bodies = append(d.bodies, p.Rel)
	}
}

func (d *pageDeps) kind(k string) {
	if d != nil && !slices.Contains(d.kinds, k) {
		d.kinds = append(d.kinds, k)
	}
}

// showsTitles reports whether the page may show the titles of pages of
// kind (a title edit of one) other than its children and the pages it
// recorded links of.
func (d *pageDeps) showsTitles(kind content.Kind) bool {
	return d == nil || d.othersPages || slices.Contains(d.kinds, string(kind))
}

func (d *pageDeps) passage() {
	if d != nil {
		d.passages = true
	}
}

// touchedBy reports whether an edit of the rendered Markdown of the pages in
// edited (content paths), moving the links of the pages in linked, or the
// passages of a section (sections), changes what the page showed.
func (d *pageDeps) touchedBy(edited, linked map[string]bool, sections bool) bool {
	if d == nil {
		return false
	}
	if d.othersBodies || d.passages && sections {
		return true
	}
	for _, rel := range d.links {
		if linked[rel] {
			return true
		}
	}
	for _, rel := range d.bodies {
		if edited[rel] {
			return true
		}
	}
	return false
}

// bodyFields are the page fields that come from its rendered Markdown.
var bodyFields = map[string]bool{"Content": true, "Summary": true, "TableOfContents": true, "Headings": true,
	"Links": true, "URLLinks": true, "Anchors": true, "Cross": true, "RawHTML": true, "HasAnchor": true}

// readsOthersBodies reports whether a layout set can show another page's
// rendered Markdown through page fields: a body field read inside range or
// with (where dot is no longer the page), through a chain (.Parent.Content)
// or a variable other than $, or by a template called with another dot.
func readsOthersBodies(set *template.Template) bool { return readsOthers(set, bodyFields) }

// readsOthersPages reports whether a layout set can list pages other than
// the page's own children through page fields: .Pages read of another page
// than dot (.Parent.Pages, .Site.Pages, inside range or with), as
// readsOthersBodies finds body fields.
func readsOthersPages(set *template.Template) bool {
	return readsOthers(set, map[string]bool{"Pages": true})
}

// readsOthers reports whether a layout set reads one of fields of another
// page than dot (readsOthersBodies).
func readsOthers(set *template.Template, fields map[string]bool) bool {
	own := map[string]bool{} // template name -> reads a body field of its dot
	var calls []string       // templates called with another dot
	for _, t := range set.Templates() {
		if t.Tree == nil || t.Tree.Root == nil {
			continue
		}
		w := &bodyWalk{want: fields}
		w.node(t.Tree.Root, false)
		if w.other {
			return true
		}
		own[t.Name()] = w.own
		calls = append(calls, w.calls...)
	}
	for _, c := range calls {
		if own[c] {
			return true
		}
	}
	return false
}

type bodyWalk struct {
	want       map[string]bool // the fields looked for
	own, other bool
	calls      []string
}

func (w *bodyWalk) node(n parse.Node, away bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			w.node(c, away)
		}
	case *parse.ActionNode:
		w.pipe(n.Pipe, away)
	case *parse.IfNode:
		w.branch(&n.BranchNode, away, away)
	case *parse.RangeNode: // in the body, dot is no longer the page
		w.branch(&n.BranchNode, away, true)
	case *parse.WithNode: // likewise
		w.branch(&n.BranchNode, away, true)
	case *parse.TemplateNode:
		w.pipe(n.Pipe, away)
		if away || !isDot(n.Pipe) {
			w.calls = append(w.calls, n.Name)
		}
	}
}

// branch walks an if, range or with: its pipeline and else branch with the
// surrounding dot (away as given), its body with bodyAway.
func (w *bodyWalk) branch(n *parse.BranchNode, away, bodyAway bool) {
	w.pipe(n.Pipe, away)
	w.node(n.List, bodyAway)
	w.node(n.ElseList, away)
}

// isDot reports whether a pipeline is "." or "$" (the page itself).
func isDot(p *parse.PipeNode) bool {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.DotNode:
		return true
	case *parse.VariableNode:
		return len(a.Ident) == 1 && a.Ident[0] == "$"
	}
	return false
}

func (w *bodyWalk) pipe(p *parse.PipeNode, away bool) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			w.arg(a, away)
		}
	}
}

func (w *bodyWalk) arg(a parse.Node, away bool) {
	switch a := a.(type) {
	case *parse.FieldNode:
		w.fields(a.Ident, away)
	case *parse.VariableNode:
		if a.Ident[0] == "$" {
			w.fields(a.Ident[1:], false) // $ is the page, wherever it is read
		} else {
			w.fields(a.Ident[1:], true)
		}
	case *parse.ChainNode:
		w.arg(a.Node, away)
		w.fields(a.Field, true)
	case *parse.PipeNode:
		w.pipe(a, away)
	}
}

// fields notes the body fields in a field chain; the first one is the
// dot's own unless away.
func (w *bodyWalk) fields(ident []string, away bool) {
	for i, f := range ident {
		if !w.want[f] {
			continue
		}
		if i == 0 && !away {
			w.own = true
		} else {
			w.other = true
		}
	}
}
