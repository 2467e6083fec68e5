package extract

import (
	"regexp"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// markOffTopicAddresses marks an advert set into the text as a paragraph:
// a short one that speaks to the reader ("you", "your"), bids them get
// or try something (salesCall) and shares no
// content word with the rest of the article (one, of six or more) ("Watching your favorite
// movies abroad? Don't forget to get your ... smart DNS ..."). Advice to
// the article's readers speaks of what the article does ("If your flight
// is cancelled, ask the airline ..."), and stays.
func markOffTopicAddresses(a *Article) {
	bs := a.Blocks
	var paras []int
	for i, b := range bs {
		if b.Kind == Paragraph {
			paras = append(paras, i)
		}
	}
	if len(paras) < 3 {
		return // too little article to tell what it is about
	}
	stems := make([]map[string]bool, len(bs))
	count := map[string]int{} // in how many paragraphs (and the title) a stem stands
	for _, i := range paras {
		stems[i] = subjectStems(bs[i].Text)
		for st := range stems[i] {
			count[st]++
		}
	}
	for st := range subjectStems(a.Title) {
		count[st]++
	}
	for _, i := range paras {
		b := &bs[i]
		if len(strings.Fields(b.Text)) > 45 || !readerYou.MatchString(b.Text) || !salesCall.MatchString(b.Text) || strings.ContainsAny(b.Text, "\"“”") {
			continue
		}
		shared := 0
		for st := range stems[i] {
			if count[st] > 1 {
				shared++
			}
		}
		// One word in common is chance ("content" of "geo-restricted
		// content" and of "a content update").
		if shared == 0 && len(stems[i]) >= 3 || shared == 1 && len(stems[i]) >= 6 {
			b.Kind, b.Reason = Furniture, Advertisement
		}
	}
}

// subjectStems are the stems of the words of s that carry its subject
// (contentStems, four letters or more, no word of framing: text.GenericStem).
func subjectStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, st := range contentStems(s) {
		if len(st) >= 4 && !text.GenericStem(st) {
			out[st] = true
		}
	}
	return out
}

// salesCall is the bid of an advert: get, try, buy or download something.
var salesCall = regexp.MustCompile(`(?i)\b(get|grab|try|download|buy|order|shop|claim|install|check out|use (the )?code|don[’']t (forget|miss))\b`)
