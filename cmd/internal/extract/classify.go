package extract

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
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
	keys := make([][]string, len(arts))
	docsWith := map[string]int{}
	for ai, a := range arts {
		a.repeated = make([]bool, len(a.Blocks))
		keys[ai] = make([]string, len(a.Blocks))
		seen := map[string]bool{}
		for i, b := range a.Blocks {
			k := key(b.Text)
			keys[ai][i] = k
			if k != "" && !seen[k] {
				seen[k] = true
				docsWith[k]++
			}
		}
	}
	siteMates, holders := sameSite(arts, keys, report)
	// For runs of sentences, chrome is what is no sentence: the run's own
	// blocks are no evidence that two dumps are one site's.
	chromeMates, _ := sameSite(arts, keys, func(t string) bool { return report(t) || plainSentence(t) })
	for ai, a := range arts {
		count := map[string]int{}
		total, shared := 0, 0
		for i, b := range a.Blocks {
			k := keys[ai][i]
			count[k]++
			n := len(strings.Fields(b.Text))
			total += n
			if docsWith[k] > 1 {
				shared += n
			}
		}
		crossOK := shared*2 < total
		a.copies = make([]int, len(a.Blocks))
		a.first = make([]bool, len(a.Blocks))
		a.across = make([]bool, len(a.Blocks))
		seen := map[string]bool{}
		for i, b := range a.Blocks {
			k := keys[ai][i]
			if k == "" {
				continue
			}
			a.copies[i] = count[k]
			a.first[i] = !seen[k]
			seen[k] = true
			a.across[i] = crossOK && docsWith[k] > 1 && !syndicated(b.Text, ai, holders[k], siteMates)
			a.repeated[i] = count[k] > 1 || a.across[i]
		}
		syndicatedRuns(a, keys[ai], holders, chromeMates)
	}
}

// syndicatedRuns clears the cross-dump mark of the blocks of a run of two
// or more that another outlet prints too, each a sentence in sentence
// case (a list's items copied with the wire story: "- No crane could be
// run by hand for more than an hour."): too short to read as a report
// alone, together they are the story's text, not a site's chrome, which is
// no run of sentences.
func syndicatedRuns(a *Article, keys []string, holders map[string][]int, mates map[[2]int]bool) {
	sentence := func(i int) bool { return a.across[i] && plainSentence(a.Blocks[i].Text) }
	for i := 0; i < len(a.Blocks); {
		if !sentence(i) {
			i++
			continue
		}
		j, n := i, 0 // the run: sentence blocks, blank lines between
		for ; j < len(a.Blocks) && (sentence(j) || a.Blocks[j].Text == ""); j++ {
			if a.Blocks[j].Text != "" {
				n++
			}
		}
		if n >= 2 {
			for k := i; k < j; k++ {
				if a.Blocks[k].Text != "" && !siteChrome(keys[k], holders, mates) {
					a.across[k] = false
					a.repeated[k] = a.copies[k] > 1
				}
			}
		}
		i = j
	}
}

// plainSentence reports a block that is a sentence of prose: six words or
// more in sentence case, ending like a sentence or leading into a list
// (a colon), not in the outlet's voice.
func plainSentence(t string) bool {
	f := features(t)
	return (f.terminal || strings.HasSuffix(strings.TrimSpace(t), ":")) && len(f.words) >= 6 && f.capRatio < 0.5 && !outletVoice.MatchString(t)
}

// siteChrome reports whether two dumps that hold the block key share a
// site's chrome (see sameSite): then the block may be that site's.
func siteChrome(key string, holders map[string][]int, mates map[[2]int]bool) bool {
	h := holders[key]
	for x := range h {
		for y := x + 1; y < len(h); y++ {
			if mates[[2]int{h[x], h[y]}] {
				return true
			}
		}
	}
	return false
}

// sameSite says, for each pair of dumps, whether they share a block that
// is not a story's text (story; report: a menu entry, a section name, a footer line): the
// chrome of one site, which two outlets' pages do not have in common. It
// also returns, for every block key, the dumps that hold it.
func sameSite(arts []*Article, keys [][]string, story func(string) bool) (map[[2]int]bool, map[string][]int) {
	holders := map[string][]int{}
	for ai := range arts {
		for _, k := range keys[ai] {
			if h := holders[k]; k != "" && (len(h) == 0 || h[len(h)-1] != ai) {
				holders[k] = append(h, ai)
			}
		}
	}
	mates := map[[2]int]bool{}
	// sharedStory reports whether block i of dump ai is story text other
	// dumps print too.
	sharedStory := func(ai, i int) bool {
		return len(holders[keys[ai][i]]) > 1 && story(arts[ai].Blocks[i].Text)
	}
	for ai, a := range arts {
		for i, b := range a.Blocks {
			h := holders[keys[ai][i]]
			if len(h) < 2 || h[0] != ai || story(b.Text) || storyQuestion(b.Text) || subheadLike(b.Text) && amidShared(a, i, func(j int) bool { return sharedStory(ai, j) }) {
				continue
			}
			for x := range h {
				for y := x + 1; y < len(h); y++ {
					mates[[2]int{h[x], h[y]}] = true
				}
			}
		}
	}
	return mates, holders
}

// storyQuestion reports a question a story's sub-heading asks of its
// event ("What caused the accident?", "Who was on board?"): a wh-word, no
// word to the reader or of the outlet. "Have a news tip?" and "What's on
// your mind?" are a site's.
func storyQuestion(t string) bool {
	t = strings.TrimSpace(t)
	ws := strings.Fields(t)
	if !strings.HasSuffix(t, "?") || len(ws) < 3 || len(ws) > 14 || outletVoice.MatchString(t) {
		return false
	}
	switch strings.ToLower(strings.Trim(ws[0], "“\"'")) {
	case "what", "why", "how", "who", "when", "where", "which", "will", "is", "are", "was", "did", "does", "can":
		return true
	}
	return false
}

// subheadLike reports a line a story's sub-heading may be: a question
// ("What happened?") or a sentence ("Here's what we know so far."), which
// a menu or a footer line is not.
func subheadLike(t string) bool {
	t = strings.TrimSpace(t)
	return len(strings.Fields(t)) >= 2 && endsSentence(t) && !strings.Contains(t, "|")
}

// amidShared reports whether block i of a stands next to shared story
// text, within three blocks of text on one side or the other (shared
// reports whether a block is): a sub-heading of a wire story two outlets
// print ("What happened?", "Here's what we know so far."), which their
// edits of the paragraphs between may leave the only words they share
// besides the lead, not a site's chrome. A site's pages share chrome
// enough away from any story they have in common (menus, footers).
func amidShared(a *Article, i int, shared func(int) bool) bool {
	near := func(step int) bool {
		for j, n := i+step, 0; j >= 0 && j < len(a.Blocks) && n < 3; j += step {
			if strings.TrimSpace(a.Blocks[j].Text) == "" {
				continue
			}
			if shared(j) {
				return true
			}
			n++
		}
		return false
	}
	return near(-1) || near(1)
}

// syndicated reports whether a block that dump ai shares with other dumps
// is a news paragraph printed by several outlets (a wire story), not one
// site's boilerplate: it reads as a report, and no dump that holds it
// shares any of a site's chrome with ai (a site's pages share their menus
// and footers; two outlets printing one wire story do not). The copies are
// the same claim twice, which import's dedup merges, crediting both
// sources.
func syndicated(t string, ai int, holders []int, mates map[[2]int]bool) bool {
	for _, h := range holders {
		if h != ai && mates[[2]int{min(h, ai), max(h, ai)}] {
			return false
		}
	}
	return report(t)
}

// report reports whether a block reads as a piece of news: prose in
// sentence case of newsWords words or more that names someone or gives a
// figure, and speaks neither to the reader nor as the outlet (no "you",
// "our", "we": a promo, a privacy notice) outside a quotation (the "we"
// of "“We are seriously concerned,” a spokesman said" is the speaker's).
func report(t string) bool {
	f := features(t)
	if len(f.words) < newsWords || f.capRatio >= 0.5 || outletVoice.MatchString(outsideQuotes(t)) {
		return false
	}
	names := 0
	for i, w := range strings.Fields(t) {
		if i > 0 && unicode.IsUpper(firstLetter(w)) {
			names++
		}
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return names >= 2
}

// quotation is a passage in double quotation marks, straight or curly.
var quotation = regexp.MustCompile(`“[^”]*”|"[^"]*"`)

// outsideQuotes is t without its quotations.
func outsideQuotes(t string) string { return quotation.ReplaceAllString(t, " ") }

// newsWords is the fewest words of a syndicated news paragraph: a promo
// line or a footer is shorter, or speaks to the reader.
const newsWords = 12

// outletVoice: a line that speaks to the reader or as the outlet ("Join
// our community", "we value your privacy"); "US", the country, is none.
var outletVoice = regexp.MustCompile(`\b([Yy]ou|[Yy]our|[Oo]ur|[Ww]e|us)\b`)

// feat holds the statistics of one block.
type feat struct {
	text     string
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
	f := feat{text: text, runes: utf8.RuneCountInString(text)}
	raw := strings.Fields(text)
	caps, stops := 0, 0
	for _, w := range raw {
		lw := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' }))
		lw = strings.ReplaceAll(lw, "’", "'")
		if lw == "" {
			continue
		}
		f.words = append(f.words, lw)
		if isProseWord(lw) {
			stops++
		}
		if r := firstLetter(w); unicode.IsUpper(r) {
			caps++
		}
	}
	if n := len(f.words); n > 0 {
		f.stopDens = float64(stops) / float64(n)
		f.capRatio = float64(caps) / float64(n)
		if strings.Contains(text, "[") {
			f.linkDens = float64(len(lynxRef.FindAllString(text, -1))) / float64(n)
		}
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
	case f.runes > lengthHigh && f.terminal && f.stopDens >= 0.18 && strings.Count(f.text, ". ") >= 1:
		// Dense expert prose (many names and terms) is still prose when it
		// runs to several sentences; jusText would lose it. Let its
		// neighbours decide.
		return nearGood
	case f.terminal && len(f.words) >= 10 && f.stopDens >= 0.1 && f.linkDens == 0 && f.capRatio < 0.5:
		// A long sentence dense in names and figures ("Current
		// landscape: the United States and China lead ...") is prose
		// too; its neighbours decide.
		return nearGood
	}
	return bad
}

var (
	numberedItem       = regexp.MustCompile(`^\d{1,2}[.)]\s`)
	lynxBullet         = regexp.MustCompile(`^[*+o#@-] `)
	placeholder        = regexp.MustCompile(`(?i)^(\[\s*(image|img|photo|picture|figure|fig|video|embed|iframe|graphic|chart|map|audio|inline|advert|ad)\b[^\]]*\]\s*)+$|^(iframe|image|img|embed|video|graphic)\s*:|^\[[^\]]{0,60}\]$|^(\[[^\]\s]{1,40}\]\s*){2,}$`)
	captionStart       = regexp.MustCompile(`(?i)^(photo|photograph|photos|picture|pictured|image|illustration|credit|photo credit|image credit|image source|source|caption|file photo|video|watch|watch again|watch live|watch now|watch the video|graphic|chart)\s*(:|by\b|via\b|courtesy\b|\|)`)
	datePrefix         = regexp.MustCompile(`(?i)^(last updated|updated|published|first published|posted|modified|last modified|date|originally published|posted on|published on)\b\s*:?\s*(on\s+)?`)
	dateExpr           = text.DateExpr
	timeExpr           = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?(\s*(utc|gmt|bst|cet|cest|est|edt|et|pst|pdt|pt|cst|cdt|ist|jst|aest|[a-z]{2,4}t))?\b|\b\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(today|yesterday)\b`)
	readingTime        = regexp.MustCompile(`(?i)^(\d+\s*(-\s*)?(min(ute)?s?|minute)\s+read|reading time\b.*|listen to (this )?(article|story)\b.*|\d+:\d+\s*listen|audio version\b.*)$`)
	authorField        = regexp.MustCompile(`(?i)^(author|authors|reporter|writer|editor|contributor|columnist|from)s?\s*:\s*(.+)$`)
	counter            = regexp.MustCompile(`(?i)^(item|image|photo|slide|picture)?\s*\d+\s*(/|of)\s*\d+\b`)
	correction         = regexp.MustCompile(`(?i)^((editor['’]?s note|update|updated)\s*:\s*)?(this (article|story|piece|report|post) (was|has been|will be|may be|is being) (amended|corrected|updated)\b|this is a (developing|breaking|live) (news )?(story|report)\b|correction\s*:|clarification\s*:)`)
	urlOnly            = regexp.MustCompile(`(?i)^(\d+\.\s*)?(https?://|www\.|file://|mailto:)\S*$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(twitter|x|facebook|instagram|linkedin|threads)\.(com|net)/\S+$`)
	tagsLine           = regexp.MustCompile(`(?i)^(tags|topics|filed under|categories|category|related topics|more about|keywords|trends|trending)\s*:`)
	relatedHead        = regexp.MustCompile(`(?i)^(related( articles| stories| content| coverage| news| posts| reading| links)?|read more|read next|read also|also read|more from\b.*|more on\b.*|more in\b.*|more stories|more news|more articles|you may also like|you might also like|you may have missed|recommended( for you| stories| reading| articles)?|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|see also|further reading|what to read next|latest( news| stories| articles)?|popular( now| stories)?|editor'?s picks|don'?t miss|elsewhere on\b.*|around the web|sponsored stories|from our partners|in case you missed it)\s*:?(\s.*)?$`)
	adLine             = regexp.MustCompile(`(?i)^((hide ad|skip ad|advertisement)\s*)+$|^(advertisement|advertisements|ad|ads|sponsored|sponsored content|promoted|paid content|partner content|story continues below.*|article continues below.*|continue reading( below)?.*|scroll to continue.*|\(?advertisement\)?.*)$`)
	authorBox          = regexp.MustCompile(`(?i)^(about the authors?|about the writer|author bio(graphy)?|meet the author)\s*:?$`)
	navSkip            = regexp.MustCompile(`(?i)^(skip to|jump to|back to top|go to|toggle|open menu|close menu|main menu|menu|search|home|sections|navigation|see all|view all|show all|show more|load more)\b`)
	noticeFooter       = regexp.MustCompile(`(?i)(©|\(c\)\s*\d{4}|copyright\s+(©\s*)?\d{4}|all rights reserved|privacy policy|privacy notice|terms of (use|service)|terms (and|&) conditions|cookie policy|cookie settings|do not sell|accessibility statement|contact us|about us|advertise with us|site map|sitemap)`)
	youCtx             = regexp.MustCompile(`(?i)\b(you|your|now|free|today|here|our|us)\b|!`)
	leadingPlaceholder = regexp.MustCompile(`(?i)^(\[\s*(image|img|photo|picture|figure|graphic|icon|logo)\b[^\]]*\]\s*)+`)
	inlineRelated      = regexp.MustCompile(`(?i)^\[?(related( story| stories| article| articles| content| coverage| video| link| links)?|read|read more|also read|read next|read also|also read|see also|see more|more on this( story)?|watch|listen|recommended|on [\w-]+\.(com|org|net|co\.uk|ca))\s*[:|]\s*\S`)
	// relatedCard is a related story's card run into one line, its label
	// glued to the headline and the blurb with no colon: "Related Ten
	// Harbour Towns Worth a Visit This Winter From Port Ellin to ...".
	// The label is a capitalised "Related" and a headline in capitals
	// follows it; "Related to the storm, ..." is prose.
	relatedCard = regexp.MustCompile(`^(Related|RELATED)\s+\p{Lu}\S*(\s+\S+){4}`)
	// pageControl is a control of the page's own on a line of its own: a
	// gallery's way back, a share count, a comment count.
	pageControl = regexp.MustCompile(`(?i)^(back to (gallery|top|article|story)|shares|\d[\d,.]*k?\s+shares|new,\s*\d+\s+comments?)$`)
	// viaCredit is a photo credit that names the picture's source and the
	// agency that carried it: "Westmarch Harbour Board via AP".
	viaCredit = regexp.MustCompile(`^\p{Lu}[^.!?]*\svia\s+` + agencyNames + `$`)
	// agencyInputs credits the agencies a story draws on, on a line of its
	// own: "(With inputs from agencies)", "With PTI inputs".
	agencyInputs = regexp.MustCompile(`(?i)^\(?\s*with (inputs from [\w ,&]+|[\w&]+ inputs|agency inputs)\s*\)?\.?$`)
	// contributedCredit credits the reporters or agencies who helped with
	// a story: "The Associated Press contributed to this report.",
	// "Reuters contributed reporting from London."
	contributedCredit = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}.'’&-]*[ ,]+(?:and |of |the )?)+(?:contributed|also contributed|contributes)(?: to)?(?: this)? (?:report|reporting|story|article)\b[^.]{0,60}\.?$`)
	// wireFeed is an outlet's notice that a story is a wire agency's copy:
	// "This story has been published from a wire agency feed without
	// modifications to the text."
	wireFeed = regexp.MustCompile(`(?i)\b(published|auto-generated|generated) from an? (wire|syndicated|news) (agency )?feed\b`)
	// youAreHere opens a breadcrumb trail ("You are here: Home > Business").
	youAreHere = regexp.MustCompile(`(?i)^you are here\s*:`)
	// viaLine credits an embedded image or post to where it came from,
	// alone on its line ("via FAA/X", "Via @janedoe").
	viaLine = regexp.MustCompile(`(?i)^via\s+[@\p{L}\d][\p{L}\d@._/&-]*(\s[\p{Lu}@][\p{L}\d@._/&-]*)?\s*$`)
	// commaCredit is a photo credit naming the photographer and the agency
	// after a comma ("Jane Doe, Associated Press").
	commaCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(\s\p{Lu}[\p{L}.'’-]+){0,3},\s+(The Associated Press|Associated Press|AP|Reuters|AFP|Getty Images)$`)
	// labelValue is a "Label: value" line; the groups are the label and the value.
	labelValue   = regexp.MustCompile(`^(` + fieldLabel + `):\s+(\S.*)$`)
	appeal       = regexp.MustCompile(`\b(support(ing)? (us|our (journalism|work|reporting))|donate (to us|now|today)|make a (contribution|donation)|become a (member|supporter|subscriber))\b`)
	commentsLine = regexp.MustCompile(`(?i)^(\d+\s+)?(comments?|replies|join the conversation|leave a comment|show comments|view comments|add a comment|conversation)\b|^\d[\d,]*\s+(posts|updates|responses|reactions)$`)
)

// Literal cues, matched on lower-cased text (far cheaper than regular
// expressions on every paragraph).
var (
	creditWords = []string{"getty images", "afp/", "/afp", "(afp)", "afp via", "ap photo", "(ap)", "/reuters", "/ reuters",
		"reuters/", "(reuters)", "shutterstock", "photo by", "photograph by", "photograph:", "photo:", "image:", "credit:",
		"imagine china", "/epa", "epa/", "alamy", "istock", "via getty", "bloomberg via", "courtesy of", "file photo"}
	cookieWords = []string{"accept", "consent", "we use", "experience", "settings", "preferences", "continuing",
		"agree", "browse", "browsing", "personalis", "personaliz", "reject", "manage"}
	subscribeWords = []string{"newsletter", "sign up", "sign-up", "signup", "subscribe", "subscription", "subscriber",
		"in your inbox", "to your inbox", "sign in", "log in", "login", "create an account", "create a free account",
		"register now", "already have an account", "paywall", "free trial", "join now",
		"get unlimited", "enter your email", "email address", "free article", "articles remaining", "article remaining",
		"articles left this", "supporting us", "support us", "make a contribution", "make a donation"}
	// weakSubscribeWords are promo words that are also ordinary words of a
	// headline ("shoppers trade up to premium ranges"): they count only on a
	// line of a few words or one that addresses the reader.
	weakSubscribeWords = []string{"premium", "unlock"}
	// footerMarks make a long sentence a footer: one that reports a
	// privacy policy or terms of service is news.
	footerMarks = []string{"©", "all rights reserved"}
	footerWords = []string{"©", "all rights reserved", "privacy policy", "privacy notice", "terms of use",
		"terms of service", "terms and conditions", "terms & conditions", "cookie policy", "cookie settings",
		"do not sell", "accessibility statement", "contact us", "about us", "advertise with us", "site map", "sitemap"}
)

// creditNearEnd reports a photo credit that closes a short block ("... at
// sunset. REUTERS/Nick Oxford"), as captions have it; a wire dateline
// ("LONDON (Reuters) - Oil prices rose...") puts the agency first.
func creditNearEnd(lower string, words int) bool {
	for _, c := range creditWords {
		if k := strings.LastIndex(lower, c); k >= 0 && (words <= 15 || k >= len(lower)/2) {
			return true
		}
	}
	return false
}

// isAppeal reports an outlet's appeal for money printed as one long block
// (a donation box flattened into a paragraph, often with its buttons): it
// asks the reader for support in the second person and speaks of paying for
// the journalism with at least two more of the cues such boxes use. An
// article about funding journalism reports that in the third person.
func isAppeal(lower string, nw int) bool {
	if nw > 300 || !containsAny(lower, appealAsks) {
		return false
	}
	n := 0
	for _, c := range appealCues {
		if strings.Contains(lower, c) {
			n++
		}
	}
	return n >= 2
}

var (
	// appealAsks address the reader: one of them must be there.
	appealAsks = []string{"your support", "your donation", "readers like you", "support us", "supporting us", "support our journalism", "support our work"}
	// appealCues speak of the journalism and paying for it.
	appealCues = []string{"donat", "paywall", "journalism", "journalists", "reporters", "reporting", "newsroom", "free to read"}
)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var (
	// alsoOn is a link to a story on the site's own domain, set inside
	// the article: "Also on example.com Ministers agree ...".
	alsoOn = regexp.MustCompile(`(?i)^(also on|more on|read more on|also read on)\s+[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b`)
	// nameRole is a byline with no "By": "Jane Doe, Staff Writer",
	// "Robert Roe, AP National Security Writer".
	nameRole = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3},\s+[\p{L} ]{0,40}\b(?i:writer|reporter|correspondent|editor|columnist|journalist)s?$`)
	// dataNotice credits the market data on the page: "Quotes delayed at
	// least 15 minutes", "Stock quote data provided by ...".
	dataNotice = regexp.MustCompile(`(?i)\b(quotes? (are |is )?delayed|(data|quotes?) (is |are )?(provided|supplied|powered) by)\b`)
	// clickHere is a promo line that asks for a click.
	clickHere = regexp.MustCompile(`(?i)\bclick(ing)? here\b`)
	// reuseNotice is the copyright notice under a syndicated text: "This
	// document is subject to copyright", "may not be published, broadcast,
	// rewritten or redistributed".
	reuseNotice = regexp.MustCompile(`(?i)\b(subject to copyright|may not be (reproduced|published|broadcast|rewritten|redistributed)|reproduced without (the )?(prior )?(written )?permission)\b`)
	// shareCall asks the reader to pass the page on: "Like this story?
	// Share it with a friend!", "Share this article with your followers".
	shareCall = regexp.MustCompile(`(?i)\bshare (it|this( story| article| post| page)?) with\b`)
	// template is template code a page failed to expand: "${facet.Name}",
	// "{{ story.title }}", "<%= title %>".
	template = regexp.MustCompile(`\$\{[^}]*\}|\{\{[^}]*\}\}|<%[^%]*%>`)
	// readFull sends the reader to the article elsewhere: "Read the full
	// article at ...", "Continue reading on ...".
	readFull = regexp.MustCompile(`(?i)^(read|view|see|continue reading)( the)?( full| whole| complete| original| rest of the)?( article| story| report| post)?\s+(at|on|here)\b`)
)

// slashCredit is a photographer's name and an agency after a slash, as
// captions credit a photo: "Jane Doe/AP Photo", "Jane DOE / AFP", "Jane Doe
// / AFP via Getty Images / AFP via Getty Images". The agency must be one
// that supplies photos (agencyNames), so that "and/or" or a fraction is no
// credit.
var slashCredit = `\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*/\s*` + agencyNames + `(\s*/\s*` + agencyNames + `)*`

// agencyNames are the picture agencies and wires a caption's credit names.
const agencyNames = `(AFP via Getty Images|Getty Images|AP|AFP|Reuters|REUTERS|EPA-EFE|EPA|PA Wire|PA Media|PA|Bloomberg|Anadolu|Alamy|Shutterstock|Xinhua)(\s+Photos?)?`

// skipLinks reports a line of a page's skip links and nothing else: "Skip
// to main content Skip to main navigation", "Skip to content Example
// Times" (the link glued to the site's name). Each link is a few words
// without a sentence's end.
func skipLinks(text string) bool {
	loc := skipTo.FindAllStringIndex(text, -1)
	if len(loc) == 0 || loc[0][0] != 0 || endsSentence(text) {
		return false
	}
	for k, l := range loc {
		end := len(text)
		if k+1 < len(loc) {
			end = loc[k+1][0]
		}
		if n := len(strings.Fields(text[l[1]:end])); n == 0 || n > 6 {
			return false
		}
	}
	return true
}

var (
	// wirePhotoCaption is an agency photo's caption as picture desks
	// send it, with its marks: "TOPSHOT – This photo taken by ... (Photo
	// by CNA / AFP) / Taiwan OUT ... RESTRICTED TO EDITORIAL USE ... ORIG
	// FILE ID: 21261404", "(Photo by Jane Doe/Getty Images)".
	wirePhotoCaption = regexp.MustCompile(`\bORIG FILE ID\b|\bRESTRICTED TO EDITORIAL USE\b|^TOPSHOT\b|\((Photo|Photograph|Image) by [^)]{2,80}\)|\bvia Getty Images\)|^This (photo|picture|image|handout photo) (taken|provided|released|obtained) by\b`)
	// agencyCaption opens a caption the way picture agencies do: place,
	// date and a colon in capitals ("BALTIMORE, MARYLAND - MARCH 26: A
	// sign shows ...").
	agencyCaption = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+, [\p{Lu} .'’-]+ [-–—] \p{Lu}+\.? \d{1,2}(, \d{4})?: \p{Lu}`)
	// screenshotCredit closes a caption with its source: "... minutes
	// after splashdown. | Screenshot from NASA's live broadcast".
	screenshotCredit = regexp.MustCompile(`(?i)[|/]\s*(screenshot|screen grab|screengrab|video still|still image) (from|via|of)\b[^.!?]*$`)
	// parenCredit closes a caption with its credit in brackets, a
	// photographer and the agency: "Former US president Donald Trump at
	// Manhattan Criminal Court in New York (Mark Peterson/Pool Photo via
	// AP)", maybe with a second credit after it.
	// endCredit is such a credit after the caption's full stop, a
	// photographer and any outlet: "... protest. (Jane Doe/Example Radio)".
	endCredit   = regexp.MustCompile(`[.!?”"]\s*\((\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*/\s*\p{Lu}[\p{L}&.'’ /-]{1,40}\)\s*$`)
	parenCredit = regexp.MustCompile(`[^.!?]\s\(\p{Lu}[^()]{1,40}/[^()]*\b(Photo|Photos|AP|AFP|Reuters|Getty Images|Getty|EPA|Bloomberg|Pool)\b[^()]*\)(\s*\([^()]{1,40}\))?\s*$`)

	// coverageCall sends the reader to the rest of the outlet's coverage:
	// "– Find more of AP's coverage at https://apnews.com."
	coverageCall = regexp.MustCompile(`(?i)^[–—-]?\s*(find|read|see|get|follow|watch|explore) (more|all|the rest) of\b.*\b(https?://|www\.)\S+$`)
)

// visitCall sends the reader to a web address for more: "For the latest
// on all the fires affecting Southern California visit Fire.ca.gov.",
// "For safety tips ... visit fire.lacounty.gov."
var visitCall = regexp.MustCompile(`(?i)^(for|to (get|find|read|see))\b[^.!?]{0,140}\b(visit|go to|see|check) (\S+\.)?[a-z0-9-]+\.(gov|com|org|net|edu|info|news|co\.uk|ca|au|in)(/\S*)?(( or|,|, or) \S+\.[a-z]{2,4}(/\S*)?)*[.!]?$`)

// allSentences reports whether every sentence of t matches re.
func allSentences(t string, re *regexp.Regexp) bool {
	ss := sentences.Split(t)
	for _, s := range ss {
		if !re.MatchString(strings.TrimSpace(s.Text)) {
			return false
		}
	}
	return len(ss) > 0
}

// signupBox reports a sign-up box read as one block (lower, lower case):
// a call to sign up and a second mark of the form ("Thanks for signing
// up!", "Email address", "By clicking “Sign Up”, you accept our Terms of
// Service", "You can opt-out at any time").
func signupBox(lower string) bool {
	if !containsAny(lower, []string{"sign up", "signing up", "subscribe", "newsletter"}) {
		return false
	}
	n := 0
	for _, m := range []string{"thanks for signing up", "email address", "opt-out", "opt out", "terms of service", "privacy policy", "by clicking", "delivered daily", "to your inbox", "in your inbox", "free newsletter", "subscribe & save", "subscribe and save"} {
		if strings.Contains(lower, m) {
			n++
		}
	}
	return n >= 2
}

// bareLabel reports a related-links label (relatedHead) with nothing
// after it: "Related", "Read more:", "See also".
func bareLabel(head string) bool {
	return relatedHead.MatchString(head) && len(strings.Fields(head)) <= 3 && !strings.ContainsAny(strings.TrimRight(head, ":"), ":|")
}

var skipTo = regexp.MustCompile(`(?i)\b(skip|jump) to\b`)

var (
	// imageFile is a line that is only an image's file name, as a dump
	// prints an image without alternative text: "1-nhq2023.jpg?w=2048".
	imageFile = regexp.MustCompile(`(?i)^\S+\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(\?\S*)?$`)
	// agencyCredit is a photo credit on a line of its own, an agency and
	// a photographer set apart by a slash: "NASA/Jane Doe", "Jane
	// Doe/Reuters", "Agency/Jane Q. Doe".
	agencyCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.&-]*(\s\p{Lu}[\p{L}.&-]*){0,3}\s?/\s?\p{Lu}[\p{L}.&-]*(\s\p{Lu}[\p{L}.&-]*){0,3}$`)
	// creditOpens and creditCloses find a caption by the credit it opens
	// or closes with, a photographer and the agency after a slash, the
	// agency perhaps repeated ("Rebecca Doe / AP / AP Two boys walk ...",
	// "... on the coast on Oct. 10. Jane Doe/AP Photo").
	creditOpens  = regexp.MustCompile(`^` + slashCredit + `\s+[\p{Lu}"“]`)
	creditCloses = regexp.MustCompile(`\S[.!?,;:”"]\s+` + slashCredit + `\.?$`)
	// captionLead opens a news photo's caption: "In this March 3, 2025,
	// file photo, ...", "In this image taken from video, ...", "This
	// undated handout photo shows ...", "This March 3, 2025, file photo
	// provided by ... shows ...".
	// captionInside says in its course that it describes a photo: "... as
	// smog obscures the view in this file photo from 2003."
	captionInside = regexp.MustCompile(`(?i)\bin this (\d{4} |file |undated |handout |aerial )*(photo|photograph|picture)\b( from| taken| made| provided|,|\.)`)
	captionLead   = regexp.MustCompile(`(?i)^in this\b[^;]{0,40}?\b(file |handout |undated |aerial )?(photo|photograph|image|picture|video|frame grab|still)\b|^this\b[^;.]{0,40}?\b(file|handout|undated) (photo|photograph|image|picture)\b`)
	// adBlocker is a notice that asks the reader to turn off an ad
	// blocker.
	adBlocker = regexp.MustCompile(`(?i)\bad[ -]?block(er|ers|ing)?\b`)
	// adBlockAsk is what the notice asks of the reader; a sentence about
	// ad blockers asks nothing.
	adBlockAsk = regexp.MustCompile(`(?i)\b(you|your|please|disable|turn (it )?off|whitelist|allow-?list)\b`)
	// bylineOutlet is a byline with no "By": one or more names, a comma and
	// the outlet, perhaps with the "on" of a date the dump dropped: "Jane
	// Doe and John Roe, Example News on".
	bylineOutlet = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){1,2})((,|\s+and)\s+\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){1,2})*,\s+(\p{Lu}[\p{L}&'’.-]*(\s+\p{Lu}[\p{L}&'’.-]*){0,3})(\s+(on|at))?$`)
)

// sectionIn opens the line that names the page's section: "Published in
// Science & Technology News", "Posted in World".
var sectionIn = regexp.MustCompile(`(?i)^(published|posted|filed) in\s+(.+)$`)

// sectionLabel reports a section label: the section's name is capitalised
// and ends no sentence ("Published in research journals, the study ..." is
// prose).
func sectionLabel(text string) bool {
	m := sectionIn.FindStringSubmatch(text)
	return m != nil && !endsSentence(m[2]) && unicode.IsUpper(firstLetter(m[2])) && mostlyCapitalised(m[2])
}

// namesOutlet reports a byline of names and an outlet: two or more names
// ("Jane Doe and John Roe, Example News"), or a name and an outlet whose
// date the dump dropped ("Jane Doe, Example News on"). One name and a
// capitalised phrase alone may be a headline ("Jane Doe, Prime Minister").
func namesOutlet(text string) bool {
	m := bylineOutlet.FindStringSubmatch(text)
	return m != nil && (m[3] != "" || m[8] != "")
}

// scriptCode reports a line of script a page printed as text: its
// punctuation is code's ("});", "=>", "function(").
func scriptCode(text string) bool {
	if !strings.Contains(text, "});") && !strings.Contains(text, "=>") && !strings.Contains(text, "function(") && !strings.Contains(text, "function (") {
		return false
	}
	punct := strings.Count(text, "{") + strings.Count(text, "}") + strings.Count(text, "(") + strings.Count(text, ")") +
		strings.Count(text, ";") + strings.Count(text, "=")
	return punct*100 >= utf8.RuneCountInString(text)*4
}

// keywordList reports a line of five or more short comma-separated terms
// and nothing else: an image's keywords or a page's tags. A sentence that
// lists things joins the last one with "and" or "or", or has a verb.
func keywordList(text string, f feat) bool {
	parts := strings.Split(text, ",")
	if len(parts) < 5 || f.terminal {
		return false
	}
	for _, p := range parts {
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 3 {
			return false
		}
		for _, x := range w {
			if lx := strings.ToLower(x); lx == "and" || lx == "or" || lx == "&" {
				return false
			}
		}
	}
	return true
}

// readFullOutlet is the outlet a "read the full article at" line names.
var readFullOutlet = regexp.MustCompile(`(?i)\b(at|on)\s+(\p{L}[^\s]*(\s+\p{Lu}[^\s]*){0,3})\s*$`)

// patternReason returns why a block is furniture by its own text, or "".
// stripRefs removes the link numbers a text-mode browser adds ("[12]Sport");
// they say nothing about the text.
func stripRefs(text string) string {
	if strings.Contains(text, "[") {
		return strings.TrimSpace(lynxRef.ReplaceAllString(text, ""))
	}
	return text
}

var (
	// jobTitleLine is a byline's line for the author's post ("News
	// Editor, West Coast", "Senior Technology Reporter"): capitalised
	// words ending in a newsroom's post, maybe a place after a comma.
	jobTitleLine = regexp.MustCompile(`^(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Editor|Reporter|Correspondent|Writer|Columnist|Contributor|Producer|Journalist|Editor-at-Large|Editor-in-Chief)(?:,\s*(?:\p{Lu}[\p{L}-]*\s*){1,3})?$`)
)

// controlLabel reports a label of a page's control, the words a dump
// keeps of an icon or a button ("Down Arrow Button Icon"): every word
// one of a control's, one of them "icon", "button" or "arrow".
func controlLabel(words []string) bool {
	kind := false
	for _, w := range words {
		switch lw := strings.ToLower(w); lw {
		case "icon", "button", "arrow", "chevron", "caret":
			kind = true
		case "up", "down", "left", "right", "open", "close", "menu", "expand", "collapse", "toggle", "dropdown", "play", "pause", "share", "search", "next", "previous", "back":
		default:
			return false
		}
	}
	return kind
}

// positionMark is where a caption places a person in its picture: "(L)",
// "(C)", "(R)", "(left)", "(2nd R)".
var positionMark = regexp.MustCompile(`\((?:L|C|R|left|right|cent(?:er|re)|(?:2nd|3rd|second|third) (?:L|R|left|right|from (?:left|right)))\)`)

// positionCaption reports a photo's caption that places the people in
// it: two marks ("Jane Doe (L) and John Roe (R) listen ..."), or one in
// a line told in the present, with no verb's past. One "(R)" alone is a
// party's ("Gov. Jane Doe (R) is defending ...").
func positionCaption(t string) bool {
	marks := positionMark.FindAllString(t, -1)
	if len(marks) >= 2 {
		return true
	}
	if len(marks) == 0 || marks[0] == "(R)" {
		return false
	}
	for _, w := range text.WordTexts(t) {
		if text.PastForm(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// letterRow reports a row of three or more single letters: a calendar's
// weekdays ("S M T W T F S") or an index's letters ("A B C D").
func letterRow(words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(w) != 1 {
			return false
		}
	}
	return len(words) >= 3
}

func patternReason(text string, f feat) Reason {
	text = stripRefs(text)
	if t := leadingPlaceholder.ReplaceAllString(text, ""); t != text && t != "" {
		// "[image] By Jane Doe": the placeholder says nothing about the
		// text after it.
		text = t
		f = features(t)
	}
	lower := strings.ToLower(text)
	nw := len(f.words)
	switch {
	case !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
		return Ornament // "* * *", "———": a section break
	case nw <= 12 && template.MatchString(text):
		return Template
	case scriptCode(text):
		return Script
	case imageFile.MatchString(text):
		return ImagePlaceholder
	case nw <= 6 && agencyCredit.MatchString(text), nw <= 7 && commaCredit.MatchString(text), nw <= 12 && viaCredit.MatchString(text), nw <= 4 && viaLine.MatchString(text):
		return Caption
	case nw <= 4 && pageControl.MatchString(strings.TrimSpace(text)), nw <= 20 && youAreHere.MatchString(text), letterRow(f.words), nw <= 6 && controlLabel(f.words):
		return Navigation
	case nw <= 7 && jobTitleLine.MatchString(text):
		return Byline
	case nw <= 90 && positionCaption(text):
		return Caption
	case nw <= 8 && agencyInputs.MatchString(text), nw <= 30 && contributedCredit.MatchString(text):
		return Byline
	case nw <= 40 && wireFeed.MatchString(text):
		return Disclosure
	case nw <= 40 && adBlocker.MatchString(text) && (nw <= 3 || adBlockAsk.MatchString(text)):
		return AdBlockNotice
	case nw <= 20 && namesOutlet(text):
		return Byline
	case alsoOn.MatchString(text), nw <= 60 && relatedCard.MatchString(text):
		return RelatedList
	case nw <= 14 && readFull.MatchString(text):
		return ReadMore
	case nw <= 30 && keywordList(text, f):
		return KeywordList
	case strings.ContainsAny(text, "[:") && placeholder.MatchString(text):
		return ImagePlaceholder
	case urlOnly.MatchString(text):
		return LinkList
	case nw <= 4 && counter.MatchString(text) || nw <= 40 && strings.HasPrefix(lower, "item ") && counter.MatchString(text):
		return Caption
	case nw <= 40 && correction.MatchString(text):
		return Correction
	case readingTime.MatchString(text):
		return ArticleTools
	case nw <= 8 && adLine.MatchString(text):
		return Advertisement
	case nw <= 6 && navSkip.MatchString(text) && !f.terminal, skipLinks(text):
		return Navigation
	case nw <= 40 && captionStart.MatchString(text), nw <= 70 && captionLead.MatchString(text), nw <= 60 && captionInside.MatchString(text):
		return Caption
	case nw <= 160 && wirePhotoCaption.MatchString(text), nw <= 120 && agencyCaption.MatchString(text), nw <= 60 && screenshotCredit.MatchString(text), nw <= 60 && parenCredit.MatchString(text), nw <= 60 && endCredit.MatchString(text):
		return Caption
	case nw <= 150 && signupBox(lower):
		return Subscription
	case nw <= 20 && coverageCall.MatchString(text), nw <= 80 && allSentences(text, visitCall), nw <= 30 && appPromo.MatchString(text):
		return ReaderCall
	case nw <= 60 && creditNearEnd(lower, nw), nw <= 120 && creditOpens.MatchString(text), nw <= 80 && creditCloses.MatchString(text):
		return Caption
	case nw <= 14 && isDateLine(text):
		return DateLine
	case nw <= 20 && isByline(text):
		return Byline
	case nw <= 8 && isShareLine(f), nw <= 7 && followLine.MatchString(text), nw <= 12 && shareCall.MatchString(text), nw <= 50 && followCall.MatchString(text):
		return ShareLine
	case isNavLine(text):
		return Navigation
	case nw <= 12 && tagsLine.MatchString(text), nw <= 8 && sectionLabel(text):
		return Tags
	case nw <= 6 && commentsLine.MatchString(text) && !f.terminal:
		return Comments
	case nw <= 60 && strings.Contains(lower, "cookie") && containsAny(lower, cookieWords):
		return CookieNotice
	case nw <= 50 && containsAny(lower, subscribeWords) && (!f.terminal || nw <= 4 || youCtx.MatchString(text) && (nw <= 16 || outletAddress.MatchString(text))),
		nw <= 50 && containsAny(lower, weakSubscribeWords) && (nw <= 4 || youCtx.MatchString(text)),
		nw <= 50 && subscribeCall.MatchString(text):
		return Subscription
	case nw <= 90 && appeal.MatchString(lower) && youCtx.MatchString(text), isAppeal(lower, nw):
		return Appeal
	case nw <= 60 && dataNotice.MatchString(text):
		return Disclosure
	case nw <= 12 && clickHere.MatchString(text):
		return ReaderCall
	case nw <= 60 && isDisclosure(text, lower):
		return Disclosure
	case nw <= 60 && photoCredit.MatchString(text) && !strings.Contains(lower, "copyright") && !strings.Contains(lower, "rights reserved"):
		// "Snow fences near the pass. © Jane Doe": a caption with its
		// credit; a footer's notice names a year ("© 2025 Site").
		return Caption
	case nw <= 80 && reuseNotice.MatchString(text):
		return Footer
	case nw <= 40 && (containsAny(lower, footerWords) && (!f.terminal || nw <= 15 || containsAny(lower, footerMarks)) || ((strings.Contains(lower, "(c)") || strings.Contains(lower, "copyright")) && noticeFooter.MatchString(lower))):
		return Footer
	}
	return ""
}

var (
	// selfReference names the page itself ("This article", "This post").
	selfReference = regexp.MustCompile(`(?i)\b(this|the following|our) (article|story|post|page|piece|guide|review|feature|list|round-?up|content|site|website|newsletter|episode|podcast|video|recipe)\b`)
	// readerAddress is the publisher or the reader speaking in a notice.
	readerAddress = regexp.MustCompile(`(?i)\b(we|our|us|you|your)\b`)
	// followLine is a social link to the author or the site: "Follow Jane
	// Doe", "Follow @janedoe", "Follow us on Instagram". A name follows
	// it, not a common noun, so that a heading such as "Follow the money"
	// stays.
	followLine = regexp.MustCompile(`^(?i:follow)\s+(@\w+|(?i:us|me)\b|\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|de|da|van|von|la|le|del|di))*)(\s+(?i:on)\s+\S+(\s+(?i:and)\s+\S+)?)?\s*$`)
	// followCall asks the reader to follow the outlet or the author on a
	// social network, in a sentence of the author's note: "Follow him on
	// Twitter @janedoe.", "Follow us on Instagram and Facebook".
	followCall = regexp.MustCompile(`(?i)\b(follow|find) (us|him|her|them|me)\b[^.!?]{0,30}?(\bon (twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|google news|whatsapp|telegram)\b|@\w)`)
	// photoCredit closes a caption with a copyright credit to a person or
	// agency: "© Jane Doe", "©Jane Doe/Agency".
	photoCredit = regexp.MustCompile(`\S.*\s(\(c\)|©)\s*\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}(\s*/\s*\S+)?\.?$`)
)

// disclosureWords mark a notice about how a page is paid for or what it is
// not: affiliate links, sponsorship, "not financial advice".
var disclosureWords = []string{"affiliate", "a commission", "small commission", "earn commission", "may earn", "sponsored", "sponsorship", "paid partnership", "in partnership with",
	"independently selected", "independently chosen", "independently reviewed", "disclosure", "disclaimer",
	"does not constitute", "not financial advice", "not legal advice", "not medical advice", "editorial independence",
	"at no extra cost", "at no additional cost"}

// isDisclosure reports a notice to the reader about the page itself ("This
// article contains affiliate links; we may earn a commission"): it speaks of
// the page, addresses the reader as we or you, and says how the page is
// paid for or what it is not.
func isDisclosure(text, lower string) bool {
	return selfReference.MatchString(text) && readerAddress.MatchString(text) && containsAny(lower, disclosureWords) || affiliateLinks.MatchString(text)
}

// affiliateLinks is an affiliate notice in any words: "if you buy
// something through our links, we may get a small share of the sale",
// "we may earn a cut when you shop through the links on this page".
var affiliateLinks = regexp.MustCompile(`(?i)\b(buy|purchase|shop)\w*\b[^.!?]{0,40}\b(through|via|from) (our|these|any of our) (retail |affiliate )?links\b|\bwe (may |might |could )?(get|earn|receive|make) (a |an )?(small )?(share|cut|commission|portion|fee)\b[^.!?]{0,30}\b(sale|purchase|buy)`)

// subscribeCall is a sentence that tells the reader to subscribe or sign
// up: an imperative, so it needs no "you" to address them.
// outletAddress is the outlet speaking to its reader: "our", "we", "us"
// (lowercase: "US" is a country), an exclamation, or a call to act. A long
// news sentence about a service's subscription ("customers without a
// subscription could now access music for free") has "you" and "free"
// but none of these.
var outletAddress = regexp.MustCompile(`\b([Oo]ur|[Ww]e|us)\b|!|(?i)\b(sign up|sign-up|subscribe (now|today|here|to (our|the))|in your inbox|to your inbox|enter your email|support us|supporting us)\b`)

// appPromo asks the reader to get the outlet's app: "Download the SAN app
// today to stay up-to-date ...", "Get our free app for breaking news".
var appPromo = regexp.MustCompile(`(?i)^(download|get|install|try) (the|our) ([\p{L}\d.'’&-]+ ){0,4}app\b`)

var subscribeCall = regexp.MustCompile(`(?i)(^|[.!?]\s+)(subscribe|sign up|register|join us|become a (member|subscriber))\b`)

// isDateLine reports whether text is a dateline: a date prefix ("Updated",
// "Published") or a line that is nothing but a date and time.
func isDateLine(text string) bool {
	if priceLine.MatchString(text) {
		return false // "$39.99" is no time of day
	}
	if datePrefix.MatchString(text) {
		rest := datePrefix.ReplaceAllString(text, "")
		// "Updated" alone, or followed by a date or time: a dateline.
		// "Published research shows..." is prose.
		return rest == "" || dateExpr.MatchString(rest) || timeExpr.MatchString(rest) || len(strings.Fields(rest)) <= 2
	}
	if !dateExpr.MatchString(text) && !timeExpr.MatchString(text) {
		return false
	}
	if !dateExpr.MatchString(text) && !clockTime.MatchString(text) && subscribeCall.MatchString(text) {
		// "Subscribe today" calls to act; it dates nothing.
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

// clockTime is a time of day written with its minutes ("08:46", "9.30pm").
var clockTime = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`)

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
	// "— Reporting by ...; Editing by ...": a wire story's credit set
	// off by a dash.
	if t := strings.TrimLeft(text, "—–― "); t != text && strings.HasPrefix(strings.ToLower(t), "reporting by ") {
		text = t
	}
	if authorField.MatchString(text) || nameRole.MatchString(text) {
		return true
	}
	if loc := dateExpr.FindStringIndex(text); loc != nil && loc[0] == 0 && loc[1] < len(text) {
		// "11/19/2019 by Jane Doe": a date, then the byline.
		if r := strings.TrimLeft(text[loc[1]:], " |,·-–—"); r != text && strings.HasPrefix(strings.ToLower(r), "by ") {
			return isByline(r)
		}
	}
	rest, ok := creditedBy(text)
	if !ok {
		return false
	}
	if rest == "" {
		return true // "By" or "Edited By" on a line of its own; the name follows
	}
	if endsSentence(rest) && !strings.HasSuffix(rest, "Jr.") {
		return false
	}
	// Judge the names, not what follows them ("Jane Doe | 22 April 2025").
	if k := strings.IndexAny(rest, "|,;·•"); k > 0 {
		rest = rest[:k]
	}
	return mostlyCapitalised(rest)
}

// creditNouns name what a byline credits ("Words and photographs by",
// "Story and photos by", "Interview by", "Additional reporting by").
var creditNouns = toSet(`words text story interview interviews photographs photograph photography photos photo
pictures images illustrations illustration video videos graphics graphic reporting research design art artwork
film filming editing audio production data maps animation translation review recipes recipe styling
additional original and with`)

// creditVerbs credit a person's work on their own ("Written by", "Edited
// by"); a headline's verb ("Inspired by Van Gogh") is not one of them.
var creditVerbs = toSet(`written edited reported compiled produced posted photographed illustrated filmed curated
presented translated designed researched narrated hosted styled interviewed`)

// creditLine splits "<credit> by <names>"; creditedBy checks the credit.
var creditLine = regexp.MustCompile(`(?i)^((?:[\p{L}'’-]+[\s,&]+){0,6}?)by\b[:\s]*(.*)$`)

// creditedBy returns the names after "by" when text is a credit line: "By"
// alone or after words that only name the work credited ("Words and
// photographs by [12]Jane Doe", "Edited by"). A headline such as "Museum
// bought by Elon Musk" does not qualify: "museum" credits nothing.
func creditedBy(text string) (rest string, ok bool) {
	m := creditLine.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	prefix := strings.FieldsFunc(strings.ToLower(m[1]), func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '&' })
	for _, w := range prefix {
		if !creditNouns[w] && !creditVerbs[w] {
			return "", false
		}
	}
	if len(prefix) > 0 && (prefix[0] == "and" || prefix[0] == "with") {
		return "", false
	}
	return strings.TrimSpace(m[2]), true
}

// bylineName returns the author named in a byline line, and a role after a
// comma or pipe ("By Jane Doe, Staff Writer").
func bylineName(text string) (name, role string) {
	text = stripRefs(text)
	if t := leadingPlaceholder.ReplaceAllString(text, ""); t != "" {
		text = t
	}
	var rest string
	if m := authorField.FindStringSubmatch(text); m != nil {
		rest = m[2]
	} else if r, ok := creditedBy(text); ok {
		rest = r
	}
	rest = strings.TrimSpace(rest)
	if m := spacedDash.FindStringIndex(rest); m != nil {
		// "By Jane Doe – The Norland Post": the outlet, not a role.
		rest = rest[:m[0]]
	}
	if i := strings.IndexAny(rest, ",|;"); i >= 0 {
		name, role = strings.TrimSpace(rest[:i]), strings.TrimSpace(rest[i+1:])
	} else {
		name = rest
	}
	return name, role
}

// spacedDash is a dash between spaces, as a byline sets the outlet apart.
var spacedDash = regexp.MustCompile(`\s[—–-]\s`)

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
		case unicode.IsUpper(firstLetter(w)) && !isProseWord(strings.ToLower(w)):
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
	if r == '.' || r == ',' || r == ';' || r == '…' || (r == ':' && len(f.words) > 4) {
		return false
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return false
	}
	fl := firstLetter(text)
	return unicode.IsUpper(fl) || unicode.IsDigit(fl)
}

// attribution reports a line that opens with a dash, as the source under a
// quotation or an embedded post has it ("— Jane Doe (@janedoe) March 3,
// 2025"): it closes the text above it and heads nothing.
func attribution(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "—") || strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "-- ")
}

// markAttributions makes the headings that are attributions (see
// attribution) paragraphs: the passes keep such a line for the text
// around it, and it reads as the close of that text, not as a heading
// over the text after it.
func markAttributions(bs []Block) {
	for i := range bs {
		if bs[i].Kind == Heading && attribution(bs[i].Text) {
			bs[i].Kind = Paragraph
		}
	}
}

// linkLike reports a short line that reads like a link or menu item: no
// sentence ending, few words.
func linkLike(f feat) bool {
	return len(f.words) > 0 && !f.terminal && f.runes < 120
}

// transparent reasons are interruptions that sit inside the article (a
// promo box, an image and its caption, blank lines): the context pass looks
// through them to the blocks around.
func transparent(reason Reason) bool {
	switch reason {
	case RepeatedBlock, BlankRun, ImagePlaceholder, Caption, FactBox, Advertisement, Subscription, Appeal, ArticleTools, ShareLine, ReaderCall:
		return true
	}
	return false
}

// listFollows reports that the first block after i that is not furniture
// is a list item.
func (p *pass) listFollows(i int) bool {
	for j := i + 1; j < len(p.bs); j++ {
		if !p.isFurn(j) {
			return p.bs[j].Item != ""
		}
	}
	return false
}

// headlineLike reports a line that can be a page's headline: four to twenty
// words, no closing full stop.
func headlineLike(text string, f feat) bool {
	n := len(f.words)
	// A headline opens with a capital or a figure; a line in lower case
	// ("economy, business and finance") is a tag or a label.
	return n >= 4 && n <= 20 && !f.terminal && (!unicode.IsLower(firstRune(text)) || camelName(text))
}

// camelName reports whether s opens with a brand written in lower then
// upper case ("iPhone 16 arrives ...", "eBay sells ..."): a headline may
// open with one.
func camelName(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	rs := []rune(w)
	return len(rs) >= 3 && unicode.IsLower(rs[0]) && unicode.IsUpper(rs[1])
}

// headlineOverHeader returns the second of two copies of a line shaped as
// a headline that stands right over the header (the byline and date lines
// that end at firstGood, headerEnd its first), only blank lines between,
// with its first copy above it on the page; or -1.
func (p *pass) headlineOverHeader(headerEnd, firstGood int) int {
	bs, fs := p.bs, p.fs
	if headerEnd >= firstGood {
		return -1
	}
	i := headerEnd - 1
	for i >= 0 && bs[i].Reason == BlankRun {
		i--
	}
	if i < 0 || bs[i].Reason != RepeatedBlock || p.a.copies[i] != 2 || p.a.first[i] || p.a.across[i] || len(fs[i].words) < 4 || !headlineShape(bs[i].Text, fs[i]) {
		return -1
	}
	return i
}

// headlineCopy reports the first of two copies of a headline: the page
// repeats its headline in a "Most read" list or a breadcrumb, which makes
// both copies repeated blocks, yet the first is still the headline.
//
// Across pages, a headline that two pages of one site share (two pages on
// one story: a report and its live blog) is a repeat too, yet it is each
// page's headline when it speaks of what the page says (aboutArticle); a
// site's tagline, a section's name, repeated the same way, does not.
func headlineCopy(a *Article, i int, f feat) bool {
	if a.Blocks[i].Reason != RepeatedBlock || !headlineLike(a.Blocks[i].Text, f) || patternReason(a.Blocks[i].Text, f) != "" {
		return false // a row of share icons printed twice is no headline
	}
	if a.copies[i] == 2 && a.first[i] && !a.across[i] {
		return true
	}
	return a.across[i] && a.copies[i] == 1 && aboutArticle(a, i)
}

// longProse reports a paragraph long enough that two copies of it in one page
// cannot be a pull quote (at most 30 words) or a promo line.
func longProse(f feat, c class) bool {
	return len(f.words) > 30 && f.terminal && c >= nearGood
}

// webAddress is a web address inside a line.
var webAddress = regexp.MustCompile(`(?i)\b(https?://|www\.)\S`)

// person is a name credited on the page, with the block it is on.
type person struct {
	i          int
	name, role string
}

// pass is what the passes of classify share: the page's blocks, their
// statistics and their jusText classes.
type pass struct {
	a   *Article
	bs  []Block
	fs  []feat
	cls []class
}

func (p *pass) isFurn(i int) bool { return p.bs[i].Kind == Furniture }

// prevText and nextText return the nearest block before or after i that is
// not a blank run, or -1.
func (p *pass) prevText(i int) int {
	for j := i - 1; j >= 0; j-- {
		if p.bs[j].Reason != BlankRun {
			return j
		}
	}
	return -1
}

func (p *pass) nextText(i int) int {
	for j := i + 1; j < len(p.bs); j++ {
		if p.bs[j].Reason != BlankRun {
			return j
		}
	}
	return -1
}

// classify decides the kind of every block of a, in an ordered list of
// passes: each marks one kind of furniture or structure, or lends classes
// to the next.
func classify(a *Article) {
	p := passes(a)
	if !slices.ContainsFunc(a.Blocks, func(b Block) bool { return b.Kind == Paragraph }) {
		p.flash()
	}
	if t := withoutOutletSuffix(a.Title, a.Outlet); t != a.Title {
		for i := range a.Blocks {
			if b := &a.Blocks[i]; b.Kind == Title && b.Text == a.Title {
				b.Text = t
			}
		}
		a.Title = t
	}
}

// withoutOutletSuffix is a headline without the outlet's name a page's
// title adds after a dash, a bar or a colon ("... presidential
// runoff-Xinhua", "... wins - Example News", "... | Example News"): the
// article's headline is the words before it.
func withoutOutletSuffix(title, outlet string) string {
	if outlet == "" || len(title) <= len(outlet)+1 {
		return title
	}
	head, ok := strings.CutSuffix(title, outlet)
	if !ok {
		return title
	}
	cut := strings.TrimRight(head, " ")
	// Glued to the last word ("runoff-Xinhua"), the dash may join a
	// compound ("Tolby-Norland"): only after a long headline.
	glued := len(cut) == len(head)
	for _, sep := range []string{"-", "–", "—", "|", ":"} {
		if t, ok := strings.CutSuffix(cut, sep); ok && (sep == "-" || !glued) {
			if t = strings.TrimSpace(t); len(strings.Fields(t)) >= 3 && (!glued || len(strings.Fields(t)) >= 6) {
				return t
			}
		}
	}
	return title
}

// passes runs the passes of classify and returns what they shared.
func passes(a *Article) *pass {
	n := len(a.Blocks)
	p := &pass{a: a, bs: a.Blocks, fs: make([]feat, n), cls: make([]class, n)}
	bs, fs, cls := p.bs, p.fs, p.cls
	readRecords(bs)
	p.patterns()
	markGluedTeasers(bs)
	p.contentsHeadings()
	quotes := markPullQuotes(bs, fs)
	markCaptions(bs, fs)
	markFactBoxes(bs, fs)
	markComments(bs, fs, cls)
	people := p.nameBylines()
	p.relatedLists()
	markLeadInLists(bs, fs, cls)
	markDataLists(bs, fs, cls)
	p.menus()
	p.sentenceLists()
	p.proseRuns()
	firstGood := p.firstGood()
	if firstGood < 0 {
		return p
	}
	title, _, firstGood := p.headline(firstGood, people)
	p.header(title, firstGood)
	restoreCaptionedLeads(bs, quotes)
	p.context(title, firstGood)
	markupHeadings(a)
	markTables(bs)
	markTitleCopies(bs)
	markCaptionGroups(bs)
	noteOutlet(a)
	noteCredits(a)
	markTeasers(bs)
	markLinkItems(bs)
	markAuthorBoxEnd(bs)
	markStrayClusters(bs)
	markProductCards(bs, fs)
	markAuthorNote(a)
	markStackedHeadings(bs, p.fs)
	markTrailingHeadings(bs)
	markAttributions(bs)
	markEmbeds(bs)
	markOffTopicAddresses(a)
	markCaptionsUnderCredits(bs)
	markPhotoDescriptions(bs)
	cutInlineFurniture(bs)
	markCut(bs)
	return p
}

// flash reads a page the passes kept no paragraph of, such as a wire flash
// of two or three sentences crowded with names and figures ("Milton struck
// Siesta Key, Florida, on Wednesday as a Category 3 storm, according to the
// U.S. National Hurricane Center."), which jusText's stop-word density and
// its neighbours (a headline, a date) call bad: its sentences (eight words
// or more ending like one, or twenty words or more) that only those classes
// condemned, not a pattern, a repeat or a menu, are its article, and a
// headline-like line right above the first is its title.
func (p *pass) flash() {
	bs, fs := p.bs, p.fs
	first := -1
	for i := range bs {
		f := fs[i]
		if bs[i].Kind != Furniture || !classVerdict(bs[i].Reason) || f.linkDens > 0 || !(f.terminal && len(f.words) >= 8 || len(f.words) >= 20) {
			continue
		}
		bs[i].Kind, bs[i].Reason = Paragraph, ""
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return
	}
	if p.a.Title == "" {
		if i := p.prevText(first); i >= 0 && bs[i].Kind == Furniture && classVerdict(bs[i].Reason) && headlineLike(bs[i].Text, fs[i]) {
			bs[i].Kind, bs[i].Reason = Title, ""
			p.a.Title = bs[i].Text
		}
	}
	markCut(bs)
}

// classVerdict reports the reasons of the passes that judge a block by its
// class and its neighbours' (jusText), not by what its text says.
func classVerdict(r Reason) bool {
	switch r {
	case BoilerplateText, ShortLinkLike, BeforeArticle, BeforeTitle, NotArticleText:
		return true
	}
	return false
}

// patterns computes every block's statistics and jusText class, and marks
// the furniture its own text or its repeats give away.
func (p *pass) patterns() {
	a := p.a
	bs, fs, cls := p.bs, p.fs, p.cls
	for i := range bs {
		if bs[i].Reason == BlankRun {
			continue
		}
		fs[i] = features(bs[i].Text)
		fs[i].bullet = fs[i].bullet || bs[i].Item != ""
		cls[i] = initial(fs[i])
		r := patternReason(bs[i].Text, fs[i])
		switch {
		case a.repeated[i] && a.copies[i] == 2 && !a.across[i] && longProse(fs[i], cls[i]):
			// The same long paragraph twice in one page is the body
			// printed twice (a teaser, a layout slip), not boilerplate:
			// losing both copies would lose body text. Keep the first.
			if !a.first[i] {
				bs[i].Kind, bs[i].Reason = Furniture, RepeatedBlock
			} else if r != "" {
				bs[i].Kind, bs[i].Reason = Furniture, r
			}
		case a.repeated[i] && (r == DateLine || r == Byline):
			// "2 hours ago" recurs in the lists below the article; in the
			// header it still marks where the headline ends.
			bs[i].Kind, bs[i].Reason = Furniture, r
		case a.repeated[i] && !a.across[i] && attribution(bs[i].Text) && len(fs[i].words) <= 15 && r == "":
			// "— Jane Doe (@janedoe) March 3, 2025" under each of one
			// account's posts embedded in the story: every copy closes
			// its own post.
		case a.repeated[i]:
			bs[i].Kind, bs[i].Reason = Furniture, RepeatedBlock
		case r != "":
			bs[i].Kind, bs[i].Reason = Furniture, r
		}
	}
}

// contentsHeadings keeps the copy of a repeated heading that leads its
// section, where the other copies are a table of contents.
func (p *pass) contentsHeadings() {
	bs, fs, cls := p.bs, p.fs, p.cls
	// A heading repeated in a table of contents: the copy that leads a
	// paragraph is the heading, the copies that do not are the contents.
	groups := map[string][]int{}
	for i := range bs {
		if bs[i].Reason == RepeatedBlock && headingLike(bs[i].Text, fs[i]) {
			k := key(bs[i].Text)
			groups[k] = append(groups[k], i)
		}
	}
	for _, g := range groups {
		var leading []int
		for _, i := range g {
			// The last entry of a contents list may happen to sit above
			// the first paragraph; an entry follows another short line.
			p := i - 1
			for p >= 0 && bs[p].Reason == BlankRun {
				p--
			}
			inList := p >= 0 && headingLike(bs[p].Text, fs[p])
			if leadsProse(bs, cls, fs, i) && !inList {
				leading = append(leading, i)
			}
		}
		if len(leading) > 0 && len(leading) < len(g) && len(leading) <= 2 {
			for _, i := range leading {
				bs[i].Kind, bs[i].Reason = "", ""
				if r := patternReason(bs[i].Text, fs[i]); r != "" {
					bs[i].Kind, bs[i].Reason = Furniture, r
				}
			}
		}
	}

}

// nameBylines marks a name on a line of its own with a role or date under
// it as a byline, and returns the people so credited.
func (p *pass) nameBylines() []person {
	bs, fs, cls := p.bs, p.fs, p.cls
	isFurn := p.isFurn
	nextText := p.nextText
	// An author's name on a line of its own, with a job title or a date
	// line under it ("Jane Doe" / "Staff Engineer, Platform Team").
	// The author is the name under the headline; a menu above it may hold
	// a pair of items that reads as a name and a role.
	var people []person
	for i := range bs {
		if isFurn(i) || !isNameLine(bs[i].Text) || relatedHead.MatchString(bs[i].Text) { // "Related Links" names no one
			continue
		}
		j := nextText(i)
		if j < 0 || bs[i].Item != "" && bs[j].Item != "" {
			// Two list items that read as a name and a role ("- Example
			// News" / "- Posts") are a menu's or a breadcrumb's.
			continue
		}
		switch {
		case (!isFurn(j) || bs[j].Reason == Byline && jobTitleLine.MatchString(bs[j].Text)) && isRoleLine(bs[j].Text, fs[j]) && cls[j] != good:
			bs[i].Kind, bs[i].Reason = Furniture, Byline
			bs[j].Kind, bs[j].Reason = Furniture, Byline
			people = append(people, person{i, bs[i].Text, bs[j].Text})
		case bs[j].Reason == DateLine || bs[j].Reason == Byline:
			bs[i].Kind, bs[i].Reason = Furniture, Byline
			people = append(people, person{i, bs[i].Text, ""})
		}
	}

	return people
}

// relatedLists marks related-article lists, "about the author" boxes and
// inline read-more links.
func (p *pass) relatedLists() {
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	isFurn := p.isFurn
	nextText := p.nextText
	// Related-article lists: a "Read more"/"Related" header and the short
	// link-like lines after it, until prose (or a heading that leads prose).
	for i := 0; i < n; i++ {
		// A list header shared with other pages ("Most viewed") is a
		// repeated block, and still heads its list.
		if isFurn(i) && !(bs[i].Reason == RepeatedBlock && relatedHead.MatchString(stripRefs(bs[i].Text))) || bs[i].Text == "" || len(fs[i].words) > 25 {
			continue
		}
		head := stripRefs(bs[i].Text)
		// "Read more: How does X affect Y?" is one link with its label;
		// it may end like a sentence, and it heads no list. The headline
		// it links to may be long.
		if inlineRelated.MatchString(head) {
			bs[i].Kind, bs[i].Reason = Furniture, RelatedList
			continue
		}
		if len(fs[i].words) > 14 {
			continue
		}
		if fs[i].terminal {
			continue
		}
		if authorBox.MatchString(head) {
			// "About the author" and the short bio under it.
			bs[i].Kind, bs[i].Reason = Furniture, AuthorBox
			if j := nextText(i); j >= 0 && !isFurn(j) && len(fs[j].words) <= 80 {
				bs[j].Kind, bs[j].Reason = Furniture, AuthorBox
			}
			continue
		}
		if !relatedHead.MatchString(head) {
			continue
		}
		bs[i].Kind, bs[i].Reason = Furniture, RelatedList
		for j := nextText(i); j >= 0 && j <= i+4*lookaround; j = nextText(j) {
			if isFurn(j) {
				if transparent(bs[j].Reason) || bs[j].Reason == RelatedList || bs[j].Reason == Ornament {
					continue
				}
				break
			}
			// A headline in the list may be a question.
			question := len(fs[j].words) <= 15 && strings.HasSuffix(strings.TrimRightFunc(bs[j].Text, isCloseQuote), "?")
			// A card of the list is a bulleted headline or blurb.
			card := fs[j].bullet && len(fs[j].words) <= 30
			// Or a headline's blurb under it, closed by the marker of
			// the next card (an empty bullet) or the end of the page.
			blurb := false
			if pj, k := p.prevText(j), nextText(j); pj > i && bs[pj].Reason == RelatedList && !fs[pj].terminal && len(fs[j].words) <= 40 {
				blurb = k < 0 || bs[k].Reason == Ornament || fs[k].bullet
			}
			if !linkLike(fs[j]) && cls[j] != short && !question && !card && !blurb {
				break
			}
			// A heading over prose ends the list, unless it is the
			// one card right under a bare label ("Related" / "Baltimore
			// Key Bridge collapse live updates: ..."): a label heads
			// the headline it links, not the article's next part.
			if k := nextText(j); k >= 0 && !isFurn(k) && cls[k] == good && headingLike(bs[j].Text, fs[j]) && !(j == nextText(i) && bareLabel(head)) {
				break
			}
			bs[j].Kind, bs[j].Reason = Furniture, RelatedList
		}
	}

}

// menus marks runs of three or more short link-like lines as navigation.
func (p *pass) menus() {
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	isFurn := p.isFurn
	nextText := p.nextText
	nb := newNeighbours(bs, cls)
	// Menus: three or more short link-like lines in a row, unless the run
	// sits between two good paragraphs (then it is a list in the body).
	for i := 0; i < n; {
		if isFurn(i) || cls[i] == good || !(linkLike(fs[i]) && len(fs[i].words) <= 6) {
			i++
			continue
		}
		j := i
		for j < n && !isFurn(j) && cls[j] != good && linkLike(fs[j]) && len(fs[j].words) <= 6 {
			j++
		}
		// A headline may follow the menu directly: a longer line that
		// leads into text rather than into more menu items is not part of it.
		end := j
		if k := end - 1; k > i && len(fs[k].words) >= 3 {
			if nx := nextText(k); nx < 0 || isFurn(nx) || !(linkLike(fs[nx]) && len(fs[nx].words) <= 6) {
				end = k
			}
		}
		if end-i >= 3 {
			j := end
			before := nb.prev(i, true)
			after := nb.next(j-1, true)
			if !(before == good && after == good) {
				for k := i; k < j; k++ {
					bs[k].Kind, bs[k].Reason = Furniture, Navigation
				}
			}
		}
		i = j
	}

}

// sentenceLists lifts bulleted lists that carry the article's statements.
func (p *pass) sentenceLists() {
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	isFurn := p.isFurn
	prevText := p.prevText
	// A bulleted list of whole sentences inside the article is body text,
	// however short or dense in figures each item is; menus and link lists
	// are bulleted too, but their items do not end like sentences.
	for i := 0; i < n; {
		if isFurn(i) || !fs[i].bullet {
			i++
			continue
		}
		run, j := blockRun(bs, i, func(j int) bool { return !isFurn(j) && fs[j].bullet })
		sentences, clauses := len(run) >= 2, len(run) >= 2
		for _, k := range run {
			if !fs[k].terminal || len(fs[k].words) < 5 {
				sentences = false
			}
			if !proseItem(fs[k]) {
				clauses = false
			}
		}
		// Items that are clauses rather than sentences are body text
		// only under a paragraph of the article that leads into them; a
		// list of other stories' headlines has a short header, if any.
		if p := prevText(run[0]); clauses && !sentences && p >= 0 && !isFurn(p) && !fs[p].bullet && len(fs[p].words) >= 8 &&
			(fs[p].terminal || strings.HasSuffix(bs[p].Text, ":")) {
			sentences = true
		}
		if sentences {
			// Items that read as prose (long, with function words) are
			// body text wherever the list sits, near the footer too:
			// their position is only weak evidence, so they need no
			// neighbours to vouch for them.
			words, stops := 0, 0.0
			for _, k := range run {
				words += len(fs[k].words)
				stops += fs[k].stopDens
			}
			c := nearGood
			if words >= 8*len(run) && stops >= 0.2*float64(len(run)) {
				c = good
			}
			for _, k := range run {
				cls[k] = max(cls[k], c)
			}
			// The line that introduces the list ("A few things are
			// worth knowing:") belongs with it.
			if p := prevText(run[0]); p >= 0 && !isFurn(p) && !fs[p].bullet && strings.HasSuffix(bs[p].Text, ":") && len(fs[p].words) >= 5 {
				cls[p] = max(cls[p], c)
			}
		}
		i = j
	}

}

// proseRuns lets runs of short prose paragraphs vouch for each other.
func (p *pass) proseRuns() {
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	isFurn := p.isFurn
	// Runs of short prose paragraphs (a local news story of one-sentence
	// paragraphs) vouch for each other: jusText alone would find no good
	// block among them.
	proseLike := func(i int) bool {
		return !isFurn(i) && fs[i].terminal && len(fs[i].words) >= 5 && !fs[i].bullet &&
			(cls[i] >= nearGood || (cls[i] == short && fs[i].stopDens >= 0.2))
	}
	for i := 0; i < n; {
		if !proseLike(i) {
			i++
			continue
		}
		run := []int{i}
		var links []int
		j := i + 1
		for ; j < n; j++ {
			if isFurn(j) && transparent(bs[j].Reason) {
				continue
			}
			if interjection(bs, fs, j) {
				links = append(links, j)
				continue
			}
			if !proseLike(j) {
				break
			}
			run = append(run, j)
		}
		if len(run) >= 3 {
			for _, k := range run {
				cls[k] = good
			}
			for _, k := range links {
				if k < run[len(run)-1] && !isFurn(k) {
					bs[k].Kind, bs[k].Reason = Furniture, RelatedList
				}
			}
		}
		i = j
	}

}

// firstGood returns the first good (else near-good) block, or -1 after
// marking every block as not article text.
func (p *pass) firstGood() int {
	bs, cls := p.bs, p.cls
	isFurn := p.isFurn
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
				bs[i].Kind, bs[i].Reason = Furniture, NotArticleText
			}
		}
		return -1
	}
	return firstGood
}

// headline picks the title and subtitle above the first paragraph and
// returns them with the first paragraph after them.
func (p *pass) headline(firstGood int, people []person) (int, int, int) {
	a := p.a
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	isFurn := p.isFurn
	// The title sits just above the byline and date lines (or above the
	// first paragraph when there are none), possibly with a subtitle
	// between; site names and menu items above it are shorter.
	// The header is the last run of byline and date lines before the first
	// paragraph: a menu above the headline may hold a name-like pair of
	// items ("Executive Lounge" / "Technology of Business") that only looks
	// like a byline.
	headerEnd := firstGood
	for i := firstGood - 1; i >= 0; i-- {
		if bs[i].Reason == Byline || bs[i].Reason == DateLine {
			headerEnd = i
			for j := i - 1; j >= 0 && isFurn(j) && !(bs[j].Reason == Navigation || bs[j].Reason == RepeatedBlock && !headlineCopy(a, j, fs[j])); j-- {
				if bs[j].Reason == Byline || bs[j].Reason == DateLine {
					headerEnd = j
				}
			}
			break
		}
	}
	candidates := func(end int) []int {
		var cands []int
		for i := 0; i < end; i++ {
			// A headline is no menu (items set apart by " | ") and
			// holds no address.
			if (isFurn(i) && !headlineCopy(a, i, fs[i])) || len(fs[i].words) < 2 || len(fs[i].words) > 40 || strings.Contains(bs[i].Text, " | ") ||
				webAddress.MatchString(bs[i].Text) {
				continue
			}
			cands = append(cands, i)
		}
		return cands
	}
	cands := candidates(headerEnd)
	// The headline stands above the article's prose: a lead of twenty
	// words or more among the candidates (a photo between it and the
	// rest of the text made it no first paragraph, and only a few
	// words, an image's label, stand between them) ends them; a
	// standfirst, the last, is one.
	// So does a run of such prose down to the first paragraph, under a
	// line that reads as a headline: the lead and the paragraphs the
	// classes judged too short or too dense with names.
	headlineAbove := false // a candidate before c reads as a headline
	for c, i := range cands {
		if c > 0 {
			j := cands[c-1]
			headlineAbove = headlineAbove || headlineLike(bs[j].Text, fs[j]) && headlineShape(bs[j].Text, fs[j])
		}
		if len(fs[i].words) < 20 || !fs[i].terminal || c == 0 || c == len(cands)-1 {
			continue
		}
		rest := cands[c+1:]
		onlyLabels := !slices.ContainsFunc(rest, func(j int) bool { return len(fs[j].words) >= 5 })
		onlyProse := !slices.ContainsFunc(rest, func(j int) bool { return !fs[j].terminal || len(fs[j].words) < 8 })
		if onlyLabels || onlyProse && headlineAbove {
			cands = cands[:c]
			break
		}
	}
	if len(cands) == 0 && headerEnd < firstGood {
		// A date at the very top of the page ("Fri 19 Jul 2024", the
		// site's today) heads nothing: the headline is under it, a line
		// that speaks of the article.
		for _, i := range candidates(firstGood) {
			if i > headerEnd && aboutArticle(a, i) && headlineLike(bs[i].Text, fs[i]) && headlineShape(bs[i].Text, fs[i]) {
				cands = append(cands, i)
			}
		}
	}
	// The last line above a photo's credit ("Image via Getty/Jane Doe")
	// is the photo's caption when a line above it may be the headline:
	// a page sets its headline over the photo, the caption under it.
	if k := len(cands); k >= 2 && p.overCredit(cands[k-1]) && slices.ContainsFunc(cands[:k-1], func(i int) bool { return headlineLike(bs[i].Text, fs[i]) && headlineShape(bs[i].Text, fs[i]) }) {
		bs[cands[k-1]].Kind, bs[cands[k-1]].Reason = Furniture, Caption
		cands = cands[:k-1]
	}
	title, subtitle := -1, -1
	// The headline reads as one (a few words, one sentence, no full stop)
	// and is followed by the subtitle; failing that it is the last line
	// before the byline, or the one before a subtitle and a stray line (a
	// role, a caption) left between subtitle and byline.
	k := len(cands)
	for _, c := range []int{k - 2, k - 1, k - 3} {
		if c < 0 {
			continue
		}
		if i := cands[c]; headlineLike(bs[i].Text, fs[i]) && headlineShape(bs[i].Text, fs[i]) && !p.proseAbove(cands, c) && cls[i] != good && !(c+1 < k && p.headerBetween(i, cands[c+1])) {
			title = i
			if c+1 < k {
				subtitle = cands[c+1]
			}
			break
		}
	}
	if title < 0 && k >= 1 {
		title = cands[k-1]
		// A label of a few words over a list ("Key points", "At a
		// glance") heads that list; it is no headline.
		if len(fs[title].words) <= 3 && p.listFollows(title) {
			title = -1
		}
		// Nor is a name of one or two words ("The Courier", a
		// masthead), a line cut from a list or a sub-heading under the
		// article's prose.
		if title >= 0 && (len(fs[title].words) < 3 || len(fs[title].words) < 4 && outletName(bs[title].Text, false) ||
			!headlineShape(bs[title].Text, fs[title]) || p.proseAbove(cands, k-1)) {
			title = -1
		}
	}
	if b := p.betterHeadline(title, firstGood); b >= 0 {
		title, subtitle = b, -1
	}
	// The page's headline printed twice, its second copy right over the
	// byline or date ("EU AI Act Now in Effect ..." / "Last updated:"),
	// outranks a line between the copies (a promo: "Learn to use AI like
	// a Pro. Learn More").
	if c := p.headlineOverHeader(headerEnd, firstGood); c >= 0 && c != title && (title < 0 || !headlineCopy(a, title, fs[title])) {
		title, subtitle = c, -1
	}
	if title >= 0 && isFurn(title) {
		bs[title].Kind, bs[title].Reason = "", ""
	}
	if title < 0 && len(fs[firstGood].words) <= 40 && !fs[firstGood].terminal && headlineShape(bs[firstGood].Text, fs[firstGood]) {
		title = firstGood
	}
	if title < 0 {
		title, firstGood = p.untitledStart(firstGood)
	}
	// A text in Markdown says which line is its title ("# ..."): the
	// prose between it and a later line that looks like a headline is
	// the article's, not a header above it.
	if md := slices.IndexFunc(bs, func(b Block) bool { return b.Level == 1 }); md >= 0 && md < title {
		title, subtitle = md, -1
		if isFurn(title) {
			bs[title].Kind, bs[title].Reason = "", ""
		}
	}
	for i := 0; i < title; i++ {
		if !isFurn(i) {
			bs[i].Kind, bs[i].Reason = Furniture, BeforeTitle
		}
	}
	if len(people) > 0 {
		a.Author, a.Role = people[0].name, people[0].role
	}
	for _, p := range people {
		if p.i > title {
			a.Author, a.Role = p.name, p.role
			break
		}
	}
	if title >= 0 {
		bs[title].Kind = Title
		a.Title = bs[title].Text
		if subtitle >= 0 {
			bs[subtitle].Kind = Subtitle
			a.Subtitle = bs[subtitle].Text
		}
		if firstGood <= title || firstGood == subtitle {
			for i := max(title, subtitle) + 1; i < n; i++ {
				if !isFurn(i) && cls[i] == good {
					firstGood = i
					break
				}
			}
		}
	}
	return title, subtitle, firstGood
}

// markCaptionsUnderCredits marks the caption a photo's credit stands
// over: "(Photo : Photo by Jane Doe/Getty Images)" / "A despondent Donald
// Trump walks out of the courtroom ... on May 30, 2024 in New York City
// after ...". The agency's caption dates what it shows, "on" a full date,
// often "in" a place; a paragraph under a credit without one is the text.
func markCaptionsUnderCredits(bs []Block) {
	prev := -1
	for i := range bs {
		if bs[i].Reason == BlankRun {
			continue
		}
		if b := &bs[i]; prev >= 0 && b.Kind == Paragraph && !b.Embed && bs[prev].Kind == Furniture && bs[prev].Reason == Caption &&
			len(strings.Fields(bs[prev].Text)) <= 12 && len(strings.Fields(b.Text)) <= 70 && datedCaption.MatchString(b.Text) {
			b.Kind, b.Reason = Furniture, Caption
		}
		prev = i
	}
}

// markPhotoDescriptions marks the paragraphs above the article's first
// sentence with a verb whose sentences, two or more, have none
// (text.Verbless): a stock photo's description printed as text ("Woman
// with laptop showing a blue screen. Faulty operating system Windows
// 10."). A report's sentences have verbs; a headline is no paragraph.
func markPhotoDescriptions(bs []Block) {
	for i := range bs {
		b := &bs[i]
		if b.Kind != Paragraph || b.Embed {
			continue
		}
		ss := sentences.Split(b.Text)
		if len(ss) < 2 || len(strings.Fields(b.Text)) > 60 || !endsSentence(b.Text) {
			return
		}
		for _, s := range ss {
			if !text.Verbless(s.Text) {
				return
			}
		}
		b.Kind, b.Reason = Furniture, Caption
	}
}

// datedCaption is a picture agency's date in a caption: "on May 30, 2024
// in New York City", "on March 26, 2024, in Baltimore".
var datedCaption = regexp.MustCompile(`\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},? in \p{Lu}`)

// overCredit reports whether the next block after i but blank lines is a
// photo's credit alone (creditOnly, or a short line read as a caption:
// "Image via Getty/Jane Doe").
func (p *pass) overCredit(i int) bool {
	for j := i + 1; j < len(p.bs); j++ {
		if p.bs[j].Reason != BlankRun {
			return p.bs[j].Kind == Furniture && (creditOnly(p.bs[j].Text) || p.bs[j].Reason == Caption && len(p.fs[j].words) <= 8)
		}
	}
	return false
}

// headerBetween reports a page header, a menu or a web address between
// blocks i and j: a
// headline and its subtitle stand together, so a line above the site's
// header (a teaser of the site's other stories) is not the headline of
// the line under it.
func (p *pass) headerBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if r := p.bs[k].Reason; r == PageHeader || r == Navigation || webAddress.MatchString(p.bs[k].Text) {
			return true
		}
	}
	return false
}

// header classifies the blocks between the title and the first paragraph
// (bylines, dates, standfirst, captions) and fills the metadata.
func (p *pass) header(title, firstGood int) {
	a := p.a
	bs, fs, cls := p.bs, p.fs, p.cls
	isFurn := p.isFurn
	nextText := p.nextText
	// The header between title and first paragraph: subtitle, bylines, dates.
	sawByline := false
	for i := title + 1; i < firstGood && i >= 0; i++ {
		b := &bs[i]
		switch b.Reason {
		case Byline:
			sawByline = true
			if name, role := bylineName(b.Text); name != "" && a.Author == "" {
				a.Author = name
				if role != "" && a.Role == "" {
					a.Role = role
				}
			}
			continue
		case DateLine:
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
			b.Kind, b.Reason = Furniture, Byline
			sawByline = true
			if a.Author == "" {
				a.Author = b.Text
			}
			if j := nextText(i); j >= 0 && j < firstGood && (!isFurn(j) || bs[j].Reason == Byline && jobTitleLine.MatchString(bs[j].Text)) && isRoleLine(bs[j].Text, fs[j]) {
				bs[j].Kind, bs[j].Reason = Furniture, Byline
				if a.Role == "" {
					a.Role = bs[j].Text
				}
			}
			continue
		}
		if b.Kind != "" {
			continue
		}
		if sawByline && len(fs[i].words) <= 60 && selfReference.MatchString(b.Text) && readerAddress.MatchString(b.Text) {
			// Under the byline, a note to the reader about the page
			// itself is a disclaimer, not the lead.
			b.Kind, b.Reason = Furniture, Disclosure
			continue
		}
		if sawByline && !fs[i].terminal && len(fs[i].words) >= 8 && afterByline(bs, i) && innerSentenceEnd.MatchString(b.Text) {
			// Right under the byline and date, a long line of two or more
			// sentences with no closing full stop is the standfirst, set
			// below the byline (a caption is one phrase): the subtitle, or
			// body when the page already has one.
			if a.Subtitle == "" {
				b.Kind = Subtitle
				a.Subtitle = b.Text
			}
			continue
		}
		if a.Subtitle != "" && sawByline && !fs[i].terminal && len(fs[i].words) >= 8 {
			// Past the headline, the standfirst and the byline, a long
			// line that does not end like a sentence is the lead photo's
			// caption (its image left no placeholder in the dump).
			b.Kind, b.Reason = Furniture, Caption
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
		b.Kind, b.Reason = Furniture, PageHeader
	}
	// Dates and bylines found anywhere fill metadata still missing: a
	// byline may stand above the headline.
	for i := range bs {
		if bs[i].Reason == DateLine && a.Date == "" {
			a.Date = findDate(bs[i].Text)
		}
		if bs[i].Reason == Byline && a.Author == "" && i < firstGood {
			a.Author, a.Role = bylineName(bs[i].Text)
		}
	}

}

// context is the jusText context pass from the first block after the
// title: short and near-good blocks take the class of their neighbours.
func (p *pass) context(title, firstGood int) {
	bs, fs, cls := p.bs, p.fs, p.cls
	n := len(bs)
	// Context pass (jusText): short and near-good blocks take the class of
	// their neighbours; headings that lead a good paragraph are kept.
	start := firstGood
	if title >= 0 {
		start = title + 1
	}
	lede := -1
	if title < 0 {
		if lede = p.ledeAbove(firstGood); lede >= 0 {
			start = lede
		}
	}
	final := make([]class, n)
	copy(final, cls)
	nb := newNeighbours(bs, cls)
	for i := start; i < n; i++ {
		if bs[i].Kind != "" {
			continue
		}
		switch cls[i] {
		case short:
			p, q := nb.prev(i, true), nb.next(i, true)
			switch {
			case p == good && q == good:
				final[i] = good
			case (p == good || keptBefore(final, nb, start, i)) && (shortSentence(fs[i]) || attribution(bs[i].Text)):
				// The article's short last line, or the attribution
				// that closes the post or quotation above it; the line
				// before may be a lead the pass kept (a brief of two
				// paragraphs, where no good block is near).
				final[i] = good
			case p == bad && q == bad:
				final[i] = bad
			case (p == bad && nb.prev(i, false) == nearGood) || (q == bad && nb.next(i, false) == nearGood):
				final[i] = good
			default:
				final[i] = bad
			}
		case nearGood:
			// Right under the headline, prose is the article's lead.
			p, q := nb.prev(i, true), nb.next(i, true)
			// Right under the headline, prose is the article's lead; and
			// a chain of near-good paragraphs after a kept one stays in.
			if prevHeadline(bs, i) {
				p = good
			}
			if k := nb.prevL[i]; k >= start && final[k] == good {
				p = good
			}
			if p == bad && q == bad {
				final[i] = bad
			} else {
				final[i] = good
			}
		}
		if cls[i] == bad && namedSentence(fs[i]) && nb.prev(i, true) == good && nb.next(i, true) == good {
			final[i] = good
		}
		if final[i] != good && headingLike(bs[i].Text, fs[i]) && leadsProse(bs, cls, fs, i) {
			final[i] = good
		}
	}
	if lede >= 0 {
		final[lede] = good
	}
	for i := 0; i < start; i++ {
		if bs[i].Kind == "" {
			bs[i].Kind, bs[i].Reason = Furniture, BeforeArticle
		}
	}
	for i := start; i < n; i++ {
		if bs[i].Kind != "" {
			continue
		}
		switch {
		case final[i] != good:
			bs[i].Kind, bs[i].Reason = Furniture, ShortLinkLike
			if len(fs[i].words) > 12 || fs[i].terminal {
				bs[i].Reason = BoilerplateText
			}
		case headingLike(bs[i].Text, fs[i]) && cls[i] != good && (leadsProse(bs, cls, fs, i) || p.inBody(i) && !strings.HasSuffix(bs[i].Text, ":") && leadsKeptSentence(bs, fs, final, i)):
			bs[i].Kind = Heading
		case questionHeading(bs[i], fs[i]) && p.inBody(i) && leadsKeptSentence(bs, fs, final, i):
			// "Which airlines have been affected by the outage?": a
			// question the paragraphs under it answer heads them.
			bs[i].Kind = Heading
		default:
			bs[i].Kind = Paragraph
		}
	}
}

// ledeAbove finds, on a page with no headline, the article's lead set
// apart from its first paragraph (firstGood) by a photo and its caption:
// the nearest block of text above it, with only furniture between, that
// is a report of twenty words or more in sentence case ending a sentence,
// told in the past ("Russian President Vladimir Putin won a landslide
// reelection ..."; a standfirst speaks in the present). It returns -1 if
// there is none.
func (p *pass) ledeAbove(firstGood int) int {
	for j := firstGood - 1; j >= 0; j-- {
		b := p.bs[j]
		if b.Kind == Furniture || strings.TrimSpace(b.Text) == "" {
			continue
		}
		f := p.fs[j]
		if b.Kind == "" && b.Item == "" && len(f.words) >= 20 && f.terminal && f.capRatio < 0.5 && report(b.Text) && tellsPast(b.Text) {
			return j
		}
		return -1
	}
	return -1
}

// questionHeading reports a line that is one short question and nothing
// else ("What happened during the outage?"): standing on its own between
// paragraphs, it heads the answer, as a heading does; no claim.
func questionHeading(b Block, f feat) bool {
	t := strings.TrimRightFunc(b.Text, isCloseQuote)
	return b.Item == "" && strings.HasSuffix(t, "?") && len(f.words) >= 3 && len(f.words) <= 14 && unicode.IsUpper(firstLetter(t)) &&
		!strings.ContainsAny(t[:len(t)-1], ".?!\"“”")
}

// keptBefore reports whether the block right before block i (blank runs
// aside) is one the context pass has kept.
func keptBefore(final []class, nb *neighbours, start, i int) bool {
	k := nb.prevL[i]
	return k >= start && final[k] == good
}

// namedSentence reports a sentence of prose crowded with names and titles
// ("Jane Doe, programme director of the Harbour Trust at Westmarch
// University's Institute of Coastal Studies, told Example News the claims
// were false."): ten words or more ending like a sentence, with function
// words, no links and some words in lower case. jusText calls it bad for its
// capitals; between two good paragraphs it is the article's.
func namedSentence(f feat) bool {
	return len(f.words) >= 10 && f.terminal && f.linkDens == 0 && !f.bullet && f.stopDens >= 0.1 && f.capRatio < 0.8
}

// shortSentence reports a short block that reads as a sentence of prose:
// five words or more, opening with a capital or a quote mark, ending like a
// sentence, with function words ("Colombia had lost to Ruritania on
// Monday."). Right under the article's text it is the article's last
// line, however short; jusText drops it for the furniture below it.
func shortSentence(f feat) bool {
	r, _ := utf8.DecodeRuneInString(f.text)
	return len(f.words) >= 5 && f.terminal && f.linkDens == 0 && !f.bullet && f.stopDens >= 0.2 &&
		(unicode.IsUpper(r) || strings.ContainsRune(`"“‘'`, r))
}

// proseItem reports a list item that reads as a statement: a clause of
// eight or more words in sentence case with
// function words ("Sberbank leads Russian AI development with its GigaChat
// model"), as an article written as a list has it. A menu's items are a
// few words, or headlines in title case.
func proseItem(f feat) bool {
	n := len(f.words)
	return n >= 8 && f.capRatio < 0.5 && f.stopDens >= 0.15
}

// interjection reports a short bulleted link line set between the
// paragraphs of a story ("• Man Shot at Gas Station Dies"): a related-story
// link that interrupts the body without ending it. It is furniture itself,
// but a run of prose paragraphs reads through it.
func interjection(bs []Block, fs []feat, j int) bool {
	return bs[j].Reason != BlankRun && fs[j].bullet && linkLike(fs[j]) && len(fs[j].words) <= 15 && fs[j].capRatio >= 0.6 &&
		(j == 0 || bs[j-1].Reason == BlankRun) && (j+1 >= len(bs) || bs[j+1].Reason == BlankRun)
}

// innerSentenceEnd is a sentence end inside a line: "... doesn't vanish.
// It turns up ...".
var innerSentenceEnd = regexp.MustCompile(`\p{Ll}[.!?][’”"']?\s+[“"‘']?\p{Lu}`)

// afterByline reports whether the nearest block above i that is not blank
// is a byline or a date line.
func afterByline(bs []Block, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch bs[j].Reason {
		case BlankRun:
			continue
		case Byline, DateLine:
			return true
		}
		return false
	}
	return false
}

// tripWords mark who paid for the author's reporting ("travelled as a
// guest of", "tickets were provided by").
var tripWords = []string{"guest of", "paid for by", "courtesy of", "hosted by", "provided by", "funded by",
	"supported by", "sponsored by", "at the invitation of", "with the support of", "with support from"}

// markAuthorNote marks the notes that close an article rather than belong
// to it, walking back from its last kept block while they last:
//   - a short last paragraph that opens with the byline's name and says who
//     paid for the trip ("Jane Doe travelled as a guest of ..."): a
//     disclosure under the article, not its text;
//   - a one-line author bio set as a tagline, with no full stop ("Jane Doe is
//     a Courier columnist who writes about ..."). A bio written as a sentence
//     ("Jane Doe is a former adviser to ...") closes many opinion pieces as
//     their last paragraph and stays;
//   - a call to the reader to write in, click, comment or share ("If you
//     would like to submit a response ..., please click here").
func markAuthorNote(a *Article) {
	names := authorNames(a)
	bs := a.Blocks
	for i := len(bs) - 1; i >= 0; i-- {
		if bs[i].Kind == Furniture {
			continue
		}
		if bs[i].Kind != Paragraph && bs[i].Kind != Heading {
			return
		}
		t := stripRefs(bs[i].Text)
		f := features(t)
		nw := len(f.words)
		switch {
		case nw <= 60 && readerCall(t):
			bs[i].Kind, bs[i].Reason = Furniture, ReaderCall
		case nw <= 40 && !endsSentence(t) && authorBio(t, names):
			bs[i].Kind, bs[i].Reason = Furniture, AuthorBio
		case nw <= 60 && journalistBio(t) && (len(names) == 0 || bylineBio(t, names)):
			bs[i].Kind, bs[i].Reason = Furniture, AuthorBio
		default:
			if nw <= 50 && endsSentence(t) && containsAny(strings.ToLower(t), tripWords) {
				if _, ok := authorRest(t, names); ok {
					bs[i].Kind, bs[i].Reason = Furniture, Disclosure
				}
			}
			return
		}
	}
}

// authorNames returns the names the page credits as its authors: the
// article's author and every name in a byline above the first paragraph.
// A single name is left out: it may be any sentence's subject.
func authorNames(a *Article) []string {
	var names []string
	add := func(n string) {
		n = strings.TrimSpace(n)
		if len(strings.Fields(n)) >= 2 && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	add(a.Author)
	for _, b := range a.Blocks {
		if b.Kind == Paragraph {
			break
		}
		if b.Reason == Byline {
			if n, _ := bylineName(stripRefs(b.Text)); n != "" {
				add(n)
			} else if isNameLine(b.Text) {
				add(b.Text)
			}
		}
	}
	return names
}

// authorRest returns the rest of a line that opens with one of the page's
// author names.
func authorRest(t string, names []string) (string, bool) {
	for _, n := range names {
		if rest, ok := strings.CutPrefix(t, n+" "); ok {
			return rest, true
		}
	}
	return "", false
}

// authorBio reports a line that opens with one of the page's author names
// and goes on as a bio: "Jane Doe is a columnist ...".
func authorBio(t string, names []string) bool {
	rest, ok := authorRest(t, names)
	return ok && bioRole.MatchString(rest)
}

// journalistBio reports a bio of the page's writer, wherever the page names
// them: a name (two to four capitalised words, or a first name alone), then
// what they do as a journalist ("is an experienced journalist", "joined the
// paper in 2017 ... has been reporting on"). A bio of anyone else (a
// former adviser, a professor) is part of an opinion piece and stays.
//
// When the page has a byline, only a bio of the credited author counts: a
// guest's bio under a column names someone else.
func journalistBio(t string) bool {
	m := bioName.FindStringSubmatch(t)
	return m != nil && journalistRole.MatchString(t[len(m[0]):])
}

var (
	bioName        = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+`)
	journalistRole = regexp.MustCompile(`(?i)^((is|was) (a|an|the)\b[^.]{0,60}\b(journalist|reporter|correspondent|columnist|editor|staff writer|freelance writer|contributing writer|news writer)s?\b|(has been|is) (reporting|writing) (on|about|for)\b|joined\b[^.]{0,60}\.\s+(he|she|they) (has|have) been (reporting|writing|covering)\b|(reports|writes) (on|about|for)\b)`)
)

// bylineBio reports a line that opens with a credited author's name.
func bylineBio(t string, names []string) bool {
	_, ok := authorRest(t, names)
	return ok
}

// bioRole is the rest of a one-line bio: "is a Courier columnist",
// "is an award-winning writer and broadcaster".
var bioRole = regexp.MustCompile(`(?i)^(is|was) (a|an|the)\b.*\b(columnist|correspondent|reporter|editor|writer|journalist|author|commentator|critic|contributor|broadcaster|presenter|novelist|analyst|blogger|photographer)s?\b`)

// readerCall reports a line that addresses the reader and asks them to do
// something with the page: write in, click, comment, share, sign up. It
// needs both the reader ("you") and the action, so that a closing paragraph
// of advice ("If your server sits idle ...") stays.
func readerCall(t string) bool {
	return readerYou.MatchString(t) && readerAction.MatchString(t)
}

var (
	readerYou    = regexp.MustCompile(`(?i)\b(you|your)\b`)
	readerAction = regexp.MustCompile(`(?i)\b((click|tap|press) (here|the link|below)|(submit|send|email|e-mail|write)\b[^.?!]{0,40}\b(response|letter|comment|view|opinion|story|tip|thought|question)s?|(leave|post|add) a comment|comment below|share (this|your)\b[^.?!]{0,30}\b(article|story|thoughts|views?|experience|comments?)|sign up|get in touch|let us know|tell us|follow us)\b`)
)

// neighbours indexes, for every block, the nearest block before and after
// it that has a say in the context pass: neither short nor transparent
// furniture (strict also passes over near-good blocks). Building it once keeps
// the pass linear in the number of blocks.
type neighbours struct {
	bs                         []Block
	cls                        []class
	prevS, prevL, nextS, nextL []int
	// aside marks the blocks of a related link set inside the article
	// (see asideLinks): they interrupt it without ending it.
	aside []bool
}

func newNeighbours(bs []Block, cls []class) *neighbours {
	n := len(bs)
	nb := &neighbours{bs: bs, cls: cls, prevS: make([]int, n), prevL: make([]int, n), nextS: make([]int, n), nextL: make([]int, n), aside: asideLinks(bs, cls)}
	s, l := -1, -1
	for i := 0; i < n; i++ {
		nb.prevS[i], nb.prevL[i] = s, l
		if nb.stops(i, true) {
			s = i
		}
		if nb.stops(i, false) {
			l = i
		}
	}
	s, l = -1, -1
	for i := n - 1; i >= 0; i-- {
		nb.nextS[i], nb.nextL[i] = s, l
		if nb.stops(i, true) {
			s = i
		}
		if nb.stops(i, false) {
			l = i
		}
	}
	return nb
}

func (nb *neighbours) stops(j int, strict bool) bool {
	b := nb.bs[j]
	switch {
	case b.Kind == Furniture:
		return !transparent(b.Reason) && !nb.aside[j]
	case b.Kind != "":
		return true
	case nb.cls[j] == short:
		return false
	case nb.cls[j] == nearGood:
		return !strict
	}
	return true
}

// classOf is the class block j lends its neighbours; the page edge and
// non-transparent furniture are bad, as are the title and subtitle (they
// are not body prose); kept headings and paragraphs are good.
func (nb *neighbours) classOf(j int) class {
	if j < 0 {
		return bad
	}
	switch b := nb.bs[j]; {
	case b.Kind == Furniture, b.Kind == Title, b.Kind == Subtitle:
		return bad
	case b.Kind == Heading, b.Kind == Paragraph:
		return good
	}
	return nb.cls[j]
}

// prev and next return the class of the nearest block that has a say.
func (nb *neighbours) prev(i int, strict bool) class {
	if strict {
		return nb.classOf(nb.prevS[i])
	}
	return nb.classOf(nb.prevL[i])
}

func (nb *neighbours) next(i int, strict bool) class {
	if strict {
		return nb.classOf(nb.nextS[i])
	}
	return nb.classOf(nb.nextL[i])
}

// maxAside is the most blocks of a related-link box set inside the
// article: a label and one link ("Related Links" / "- Agency website"),
// or one "Read more: ..." line. A longer list ends the article more often
// than it interrupts it.
const maxAside = 2

// asideLinks marks the blocks of each run of at most maxAside related-list
// blocks (blank runs between them do not count) with prose on both sides
// (the nearest blocks that are not transparent furniture are near-good or
// good): a link to another story set between two paragraphs of the
// article, which the context pass looks through to the paragraphs around
// it, as it does through an image.
func asideLinks(bs []Block, cls []class) []bool {
	aside := make([]bool, len(bs))
	prose := func(k int) bool {
		return k >= 0 && k < len(bs) && bs[k].Kind == "" && cls[k] >= nearGood
	}
	beyond := func(k, step int) int {
		for k += step; k >= 0 && k < len(bs) && bs[k].Kind == Furniture && transparent(bs[k].Reason); k += step {
		}
		return k
	}
	for i := 0; i < len(bs); {
		if bs[i].Reason != RelatedList {
			i++
			continue
		}
		run, j := blockRun(bs, i, func(j int) bool { return bs[j].Reason == RelatedList })
		if len(run) <= maxAside && prose(beyond(run[0], -1)) && prose(beyond(run[len(run)-1], 1)) {
			for _, k := range run {
				aside[k] = true
			}
		}
		i = j
	}
	return aside
}

// lookaround bounds how far the local look-ups search, so that a dump of
// thousands of furniture blocks still takes linear time.
const lookaround = 12

// leadsProse reports whether the next text block after i (looking through
// images and captions) is a good or near-good paragraph.
func leadsProse(bs []Block, cls []class, fs []feat, i int) bool {
	for j := i + 1; j < len(bs) && j <= i+lookaround; j++ {
		b := bs[j]
		if b.Reason == BlankRun || b.Reason == ImagePlaceholder || b.Reason == Caption {
			continue
		}
		if b.Kind == Furniture {
			return false
		}
		// A lead-in to a list ends with a colon, not a full stop.
		return cls[j] == good || (cls[j] == nearGood && (fs[j].terminal || strings.HasSuffix(b.Text, ":")))
	}
	return false
}

// inBody reports whether the nearest text block before i is a paragraph
// of the article.
func (p *pass) inBody(i int) bool {
	k := p.prevText(i)
	return k >= 0 && p.bs[k].Kind == Paragraph
}

// leadsKeptSentence reports whether the next text block after i (looking
// through images and captions) is one the context pass keeps and that ends
// like a sentence: a short first sentence under a subheading ("Milton
// spawns tornado outbreak" / "The storm spun up dozens of tornadoes.") is
// too short for leadsProse, yet the subheading heads it.
func leadsKeptSentence(bs []Block, fs []feat, final []class, i int) bool {
	for j := i + 1; j < len(bs) && j <= i+lookaround; j++ {
		switch b := bs[j]; {
		case b.Reason == BlankRun || b.Reason == ImagePlaceholder || b.Reason == Caption:
			continue
		case b.Kind != "":
			return false
		}
		return final[j] == good && fs[j].terminal && !fs[j].bullet
	}
	return false
}

// prevHeadline reports whether the nearest block before i, looking through
// furniture of the header (bylines, dates, images), is the title or subtitle.
func prevHeadline(bs []Block, i int) bool {
	for j := i - 1; j >= 0 && j >= i-lookaround; j-- {
		switch {
		case bs[j].Kind == Title || bs[j].Kind == Subtitle:
			return true
		case bs[j].Kind == Furniture:
			continue
		}
		return false
	}
	return false
}

// markPullQuotes marks short quoted or sentence blocks whose wording (word
// pairs) is almost all found in one other, longer block of the same page:
// a pull quote restates the body in large type.
func markPullQuotes(bs []Block, fs []feat) map[int][]int {
	quotes := map[int][]int{}
	type pair struct{ a, b string }
	posting := map[pair][]int{}
	for i := range bs {
		w := fs[i].words
		if bs[i].Kind == Furniture || len(w) < 12 {
			continue
		}
		for k := 1; k < len(w); k++ {
			p := pair{w[k-1], w[k]}
			if l := posting[p]; len(l) == 0 || l[len(l)-1] != i {
				posting[p] = append(l, i)
			}
		}
	}
	for i := range bs {
		w := fs[i].words
		if bs[i].Kind == Furniture || len(w) < 5 || len(w) > 30 || !fs[i].terminal {
			continue
		}
		hits := map[int]int{}
		for k := 1; k < len(w); k++ {
			l := posting[pair{w[k-1], w[k]}]
			if len(l) > 50 {
				continue // a pair as common as "of the" proves nothing
			}
			for _, j := range l {
				if j != i && len(fs[j].words) > len(w) {
					hits[j]++
				}
			}
		}
		for _, j := range slices.Sorted(maps.Keys(hits)) {
			if hits[j]*10 < (len(w)-1)*9 {
				continue
			}
			// Two copies of one sentence, the first above the
			// article's prose (no paragraph of twenty words before
			// it): the first is the summary printed under the
			// headline, the second the article's own.
			if j < i && len(fs[j].words)*4 <= len(w)*5 && bs[j].Kind != Furniture && !slices.ContainsFunc(fs[:j], func(f feat) bool { return f.terminal && len(f.words) >= 20 }) {
				bs[j].Kind, bs[j].Reason = Furniture, PullQuote
				quotes[j] = append(quotes[j], i)
				continue
			}
			bs[i].Kind, bs[i].Reason = Furniture, PullQuote
			quotes[i] = append(quotes[i], j)
		}
	}
	return quotes
}

// restoreCaptionedLeads undoes a pull quote that follows right under a
// longer copy of itself set as a caption: a video's caption that prints the
// lead paragraph, a little longer, above it. A pull quote restates the text
// around it; the paragraph under its own caption is the article's.
func restoreCaptionedLeads(bs []Block, quotes map[int][]int) {
	for i, srcs := range quotes {
		if slices.ContainsFunc(srcs, func(j int) bool { return bs[j].Reason == Caption && j < i && textBlocks(bs, j, i) == 0 }) {
			bs[i].Kind, bs[i].Reason = "", ""
		}
	}
}

// agencies are picture agencies and wires that a page names alone on the
// line above or below a photo.
var agencies = map[string]bool{"getty images": true, "getty": true, "reuters": true, "afp": true, "ap": true,
	"epa": true, "pa": true, "pa media": true, "pa wire": true, "alamy": true, "shutterstock": true,
	"bloomberg": true, "ap photo": true, "afp via getty images": true, "epa-efe": true, "anadolu": true}

// creditOnly reports a line that is nothing but a photo credit ("Getty
// Images", "Photo: Jane Doe/Reuters").
func creditOnly(text string) bool {
	t := stripRefs(text)
	lower := strings.ToLower(strings.Trim(t, " .()"))
	if agencies[lower] {
		return true
	}
	n := len(strings.Fields(t))
	return n <= 6 && (creditNearEnd(lower, n) || captionStart.MatchString(t))
}

// sourceLine reports a line that names the outlet an article comes from
// ("Source: BBC"): it credits the article, not a photo, and the line under
// it is no caption.
func sourceLine(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(t), "Source:")
	return ok && outletName(strings.TrimSpace(rest), true)
}

// photoPlaceholder is the placeholder of a still image (not of an embedded
// frame or an advert, which have no caption).
var photoPlaceholder = regexp.MustCompile(`(?i)\[\s*(img|image|photo|picture|figure|fig)\b`)

// markCaptions marks the caption of a photo: the line under a credit line
// ("Getty Images" / "Shoppers in Leeds city centre"), or the line between an
// image placeholder and its credit. A caption need not end like a sentence,
// so without its neighbours it passes for a heading or a paragraph.
func markCaptions(bs []Block, fs []feat) {
	near := func(i, step int) int {
		for j := i + step; j >= 0 && j < len(bs); j += step {
			if bs[j].Reason != BlankRun {
				return j
			}
		}
		return -1
	}
	for i := range bs {
		w := len(fs[i].words)
		if bs[i].Kind == Furniture || w < 6 || w > 50 || strings.HasSuffix(strings.TrimRightFunc(bs[i].Text, isCloseQuote), "?") {
			continue
		}
		p, q := near(i, -1), near(i, 1)
		if p < 0 || bs[p].Kind != Furniture {
			continue
		}
		// Under a credit, a paragraph that ends like a sentence may be the
		// article's own (a gallery credit sits right above the body); a
		// caption seldom ends so.
		image := bs[p].Reason == ImagePlaceholder || placeholder.MatchString(stripRefs(bs[p].Text))
		// A text-mode browser prints a caption on the line right under
		// the image's placeholder, with no blank line between: one short
		// sentence or fragment. The lead paragraph under an image is
		// longer, or more than one sentence.
		underImage := image && p == i-1 && photoPlaceholder.MatchString(bs[p].Text) && w <= 25 && !strings.Contains(strings.TrimSpace(bs[i].Text), ". ")
		if !fs[i].terminal && creditOnly(bs[p].Text) && !sourceLine(bs[p].Text) || image && q >= 0 && bs[q].Kind == Furniture && creditOnly(bs[q].Text) || underImage {
			bs[i].Kind, bs[i].Reason = Furniture, Caption
		}
	}
}

var (
	// commentHead opens a reader's comment: "1. Jane Doe says:", "Priya
	// wrote:", "Tom Beckett (author) replied:".
	commentHead = regexp.MustCompile(`^(\d{1,3}[.)]\s+)?(\p{Lu}[^:]{0,50}?)\s+(says|said|wrote|writes|replied|replies|commented)\s*:?$`)
	// commentsHeader heads a comment section: "12 thoughts on “Title”",
	// "3 responses to", "Leave a reply", "Comments (12)".
	commentsHeader = regexp.MustCompile(`(?i)^((\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|responses?|replies|comments?|reactions?)\s+(on|to)\b.*|(leave|post|add|write) a (reply|comment|response)\b.*|(\d+\s+)?comments?\s*(\(\d+\))?:?)$`)
)

// markComments marks a comment section below the article: two or more
// comment heads ("Jane Doe says:") after prose has begun. Readers'
// comments are prose too, so their text cannot tell them from the body;
// their heads can. Everything from the first head (and the section header
// just above it) to the end of the page is the section.
func markComments(bs []Block, fs []feat, cls []class) {
	var heads []int
	seenProse := false
	for i := range bs {
		if bs[i].Reason == BlankRun {
			continue
		}
		if cls[i] == good && bs[i].Kind != Furniture {
			seenProse = true
		}
		if seenProse && len(fs[i].words) <= 10 && commentHead.MatchString(stripRefs(bs[i].Text)) {
			heads = append(heads, i)
		}
	}
	if len(heads) < 2 {
		return
	}
	// An interview may print "Jane Doe said:" before each answer; a
	// comment section also has its header or a date under each head.
	dated := 0
	for _, h := range heads {
		for j := h + 1; j < len(bs) && j <= h+2; j++ {
			if bs[j].Reason == DateLine {
				dated++
				break
			}
		}
	}
	start, header := heads[0], false
	for j := start - 1; j >= 0 && j >= heads[0]-lookaround; j-- {
		if bs[j].Reason == BlankRun {
			continue
		}
		if commentsHeader.MatchString(stripRefs(bs[j].Text)) {
			start, header = j, true
		}
		if bs[j].Kind != Furniture && cls[j] == good {
			break
		}
	}
	if !header && dated < 2 {
		return
	}
	for i := start; i < len(bs); i++ {
		if bs[i].Kind != Furniture && bs[i].Reason != BlankRun {
			bs[i].Kind, bs[i].Reason = Furniture, Comments
		}
	}
}

// blockRun returns the blocks from i on for which in holds, looking through
// blank runs, and the index of the first block after them that breaks the run.
func blockRun(bs []Block, i int, in func(j int) bool) (run []int, end int) {
	j := i
	for ; j < len(bs); j++ {
		if bs[j].Reason == BlankRun {
			continue
		}
		if !in(j) {
			break
		}
		run = append(run, j)
	}
	return run, j
}

// colonHeadline reports the value of a "Label: value" line that reads as a
// headline's second half ("Jumbo-sized rate cut: Fed slashes rates by a
// half percentage point"): six words or more opening with a capital. A fact
// box's values are a few words ("Venue: Town Hall", "Tickets: £10").
func colonHeadline(value string) bool {
	v := strings.TrimSpace(value)
	return len(strings.Fields(v)) >= 6 && unicode.IsUpper(firstRune(v))
}

// markFactBoxes marks runs of two or more short "Label: value" lines
// ("Venue: ..." / "Dates: ..." / "Tickets: ..."): a fact box beside the
// article, not its prose. One such line alone may be a heading or a lead-in.
func markFactBoxes(bs []Block, fs []feat) {
	isLabel := func(i int) bool {
		t := stripRefs(bs[i].Text)
		k := strings.IndexByte(t, ':')
		return bs[i].Kind != Furniture && len(fs[i].words) <= 12 && !fs[i].terminal &&
			k > 0 && len(strings.Fields(t[:k])) <= 3 && labelValue.MatchString(t) && !colonHeadline(t[k+1:])
	}
	for i := 0; i < len(bs); {
		if !isLabel(i) {
			i++
			continue
		}
		run, j := blockRun(bs, i, isLabel)
		if len(run) >= 2 {
			for _, k := range run {
				bs[k].Kind, bs[k].Reason = Furniture, FactBox
			}
		}
		i = j
	}
}

// markTables keeps a table the dump printed inside the article (a stock
// ticker's rows, a match's statistics): a run of two or more table rows
// (see tableRow), one of them with a figure, that the article's text
// follows. Cell by cell its lines read as headers, captions or menu lines
// to the other passes; together they are the article's data. A row the
// page prints twice (a repeated header row) keeps its first copy.
func markTables(bs []Block) {
	for i := 0; i < len(bs); {
		if !bs[i].row {
			i++
			continue
		}
		run := []int{i}
		j := i + 1
		for ; j < len(bs) && (bs[j].row || bs[j].Reason == BlankRun); j++ {
			if bs[j].row {
				run = append(run, j)
			}
		}
		if len(run) >= 2 && slices.ContainsFunc(run, func(k int) bool { return strings.ContainsAny(bs[k].Text, "0123456789") }) && articleFollows(bs, j) {
			for _, k := range run {
				if b := &bs[k]; b.Kind != Furniture || classVerdict(b.Reason) || b.Reason == PageHeader || b.Reason == Caption || b.Reason == Navigation {
					b.Kind, b.Reason = Paragraph, ""
				}
			}
		}
		i = j
	}
}

// articleFollows reports that the first block from j on that is not
// furniture is a paragraph of the article.
func articleFollows(bs []Block, j int) bool {
	for ; j < len(bs); j++ {
		if bs[j].Kind != Furniture {
			return bs[j].Kind == Paragraph
		}
	}
	return false
}
