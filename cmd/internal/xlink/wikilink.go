package xlink

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// KindWikiLink is the node kind of a wiki-link.
var KindWikiLink = ast.NewNodeKind("WikiLink")

// WikiLink is [[Target]] or [[Target|label]]. Its children are the text
// shown. URL is empty when the target is unknown; it then renders as
// plain text.
type WikiLink struct {
	ast.BaseInline
	Target string
	URL    string
}

// Kind implements ast.Node.
func (n *WikiLink) Kind() ast.NodeKind { return KindWikiLink }

// Dump implements ast.Node.
func (n *WikiLink) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Target": n.Target, "URL": n.URL}, nil)
}

type wikiParser struct{ cfg *config }

func (p *wikiParser) Trigger() []byte { return []byte{'['} }

// ParseWikiLink splits the inside of a wiki-link line that starts with
// "[[" into its target and label. It returns ok=false when line does not
// start a well-formed wiki-link: the closing "]]" must be on the same
// line, with a non-empty target and no brackets inside. n is the length
// of the whole "[[...]]" and labelAt the offset of the label in line (-1
// without one).
func ParseWikiLink(line []byte) (target, label string, labelAt, n int, ok bool) {
	if !bytes.HasPrefix(line, []byte("[[")) {
		return "", "", -1, 0, false
	}
	end := bytes.Index(line[2:], []byte("]]"))
	if end < 0 {
		return "", "", -1, 0, false
	}
	inner := line[2 : 2+end]
	if bytes.ContainsAny(inner, "[]\n\r") {
		return "", "", -1, 0, false
	}
	labelAt = -1
	t := inner
	if bar := bytes.IndexByte(inner, '|'); bar >= 0 {
		t = inner[:bar]
		l := inner[bar+1:]
		trimmed := bytes.TrimLeft(l, " \t")
		labelAt = 2 + bar + 1 + (len(l) - len(trimmed))
		label = strings.TrimSpace(string(l))
		if label == "" {
			labelAt = -1
		}
	}
	target = strings.Join(strings.Fields(string(t)), " ")
	if target == "" {
		return "", "", -1, 0, false
	}
	return target, label, labelAt, 2 + end + 2, true
}

func (p *wikiParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	target, label, labelAt, n, ok := ParseWikiLink(line)
	if !ok {
		return nil
	}
	node := &WikiLink{Target: target}
	if label != "" {
		start := seg.Start + labelAt
		node.AppendChild(node, ast.NewTextSegment(text.NewSegment(start, start+len(label))))
	} else {
		node.AppendChild(node, ast.NewString([]byte(displayName(target))))
	}
	block.Advance(n)

	src := block.Source()
	res := ResultOf(pc)
	lineNo := lineOf(src, seg.Start)
	if p.cfg.resolver != nil {
		if url, ok := p.cfg.resolver.Resolve(target); ok {
			node.URL = url
			res.Links = append(res.Links, Link{Kind: "wiki", Target: target, URL: url, Line: lineNo})
			return node
		}
	}
	res.Unknown = append(res.Unknown, Unknown{Target: target, Line: lineNo})
	return node
}

// displayName is the text shown for a wiki-link without a label: the
// target's last path element, with hyphens as spaces for slugs
// ("topics/workforce-skills" -> "workforce skills").
func displayName(target string) string {
	if i := strings.LastIndexByte(target, '/'); i >= 0 && i < len(target)-1 {
		return strings.ReplaceAll(target[i+1:], "-", " ")
	}
	return target
}
