package extract

import "strings"

// Stray clusters: an article is one stretch of text. Paragraphs kept far
// from it, with a long run of page furniture between (a page's lists of
// other stories, video teasers, a site blurb in the footer), are the page's,
// not the article's: the classifier keeps them because each reads as prose.

// The bounds of markStrayClusters, in furniture blocks and per cent of the
// largest cluster's words. They sit on a plateau: gaps of 8 to 12 blocks and
// shares of 40 to 70 per cent score the same on the development pages.
const (
	clusterGap = 12 // a run of this many furniture blocks cuts the page
	farGap     = 20 // beyond a gap this wide, even a large cluster is another story
	minShare   = 50 // a cluster nearer than farGap stays if it has this share of the words
)

// markStrayClusters cuts the kept blocks into clusters separated by at
// least clusterGap furniture blocks (blank runs and interruptions inside
// the article, such as images and captions, do not count), keeps the
// cluster with the most words, and marks the kept blocks of every other
// cluster much smaller than it, or cut from it by a gap of farGap blocks,
// as furniture.
func markStrayClusters(bs []Block) {
	type cluster struct {
		blocks     []int
		words, gap int // gap: furniture blocks between it and the cluster before
	}
	var cs []cluster
	gap := 0
	for i, b := range bs {
		switch {
		case b.Kind == Paragraph || b.Kind == Heading:
			if len(cs) == 0 || gap >= clusterGap {
				cs = append(cs, cluster{gap: gap})
			}
			c := &cs[len(cs)-1]
			c.blocks = append(c.blocks, i)
			c.words += len(strings.Fields(b.Text))
			gap = 0
		case b.Kind == Title || b.Kind == Subtitle:
			gap = 0
		case b.Kind == Furniture && !transparent(b.Reason):
			gap++
		}
	}
	if len(cs) < 2 {
		return
	}
	best := 0
	for k, c := range cs {
		if c.words > cs[best].words {
			best = k
		}
	}
	for k, c := range cs {
		// The gap between cluster k and the best one: the widest of the
		// gaps between them, since each cut the page.
		far := 0
		for m := min(k, best) + 1; m <= max(k, best); m++ {
			far = max(far, cs[m].gap)
		}
		if k == best || c.words*100 >= cs[best].words*minShare && far < farGap {
			continue
		}
		for _, i := range c.blocks {
			bs[i].Kind, bs[i].Reason = Furniture, AwayFromArticle
		}
	}
}

// markTrailingHeadings marks the headings after the article's last kept
// paragraph as furniture: a heading heads the text under it, and these head
// only what the page's furniture left there (an "Author" box, a gallery
// whose captions are gone).
func markTrailingHeadings(bs []Block) {
	for i := len(bs) - 1; i >= 0; i-- {
		switch bs[i].Kind {
		case Paragraph, Title, Subtitle:
			return
		case Heading:
			bs[i].Kind, bs[i].Reason = Furniture, TrailingHeading
		}
	}
}
