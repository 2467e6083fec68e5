package markdown

import (
	"strconv"

	"github.com/yuin/goldmark/ast"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// IDs is the set of element ids of one page. It implements goldmark's
// parser.IDs, so headings get slug ids, and it de-duplicates every id the
// page gives out: the second "intro" becomes "intro-2", then "intro-3".
type IDs struct {
	used  map[string]bool
	order []string
}

// NewIDs returns an empty id set for one page.
func NewIDs() *IDs { return &IDs{used: map[string]bool{}} }

// Generate returns a fresh id for a node whose text is value.
func (s *IDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := text.Slug(string(value))
	if base == "" {
		if kind == ast.KindHeading {
			base = "heading"
		} else {
			base = "id"
		}
	}
	return []byte(s.Unique(base))
}

// Put records an id the author wrote ({#id}).
func (s *IDs) Put(value []byte) {
	id := string(value)
	if !s.used[id] {
		s.used[id] = true
		s.order = append(s.order, id)
	}
}

// Unique returns base, or base-2, base-3... whichever is not taken yet, and takes it.
func (s *IDs) Unique(base string) string {
	id := base
	for n := 2; s.used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	s.Put([]byte(id))
	return id
}

// Has reports whether id is taken.
func (s *IDs) Has(id string) bool { return s.used[id] }
