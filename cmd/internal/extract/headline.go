package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// A headline says what the article is about, in the article's own words:
// most of its content words come back in the text under it. A line of a
// menu ("The House Live All"), a section's name or the outlet's tagline
// names nothing the article says, and a highlight or a comment's line is
// no headline by its shape (see headlineShape).

// echo counts the content words of block i (stemmed, three letters or
// more, no function words) and how many of them the article's other text
// holds (blocks not taken for furniture repeated across pages).
func echo(a *Article, i int) (found, total int) {
	body := map[string]bool{}
	for j, b := range a.Blocks {
		if j == i || b.Reason == RepeatedBlock || b.Reason == BlankRun {
			continue
		}
		for _, w := range contentStems(b.Text) {
			body[w] = true
		}
	}
	for _, w := range contentStems(a.Blocks[i].Text) {
		total++
		if body[w] {
			found++
		}
	}
	return found, total
}

// contentStems are the stems of a text's content words.
func contentStems(s string) []string {
	var out []string
	for _, w := range text.WordTexts(strings.ToLower(s)) {
		if utf8.RuneCountInString(w) >= 3 && !text.StopWord(w) && !isProseWord(w) {
			out = append(out, text.Stem(w))
		}
	}
	return out
}

// aboutArticle reports whether block i speaks of what the article says:
// two of its content words or more, and at least half of them, come back
// in the article's other text.
func aboutArticle(a *Article, i int) bool {
	found, total := echo(a, i)
	return found >= 2 && found*2 >= total
}

// headlineShape reports a line that ends as a headline may: not on a
// comma, a semicolon or a colon (a highlight cut from its list, a label
// over what follows), nor, when it runs to a sentence's length, on a full
// stop (a first paragraph the dump put where its headline would be).
func headlineShape(t string, f feat) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(t, func(r rune) bool { return isCloseQuote(r) || unicode.IsSpace(r) }))
	if last == ',' || last == ';' || last == ':' {
		return false
	}
	return !(last == '.' && len(f.words) > 20)
}

// proseAbove reports a block of article prose (twenty words or more ending
// a sentence) among the candidates before candidate c: a headline heads
// the page, so a line under the article's prose is one of its
// sub-headings, or a line of a box set in it ("Appointed in 2014").
func (p *pass) proseAbove(cands []int, c int) bool {
	for _, j := range cands[:c] {
		if len(p.fs[j].words) >= 20 && endsSentence(p.bs[j].Text) {
			return true
		}
	}
	return false
}

// betterHeadline returns, when the title chosen names nothing the article
// says (a menu's line set above the byline), a line between it and the
// first paragraph that reads as a headline, set in title case, and does
// speak of the article (the headline the page set under its byline), or
// -1. A caption there is in sentence case, as prose.
func (p *pass) betterHeadline(title, firstGood int) int {
	if title < 0 || aboutArticle(p.a, title) {
		return -1
	}
	for i := title + 1; i < firstGood; i++ {
		b := p.bs[i]
		if b.Reason == Byline || b.Reason == DateLine || b.Reason == Caption || b.Item != "" {
			continue
		}
		if b.Text != "" && headlineLike(b.Text, p.fs[i]) && p.fs[i].capRatio >= 0.5 && headlineShape(b.Text, p.fs[i]) && patternReason(b.Text, p.fs[i]) == "" && aboutArticle(p.a, i) {
			return i
		}
	}
	return -1
}

// untitledStart reads the top of a page whose header held no headline: a
// line right above the first paragraph that reads as a headline (six words
// or more: a row of tags is shorter) and speaks of the article is its title (a page that sets a masthead and a
// standfirst above its headline); else, when the page's first line is a
// sentence of prose, twenty words or more, it is the article's first
// paragraph (a dump that starts at the lede), not a header. It returns the
// title (or -1) and the first paragraph.
func (p *pass) untitledStart(firstGood int) (int, int) {
	bs, fs := p.bs, p.fs
	if j := p.prevText(firstGood); j >= 0 && bs[j].Item == "" && len(fs[j].words) >= 6 && headlineLike(bs[j].Text, fs[j]) && headlineShape(bs[j].Text, fs[j]) &&
		patternReason(bs[j].Text, fs[j]) == "" && bs[j].Reason != RepeatedBlock && aboutArticle(p.a, j) {
		if bs[j].Kind == Furniture {
			bs[j].Kind, bs[j].Reason = "", ""
		}
		return j, firstGood
	}
	if j := firstText(bs); j >= 0 && j < firstGood && bs[j].Kind != Furniture && bs[j].Item == "" && len(fs[j].words) >= 20 && endsSentence(bs[j].Text) &&
		unicode.IsUpper(firstLetter(bs[j].Text)) {
		p.cls[j] = good
		return -1, j
	}
	return -1, firstGood
}
