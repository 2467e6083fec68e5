package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// noteCredits names the article's outlet and date from the page's own
// credit lines, when tidy and noteOutlet found neither in a wire tag or a
// "read the full article" line. It reads the page's header (the blocks down
// to the second paragraph), where a page credits itself, in the page's
// order:
//   - the page's address printed on its first line ("https://example.com/...");
//   - a byline that names the outlet after the writer ("By Jane Doe – The
//     Norland Post");
//   - the outlet before a date ("Norland Wire Published 3 Mar, 2025");
//   - a newsroom credit ("Example News Desk | Updated: ...");
//   - a source label ("source: Example Daily", "01:24 - Source: NNA");
//   - a line that is only an outlet's name, above the date at the top of
//     the page or right under the headline ("NNA");
//
// and, failing those, the name the page gives itself anywhere in its
// promotions (selfNamed: "sign up for Example's free newsletter") or a
// reference label's value ("Reference(s):" / "example.com"), else a
// copyright notice ("© 2025 Norland Herald Ltd"). A person's name, a place, a label or a photo library is none of
// them (see outletName). A date given as "Published on March 3, 2025" in
// the header, or run into a header line ("March 3, 2025Business News"),
// becomes the article's date when it has none.
func noteCredits(a *Article) {
	bs := a.Blocks
	top := headerEnd(bs)
	for i := 0; i < top && a.Outlet == ""; i++ {
		a.Outlet = creditOutlet(a, i)
		if a.Outlet != "" && a.Outlet == strings.TrimSpace(bs[i].Text) && bs[i].Kind != Furniture {
			// The outlet's name on a line of its own is a credit,
			// not a heading of the article.
			bs[i].Kind, bs[i].Reason = Furniture, Byline
		}
	}
	for i := 0; i < len(bs) && a.Outlet == ""; i++ {
		a.Outlet = selfNamed(bs, i)
	}
	for i := 0; i < len(bs) && a.Outlet == ""; i++ {
		a.Outlet = copyrightOutlet(bs[i].Text)
	}
	for i := 0; i < top && a.Date == ""; i++ {
		if m := publishedOn.FindStringSubmatch(bs[i].Text); m != nil {
			a.Date = strings.TrimSpace(m[1])
		} else if bs[i].Kind == Furniture && len(strings.Fields(bs[i].Text)) <= 12 && headerReason(bs[i].Reason) {
			// "September 18, 2024Business News": the dump ran the date
			// into the section's name.
			a.Date = findDate(gluedWord.ReplaceAllString(bs[i].Text, "$1 $2"))
		}
	}
}

// headerEnd is the index after the article's second paragraph (or the
// last block): a page credits itself above the story or in its first lines.
func headerEnd(bs []Block) int {
	n := 0
	for i, b := range bs {
		if b.Kind == Paragraph {
			if n++; n == 2 {
				return i + 1
			}
		}
	}
	return len(bs)
}

// headerReason reports the reasons of a page's header lines, where a date
// run into other words still dates the page.
func headerReason(r Reason) bool {
	return r == PageHeader || r == DateLine || r == Byline || r == BeforeTitle
}

// promoName is a name of up to four capitalised words.
const promoName = `(?:The\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.-]*`

var (
	// bylineDash is a byline that names the outlet after the writer.
	bylineDash = regexp.MustCompile(`^(?i:by)\s+(.+?)\s+(?:[—–-]|\|)\s+(.+)$`)
	// outletPublished is an outlet before the date it published the story.
	outletPublished = regexp.MustCompile(`^(.+?)\s+(?i:published|updated|posted|first published)\b\s*(?i:on)?\s*:?\s*(.*)$`)
	// sourceLabel names the source of the page at the end of a short line.
	sourceLabel = regexp.MustCompile(`(?i)(?:^|\s|[-–—|:])source\s*:\s*(\S.*?)\s*$`)
	// publishedOn is a publication date given after its verb.
	publishedOn = regexp.MustCompile(`(?i)\b(?:published|posted|first published)(?:\s+on)?\s*:?\s+(` + dateExpr.String()[4:] + `)`)
	// newsletterOf is a call to sign up for the outlet's own newsletter.
	newsletterOf = regexp.MustCompile(`(?:^|\s)(?i:sign up for|sign up to|subscribe to)\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)['’]s\s+(?:[\p{L}-]+\s+){0,3}(?i:newsletters?)\b`)
	// promoOf is a promotion that names the page's own outlet: "Follow
	// Example Post on ...", "Get Example Post delivered to your inbox",
	// "Download the Example Post app".
	promoOf = regexp.MustCompile(`(?:^|\s)(?:(?i:follow)\s+(` + promoName + `)\s+(?i:on|online)\b|(?i:get)\s+(` + promoName + `)\s+(?i:delivered)\b|(?i:download)\s+(?:(?i:the)\s+)?(` + promoName + `)\s+(?i:app)\b)`)
	// theName is a name that opens with "The", as an outlet calls itself
	// in its appeals ("The Avel Courier is trusted by ...").
	theName = regexp.MustCompile(`\bThe(?:\s+\p{Lu}[\p{L}&'’-]+){1,3}`)
	// referenceLabel is a label on a line of its own over the page's
	// source.
	referenceLabel = regexp.MustCompile(`(?i)^(references?|reference\(s\)|sources?|source\(s\))\s*:?$`)
	// gluedWord is a figure run into a capitalised word.
	gluedWord = regexp.MustCompile(`(\d)(\p{Lu})`)
)

// creditOutlet is the outlet block i of the header credits, or "".
func creditOutlet(a *Article, i int) string {
	bs := a.Blocks
	t := strings.TrimSpace(bs[i].Text)
	words := len(strings.Fields(t))
	if t == "" || words > 16 || bs[i].Item != "" {
		return "" // a list item is a menu's or a list's, no credit
	}
	if i == firstText(bs) && urlOnly.MatchString(t) {
		if u, err := url.Parse(t); err == nil && strings.Contains(u.Host, ".") {
			return strings.TrimPrefix(u.Host, "www.")
		}
	}
	if m := bylineDash.FindStringSubmatch(t); m != nil && isNameLine(m[1]) && outletName(m[2], false) {
		return m[2]
	}
	if m := outletPublished.FindStringSubmatch(t); m != nil && (m[2] == "" || dateExpr.MatchString(m[2]) || timeExpr.MatchString(m[2])) {
		if o := strings.TrimPrefix(m[1], "By "); outletName(o, true) && !isNameLine(o) {
			return o
		}
	}
	if o := deskOutlet(t); o != "" {
		return o
	}
	// A picture's caption ending on its source ("... banks around the
	// globe. Source: Downdetector") credits the picture's data, not the
	// page.
	if m := sourceLabel.FindStringSubmatchIndex(t); m != nil && !endsSentence(strings.TrimSpace(t[:m[0]])) {
		if o := strings.TrimRight(t[m[2]:m[3]], "."); outletName(o, true) {
			return o
		}
	}
	if words <= 4 && bs[i].Kind != Title && outletName(t, false) && !isNameLine(t) && loneCredit(bs, i) {
		return t
	}
	return ""
}

// deskOutlet is the outlet of a newsroom credit ("Example News Desk",
// "By Example Wire Staff | Updated: ..."): the name before the newsroom's
// word, or "".
func deskOutlet(t string) string {
	if k := strings.IndexAny(t, "|·•"); k > 0 {
		t = strings.TrimSpace(t[:k])
	}
	if k := strings.LastIndex(t, ", "); k > 0 {
		t = t[k+2:] // "Port Avel, Example News Bureau": the dateline's place first
	}
	t = strings.TrimPrefix(t, "By ")
	ws := strings.Fields(t)
	if len(ws) < 2 || !text.NewsroomWord(strings.ToLower(ws[len(ws)-1])) {
		return ""
	}
	desk := strings.EqualFold(ws[len(ws)-1], "desk")
	ws = ws[:len(ws)-1]
	n := len(ws)
	for len(ws) > 1 && (strings.EqualFold(ws[len(ws)-1], "news") || strings.EqualFold(ws[len(ws)-1], "web") || strings.EqualFold(ws[len(ws)-1], "digital")) {
		ws = ws[:len(ws)-1]
	}
	if desk && len(ws) == n {
		return "" // "The Science Desk" is a name, "Example News Desk" a newsroom
	}
	if o := strings.Join(ws, " "); outletName(o, true) {
		return o
	}
	return ""
}

// loneCredit reports a line on its own that credits the page: the first
// line of the page with the date or the headline under it (its masthead),
// or the line right under the headline with the story or its byline under
// it.
func loneCredit(bs []Block, i int) bool {
	prev, next := prevTextBlock(bs, i), nextTextBlock(bs, i)
	if next < 0 {
		return false
	}
	if prev < 0 {
		return bs[next].Reason == DateLine || bs[next].Kind == Title
	}
	return bs[prev].Kind == Title && (bs[next].Kind == Paragraph || bs[next].Kind == Subtitle || bs[next].Reason == Byline || bs[next].Reason == DateLine)
}

// selfNamed is the name the page gives itself at block i: the outlet
// whose newsletter a promotion offers, a "The ..." name an appeal for
// support repeats, or the value under a reference label; else "".
func selfNamed(bs []Block, i int) string {
	t := bs[i].Text
	if m := newsletterOf.FindStringSubmatch(t); m != nil && outletName(m[1], true) {
		return m[1]
	}
	if m := promoOf.FindStringSubmatch(t); m != nil {
		for _, o := range m[1:] {
			if o != "" && outletName(o, false) {
				return o
			}
		}
	}
	if bs[i].Reason == Appeal || bs[i].Reason == Subscription {
		seen := map[string]int{}
		for _, n := range theName.FindAllString(t, -1) {
			if seen[n]++; seen[n] == 2 && outletName(n, false) {
				return n
			}
		}
	}
	if referenceLabel.MatchString(strings.TrimSpace(t)) && bs[i].Item == "" {
		// A menu's "Reference" item over its next item is no label.
		if j := nextTextBlock(bs, i); j >= 0 && bs[j].Item == "" && len(strings.Fields(bs[j].Text)) <= 4 && outletName(strings.TrimSpace(bs[j].Text), true) {
			return strings.TrimSpace(bs[j].Text)
		}
	}
	return ""
}

// copyrightOutlet is the holder a copyright notice names (see
// text.CopyrightHolder), or "" (no notice, a photograph's credit).
func copyrightOutlet(t string) string {
	name := text.CopyrightHolder(t)
	for _, w := range strings.Fields(name) {
		if text.PictureWord(strings.ToLower(w)) {
			return ""
		}
	}
	if !outletName(name, true) || strings.ContainsAny(name, "/") {
		return ""
	}
	return name
}

// outletName reports whether s reads as a publication's name: one to six
// words, each capitalised, an acronym or a web address, with connectors
// ("of", "and", "&") between. As "Jane Doe" reads so too, a name of
// several words must open with "The", hold an acronym, a web address or a
// publication's word ("Herald", "News"), unless the line labels it
// (loose: "source: ..."); a single word must be no label ("UPDATE"), no
// day or month and no function word.
func outletName(s string, loose bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 || dateExpr.MatchString(s) || timeExpr.MatchString(s) {
		return false
	}
	marked := strings.EqualFold(ws[0], "the") && len(ws) > 1
	for k, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,:;"))
		switch {
		case k > 0 && (lw == "of" || lw == "and" || lw == "&" || lw == "de" || lw == "da" || lw == "do" || lw == "the" || lw == "for"):
			continue
		case strings.Contains(lw, ".") && !strings.HasSuffix(lw, "."):
			marked = true // a web address: example.com
		case text.IsAcronym(w):
			// An outlet's initials are short ("NNA"); a word in
			// capitals ("SUBSCRIBE") is a control or a label.
			marked = marked || !text.LabelWord(lw) && (len(ws) > 1 || len(w) <= 6)
		case !unicode.IsUpper(firstLetter(w)):
			return false
		case text.OutletWord(lw):
			marked = true
		}
		if text.TimeWord(lw) || !strings.ContainsFunc(w, unicode.IsLetter) {
			return false
		}
	}
	if len(ws) == 1 {
		lw := strings.ToLower(ws[0])
		// A label may name an outlet whose name is a word, written in
		// capitals ("sign up for TIDINGS's newsletter").
		word := isProseWord(lw) || text.StopWord(lw)
		return !text.LabelWord(lw) && (!word || loose && text.IsAcronym(ws[0])) && (loose || marked)
	}
	return marked || loose
}

// firstText is the index of the first block with text, or -1.
func firstText(bs []Block) int { return nextTextBlock(bs, -1) }

func prevTextBlock(bs []Block, i int) int {
	for j := i - 1; j >= 0; j-- {
		if bs[j].Text != "" {
			return j
		}
	}
	return -1
}

func nextTextBlock(bs []Block, i int) int {
	for j := i + 1; j < len(bs); j++ {
		if bs[j].Text != "" {
			return j
		}
	}
	return -1
}
