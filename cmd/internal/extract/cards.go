package extract

import (
	"regexp"
	"slices"
	"strings"
)

// Product cards: a buying guide or deals page sets its picks under the
// article's lead, one card each: the product's name as a heading, a
// bulleted list of its features, then its image, full name and price, and
// the shop's buttons ("Buy now"), printed the same in every card. The
// classifier reads the short feature lines as a menu and the name and price
// as link lines; the cards' own text is the article, the lines every card
// repeats are furniture.

// priceLine is a line that is only a price: "$139.00", "£1,299", "€ 24,99".
var priceLine = regexp.MustCompile(`^[$£€¥]\s?\d[\d,.]*$|^\d[\d,.]*\s?[$£€¥]$`)

// positional reasons judge a block by where it sits (a short line among
// furniture, prose far from the article), not by what it says.
func positional(r Reason) bool {
	switch r {
	case ShortLinkLike, BoilerplateText, AwayFromArticle, AfterArticle, BeforeArticle, NotArticleText,
		Navigation, RelatedList, LinkList, PageHeader, RepeatedBlock:
		return true
	}
	return false
}

// productCard is one product card: its heading, its feature list and the blocks up
// to the next card's heading.
type productCard struct {
	head, end int
	items     []int
	price     bool
}

// findCards returns the runs of product cards: a heading-like line over a
// bulleted list of two or more features with no link numbers, each card
// within a few lines of the one before.
func findCards(bs []Block, fs []feat) [][]productCard {
	prev := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if bs[j].Reason != BlankRun {
				return j
			}
		}
		return -1
	}
	var runs [][]productCard
	var cards []productCard
	for i := 0; i < len(bs); {
		if !fs[i].bullet || bs[i].Reason == BlankRun {
			i++
			continue
		}
		items, j := blockRun(bs, i, func(j int) bool { return fs[j].bullet && fs[j].linkDens == 0 && len(fs[j].words) > 0 })
		if h := prev(i); len(items) >= 2 && h >= 0 && !fs[h].bullet && headingLike(bs[h].Text, fs[h]) {
			if n := len(cards); n > 0 && textBlocks(bs, cards[n-1].items[len(cards[n-1].items)-1], h) <= lookaround {
				cards[n-1].end = h - 1
			} else if n > 0 {
				runs, cards = append(runs, cards), nil
			}
			cards = append(cards, productCard{head: h, end: min(len(bs)-1, items[len(items)-1]+2*lookaround), items: items})
		}
		i = max(j, i+1)
	}
	if len(cards) > 0 {
		runs = append(runs, cards)
	}
	for _, run := range runs {
		for k := range run {
			for j := run[k].items[len(run[k].items)-1] + 1; j <= run[k].end; j++ {
				if priceLine.MatchString(strings.TrimSpace(stripRefs(bs[j].Text))) {
					run[k].price = true
				}
			}
		}
	}
	return runs
}

// textBlocks counts the blocks between i and j that are not blank runs.
func textBlocks(bs []Block, i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if bs[k].Reason != BlankRun {
			n++
		}
	}
	return n
}

// markProductCards keeps the product cards that follow the article's first
// paragraph: their headings, feature lists and the lines under them that
// only their position condemned. A line printed in three quarters of the
// cards or more (the shop's button, its disclosure) stays furniture, as do
// the image placeholders.
func markProductCards(bs []Block, fs []feat) {
	first := slices.IndexFunc(bs, func(b Block) bool { return b.Kind == Paragraph })
	if first < 0 {
		return
	}
	for _, run := range findCards(bs, fs) {
		if run[0].head > first {
			keepCards(bs, run)
		}
	}
}

// keepCards keeps one run of product cards, if three or more and at least
// two of them name a price on a line of their own.
func keepCards(bs []Block, cards []productCard) {
	priced := 0
	for _, c := range cards {
		if c.price {
			priced++
		}
	}
	if len(cards) < 3 || priced < 2 {
		return
	}
	// The last card ends at its price or at the last line every card shares.
	inCards := map[string]int{}
	for _, c := range cards {
		seen := map[string]bool{}
		for j := c.head; j <= c.end; j++ {
			if k := key(bs[j].Text); k != "" && !seen[k] {
				seen[k] = true
				inCards[k]++
			}
		}
	}
	shared := func(j int) bool { return inCards[key(bs[j].Text)]*4 >= len(cards)*3 }
	last := &cards[len(cards)-1]
	end := last.items[len(last.items)-1]
	for j := end + 1; j <= last.end && j <= end+lookaround; j++ {
		if shared(j) || priceLine.MatchString(strings.TrimSpace(bs[j].Text)) {
			end = j
		}
	}
	last.end = end
	for _, c := range cards {
		keepCardLine(&bs[c.head], Heading)
		for j := c.head + 1; j <= c.end; j++ {
			if bs[j].Reason == BlankRun || shared(j) {
				continue
			}
			keepCardLine(&bs[j], Paragraph)
		}
	}
}

// keepCardLine makes a card's line body text when only its position or its
// repeats made it furniture.
func keepCardLine(b *Block, k Kind) {
	if b.Kind == Furniture && !positional(b.Reason) {
		return
	}
	if b.Kind == Furniture || b.Kind == "" {
		b.Kind, b.Reason = k, ""
	}
}
