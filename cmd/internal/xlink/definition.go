package xlink

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// PlainDefinition returns the text a reader should see in a term's
// popover, from the Markdown body of its glossary file: the words of the
// first paragraph, without markup and without the source link that ends
// it.
func PlainDefinition(body []byte) string {
	doc := goldmark.DefaultParser().Parse(text.NewReader(body))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() != ast.KindParagraph {
			continue
		}
		s := strings.Join(strings.Fields(plainText(n, body)), " ")
		if k := strings.LastIndex(s, "{#"); k >= 0 && strings.HasSuffix(s, "}") {
			s = strings.TrimSpace(s[:k])
		}
		return s
	}
	return ""
}

var _ = goldmark.New // goldmark's default parser is what the build's parser extends
