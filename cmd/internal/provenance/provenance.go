// Package provenance is the one format of the links that end a briefing
// paragraph and say where its claim comes from, and its one parser.
//
// A paragraph's sources are one short list of ordinary Markdown links, each
// naming the article (its outlet when known, else its title) and linking to
// the source lines:
//
//	... the claim. [RT](sources/rt.md#L4 "Russia announces ... · RT · 2024-12-11 · rt.txt, lines 4–6"), [The Independent](sources/ind.md#L9 "...")
//
// The first link is the paragraph's own source (the wording it keeps); the
// others are the seeds that state the same claim. The link's title (the
// tooltip) holds the full article title, outlet and date where known, and
// always the seed file and lines, so any passage can be checked.
package provenance

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
)

// Ref is one source of a paragraph.
type Ref struct {
	Seed    string // the seed name, e.g. "000_c04abfce862fae5e": its page is sources/<Seed>.md
	File    string // the seed file, e.g. "000_c04abfce862fae5e.txt"
	Line    int    // the first source line (the anchor is #L<Line>)
	EndLine int    // the last source line (<= Line: one line)
	Title   string // the article's title, if known
	Outlet  string // the publisher, if known
	Date    string // the publication date, if known
}

// Name is what the link shows: the outlet, else the article title cut to
// maxNameWords words, else the seed name.
func (r Ref) Name() string {
	switch {
	case r.Outlet != "":
		return r.Outlet
	case r.Title != "":
		return shorten(r.Title, maxNameWords)
	}
	return r.Seed
}

// maxNameWords is the most words of a title a link shows; the tooltip has
// the whole title.
const maxNameWords = 6

func shorten(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	w = w[:n]
	// "Wind Farms Expand Along the…" reads better as "Wind Farms Expand…".
	for len(w) > 1 && (smallWords[strings.ToLower(w[len(w)-1])] || strings.Trim(w[len(w)-1], ",;:–—-") == "") {
		w = w[:len(w)-1]
	}
	return strings.TrimRight(strings.Join(w, " "), ",;:–—-") + "…"
}

// Opening names an article that has no title by its first words, quoted,
// as catalogues name an untitled work by its first line: "“Russian
// President Vladimir Putin has tasked…”". It is "" for a text of no words.
// Every word is the text's; the quotation marks and the ellipsis say so.
func Opening(text string) string {
	w := strings.Fields(text)
	if len(w) == 0 {
		return ""
	}
	s := strings.Join(w, " ")
	if len(w) > maxNameWords {
		s = shorten(s, maxNameWords)
	}
	return "“" + strings.Trim(s, `"“”`) + "”"
}

// smallWords do not end a shortened title.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "and": true, "or": true, "at": true, "by": true, "from": true,
	"as": true, "its": true, "their": true, "his": true, "her": true, "along": true, "into": true}

// Tooltip is the link title: title, outlet and date where known, then the
// seed file and lines, joined by " · ".
func (r Ref) Tooltip() string {
	var parts []string
	for _, p := range []string{r.Title, r.Outlet, r.Date} {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(append(parts, r.File+", "+lineSpan(r.Line, r.EndLine)), sep)
}

// lineSpan is the tooltip's last words: "line 4" or "lines 4–6".
func lineSpan(line, end int) string {
	if end > line {
		return fmt.Sprintf("lines %d–%d", line, end)
	}
	return fmt.Sprintf("line %d", line)
}

const sep = " · "

// Link is one provenance link, relative to a content directory (prefix ""
// for a top-level page, "../" one level down).
func (r Ref) Link(prefix string) string {
	return fmt.Sprintf("[%s](%ssources/%s.md#L%d %s)", mdtext.EscapeInline(r.Name()), prefix, r.Seed, r.Line, mdtext.Quote(r.Tooltip()))
}

// Format is the source list of a paragraph: every ref's link, in order,
// separated by ", "; a seed named twice is listed once, at its first place.
func Format(prefix string, refs []Ref) string {
	seen := map[string]bool{}
	var out []string
	for _, r := range refs {
		if seen[r.Seed] {
			continue
		}
		seen[r.Seed] = true
		out = append(out, r.Link(prefix))
	}
	return strings.Join(out, ", ")
}

// linkRE matches one provenance link; listRE a trailing list of them.
var (
	linkRE = regexp.MustCompile(`\[((?:\\.|[^\]\\])*)\]\(((?:\.\./)*)sources/([^)#\s]+)\.md#L(\d+)(?: ("(?:\\.|[^"\\])*"))?\)`)
	listRE = regexp.MustCompile(`(?:^|\s)(` + linkRE.String() + `(?:,? ` + linkRE.String() + `)*)\s*$`)
)

// Split parses the source list that ends a paragraph's Markdown: it returns
// the paragraph without it (trimmed) and the refs, in order. ok is false
// when the paragraph does not end in a provenance link. What the tooltip
// does not say (outlet, date) is left empty; the name shown is taken as the
// outlet when it is not the (shortened) title.
func Split(para string) (body string, refs []Ref, ok bool) {
	para = strings.TrimRight(para, " \t\n")
	m := listRE.FindStringSubmatchIndex(para)
	if m == nil {
		return para, nil, false
	}
	list := para[m[2]:m[3]]
	for _, l := range linkRE.FindAllStringSubmatch(list, -1) {
		r := parseLink(l).Ref
		// "source" is what links said before they named the article.
		if name := unescape(l[1]); name != r.Name() && name != r.Seed && name != "source" {
			r.Outlet = name
		}
		refs = append(refs, r)
	}
	return strings.TrimRight(para[:m[2]], " \t\n"), refs, true
}

// A Link is one provenance link as a file has it, anywhere in a line: an
// editor may have shortened its text or dropped its tooltip.
type Link struct {
	Raw    string // the whole link as written
	Text   string // the link text as written (Markdown-escaped)
	Prefix string // the "../" before sources/
	Tip    string // the tooltip, unquoted; "" when the link has none
	Ref    Ref    // the seed and lines, and what the tooltip says
}

func parseLink(m []string) Link {
	l := Link{Raw: m[0], Text: m[1], Prefix: m[2], Ref: Ref{Seed: m[3]}}
	l.Ref.Line, _ = strconv.Atoi(m[4])
	l.Ref.EndLine = l.Ref.Line
	if m[5] != "" {
		if json.Unmarshal([]byte(m[5]), &l.Tip) != nil {
			l.Tip = strings.Trim(m[5], `"`)
		}
		parseTooltip(l.Tip, &l.Ref)
	}
	return l
}

// Target is where the link points, e.g. "../sources/x.md#L14".
func (l Link) Target() string {
	return fmt.Sprintf("%ssources/%s.md#L%d", l.Prefix, l.Ref.Seed, l.Ref.Line)
}

// Renumbered is the link as written, pointing at lines line..end instead:
// its text is kept and its tooltip's "line(s) ..." is rewritten.
func (l Link) Renumbered(line, end int) string {
	tip := ""
	if l.Tip != "" {
		t := l.Tip
		if i := strings.LastIndex(t, ", line"); i >= 0 {
			t = t[:i] + ", " + lineSpan(line, end)
		}
		tip = " " + mdtext.Quote(t)
	}
	return fmt.Sprintf("[%s](%ssources/%s.md#L%d%s)", l.Text, l.Prefix, l.Ref.Seed, line, tip)
}

// FirstLink is the first provenance link in s.
func FirstLink(s string) (Link, bool) {
	m := linkRE.FindStringSubmatch(s)
	if m == nil {
		return Link{}, false
	}
	return parseLink(m), true
}

// ListLink is the first link of the source list that ends paragraph s:
// the passage's own source, which names it. A link inside the text (a
// detail another outlet adds, cited where it stands) is not it. Without a
// list, it is the first link of s.
func ListLink(s string) (Link, bool) {
	if m := listRE.FindStringSubmatchIndex(strings.TrimRight(s, " \t\n")); m != nil {
		return FirstLink(s[m[2]:m[3]])
	}
	return FirstLink(s)
}

// StripLinks is s without its provenance links.
func StripLinks(s string) string { return linkRE.ReplaceAllString(s, "") }

// ReplaceLinks replaces every provenance link in s with what f makes of it.
func ReplaceLinks(s string, f func(Link) string) string {
	return linkRE.ReplaceAllStringFunc(s, func(raw string) string {
		return f(parseLink(linkRE.FindStringSubmatch(raw)))
	})
}

// parseTooltip reads back what Tooltip wrote: the last part is
// "<file>, line(s) a–b"; before it the title and, if three parts, outlet
// and date (a part that reads as a date is the date).
func parseTooltip(tip string, r *Ref) {
	parts := strings.Split(tip, sep)
	last := parts[len(parts)-1]
	if i := strings.LastIndex(last, ", line"); i >= 0 {
		r.File = last[:i]
		nums := strings.FieldsFunc(last[i:], func(c rune) bool { return c < '0' || c > '9' })
		// A span that does not start at the anchor (an editor moved the
		// anchor) says nothing of where the passage ends.
		if len(nums) == 2 && nums[0] == strconv.Itoa(r.Line) {
			r.EndLine, _ = strconv.Atoi(nums[1])
		}
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 0 && utf8.RuneCountInString(parts[len(parts)-1]) > 0 && dateRE.MatchString(parts[len(parts)-1]) {
		r.Date = parts[len(parts)-1]
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 0 {
		r.Title = parts[0]
	}
	if len(parts) > 1 {
		r.Outlet = parts[1]
	}
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}|\d{1,2}[ -](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d`)

func unescape(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		if r == '\\' && !esc {
			esc = true
			continue
		}
		esc = false
		b.WriteRune(r)
	}
	return b.String()
}
