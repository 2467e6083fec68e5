package importer

import (
	"strconv"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

// An article written as a list ("- item", "1. item") keeps it as a list:
// each item is a claim like a sentence for de-duplication, but the
// briefing writes it back as a list item, in the source's order, and a
// list stays whole in one section (a ranking split across sections would
// read as unrelated claims, and lose its order).

// lists numbers the lists of every article: for each article, the list
// each block belongs to (-1 for a block that is not a list item). A list
// is a run of item blocks with only blank lines between them.
func lists(m *Model) [][]int {
	out := make([][]int, len(m.Articles))
	id := 0
	for ai, a := range m.Articles {
		out[ai] = make([]int, len(a.Blocks))
		in := false
		for bi, b := range a.Blocks {
			out[ai][bi] = -1
			switch {
			case b.Item != "" && b.Kind == extract.Paragraph:
				if !in {
					id++
					in = true
				}
				out[ai][bi] = id
			case b.Kind == extract.Furniture && b.Reason == extract.BlankRun:
			default:
				in = false
			}
		}
	}
	return out
}

// keepListsTogether puts the kept items of each list into one section: the
// one most of them were classified into, ties to the first item's.
func keepListsTogether(m *Model) {
	of := lists(m)
	votes := map[int]map[int]int{} // list -> section -> kept items
	first := map[int]int{}         // list -> section of its first kept item
	for _, s := range m.Sentences {
		l := of[s.Art][s.Block]
		if !s.Keep || l < 0 || s.Section < 0 {
			continue
		}
		if votes[l] == nil {
			votes[l] = map[int]int{}
			first[l] = s.Section
		}
		votes[l][s.Section]++
	}
	for i := range m.Sentences {
		s := &m.Sentences[i]
		l := of[s.Art][s.Block]
		if !s.Keep || l < 0 || votes[l] == nil {
			continue
		}
		best := first[l]
		for sec := range m.Sections {
			if votes[l][sec] > votes[l][best] {
				best = sec
			}
		}
		s.Section = best
	}
}

// itemMarkers writes the markers of list items so that a reader sees the
// source's own numbers. Markdown numbers an ordered list from its first
// item and ignores the numbers after it, so where the numbers jump (an item
// of a ranking left out, or said by another source) a new list starts, with
// the other delimiter ("3." then "5)"), which Markdown reads as a new list
// that starts at the number written.
type itemMarkers struct {
	next  int  // the number an item continuing the ordered list has
	delim byte // the delimiter of the ordered list being written
	open  bool // an ordered list is being written
}

// marker returns the marker to write before a block's text (item is
// extract.Block.Item: "-", "3." or ""), with the space after it.
func (w *itemMarkers) marker(item string) string {
	n, err := strconv.Atoi(strings.TrimSuffix(item, "."))
	if item == "" || err != nil {
		w.open = false
		if item == "" {
			return ""
		}
		return "- "
	}
	if w.delim == 0 {
		w.delim = '.'
	}
	if w.open && n != w.next {
		w.delim = '.' + ')' - w.delim
	}
	w.open, w.next = true, n+1
	return strconv.Itoa(n) + string(w.delim) + " "
}
