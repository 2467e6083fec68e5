package extract

import "strings"

// markStackedHeadings keeps a heading set right above another heading
// inside the body: a kicker over its deck, a section's title over its
// subheading ("Westmarch Dominate First Half" / "Ruritania lucky to be
// level at the break"). The context pass drops it, for the next text block
// is a heading, not prose, or keeps it as a paragraph; but a heading-like
// line of three words or more (no list item, no embedded post) that only
// its class condemned, if any (no pattern), right above a kept heading,
// with the article's paragraphs above it, heads the text as the heading
// under it does.
func markStackedHeadings(bs []Block, fs []feat) {
	for i := range bs {
		b := &bs[i]
		kept := b.Kind == Paragraph && b.Item == "" && !b.Embed
		if b.Reason != ShortLinkLike && !kept || len(fs[i].words) < 3 || fs[i].linkDens > 0 || !headingLike(b.Text, fs[i]) {
			continue
		}
		j := i + 1
		for j < len(bs) && bs[j].Reason == BlankRun {
			j++
		}
		// A video's title with its running time and source ("... 01:24 -
		// Source: Example") is a promotion, no heading.
		if j == len(bs) || bs[j].Kind != Heading || !bodyAbove(bs, i) || strings.HasSuffix(b.Text, ":") ||
			timeExpr.MatchString(b.Text) || sourceLabel.MatchString(b.Text) {
			continue
		}
		b.Kind, b.Reason = Heading, ""
	}
}

// bodyAbove reports whether the nearest block above i that is not
// furniture, within lookaround blocks, is a paragraph of the article.
func bodyAbove(bs []Block, i int) bool {
	for k := i - 1; k >= 0 && k >= i-lookaround; k-- {
		if bs[k].Kind != Furniture {
			return bs[k].Kind == Paragraph
		}
	}
	return false
}
