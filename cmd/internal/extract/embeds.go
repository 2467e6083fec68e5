package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// postCredit is the line that credits a post embedded in a story, as a
// dump prints the platform's card: a dash, the account's name, its handle
// in brackets and the post's date ("— Jane Doe (@janedoe) March 3, 2025"),
// on a line of its own or closing the post's text.
var postCredit = regexp.MustCompile(`(^|\s)(—|–|--?)\s*[^—–()]{1,80}?\(@\w{1,30}\)\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$`)

// postLink is the short link a post's text carries to itself or its
// picture ("https://t.co/AbC123", "pic.twitter.com/AbC123"): an article
// links to pages, a post's card to these.
var postLink = regexp.MustCompile(`(?i)(\bhttps?://t\.co|\bpic\.twitter\.com)/\w`)

// maxPostWords is the most words of one block of a post: a post is short.
const maxPostWords = 80

// markEmbeds marks the blocks of posts embedded in the article (see
// Block.Embed): a block that carries a post's credit or its short link;
// above a credit on a line of its own (kept or not: a short line, the
// classifier may drop it), the post's text; and above a short link, a
// line of the post written in capitals ("WHAT A GOAL!!!"), which no
// article's prose is.
func markEmbeds(bs []Block) {
	for i := range bs {
		b := &bs[i]
		if b.Text == "" || len(strings.Fields(b.Text)) > maxPostWords {
			continue
		}
		m := postCredit.FindStringIndex(b.Text)
		if m == nil && !postLink.MatchString(b.Text) {
			continue
		}
		if b.Kind == Heading {
			b.Kind = Paragraph // a post's last line heads nothing
		}
		b.Embed = b.Kind == Paragraph
		if m != nil && m[0] > 0 {
			continue
		}
		j := i - 1
		for j >= 0 && bs[j].Reason == BlankRun {
			j--
		}
		if j >= 0 && bs[j].Kind == Paragraph && len(strings.Fields(bs[j].Text)) <= maxPostWords && (m != nil || shouted(bs[j].Text)) {
			bs[j].Embed = true
		}
	}
}

// shouted reports a line written in capitals: three words or more, nine
// in ten of its letters upper case.
func shouted(t string) bool {
	up, all := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			all++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	return len(strings.Fields(t)) >= 3 && up*10 >= all*9
}
