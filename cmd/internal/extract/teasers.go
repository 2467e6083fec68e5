package extract

import (
	"slices"
	"strings"
	"unicode"
)

// markTeasers marks the story cards that follow an article: other stories'
// headlines, each with its byline or date and a one-paragraph blurb. A
// blurb is prose, so the classifier keeps it; its card gives it away. Two
// or more byline or date lines after the body has begun mean a list of
// cards (an article is credited and dated once, above its text): the blurb
// right under each of them is furniture.
func markTeasers(bs []Block) {
	first := slices.IndexFunc(bs, func(b Block) bool { return b.Kind == Paragraph })
	if first < 0 {
		return
	}
	type card struct{ start, end int }
	var cards []card
	for i := first + 1; i < len(bs); i++ {
		if bs[i].Reason == DateLine || bs[i].Reason == Byline {
			if n := len(cards); n > 0 && cards[n-1].end == i-1 {
				cards[n-1].end = i // a byline and a date: one card
			} else {
				cards = append(cards, card{i, i})
			}
		}
	}
	// A card has its headline above the byline: a short line that ends
	// no sentence. (A live blog's time stamps head its updates, and a
	// rule or an update's last sentence is above them.)
	headed := cards[:0]
	for _, c := range cards {
		h := c.start - 1
		for h >= 0 && bs[h].Reason == BlankRun {
			h--
		}
		if h < 0 {
			continue
		}
		if t := stripRefs(bs[h].Text); len(strings.Fields(t)) <= 20 && strings.ContainsFunc(t, unicode.IsLetter) && !endsSentence(t) {
			headed = append(headed, c)
		}
	}
	if len(headed) < 2 {
		return
	}
	for _, c := range headed {
		j := c.end + 1
		for j < len(bs) && bs[j].Reason == BlankRun {
			j++
		}
		if j < len(bs) && bs[j].Kind == Paragraph && len(strings.Fields(bs[j].Text)) <= 80 && j-c.end <= 2 {
			bs[j].Kind, bs[j].Reason = Furniture, RelatedList
		}
	}
}

// gluedTeaser reports a card whose headline and blurb a text dump ran
// together with no space: "Police Arrest Two After Fire At Mall CentreA
// 24-year-old man was ...". The headline is three or more capitalised
// words; the glue is a lower-case letter of a word of three or more letters
// right before the capital that opens the blurb.
func gluedTeaser(text string, written func(string) bool) bool {
	words := strings.Fields(text)
	caps := 0
	for wi, w := range words {
		if wi >= 20 {
			return false
		}
		rs := []rune(w)
		for k := 3; k < len(rs); k++ {
			glue := unicode.IsLower(rs[k-1]) || unicode.IsDigit(rs[k-1]) || rs[k-1] == '?' || rs[k-1] == '!'
			if glue && unicode.IsUpper(rs[k]) && !unicode.IsSpace(rs[k-2]) && (k+1 == len(rs) || unicode.IsLower(rs[k+1])) &&
				caps >= 3 && len(words)-wi >= 6 && !written(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) {
				return true
			}
		}
		if unicode.IsUpper(firstLetter(w)) || unicode.IsDigit(firstLetter(w)) {
			caps++
		} else if !isProseWord(strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))) {
			return false // a headline in title case has only small words in lower case
		}
	}
	return false
}

// markGluedTeasers marks runs of two or more glued teaser cards (see
// gluedTeaser) within a few blocks of each other: a list of other stories.
func markGluedTeasers(bs []Block) {
	// A word in camel case the page writes in another block too
	// ("SoftBank") is a brand's name, no glue.
	blocksWith := map[string]int{}
	for _, b := range bs {
		seen := map[string]bool{}
		for _, w := range strings.Fields(b.Text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if !seen[w] {
				seen[w] = true
				blocksWith[w]++
			}
		}
	}
	written := func(w string) bool { return blocksWith[w] > 1 }
	var hits []int
	for i, b := range bs {
		if b.Kind != Furniture && gluedTeaser(stripRefs(b.Text), written) {
			hits = append(hits, i)
		}
	}
	for k, i := range hits {
		near := k > 0 && i-hits[k-1] <= lookaround || k+1 < len(hits) && hits[k+1]-i <= lookaround
		if near {
			bs[i].Kind, bs[i].Reason = Furniture, RelatedList
		}
	}
}

// maxLinkItems is the most items of a link list set inside the article
// with no lead-in: one or two links to other stories.
const maxLinkItems = 2

// markLinkItems marks as related links the runs of at most maxLinkItems
// bulleted items set between two paragraphs of the article, when the items
// are headlines in sentence case that end no sentence ("- Harbour fees
// rise for a third year") and the paragraph above ends like a sentence: a
// list of the article's own is led into ("Three things changed:") or holds
// sentences, and its numbered items may be the article's subheadings ("2.
// Take stock"). Headlines in title case are interjections (see
// interjection).
func markLinkItems(bs []Block) {
	for i := 0; i < len(bs); {
		if bs[i].Kind != Paragraph || bs[i].Item != "-" {
			i++
			continue
		}
		run, j := blockRun(bs, i, func(j int) bool { return bs[j].Kind == Paragraph && bs[j].Item == "-" })
		if len(run) <= maxLinkItems && linkItemsBetween(bs, run) {
			for _, k := range run {
				bs[k].Kind, bs[k].Reason = Furniture, RelatedList
			}
		}
		i = j
	}
}

// linkItemsBetween reports whether the items of run read as headlines and
// stand between a paragraph that ends like a sentence and another
// paragraph (see markLinkItems).
func linkItemsBetween(bs []Block, run []int) bool {
	for _, k := range run {
		if f := features(bs[k].Text); f.terminal || len(f.words) > 25 || f.capRatio >= 0.5 {
			return false
		}
	}
	p, q := run[0]-1, run[len(run)-1]+1
	for p >= 0 && bs[p].Reason == BlankRun {
		p--
	}
	for q < len(bs) && bs[q].Reason == BlankRun {
		q++
	}
	return p >= 0 && q < len(bs) && bs[p].Kind == Paragraph && bs[p].Item == "" && endsSentence(bs[p].Text) &&
		bs[q].Kind == Paragraph && bs[q].Item == ""
}
