package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// storyTitle is the headline that speaks for a story: of its seeds' titles
// that read as headlines (headlineShaped), cleaned of what a page sets
// around its headline (cleanHeadline: a trailing comma, "| Outlet"), the
// one whose distinctive words the most of the story's seeds use (the
// headline most outlets would agree on), ties to the earliest seed. A story
// whose seeds have no headline is named by the event they name
// (eventTitle), else by a line of its pages that reads as a headline: one
// of their headers (a standfirst, a highlight over the story), else one of
// their headings; else by the best of its titles that do not read as
// headlines (a first sentence taken for one), and only then by its first
// seed's opening words, quoted.
func storyTitle(m *Model, arts []int) string {
	t, _ := storyHeadline(m, arts)
	return t
}

// storyHeadline is storyTitle, and whether it is one of the pages'
// headlines (the first choice).
func storyHeadline(m *Model, arts []int) (string, bool) {
	uses := map[string]int{} // distinctive word -> seeds of the story using it
	for _, a := range arts {
		seen := map[string]bool{}
		for _, b := range m.Articles[a].Blocks {
			for _, w := range dedupTokens(b.Text) {
				if !seen[w] {
					seen[w] = true
					uses[w]++
				}
			}
		}
	}
	outlets := map[string]bool{}
	for _, a := range m.Articles {
		if a.Outlet != "" {
			outlets[strings.ToLower(a.Outlet)] = true
		}
	}
	var titles, headers, headings []string
	for _, a := range arts {
		art := m.Articles[a]
		titles = append(titles, cleanHeadline(art.Title, outlets))
		body := false // past the page's first paragraph, its header is over
		for _, b := range art.Blocks {
			switch {
			case b.Kind == extract.Paragraph:
				body = true
			case !body && (b.Kind == extract.Subtitle || b.Reason == extract.PageHeader || b.Reason == extract.BeforeTitle):
				headers = append(headers, cleanHeadline(b.Text, outlets))
			case b.Kind == extract.Heading:
				headings = append(headings, cleanHeadline(b.Text, outlets))
			}
		}
	}
	if t := commonest(uses, titles, true); t != "" {
		return t, true
	}
	if t := eventTitle(m, arts); t != "" {
		return t, false
	}
	for _, lines := range [][]string{headers, headings} {
		if t := commonest(uses, lines, true); t != "" {
			return t, false
		}
	}
	if t := commonest(uses, titles, false); t != "" {
		return t, false
	}
	if len(arts) > 0 {
		return orDefault(articleTitle(m.Articles[arts[0]]), m.Articles[arts[0]].Name), false
	}
	return "", false
}

// titleByLead names each story that storyHeadline could only name by its
// first seed's opening words, quoted, by its lead fact instead (the one
// its outlets agree on most, Model.leads) when that reads as a headline:
// its main clause (leadTitle) of six to leadTitleWords words, no speech
// (a quoted title of three words or fewer is a name), not leaning on a
// sentence before it: "“The Norland competition board approved…”"
// becomes "The Norland competition board approved the takeover of
// Vestbank by Tolby Group on Friday".
func titleByLead(m *Model) {
	for si := range m.Stories {
		st := &m.Stories[si]
		if st.Headline || len(st.Arts) == 0 || m.Articles[st.Arts[0]].Title != "" || st.Title != articleTitle(m.Articles[st.Arts[0]]) {
			continue
		}
		best, agree, title := -1, -1.0, ""
		for k, a := range m.leads {
			s := m.Sentences[k]
			if s.Story != si || a < agree || a == agree && k > best {
				continue
			}
			t := leadTitle(s.Text)
			n := len(strings.Fields(t))
			if n < 6 || n > leadTitleWords || s.Reason == dedup.Detail || speech(t) || leansBack(t) || strings.HasPrefix(t, dedup.Elision) {
				continue
			}
			best, agree, title = k, a, t
		}
		if best >= 0 {
			st.Title = title
		}
	}
}

// leadTitle is a lead fact as a story's name: its main clause (a trailing
// ", bringing ..." or ", which ..." cut, see shortenPoint), without its
// full stop.
func leadTitle(s string) string {
	s = strings.TrimSuffix(shortenPoint(strings.TrimSpace(s)), dedup.Elision)
	return strings.TrimRight(s, ". ")
}

// speech reports whether s quotes someone: a quotation of more than three
// words. A title in quotation marks ("Call of Duty") is a name.
func speech(s string) bool {
	pieces, _ := quotations(s)
	for _, p := range pieces {
		if len(strings.Fields(p)) > 3 {
			return true
		}
	}
	return text.UnbalancedQuotes(s)
}

// leadTitleWords is the most words of a lead fact that names its story:
// more than a headline (headlineWords), a sentence being wordier.
const leadTitleWords = 24

// commonest is the line whose distinctive words the most of the story's
// seeds use (uses), the first on a tie; with shaped, only lines that read
// as headlines (of four words or more) count.
func commonest(uses map[string]int, lines []string, shaped bool) string {
	best, bestScore := "", -1.0
	for _, t := range lines {
		ws := dedupTokens(t)
		if t == "" || len(ws) == 0 || shaped && (!headlineShaped(t) || len(strings.Fields(t)) < 4) {
			continue
		}
		sc := 0.0
		for _, w := range ws {
			sc += float64(uses[w])
		}
		if sc /= float64(len(ws)); sc > bestScore {
			best, bestScore = t, sc
		}
	}
	return best
}

// cleanHeadline is a headline without what a page sets around it: the
// comma or colon of a list it was cut from ("... another trophy,"), the
// site's name after a bar ("... | Example Site"), or an outlet's name
// after a dash ("... - The Norland Post"; an outlet some page of the set
// names, or a name with a publication's word in it). A dash before a
// source the headline cites ("... Category 3 Storm - NHC") stays.
func cleanHeadline(t string, outlets map[string]bool) string {
	t = strings.TrimSpace(t)
	if m := text.BoxLabel.FindStringSubmatchIndex(t); m != nil {
		// "Highlights Real Madrid secure their 15th title.": the box's
		// first highlight, a headline once its label and stop are off.
		t = strings.TrimSuffix(t[m[2]:], ".")
	}
	t = strings.TrimRight(t, ",;: ")
	if k := strings.LastIndex(t, " | "); k > 0 && len(strings.Fields(t[k+3:])) <= 5 {
		t = strings.TrimSpace(t[:k])
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		k := strings.LastIndex(t, dash)
		if k <= 0 {
			continue
		}
		tail := strings.TrimSpace(t[k+len(dash):])
		if outlets[strings.ToLower(tail)] || len(strings.Fields(tail)) <= 5 && outletWords(tail) {
			t = strings.TrimSpace(t[:k])
		}
	}
	return t
}

// outletWords reports a name that holds a publication's word ("Norland
// Herald") or is a web address ("example.com"), every word capitalised.
func outletWords(s string) bool {
	marked := false
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(w)
		if !unicode.IsUpper(firstRune(w)) && !strings.Contains(lw, ".") {
			return false
		}
		marked = marked || text.OutletWord(lw) || strings.Contains(strings.Trim(lw, "."), ".")
	}
	return marked
}

// headlineShaped reports whether a title reads as a headline: it opens
// with a letter, a quotation mark or a figure, but not with a date
// ("4 March 2025 6:16Note: ..."), holds at most headlineWords words and
// does not end as a sentence does (a first paragraph the page dump put
// where its headline should be).
func headlineShaped(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > headlineWords {
		return false
	}
	r := firstRune(strings.TrimLeft(t, `‘“'"`))
	if unicode.IsDigit(r) && (len(ws) < 2 || text.TimeWord(strings.ToLower(strings.Trim(ws[1], ",."))) || strings.ContainsAny(ws[0], "/-:")) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && last != '.'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
