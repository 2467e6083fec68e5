package importer

import (
	"strconv"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/text"
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

// ListLeadIn: dropped, the sentence that leads into a list ("The outage
// showed three weaknesses:") none of whose items is kept; it says nothing
// without them.
const ListLeadIn dedup.Reason = "a list's lead-in without its items"

// LeadsList: dropped as another wording's, kept again because it leads
// into a list whose items are kept.
const LeadsList dedup.Reason = "kept to lead into its list"

// leadIns maps each list (see lists) to the sentence that leads into it:
// the last sentence of the paragraph right before the list (blank lines
// between), when it ends in a colon.
func leadIns(m *Model, of [][]int) map[int]int {
	out := map[int]int{}
	for i, s := range m.Sentences {
		if i+1 < len(m.Sentences) && m.Sentences[i+1].Art == s.Art && m.Sentences[i+1].Block == s.Block {
			continue // not its paragraph's last sentence
		}
		a := m.Articles[s.Art]
		if a.Blocks[s.Block].Item != "" || !strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
			continue
		}
		for bi := s.Block + 1; bi < len(a.Blocks); bi++ {
			if b := a.Blocks[bi]; b.Kind != extract.Furniture || b.Reason != extract.BlankRun {
				if l := of[s.Art][bi]; l >= 0 {
					out[l] = i
				}
				break
			}
		}
	}
	return out
}

// keepLeadInsWithLists keeps the sentence that leads into a list with the
// list: the kept items go to the lead-in's section (where its paragraph
// went), a lead-in dropped while items are kept is kept again, and a
// lead-in none of whose items is kept is dropped. It runs
// last in Classify, once every sentence has its section.
func keepLeadInsWithLists(m *Model) {
	of := lists(m)
	itemSection := map[int]int{} // list -> section of its first kept item
	for _, s := range m.Sentences {
		if l := of[s.Art][s.Block]; s.Keep && l >= 0 {
			if _, ok := itemSection[l]; !ok {
				itemSection[l] = s.Section
			}
		}
	}
	listSection := map[int]int{} // list -> the section its items go to
	var told map[string]bool     // content words of the kept sentences, made when first asked
	for l, i := range leadIns(m, of) {
		lead := &m.Sentences[i]
		sec, kept := itemSection[l]
		if !kept {
			if told == nil {
				told = keptWords(m)
			}
			if items := listItems(m, of, l); untoldItems(m, items, told) {
				// "Apple's iPhone 16 now comes in five colors:" /
				// "Ultramarine" / "Teal" / ...: items of a word or two,
				// each "covered" by common words, that no kept sentence
				// names: the list is a fact of its own.
				sec = sectionBefore(m, i)
				for _, k := range items {
					m.Sentences[k].Keep, m.Sentences[k].Reason, m.Sentences[k].DupOf, m.Sentences[k].Section = true, ListItem, -1, sec
				}
				kept = true
				if lead.Keep {
					lead.Section = sec
				}
			}
		}
		switch {
		case !lead.Keep && !kept:
			continue
		case !kept:
			lead.Keep, lead.Reason, lead.DupOf = false, ListLeadIn, -1
			continue
		case !lead.Keep:
			// Another wording of it leads into no list: the items
			// need this one ("... named three weaknesses:").
			lead.Keep, lead.Reason, lead.DupOf, lead.Section = true, LeadsList, -1, sec
			delete(m.follows, i)
		}
		listSection[l] = lead.Section
	}
	for k := range m.Sentences {
		s := &m.Sentences[k]
		if sec, ok := listSection[of[s.Art][s.Block]]; s.Keep && ok {
			s.Section = sec
		}
	}
}

// ListItem: dropped, kept again as an item of a list of short items that
// says what no kept sentence names (see untoldItems).
const ListItem dedup.Reason = "kept as an item of a list nothing else tells"

// listItems are the sentences of list l's items.
func listItems(m *Model, of [][]int, l int) []int {
	var out []int
	for k, s := range m.Sentences {
		if of[s.Art][s.Block] == l {
			out = append(out, k)
		}
	}
	return out
}

// untoldItems reports whether a list's items are short (maxListItemWords
// words or fewer each; two or more items) and most of them name something
// no kept sentence names (told: the kept sentences' words, lower case).
func untoldItems(m *Model, items []int, told map[string]bool) bool {
	if len(items) < 2 {
		return false
	}
	untold := 0
	for _, k := range items {
		ws := text.WordTexts(m.Sentences[k].Text)
		if len(ws) > maxListItemWords {
			return false
		}
		for _, w := range ws {
			if lw := strings.ToLower(w); !text.StopWord(lw) && !told[lw] {
				untold++
				break
			}
		}
	}
	return 2*untold > len(items)
}

// maxListItemWords is the most words of an item of a list of short items
// (colours, names, places).
const maxListItemWords = 4

// keptWords is every word of the kept sentences, lower case.
func keptWords(m *Model) map[string]bool {
	out := map[string]bool{}
	for _, s := range m.Sentences {
		if s.Keep {
			for _, w := range text.WordTexts(s.Text) {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

// sectionBefore is the section of the nearest kept sentence of sentence
// i's article before it, or the first section.
func sectionBefore(m *Model, i int) int {
	for k := i; k >= 0 && m.Sentences[k].Art == m.Sentences[i].Art; k-- {
		if m.Sentences[k].Keep && m.Sentences[k].Section >= 0 {
			return m.Sentences[k].Section
		}
	}
	return 0
}

// leadsInto reports whether paragraph p ends in the sentence that leads
// into the list item q opens: its items follow it wherever it goes.
func leadsInto(m *Model, p, q paragraph) bool {
	if p.item != "" || q.item == "" || p.art != q.art {
		return false
	}
	last := m.Sentences[p.sents[len(p.sents)-1]]
	return last.Art == p.art && strings.HasSuffix(strings.TrimSpace(last.Text), ":") && adjacentBlocks(m.Articles[p.art], last.Block, q.block)
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
