package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// class is the jusText class of a block before the context pass.
type class int

const (
	bad class = iota
	short
	nearGood
	good
)

// jusText thresholds (Pomikálek 2011), in runes and stop-word fractions,
// lowered a little because the stop-word list here is shorter than jusText's.
const (
	lengthLow     = 70
	lengthHigh    = 200
	stopwordsLow  = 0.26
	stopwordsHigh = 0.30
	maxLinkDens   = 0.2
)

// key normalises a block for repeat detection: letters only, lower case,
// single spaces, so that near-exact copies (different digits, punctuation
// or quotes) share a key.
func key(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// markRepeats marks blocks that occur more than once in one dump, or in
// several dumps, as repeated. A dump that shares most of its text with
// another is a copy of the same article, not boilerplate: for it only repeats
// within the dump count.
func markRepeats(arts []*Article) {
	docsWith := map[string]int{}
	for _, a := range arts {
		a.repeated = make([]bool, len(a.Blocks))
		seen := map[string]bool{}
		for _, b := range a.Blocks {
			if k := key(b.Text); k != "" && !seen[k] {
				seen[k] = true
				docsWith[k]++
			}
		}
	}
	for _, a := range arts {
		count := map[string]int{}
		for _, b := range a.Blocks {
			count[key(b.Text)]++
		}
		total, shared := 0, 0
		for _, b := range a.Blocks {
			n := len(strings.Fields(b.Text))
			total += n
			if docsWith[key(b.Text)] > 1 {
				shared += n
			}
		}
		crossOK := shared*2 < total
		for i, b := range a.Blocks {
			k := key(b.Text)
			if k == "" {
				continue
			}
			a.repeated[i] = count[k] > 1 || (crossOK && docsWith[k] > 1)
		}
	}
}

// feat holds the statistics of one block.
type feat struct {
	words    []string // lower-cased words, letters and digits only
	runes    int
	stopDens float64
	linkDens float64
	capRatio float64 // share of words that start with a capital
	terminal bool    // ends like a sentence
	bullet   bool
}

var lynxRef = regexp.MustCompile(`\[\d+\]`)

func features(text string) feat {
	f := feat{runes: utf8.RuneCountInString(text)}
	raw := strings.Fields(text)
	caps, stops := 0, 0
	for _, w := range raw {
		lw := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }))
		lw = strings.ReplaceAll(lw, "’", "'")
		if lw == "" {
			continue
		}
		f.words = append(f.words, lw)
		if stopWords[lw] {
			stops++
		}
		if r := firstLetter(w); unicode.IsUpper(r) {
			caps++
		}
	}
	if n := len(f.words); n > 0 {
		f.stopDens = float64(stops) / float64(n)
		f.capRatio = float64(caps) / float64(n)
		f.linkDens = float64(len(lynxRef.FindAllString(text, -1))) / float64(n)
	}
	f.terminal = endsSentence(text)
	f.bullet = isBulletStart(text)
	return f
}

func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
	}
	return 0
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isCloseQuote(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func isCloseQuote(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', ')', ']':
		return true
	}
	return false
}

// initial is the context-free jusText class.
func initial(f feat) class {
	switch {
	case f.linkDens > maxLinkDens:
		return bad
	case f.runes < lengthLow:
		if f.linkDens > 0 {
			return bad
		}
		return short
	case f.stopDens >= stopwordsHigh:
		if f.runes > lengthHigh {
			return good
		}
		return nearGood
	case f.stopDens >= stopwordsLow:
		return nearGood
	}
	return bad
}

var (
	numberedItem = regexp.MustCompile(`^\d{1,2}[.)]\s`)
	placeholder  = regexp.MustCompile(`(?i)^(\[\s*(image|img|photo|picture|figure|fig|video|embed|iframe|graphic|chart|map|audio|inline|advert|ad)\b[^\]]*\]\s*)+$|^(iframe|image|img|embed|video|graphic)\s*:|^\[[^\]]{0,60}\]$`)
	captionStart = regexp.MustCompile(`(?i)^(photo|photograph|photos|picture|pictured|image|illustration|credit|photo credit|image credit|image source|source|caption|file photo|video|watch|graphic|chart)\s*(:|by\b|\|)`)
	creditInside = regexp.MustCompile(`(?i)(getty images|\bafp\b|ap photo|\(ap\)|/ ?reuters|reuters/|\(reuters\)|shutterstock|photo by|photograph by|photograph:|photo:|image:|credit:|\bimagine china\b|\bepa\b|alamy|istock|via getty|bloomberg via|courtesy of|file photo)`)
	datePrefix   = regexp.MustCompile(`(?i)^(last updated|updated|published|first published|posted|modified|last modified|date|originally published|posted on|published on)\b\s*:?\s*(on\s+)?`)
	dateExpr     = regexp.MustCompile(`(?i)\b((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})\b`)
	timeExpr     = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s*(utc|gmt|bst|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ist|jst|aest|[a-z]{2,4}t))?\b|\b\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(today|yesterday)\b`)
	readingTime  = regexp.MustCompile(`(?i)^(\d+\s*(-\s*)?(min(ute)?s?|minute)\s+read|reading time\b.*|listen to (this )?(article|story)\b.*|\d+:\d+\s*listen|audio version\b.*)$`)
	bylineRe     = regexp.MustCompile(`(?i)^(?:(?:written|edited|reported|reporting|editing|compiled|produced|posted|story|words|text|interview|additional reporting)\s+)?by\b[:\s]*(.*)$`)
	authorField  = regexp.MustCompile(`(?i)^(author|authors|reporter|writer|editor|contributor|columnist)s?\s*:\s*(.+)$`)
	urlOnly      = regexp.MustCompile(`(?i)^(\d+\.\s*)?(https?://|www\.|file://|mailto:)\S*$`)
	tagsLine     = regexp.MustCompile(`(?i)^(tags|topics|filed under|categories|category|related topics|more about|keywords)\s*:`)
	relatedHead  = regexp.MustCompile(`(?i)^(related( articles| stories| content| coverage| news| posts| reading| links)?|read more|read next|read also|also read|more from\b.*|more on\b.*|more in\b.*|more stories|more news|more articles|you may also like|you might also like|you may have missed|recommended( for you| stories| reading| articles)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|see also|further reading|what to read next|latest( news| stories| articles)?|popular( now| stories)?|editor'?s picks|don'?t miss|elsewhere on\b.*|around the web|sponsored stories|from our partners|in case you missed it)\s*:?(\s.*)?$`)
	adLine       = regexp.MustCompile(`(?i)^(advertisement|advertisements|ad|ads|sponsored|sponsored content|promoted|paid content|partner content|story continues below.*|article continues below.*|continue reading( below)?.*|scroll to continue.*|\(?advertisement\)?.*)$`)
	navSkip      = regexp.MustCompile(`(?i)^(skip to|jump to|back to top|go to|toggle|open menu|close menu|main menu|menu|search|home|sections|navigation)\b`)
	noticeFooter = regexp.MustCompile(`(?i)(©|\(c\)\s*\d{4}|copyright\s+(©\s*)?\d{4}|all rights reserved|privacy policy|privacy notice|terms of (use|service)|terms (and|&) conditions|cookie policy|cookie settings|do not sell|accessibility statement|contact us|about us|advertise with us|site map|sitemap)`)
	noticeCookie = regexp.MustCompile(`(?i)\bcookies?\b`)
	cookieCtx    = regexp.MustCompile(`(?i)(accept|consent|we use|experience|settings|preferences|continuing|agree|browse|browsing|personalis|personaliz|reject|manage)`)
	noticeSub    = regexp.MustCompile(`(?i)(newsletter|sign up|sign-up|signup|subscribe|subscription|subscriber|in your inbox|to your inbox|sign in|log in|login|create an account|create a free account|register now|already have an account|unlock|paywall|free trial|premium|join now|get unlimited|enter your email|email address)`)
	youCtx       = regexp.MustCompile(`(?i)\b(you|your|now|free|today|here|our|us)\b|!`)
	commentsLine = regexp.MustCompile(`(?i)^(\d+\s+)?(comments?|replies|join the conversation|leave a comment|show comments|view comments|add a comment|conversation)\b`)
)

// patternReason returns why a block is furniture by its own text, or "".
func patternReason(text string, f feat) string {
	lower := strings.ToLower(text)
	nw := len(f.words)
	switch {
	case placeholder.MatchString(text):
		return "image placeholder"
	case urlOnly.MatchString(text):
		return "link list"
	case readingTime.MatchString(text):
		return "article tools"
	case nw <= 8 && adLine.MatchString(text):
		return "advertisement"
	case nw <= 6 && navSkip.MatchString(text) && !f.terminal:
		return "navigation"
	case nw <= 40 && captionStart.MatchString(text):
		return "caption"
	case nw <= 60 && creditInside.MatchString(text) && !(f.runes > 300):
		return "caption"
	case nw <= 14 && isDateLine(text):
		return "date line"
	case nw <= 12 && isByline(text):
		return "byline"
	case nw <= 8 && isShareLine(f):
		return "share line"
	case isNavLine(text):
		return "navigation"
	case nw <= 12 && tagsLine.MatchString(text):
		return "tags"
	case nw <= 6 && commentsLine.MatchString(text) && !f.terminal:
		return "comments"
	case nw <= 60 && noticeCookie.MatchString(text) && cookieCtx.MatchString(text):
		return "cookie notice"
	case nw <= 50 && noticeSub.MatchString(text) && (youCtx.MatchString(text) || !f.terminal || nw <= 4):
		return "newsletter or subscription notice"
	case nw <= 40 && noticeFooter.MatchString(lower):
		return "footer"
	}
	return ""
}

// isDateLine reports whether text is a dateline: a date prefix ("Updated",
// "Published") or a line that is nothing but a date and time.
func isDateLine(text string) bool {
	if datePrefix.MatchString(text) {
		rest := datePrefix.ReplaceAllString(text, "")
		// "Updated" alone, or followed by a date or time: a dateline.
		// "Published research shows..." is prose.
		return rest == "" || dateExpr.MatchString(rest) || timeExpr.MatchString(rest) || len(strings.Fields(rest)) <= 2
	}
	if !dateExpr.MatchString(text) && !timeExpr.MatchString(text) {
		return false
	}
	rest := dateExpr.ReplaceAllString(text, " ")
	rest = timeExpr.ReplaceAllString(rest, " ")
	words := 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != "" && !strings.EqualFold(w, "at") && !strings.EqualFold(w, "on") {
			words++
		}
	}
	return words <= 2
}

// findDate returns the date expression of a dateline, or "".
func findDate(text string) string {
	if m := dateExpr.FindString(text); m != "" {
		return strings.TrimSpace(m)
	}
	return ""
}

// isByline reports whether text credits an author: "By Jane Doe",
// "Edited By", "Author: Jane Doe", "Reporting by ...; Editing by ...".
func isByline(text string) bool {
	if authorField.MatchString(text) {
		return true
	}
	m := bylineRe.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	rest := strings.TrimSpace(m[1])
	if rest == "" {
		return true // "By" or "Edited By" on a line of its own; the name follows
	}
	if endsSentence(rest) && !strings.HasSuffix(rest, "Jr.") {
		return false
	}
	return mostlyCapitalised(rest)
}

// bylineName returns the author named in a byline line, and a role after a
// comma or pipe ("By Jane Doe, Staff Writer").
func bylineName(text string) (name, role string) {
	var rest string
	if m := authorField.FindStringSubmatch(text); m != nil {
		rest = m[2]
	} else if m := bylineRe.FindStringSubmatch(text); m != nil {
		rest = m[1]
	}
	rest = strings.TrimSpace(rest)
	if i := strings.IndexAny(rest, ",|;"); i >= 0 {
		name, role = strings.TrimSpace(rest[:i]), strings.TrimSpace(rest[i+1:])
	} else {
		name = rest
	}
	return name, role
}

func mostlyCapitalised(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(w)
		if unicode.IsUpper(firstLetter(w)) || nameParticles[lw] || lw == "and" || lw == "&" || lw == "in" || lw == "for" || lw == "of" {
			caps++
		}
	}
	return caps*10 >= len(words)*8
}

func isShareLine(f feat) bool {
	if len(f.words) == 0 {
		return false
	}
	verb := false
	for _, w := range f.words {
		if !shareWords[w] {
			return false
		}
		if shareVerbs[w] {
			verb = true
		}
	}
	return verb
}

// isNavLine reports a menu on one line: "Home | News | Sport | Weather".
func isNavLine(text string) bool {
	for _, sep := range []string{"|", " · ", " • ", " / ", " > ", " » ", " › "} {
		parts := strings.Split(text, sep)
		if len(parts) < 3 && !(len(parts) == 2 && sep != " / ") {
			continue
		}
		ok := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" || (len(strings.Fields(p)) <= 4 && !endsSentence(p)) {
				ok++
			}
		}
		if ok == len(parts) && len(parts) >= 3 {
			return true
		}
		if len(parts) == 2 && ok == 2 && sep == "|" {
			return true
		}
	}
	return false
}

// isNameLine reports a line that is only a person's name: two to four
// capitalised words ("Jane Doe", "Mary J. Smith", "Ana de la Cruz").
func isNameLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	caps := 0
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		switch {
		case nameParticles[w]:
		case unicode.IsUpper(firstLetter(w)) && !stopWords[strings.ToLower(w)]:
			caps++
		default:
			return false
		}
	}
	return caps >= 2
}

// isRoleLine reports a short job-title line ("Senior Correspondent",
// "AI Tools Researcher & Implementation Consultant").
func isRoleLine(text string, f feat) bool {
	return len(f.words) >= 1 && len(f.words) <= 10 && !f.terminal && unicode.IsUpper(firstLetter(text)) && f.capRatio >= 0.5
}

// headingLike reports a line that reads as a heading: short, no closing full
// stop, starting with a capital or a digit.
func headingLike(text string, f feat) bool {
	if len(f.words) == 0 || len(f.words) > 15 || f.runes > 120 || f.bullet {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text, func(r rune) bool { return isCloseQuote(r) }))
	if r == '.' || r == ',' || r == ';' || r == '…' {
		return false
	}
	fl := firstLetter(text)
	return unicode.IsUpper(fl) || unicode.IsDigit(fl)
}

// linkLike reports a short line that reads like a link or menu item: no
// sentence ending, few words.
func linkLike(f feat) bool {
	return len(f.words) > 0 && !f.terminal && f.runes < 120
}

// transparent reasons are interruptions that sit inside the article (a
// promo box, an image and its caption, blank lines): the context pass looks
// through them to the blocks around.
func transparent(reason string) bool {
	switch reason {
	case "repeated block", "blank run", "image placeholder", "caption", "advertisement", "newsletter or subscription notice", "article tools", "share line":
		return true
	}
	return false
}

// classify decides the kind of every block of a.
func classify(a *Article) {
	bs := a.Blocks
	n := len(bs)
	fs := make([]feat, n)
	cls := make([]class, n)
	for i := range bs {
		if bs[i].Reason == "blank run" {
			continue
		}
		fs[i] = features(bs[i].Text)
		if a.repeated[i] {
			bs[i].Kind, bs[i].Reason = Furniture, "repeated block"
		} else if r := patternReason(bs[i].Text, fs[i]); r != "" {
			bs[i].Kind, bs[i].Reason = Furniture, r
		}
		cls[i] = initial(fs[i])
	}
	isFurn := func(i int) bool { return bs[i].Kind == Furniture }
	// next/prev non-furniture-transparent block index.
	nextText := func(i int) int {
		for j := i + 1; j < n; j++ {
			if bs[j].Reason == "blank run" {
				continue
			}
			return j
		}
		return -1
	}

	// Related-article lists: a "Read more"/"Related" header and the short
	// link-like lines after it, until prose (or a heading that leads prose).
	for i := 0; i < n; i++ {
		if isFurn(i) || bs[i].Text == "" || len(fs[i].words) > 8 || !relatedHead.MatchString(bs[i].Text) || fs[i].terminal {
			continue
		}
		bs[i].Kind, bs[i].Reason = Furniture, "related list"
		for j := nextText(i); j >= 0; j = nextText(j) {
			if isFurn(j) {
				if transparent(bs[j].Reason) || bs[j].Reason == "related list" {
					continue
				}
				break
			}
			if !linkLike(fs[j]) && cls[j] != short {
				break
			}
			if k := nextText(j); k >= 0 && !isFurn(k) && cls[k] == good && headingLike(bs[j].Text, fs[j]) {
				break
			}
			bs[j].Kind, bs[j].Reason = Furniture, "related list"
		}
	}

	// Menus: three or more short link-like lines in a row, unless the run
	// sits between two good paragraphs (then it is a list in the body).
	for i := 0; i < n; {
		if isFurn(i) || !(linkLike(fs[i]) && len(fs[i].words) <= 6) {
			i++
			continue
		}
		j := i
		for j < n && !isFurn(j) && linkLike(fs[j]) && len(fs[j].words) <= 6 {
			j++
		}
		if j-i >= 3 {
			before := neighbour(bs, cls, i, -1, true)
			after := neighbour(bs, cls, j-1, +1, true)
			if !(before == good && after == good) {
				for k := i; k < j; k++ {
					bs[k].Kind, bs[k].Reason = Furniture, "navigation"
				}
			}
		}
		i = j
	}

	// Title: the first substantial line before the first good paragraph.
	firstGood := -1
	for i := range bs {
		if !isFurn(i) && cls[i] == good {
			firstGood = i
			break
		}
	}
	if firstGood < 0 {
		for i := range bs {
			if !isFurn(i) && cls[i] == nearGood {
				firstGood = i
				break
			}
		}
	}
	if firstGood < 0 {
		for i := range bs {
			if bs[i].Kind == "" {
				bs[i].Kind, bs[i].Reason = Furniture, "not article text"
			}
		}
		return
	}
	title := -1
	for i := 0; i < firstGood; i++ {
		if isFurn(i) || len(fs[i].words) < 2 || len(fs[i].words) > 30 || strings.Contains(bs[i].Text, " | ") {
			continue
		}
		title = i
		break
	}
	if title < 0 && len(fs[firstGood].words) <= 40 && !fs[firstGood].terminal {
		title = firstGood
	}
	for i := 0; i < title; i++ {
		if !isFurn(i) {
			bs[i].Kind, bs[i].Reason = Furniture, "before title"
		}
	}
	if title >= 0 {
		bs[title].Kind = Title
		a.Title = bs[title].Text
		if firstGood == title {
			for i := title + 1; i < n; i++ {
				if !isFurn(i) && cls[i] == good {
					firstGood = i
					break
				}
			}
		}
	}

	// The header between title and first paragraph: subtitle, bylines, dates.
	sawByline := false
	for i := title + 1; i < firstGood && i >= 0; i++ {
		b := &bs[i]
		switch b.Reason {
		case "byline":
			sawByline = true
			if name, role := bylineName(b.Text); name != "" && a.Author == "" {
				a.Author = name
				if role != "" && a.Role == "" {
					a.Role = role
				}
			}
			continue
		case "date line":
			sawByline = true
			if d := findDate(b.Text); d != "" && a.Date == "" {
				a.Date = d
			}
			continue
		}
		if isFurn(i) {
			continue
		}
		if isNameLine(b.Text) && !leadsProse(bs, cls, fs, i) {
			b.Kind, b.Reason = Furniture, "byline"
			sawByline = true
			if a.Author == "" {
				a.Author = b.Text
			}
			if j := nextText(i); j >= 0 && j < firstGood && !isFurn(j) && isRoleLine(bs[j].Text, fs[j]) && !isNameLine(bs[j].Text) {
				bs[j].Kind, bs[j].Reason = Furniture, "byline"
				if a.Role == "" {
					a.Role = bs[j].Text
				}
			}
			continue
		}
		if a.Subtitle == "" && !sawByline && len(fs[i].words) >= 3 && !leadsProse(bs, cls, fs, i) {
			b.Kind = Subtitle
			a.Subtitle = b.Text
			continue
		}
		if headingLike(b.Text, fs[i]) && leadsProse(bs, cls, fs, i) {
			continue // a heading above the first paragraph; the context pass keeps it
		}
		if cls[i] == nearGood || cls[i] == good {
			continue
		}
		b.Kind, b.Reason = Furniture, "page header"
	}
	// Dates and bylines found anywhere fill metadata still missing.
	for i := range bs {
		if bs[i].Reason == "date line" && a.Date == "" {
			a.Date = findDate(bs[i].Text)
		}
	}

	// Context pass (jusText): short and near-good blocks take the class of
	// their neighbours; headings that lead a good paragraph are kept.
	start := firstGood
	if title >= 0 {
		start = title + 1
	}
	final := make([]class, n)
	copy(final, cls)
	for i := start; i < n; i++ {
		if bs[i].Kind != "" {
			continue
		}
		switch cls[i] {
		case short:
			p, q := neighbour(bs, cls, i, -1, true), neighbour(bs, cls, i, +1, true)
			switch {
			case p == good && q == good:
				final[i] = good
			case p == bad && q == bad:
				final[i] = bad
			case (p == bad && neighbour(bs, cls, i, -1, false) == nearGood) || (q == bad && neighbour(bs, cls, i, +1, false) == nearGood):
				final[i] = good
			default:
				final[i] = bad
			}
		case nearGood:
			p, q := neighbour(bs, cls, i, -1, true), neighbour(bs, cls, i, +1, true)
			if p == bad && q == bad {
				final[i] = bad
			} else {
				final[i] = good
			}
		}
		if final[i] != good && headingLike(bs[i].Text, fs[i]) && leadsProse(bs, cls, fs, i) {
			final[i] = good
		}
	}
	for i := start; i < n; i++ {
		if bs[i].Kind != "" {
			continue
		}
		switch {
		case final[i] != good:
			bs[i].Kind, bs[i].Reason = Furniture, "short link-like line"
			if len(fs[i].words) > 12 || fs[i].terminal {
				bs[i].Reason = "boilerplate text"
			}
		case headingLike(bs[i].Text, fs[i]) && cls[i] != good && leadsProse(bs, cls, fs, i):
			bs[i].Kind = Heading
		default:
			bs[i].Kind = Paragraph
		}
	}
}

// neighbour returns the class of the nearest block before (dir -1) or after
// (dir +1) i that is neither short nor transparent furniture; with
// skipNear, near-good blocks are passed over too. The page edge is bad;
// other furniture is bad.
func neighbour(bs []Block, cls []class, i, dir int, skipNear bool) class {
	for j := i + dir; j >= 0 && j < len(bs); j += dir {
		b := bs[j]
		switch {
		case b.Kind == Furniture && transparent(b.Reason):
			continue
		case b.Kind == Furniture:
			return bad
		case b.Kind == Title || b.Kind == Subtitle:
			return bad
		case b.Kind == Heading || b.Kind == Paragraph:
			return good
		case cls[j] == short:
			continue
		case cls[j] == nearGood && skipNear:
			continue
		}
		return cls[j]
	}
	return bad
}

// leadsProse reports whether the next text block after i (looking through
// images and captions) is a good or near-good paragraph.
func leadsProse(bs []Block, cls []class, fs []feat, i int) bool {
	for j := i + 1; j < len(bs); j++ {
		b := bs[j]
		if b.Reason == "blank run" || b.Reason == "image placeholder" || b.Reason == "caption" {
			continue
		}
		if b.Kind == Furniture {
			return false
		}
		return cls[j] == good || (cls[j] == nearGood && fs[j].terminal)
	}
	return false
}
