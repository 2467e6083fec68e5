// Package briefmap draws the briefing map: an SVG matrix of the briefing's
// sections (rows) against its topics (columns) that shows, at a glance, how
// many passages each section gives each topic, every non-empty cell a link to
// those passages. It is plain SVG written by the build: no script, no
// charting library, byte-identical for the same input.
//
// It also derives related glossary terms (RelatedTerms) from co-mentions.
package briefmap

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"unicode/utf8"
)

// Section is one row of the map.
type Section struct {
	Slug  string // the section's URL path element, also the anchor on topic pages ("economics")
	Title string // shown as the row label ("Economics")
}

// Topic is one column of the map.
type Topic struct {
	Slug  string // the topic's slug: its page is /topics/<slug>/
	Title string // shown as the column label
}

// Map is the data the SVG shows. Counts[i][j] is the number of passages of
// Sections[i] that discuss Topics[j].
type Map struct {
	Sections []Section
	Topics   []Topic
	Counts   [][]int
}

// Options says where the map is published.
type Options struct {
	// BaseURL is the site's base path or URL ("/" or "/repo/" or
	// "https://host/repo/"); every link starts with it.
	BaseURL string
	// IDPrefix makes the ids of the <title> and <desc> elements unique when
	// one page shows the map more than once. Default "bmap".
	IDPrefix string
}

// base is BaseURL ending in one slash, "/" when unset.
func (o Options) base() string {
	if o.BaseURL == "" {
		return "/"
	}
	if !strings.HasSuffix(o.BaseURL, "/") {
		return o.BaseURL + "/"
	}
	return o.BaseURL
}

// check says whether Counts matches Sections × Topics and holds no negative
// number, and returns the largest count.
func (m Map) check() (int, error) {
	if len(m.Counts) != len(m.Sections) {
		return 0, fmt.Errorf("briefmap: %d rows of counts for %d sections", len(m.Counts), len(m.Sections))
	}
	maxCount := 0
	for i, row := range m.Counts {
		if len(row) != len(m.Topics) {
			return 0, fmt.Errorf("briefmap: section %q has %d counts for %d topics", m.Sections[i].Slug, len(row), len(m.Topics))
		}
		for _, n := range row {
			if n < 0 {
				return 0, fmt.Errorf("briefmap: negative count for section %q", m.Sections[i].Slug)
			}
			maxCount = max(maxCount, n)
		}
	}
	return maxCount, nil
}

// Geometry of the drawing, in SVG user units (CSS px at scale 1).
const (
	cell     = 52 // side of a cell
	gap      = 4  // space between cells
	fontSize = 14
	charW    = 8 // average advance of a character at fontSize, for sizing labels
	pad      = 8
)

// SVG renders m as an SVG element meant to be inlined in an HTML page (so that
// its links work and the page's colour scheme reaches it). It is an error for
// Counts not to match Sections × Topics or to hold a negative number.
func SVG(m Map, o Options) ([]byte, error) {
	maxCount, err := m.check()
	if err != nil {
		return nil, err
	}
	base := o.base()
	id := o.IDPrefix
	if id == "" {
		id = "bmap"
	}

	labelW := 0
	for _, s := range m.Sections {
		labelW = max(labelW, utf8.RuneCountInString(s.Title)*charW)
	}
	labelW += pad * 2
	// Column labels are drawn at -45°, so they need a header as tall as the
	// longest label's projection and spill to the right of the last column.
	longest := 0
	for _, t := range m.Topics {
		longest = max(longest, utf8.RuneCountInString(t.Title)*charW)
	}
	headerH := longest*7/10 + pad*3
	gridW := len(m.Topics) * (cell + gap)
	width := labelW + gridW + longest*7/10 + pad
	height := headerH + len(m.Sections)*(cell+gap) + pad

	total := 0
	for _, row := range m.Counts {
		for _, n := range row {
			total += n
		}
	}

	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="bmap" width="%d" height="%d" viewBox="0 0 %d %d" role="group" aria-labelledby="%s-title" aria-describedby="%s-desc">`+"\n",
		width, height, width, height, id, id)
	fmt.Fprintf(&b, "<title id=\"%s-title\">Briefing map: sections against topics</title>\n", id)
	fmt.Fprintf(&b, "<desc id=\"%s-desc\">%s</desc>\n", id, esc(describe(m, total, maxCount)))
	b.WriteString(style)

	for j, t := range m.Topics {
		x := labelW + j*(cell+gap) + cell/2
		y := headerH - pad
		fmt.Fprintf(&b, `<a href="%stopics/%s/"><text class="bmap-col" x="%d" y="%d" transform="rotate(-45 %d %d)">%s</text></a>`+"\n",
			esc(base), esc(t.Slug), x, y, x, y, esc(t.Title))
	}
	for i, s := range m.Sections {
		y := headerH + i*(cell+gap)
		fmt.Fprintf(&b, `<a href="%s%s/"><text class="bmap-row" x="%d" y="%d">%s</text></a>`+"\n",
			esc(base), esc(s.Slug), labelW-pad, y+cell/2+fontSize/3, esc(s.Title))
		for j, t := range m.Topics {
			x := labelW + j*(cell+gap)
			n := m.Counts[i][j]
			if n == 0 {
				fmt.Fprintf(&b, `<rect class="bmap-empty" x="%d" y="%d" width="%d" height="%d" rx="4"/>`+"\n", x, y, cell, cell)
				continue
			}
			label := fmt.Sprintf("%s, %s: %d %s", s.Title, t.Title, n, plural(n, "passage", "passages"))
			fmt.Fprintf(&b, `<a href="%stopics/%s/#%s" aria-label="%s"><rect class="bmap-l%d" x="%d" y="%d" width="%d" height="%d" rx="4"/><text class="bmap-n bmap-t%d" x="%d" y="%d">%d</text></a>`+"\n",
				esc(base), esc(t.Slug), esc(s.Slug), esc(label), level(n, maxCount), x, y, cell, cell,
				level(n, maxCount), x+cell/2, y+cell/2+fontSize/3, n)
		}
	}
	b.WriteString("</svg>\n")
	return []byte(b.String()), nil
}

// level buckets a count into one of four shades, relative to the fullest cell,
// so the map reads the same whatever the size of the briefing.
func level(n, maxCount int) int {
	l := (n*4 + maxCount - 1) / maxCount // ceil(4n/max), 1..4 for 0 < n <= max
	return max(1, min(4, l))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// describe is the text alternative of the map: what it shows and where it is
// densest, for readers who do not see it.
func describe(m Map, total, maxCount int) string {
	s := fmt.Sprintf("A matrix of the %d sections (rows) against the %d topics (columns). Each cell gives the number of passages in which the section discusses the topic (%d in all) and links to them; stronger shades mean more passages.",
		len(m.Sections), len(m.Topics), total)
	if maxCount == 0 {
		return s
	}
	var most []string
	for i, row := range m.Counts {
		for j, n := range row {
			if n == maxCount {
				most = append(most, m.Sections[i].Title+" on "+m.Topics[j].Title)
			}
		}
	}
	return s + fmt.Sprintf(" Most passages (%d): %s.", maxCount, strings.Join(most, "; "))
}

// style colours the map in light and dark schemes. Text on each shade keeps a
// contrast of at least 4.5:1 (WCAG AA); focus gets a thick outline because a
// focus ring on SVG content is otherwise easy to miss.
const style = `<style>
.bmap{font:14px/1 system-ui,sans-serif;max-width:100%;height:auto}
.bmap text{fill:#1a1a1a}
.bmap .bmap-row{text-anchor:end}
.bmap .bmap-n{text-anchor:middle;font-weight:700}
.bmap .bmap-empty{fill:none;stroke:#c4c4c4;stroke-dasharray:3 3}
.bmap .bmap-l1{fill:#dbe8f7}.bmap .bmap-l2{fill:#a9c8ee}
.bmap .bmap-l3{fill:#2f6db5}.bmap .bmap-l4{fill:#173d6e}
.bmap .bmap-t1,.bmap .bmap-t2{fill:#0b1a2e}.bmap .bmap-t3,.bmap .bmap-t4{fill:#fff}
.bmap a:hover rect,.bmap a:focus rect{stroke:#b3261e;stroke-width:3}
.bmap a:focus{outline:3px solid #b3261e;outline-offset:2px}
.bmap a:hover text.bmap-row,.bmap a:hover text.bmap-col{text-decoration:underline}
@media (prefers-color-scheme:dark){
.bmap text{fill:#ececec}
.bmap .bmap-empty{stroke:#5a5a5a}
.bmap .bmap-l1{fill:#1e3350}.bmap .bmap-l2{fill:#2d5688}
.bmap .bmap-l3{fill:#7fb0ea}.bmap .bmap-l4{fill:#cfe3fb}
.bmap .bmap-t1,.bmap .bmap-t2{fill:#fff}.bmap .bmap-t3,.bmap .bmap-t4{fill:#0b1a2e}
.bmap a:hover rect,.bmap a:focus rect{stroke:#ffb4a9}
.bmap a:focus{outline-color:#ffb4a9}
}
@media print{.bmap text,.bmap .bmap-n{fill:#000}.bmap .bmap-l3,.bmap .bmap-l4{fill:#a9c8ee}}
</style>
`

// RelatedTerms returns, for each glossary term, the other terms mentioned in
// at least one of the same passages, most shared passages first (ties by
// term). mentions maps a term to the ids of the passages that mention it; a
// passage listed twice for one term counts once. Terms with no co-mentioned
// term are left out of the result.
func RelatedTerms(mentions map[string][]string) map[string][]string {
	byPassage := map[string][]string{}
	for term, ps := range mentions {
		seen := map[string]bool{}
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				byPassage[p] = append(byPassage[p], term)
			}
		}
	}
	shared := map[string]map[string]int{}
	for _, terms := range byPassage {
		for _, a := range terms {
			for _, b := range terms {
				if a == b {
					continue
				}
				if shared[a] == nil {
					shared[a] = map[string]int{}
				}
				shared[a][b]++
			}
		}
	}
	out := make(map[string][]string, len(shared))
	for a, others := range shared {
		rel := make([]string, 0, len(others))
		for b := range others {
			rel = append(rel, b)
		}
		sort.Slice(rel, func(i, j int) bool {
			if others[rel[i]] != others[rel[j]] {
				return others[rel[i]] > others[rel[j]]
			}
			return rel[i] < rel[j]
		})
		out[a] = rel
	}
	return out
}

// Table renders m as an accessible HTML table, transposed: one row per topic
// (so that a phone scrolls down through the topics instead of sideways), one
// column per section, every non-empty cell a link to its passages. It is the
// map for narrow screens and for print, where the SVG's rotated labels would
// be too small to read; the same Counts check as SVG applies.
func Table(m Map, o Options) ([]byte, error) {
	if _, err := m.check(); err != nil {
		return nil, err
	}
	base := o.base()
	esc := html.EscapeString
	var b strings.Builder
	b.WriteString("<table class=\"bmap-table\">\n<caption>Passages per topic (rows) and section (columns)</caption>\n<thead><tr><th scope=\"col\">Topic</th>")
	for _, s := range m.Sections {
		fmt.Fprintf(&b, `<th scope="col"><a href="%s%s/">%s</a></th>`, esc(base), esc(s.Slug), esc(s.Title))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for j, t := range m.Topics {
		fmt.Fprintf(&b, `<tr><th scope="row"><a href="%stopics/%s/">%s</a></th>`, esc(base), esc(t.Slug), esc(t.Title))
		for i, s := range m.Sections {
			n := m.Counts[i][j]
			if n == 0 {
				b.WriteString(`<td class="bmap-none">0</td>`)
				continue
			}
			fmt.Fprintf(&b, `<td><a href="%stopics/%s/#%s" aria-label="%s">%d</a></td>`, esc(base), esc(t.Slug), esc(s.Slug),
				esc(fmt.Sprintf("%s, %s: %d %s", s.Title, t.Title, n, plural(n, "passage", "passages"))), n)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
	return []byte(b.String()), nil
}
