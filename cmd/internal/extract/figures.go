package extract

import (
	"slices"
	"strings"
	"unicode"
)

// A text-mode browser prints a photo's caption as a few lines with no
// blank line between them: the caption, a second line of it, and the
// credit or the gallery's count ("6") last. The page's paragraphs are set
// apart by blank lines, so such a huddle of lines that closes on a credit
// is no paragraph, however much its lines read as prose.

// markCaptionGroups marks as captions the kept blocks of each group of two
// or three blocks with no blank run between them (and one before and
// after) whose last block is a photo credit or a count (see closesCaption)
// and whose other blocks are caption-sized (four to fifty words, no list
// item), in a dump whose text blocks mostly stand between blank runs. The
// title and subtitle are left alone: a headline over an author's name is
// such a group too.
func markCaptionGroups(bs []Block) {
	if !blankSeparated(bs) {
		return
	}
	for i := 0; i < len(bs); {
		if bs[i].Reason == BlankRun || i > 0 && bs[i-1].Reason != BlankRun {
			i++
			continue
		}
		j := i
		for j < len(bs) && bs[j].Reason != BlankRun {
			j++
		}
		if g := bs[i:j]; len(g) >= 2 && len(g) <= 3 && captionGroup(g) {
			for k := range g {
				if g[k].Kind == Paragraph || g[k].Kind == Heading {
					g[k].Kind, g[k].Reason = Furniture, Caption
				}
			}
		}
		i = j
	}
}

// captionGroup reports a group of blocks that reads as a caption over its
// credit (see markCaptionGroups).
func captionGroup(g []Block) bool {
	last := g[len(g)-1]
	if !(last.Reason == Caption || closesCaption(last.Text)) || slices.ContainsFunc(g, func(b Block) bool { return b.row }) {
		return false // a table's rows huddle too, and end on figures
	}
	kept := false
	for _, b := range g[:len(g)-1] {
		n := len(strings.Fields(b.Text))
		if b.Kind == Title || b.Kind == Subtitle || b.Item != "" || isBulletStart(b.Text) || n < 4 || n > 50 {
			return false
		}
		kept = kept || b.Kind == Paragraph || b.Kind == Heading
	}
	return kept
}

// closesCaption reports a line that can close a caption: a figure alone (a
// gallery's count), or a short name with no sentence end, every word
// capitalised ("Example Wire", "NASA Worldview", "Jane Doe/Example
// Pictures").
func closesCaption(s string) bool {
	if figureOnly(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || endsSentence(s) || strings.ContainsAny(s, ":|") || isBulletStart(s) {
		return false
	}
	for _, w := range words {
		if r := firstLetter(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[w] && w != "&" {
			return false
		}
	}
	return true
}

// blankSeparated reports a dump whose kept paragraphs stand between blank
// runs, as a text-mode browser prints them: more of them stand alone than
// in stacks of four or more blocks with no blank run between. In a
// copy-paste with one paragraph a line and no blank lines, a huddle of
// lines says nothing.
func blankSeparated(bs []Block) bool {
	alone, stacked := 0, 0
	for i := 0; i < len(bs); {
		if bs[i].Reason == BlankRun {
			i++
			continue
		}
		j, paras := i, 0
		for ; j < len(bs) && bs[j].Reason != BlankRun; j++ {
			if bs[j].Kind == Paragraph {
				paras++
			}
		}
		switch {
		case j-i == 1:
			alone += paras
		case j-i >= 4:
			stacked += paras
		}
		i = j
	}
	return alone > stacked
}
