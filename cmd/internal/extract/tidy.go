package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// tidy runs the passes that read the markup inside a block's text before
// it is classified. Each removes marks that are not article text and
// records what they said; none adds a word or a letter.
//   - list markers ("- ", "• ", "1. ") become Block.Item;
//   - Markdown heading marks ("## ") become Block.Level;
//   - Markdown emphasis ("**bold**", "_word_") and links ("[text](url)")
//     become their text;
//   - the backslashes a dump kept from a page's script before quote marks
//     (`called it \\"fundamental\\"`) are removed;
//   - footnote markers after a sentence ("Network."1) are removed, and so is
//     a hover card printed into a sentence after a name ("Jane
//     Doe[doejane_03]Jane DoeLatest headline | Other headline MORE");
//   - a date stamp that opens a paragraph ("date 2023-10-17 The ...")
//     is removed and becomes the article's Date when it has none;
//   - a "[FULL STORY]" or "[Read more]" link closing a paragraph is removed,
//     and so is a "This article may be updated." notice run into its end;
//   - an "Original article: " label before a reprint's title is removed;
//   - characters a dump could not decode, a run of question marks or of
//     U+FFFD where emoji or another script stood, are removed;
//   - a wire-service prefix ("(Agency) —", "CITY (Agency) -") is removed
//     and its agency becomes the article's Outlet.
func tidy(a *Article) {
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if b.Text == "" {
			continue
		}
		b.Text = undecodable.ReplaceAllString(b.Text, "")
		b.Text = listMarker(b)
		b.Text = headingMarks(b)
		b.Text = inlineMarkup(b.Text)
		b.Text = stripFootnotes(b.Text)
		b.Text = escapedQuote.ReplaceAllString(b.Text, "$1")
		b.Text = hoverCard.ReplaceAllString(b.Text, "")
		b.Text = tickerTag.ReplaceAllString(b.Text, "") // in a headline too: "Nvidia ( NVDA ) falls"
		if t, ok := strings.CutSuffix(b.Text, " *"); ok && !strings.HasSuffix(t, "*") && !strings.Contains(t, ". ") {
			b.Text = strings.TrimRight(t, " ") // a list's star left after a headline: "... market rout *"
		}
		if m := originalLabel.FindStringIndex(b.Text); m != nil && len(strings.Fields(b.Text[m[1]:])) >= 3 {
			b.Text = b.Text[m[1]:]
		}
		for _, re := range gluedLabels {
			// The label's pattern ends on the text's first letter
			// (its group): the paragraph starts there.
			if m := re.FindStringSubmatchIndex(b.Text); m != nil && len(strings.Fields(b.Text[m[2]:])) >= 4 {
				b.Text = b.Text[m[2]:]
			}
		}
		if m := bracketedMoreEnd.FindStringSubmatchIndex(b.Text); m != nil && len(strings.Fields(b.Text[:m[2]])) >= 4 {
			b.Text = b.Text[:m[2]]
		}
		if t, d := dateStamp(b.Text); d != "" {
			b.Text = t
			if a.Date == "" {
				a.Date = d
			}
		}
		if m := gluedDate.FindStringSubmatchIndex(b.Text); m != nil && len(strings.Fields(b.Text)) <= 25 {
			// "Joe Biden endorses Kamala Harris for presidentJuly 22,
			// 2024 00:18": a headline with the page's time stamp run on.
			if a.Date == "" {
				a.Date = strings.TrimSpace(b.Text[m[4]:m[5]])
			}
			b.Text = b.Text[:m[3]]
		}
		b.Text = moreLink.ReplaceAllString(b.Text, "")
		if t := excerptMark.ReplaceAllString(b.Text, ""); t != b.Text && t != "" {
			// "... officials still […] More": an excerpt, cut where the
			// mark stands; its unfinished sentence is no claim.
			b.Text, b.Cut = t, true
		}
		if m := updateTail.FindStringSubmatchIndex(b.Text); m != nil {
			// "... the NHC said in an update.This article may be
			// updated.", "... at 8:31 p.m. Watch live coverage in the
			// video player above.": the page's notice, run into the
			// paragraph.
			b.Text = b.Text[:m[3]]
		}
		if t, o := readFullTail(b.Text); o != "" {
			b.Text = t
			if a.Outlet == "" {
				a.Outlet = o
			}
		}
		if m := agencyTail.FindStringSubmatchIndex(b.Text); m != nil && len(strings.Fields(b.Text[:m[3]])) >= 4 && (m[6] >= 0 || tellsPast(b.Text[:m[3]])) {
			// "President Xi has sent his condolences to acting
			// president Choi. (AP, AFP)": the agencies the outlet
			// drew on, a credit after the sentence.
			b.Text = b.Text[:m[3]]
		}
		if t, o := wirePrefix(b.Text); o != "" {
			b.Text = t
			if a.Outlet == "" {
				a.Outlet = o
			}
		}
		b.Text = WithoutDateline(b.Text)
	}
}

// agencyTail is a credit to news agencies in brackets closing a
// paragraph after its last sentence: "(AP, AFP)", "(Reuters)", "(AFP/dpa)".
var agencyTail = regexp.MustCompile(`([.!?][”"’']?)\s+\((\p{Lu}[\p{L}]{1,9})(\s*[,/&]\s*(\p{Lu}[\p{L}]{1,9}))*\)\s*$`)

// tellsPast reports whether s tells something in the past ("has sent",
// "said"): a report, where a photo's caption ("The border check point
// near Nogales, Ariz. (AP)") describes what is seen and keeps its credit
// for the caption rules to read.
func tellsPast(s string) bool {
	for _, w := range text.WordTexts(s) {
		if text.PastForm(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// gluedDate is a date (and a time) run onto the last word of a line with
// no space between ("... for presidentJuly 22, 2024 00:18").
var gluedDate = regexp.MustCompile(`(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})(\s+\d{1,2}:\d{2}(\s*[AaPp]\.?[Mm]\.?)?)?\s*$`)

// undecodable is what a dump prints for characters it could not decode: a
// run of four question marks or more, or replacement characters ("????On
// July 19, ..."); prose asks one question at a time.
var undecodable = regexp.MustCompile(`\?{4,}\s*|\x{FFFD}+\s*`)

// escapedQuote is a quote mark escaped as a script escapes it in a
// string, one backslash or more before it: prose never sets a backslash
// there.
var escapedQuote = regexp.MustCompile(`\\+(["'“”‘’])`)

// itemMarker is a list item's marker: a bullet glyph or a number.
var itemMarker = regexp.MustCompile(`^([-*+•–·▪◦]|\d{1,2}[.)])\s+`)

// listMarker moves the marker of a list item into b.Item: "-" for a
// bullet, "1." for a numbered item. A line of marks alone stays as it is.
func listMarker(b *Block) string {
	m := itemMarker.FindStringSubmatch(b.Text)
	if m == nil {
		return b.Text
	}
	rest := b.Text[len(m[0]):]
	if !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return b.Text // "* * *": a section break
	}
	b.Item = "-"
	if unicode.IsDigit(rune(m[1][0])) {
		b.Item = strings.TrimSuffix(strings.TrimSuffix(m[1], ")"), ".") + "."
	}
	return rest
}

var headingMark = regexp.MustCompile(`^(#{1,6})\s+(\S.*?)(\s+#+)?$`)

// headingMarks reads a Markdown heading ("## What was agreed"): the level
// goes to b.Level, the text keeps the words only.
func headingMarks(b *Block) string {
	m := headingMark.FindStringSubmatch(b.Text)
	if m == nil || b.Item != "" || len(strings.Fields(m[2])) > 20 {
		return b.Text
	}
	b.Level = len(m[1])
	return m[2]
}

var (
	// mdLink is a Markdown link or image: its text stays.
	mdLink = regexp.MustCompile(`!?\[([^\]\n]*)\]\((?:https?://|/|\.|#|mailto:)[^)\s]*(?:\s+"[^"]*")?\)`)
	// mdEmphasis is emphasis around words ("**old mill**", "_two
	// years_"): the marks touch a letter or digit inside and stand apart
	// from other marks and words outside, so that a rule of underscores or
	// a lone star is not emphasis.
	mdEmphasis = regexp.MustCompile(`(^|[\s(“"'])(\*\*|__|\*|_)([\p{L}\p{N}](?:[^*_\n]*[\p{L}\p{N}.!?’”"'])?)(\*\*|__|\*|_)([\s).,;:!?’”"']|$)`)
)

// inlineMarkup reads a Markdown text's inline marks as what they mark: a
// link is its text, emphasis its words. The marks are not the article's
// words, and printed as text they would read as symbols.
func inlineMarkup(s string) string {
	if !strings.ContainsAny(s, "*_[") {
		return s
	}
	s = mdLink.ReplaceAllString(s, "$1")
	return mdEmphasis.ReplaceAllStringFunc(s, func(m string) string {
		sm := mdEmphasis.FindStringSubmatch(m)
		if sm[2] != sm[4] {
			return m
		}
		return sm[1] + sm[3] + sm[5]
	})
}

var (
	// footnoteAfterQuote is a footnote number after a sentence's close
	// quote: `Network."1 It`.
	footnoteAfterQuote = regexp.MustCompile(`([.!?][”"’'])\d{1,2}(\s|$)`)
	// footnoteAfterStop is one after a full stop that ends a word or a
	// year: "founded in 2024.2 Its", "the network.3". A decimal
	// ("3.5 per cent") has a digit of one to three places before the point.
	footnoteAfterStop = regexp.MustCompile(`(\p{L}{2}|\b\d{4})\.\d{1,2}(\s+\p{Lu}|\s*$)`)
)

func stripFootnotes(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	s = footnoteAfterQuote.ReplaceAllString(s, "$1$2")
	return footnoteAfterStop.ReplaceAllString(s, "$1.$2")
}

// dateStampLabel opens a paragraph with a label and a date: "date
// 2023-10-17 The ministers ...", "Published: 4 March 2025 The ...".
var dateStampLabel = regexp.MustCompile(`(?i)^(date|dated|published|posted|updated|last updated)\s*:?\s*(on\s+)?`)

// dateStamp splits a date stamp from the prose after it.
func dateStamp(s string) (rest, date string) {
	t := dateStampLabel.ReplaceAllString(s, "")
	loc := dateExpr.FindStringIndex(t)
	if m := isoMonth.FindStringIndex(t); t != s && m != nil && (loc == nil || loc[0] != 0) {
		loc = m // "date 2024-10 Hurricane ...": a labelled year and month
	}
	if loc == nil || loc[0] != 0 {
		return s, ""
	}
	if t == s && !isoDate.MatchString(t[:loc[1]]) {
		return s, "" // "March 2025 was ..." is prose; a bare ISO date is a stamp
	}
	rest = strings.TrimLeft(t[loc[1]:], " ,:|–—-")
	// The prose may open with a wire prefix ("(Agency) — Ministers ..."),
	// which tidy removes next.
	if _, o := wirePrefix(rest); len(strings.Fields(rest)) < 5 || !unicode.IsUpper(firstRune(rest)) && o == "" {
		return s, ""
	}
	return rest, strings.TrimSpace(t[:loc[1]])
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// isoMonth is a year and month in ISO form at the start of a labelled
// stamp ("2024-10"), a date field with its day missing.
var isoMonth = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])(\s|$)`)

// originalLabel labels the title of the article a page reprints
// ("Original article: Storm closes the harbour"): the title is that
// article's, and the page's own headline when it has no other.
var originalLabel = regexp.MustCompile(`(?i)^(original article|original story|originally published as|read the original article)\s*:\s*`)

// gluedMore is a widget's "More ..." link printed into the start of the
// paragraph under it with no space between ("More ShortsIn 1999, the judge
// joined ...", "Read moreThe board ..."): the label ends on a small letter
// and the sentence starts on the capital right after it (the group). A
// name with a capital inside ("More MacKay voters ...") may pass for
// one; its lower-case run before the capital is too short.
var gluedMore = regexp.MustCompile(`^(?:More|(?:See|View|Read) [Mm]ore)(?:\s\p{Lu}\p{Ll}{3,})?(\p{Lu}\p{Ll}*\s)`)

// gluedAdLabel is an advert slot's label printed into the start of the
// paragraph after it ("Hide AdIn an interview with ...", "Advertisement
// Hide AdThe flawed update ..."): the sentence starts on the capital right
// after the labels (the group).
var gluedAdLabel = regexp.MustCompile(`^(?:(?:Hide Ad|Skip Ad|Advertisement|ADVERTISEMENT|Sponsored|Story continues below advertisement)\s*)+(\p{Lu}\p{Ll}*\s)`)

// bracketedMore is a link to more of the section's news in brackets,
// printed into the start of the next paragraph: "(More Football News)
// Huge favourites going into the game, ...".
var bracketedMore = regexp.MustCompile(`^` + bracketedLink + `\s*(\p{Lu})`)

// bracketedMoreEnd is such a link closing a paragraph after its last
// sentence: "... at Wembley on Saturday. (More Football News)".
var bracketedMoreEnd = regexp.MustCompile(`[.!?][”"’']?(\s+` + bracketedLink + `)\s*$`)

// bracketedLink is the bracketed link of bracketedMore and bracketedMoreEnd.
const bracketedLink = `\((?:More|Read more|Related|See more|Watch)(?: \p{Lu}[\p{L}&-]*){0,3} ?(?:[Nn]ews|[Ss]tories|[Cc]overage)?\)`

// gluedLabels are the labels a dump prints into the start of a paragraph,
// removed in this order.
var gluedLabels = []*regexp.Regexp{gluedMore, gluedAdLabel, bracketedMore}

// hoverCard is the card a page shows when the pointer rests on a name,
// printed into the sentence after the name: the card's image name in
// brackets, the name again and the person's latest headlines, closed by a
// "MORE" link ("Rep. Jane Doe[doejane_03]Jane DoeCouncil backs harbour
// plan | Ferry strike ends MORE (D-Port Avel) said ..."). The sentence
// reads on after it.
var hoverCard = regexp.MustCompile(`\[[a-z][a-z0-9_-]*\]\p{Lu}.{0,900}?\sMORE\b`)

// updateTail is a notice of the page, closing a paragraph it does not
// belong to: that the story will be updated, or a pointer to its video
// ("Watch live coverage in the video player above.", "Watch the live
// stream below.").
var updateTail = regexp.MustCompile(`(?i)([.!?]["”’]?)\s*(this (article|story|post|report) (will|may) be updated|watch (the |our )?(live )?(coverage|video|stream|broadcast|footage)( live)?( (in|on) the (video )?player)? (above|below))\.?$`)

// moreLink is a link to the rest of the story set at the end of a
// teaser paragraph: "... its monetary policy [FULL STORY]", "[Read more]".
var moreLink = regexp.MustCompile(`(?i)\s+\[\s*(full story|read more|more|continue reading|read the full (story|article))\s*(»|>|…|\.\.\.)?\s*\]$`)

// readFullTailRe is a "Read the full article at X." sentence that closes
// a teaser paragraph.
var readFullTailRe = regexp.MustCompile(`(?i)([.!?][”"’']?)\s+(read|view|see|continue reading)( the)?( full| whole| complete| original| rest of the)?( article| story| report| post)?\s+(at|on)\s+(\S+(\s+\p{Lu}\S*){0,3}?)\.?$`)

// readFullTail splits a closing "Read the full article at X." from the
// paragraph it ends, and returns the outlet it names.
func readFullTail(s string) (rest, outlet string) {
	m := readFullTailRe.FindStringSubmatchIndex(s)
	if m == nil {
		return s, ""
	}
	return s[:m[3]], strings.TrimRight(s[m[14]:m[15]], ".")
}

// wire is a wire-service prefix: an optional dateline city in capitals
// ("ST. JOSEPH, Mich.") or a date ("March 21 (UPI) --"), the agency in
// brackets, a dash or an underscore
// (or nothing, where a dump ran the agency into the text).
var wire = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'’-]+(,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?){0,2}\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)?\((\p{Lu}[\p{L}&.]*(\s+\p{Lu}[\p{L}&.]*){0,3})\)\s*([—–_-]{1,2}\s*)?`)

// slashWire is a wire dateline that sets the agency between slashes:
// "MOSCOW, July 8. /TASS/. ", "/Xinhua/ ".
var slashWire = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'’-]+,\s+[^/]{0,30}?\s+)?/(\p{Lu}[\p{L}&. -]{1,20})/\.?\s+`)

// excerptMark closes an excerpt: "[…] More", "[...] Read more", "[…]".
var excerptMark = regexp.MustCompile(`(?i)\s*\[\s*(…|\.\.\.)\s*\]\s*((read |view |see )?more|continue reading)?\s*(»|>|›)?$`)

// dateline is a news dateline opening a story: a place in capitals, a
// date, a dash ("BRUSSELS, May 21 — ", "PORT AVEL, Norland, 3 March –").
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+(,\s*\p{Lu}[\p{L}.]*)?,\s+(\d{1,2}\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(\s+\d{1,2})?(,?\s+\d{4})?\s*[—–-]{1,2}\s+`)

// placeDash is a dateline of a place alone, in capitals, before a dash
// ("SEOUL, South Korea — "); placeColon one in title case with a date and
// a colon ("New Delhi, Aug 05: "), which a copy may follow with the place
// again ("New Delhi: ").
var (
	placeDash = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’-]{2,}( \p{Lu}[\p{Lu}.'’-]+)*(,\s*\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?)?\s+[—–]\s+`)
	// cityRegionDash is a place and its region in ordinary case before a
	// dash ("Redmond, Washington - Microsoft and ..."): two names and a
	// comma, so that a sentence's subject before a dash is not one.
	cityRegionDash = regexp.MustCompile(`^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?, \p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?\s+[-—–]\s+`)
	// placeParen is a place and an agency's tag in brackets
	// ("Washington, (APP - Example News - 3rd Dec, 2024) ").
	placeParen = regexp.MustCompile(`^\p{Lu}[\p{L}.]+( \p{Lu}[\p{L}.]+)?,\s*\(\p{Lu}{2,}[^()]{0,80}\)\s+`)
	placeColon = regexp.MustCompile(`^(\p{Lu}\p{L}+( \p{Lu}\p{L}+)?),\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*:\s+`)
)

// WithoutDateline is s without the news dateline that opens it, if any:
// what the story says starts after it.
func WithoutDateline(s string) string {
	for _, re := range []*regexp.Regexp{dateline, placeDash, placeParen, cityRegionDash} {
		if m := re.FindStringIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 4 && unicode.IsUpper(firstRune(s[m[1]:])) {
			return s[m[1]:]
		}
	}
	if m := placeColon.FindStringSubmatchIndex(s); m != nil && len(strings.Fields(s[m[1]:])) >= 4 {
		rest := s[m[1]:]
		return strings.TrimPrefix(rest, s[m[2]:m[3]]+": ")
	}
	return s
}

// wirePrefix splits a wire-service prefix from the sentence it opens.
// allCapsTag is an agency's tag in capitals ("MENAFN", "AFP"): with no
// dash after it, a tag in brackets opening a paragraph is still the wire's
// when it is written so; "(Clockwise from left) Jane ..." is not.
var allCapsTag = regexp.MustCompile(`^\p{Lu}{2,10}$`)

func wirePrefix(s string) (rest, outlet string) {
	if m := slashWire.FindStringSubmatchIndex(s); m != nil && unicode.IsUpper(firstRune(s[m[1]:])) && len(strings.Fields(s[m[1]:])) >= 4 {
		return s[m[1]:], s[m[4]:m[5]]
	}
	m := wire.FindStringSubmatchIndex(s)
	if m == nil {
		return s, ""
	}
	rest = s[m[1]:]
	agency := s[m[6]:m[7]]
	dash := m[10] >= 0
	// With no dash, the brackets are a wire tag when they touch the text
	// ("(CNN)Hurricane") or hold an agency's tag in capitals ("(NNA) The
	// ministry"): a label in capitals ("(UPDATE) The") is none.
	tag := m[1] > 0 && s[m[1]-1] != ' ' || allCapsTag.MatchString(agency) && !text.LabelWord(strings.ToLower(agency))
	if !unicode.IsUpper(firstRune(rest)) || len(strings.Fields(rest)) < 4 || !dash && !tag {
		return s, ""
	}
	return rest, agency
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// markupHeadings honours Markdown heading marks (see headingMarks): the
// text said what it is. A "#" heading before any title is the title; a
// deeper one that the classifier dropped or read as a subtitle, with article
// text after it, is a heading.
func markupHeadings(a *Article) {
	bs := a.Blocks
	titled := false
	last := -1
	for i, b := range bs {
		if b.Kind == Paragraph {
			last = i
		}
	}
	for i := range bs {
		b := &bs[i]
		if b.Kind == Title {
			titled = true
		}
		if b.Level == 0 || i > last {
			continue
		}
		switch {
		case b.Level == 1 && !titled:
			for j := range bs {
				if bs[j].Kind == Title {
					bs[j].Kind, bs[j].Reason = Furniture, BeforeTitle
				}
			}
			b.Kind, b.Reason = Title, ""
			a.Title = b.Text
			titled = true
		case b.Kind == Subtitle || b.Kind == Furniture && !transparent(b.Reason):
			if b.Kind == Subtitle {
				a.Subtitle = ""
			}
			b.Kind, b.Reason = Heading, ""
		}
	}
}

// noteOutlet takes the outlet from a "read the full article at ..." line
// when the text named none before.
func noteOutlet(a *Article) {
	for _, b := range a.Blocks {
		if a.Outlet != "" {
			return
		}
		if b.Reason == ReadMore {
			if m := readFullOutlet.FindStringSubmatch(b.Text); m != nil {
				a.Outlet = strings.TrimRight(m[2], ".")
			}
		}
	}
}

// markCut marks the article's last paragraph as cut when the text stops in
// the middle of it: it ends with a letter, a digit or a comma rather than
// the punctuation that closes a sentence (a truncated copy: "... of a new
// US technolo"). Nothing is added to it; import leaves its unfinished last
// sentence out of the briefing.
func markCut(bs []Block) {
	// The classifier drops a cut last paragraph as a line with no
	// sentence end; right under the article's last paragraph, the text's
	// very last block, prose in sentence case, it is the article's.
	last := len(bs) - 1
	for last >= 0 && bs[last].Reason == BlankRun {
		last--
	}
	if p := last - 1; last > 0 && (bs[last].Reason == ShortLinkLike || bs[last].Reason == BoilerplateText) {
		for p >= 0 && bs[p].Reason == BlankRun {
			p--
		}
		if f := features(bs[last].Text); p >= 0 && bs[p].Kind == Paragraph && len(f.words) >= 8 && f.capRatio < 0.5 && f.stopDens >= 0.1 {
			bs[last].Kind, bs[last].Reason = Paragraph, ""
		}
	}
	for i := len(bs) - 1; i >= 0; i-- {
		b := &bs[i]
		if b.Kind == Furniture {
			continue
		}
		if b.Kind != Paragraph || len(strings.Fields(b.Text)) < 10 {
			return
		}
		// "... polling numbers against former…": an ellipsis right after
		// a word marks the copy's cut as well as no mark does.
		t := strings.TrimSuffix(strings.TrimSuffix(b.Text, "…"), "...")
		r, _ := utf8.DecodeLastRuneInString(t)
		b.Cut = unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
		if b.Item != "" && !innerSentenceEnd.MatchString(b.Text) {
			// List items often end with no full stop; one is cut only
			// where its list punctuates (the item before ends a
			// sentence) or it holds sentences itself.
			p := i - 1
			for p >= 0 && bs[p].Reason == BlankRun {
				p--
			}
			b.Cut = b.Cut && p >= 0 && bs[p].Item != "" && endsSentence(bs[p].Text)
		}
		return
	}
}

// dateLayouts are the date forms dateExpr finds that ISODate can read.
var dateLayouts = []string{"2006-01-02", "2 January 2006", "January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"Jan 2 2006", "2 Jan 2006", "Monday 2 January 2006", "Monday, 2 January 2006", "Monday, January 2, 2006", "Monday January 2, 2006",
	"Mon, Jan 2, 2006", "Mon 2 Jan 2006", "2 January, 2006", "2 Jan, 2006", "Mon, 2 January 2006", "Mon, 2 Jan 2006"}

var ordinal = regexp.MustCompile(`(\d)(st|nd|rd|th)\b`)

// ISODate returns a date as the text wrote it ("Tuesday 4 February 2025")
// as 2025-02-04, or "" when it is not a whole date that can be read
// without guessing (a month and year alone, or 03/04/2025, day or month
// first).
func ISODate(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = ordinal.ReplaceAllString(s, "$1")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
