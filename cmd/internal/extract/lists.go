package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// markLeadInLists keeps a list that the article introduces: a line of
// prose that ends with a colon ("The tour dates are:") right after a
// paragraph of the article, and the run of short lines under it (tour
// dates, a ranking, results). Each item is short and often no sentence, so
// without its lead-in it reads as a menu; a menu has no lead-in in prose.
// The run ends at furniture, a blank line between items, or a long block.
func markLeadInLists(bs []Block, fs []feat, cls []class) {
	for i := range bs {
		t := strings.TrimSpace(bs[i].Text)
		if bs[i].Kind != "" || !strings.HasSuffix(t, ":") || len(fs[i].words) < 3 || len(fs[i].words) > 30 {
			continue
		}
		p := i - 1
		for p >= 0 && (bs[p].Reason == BlankRun || bs[p].Kind == Furniture && transparent(bs[p].Reason)) {
			p--
		}
		// Under a paragraph of the article, or under the question that
		// heads this part of it ("Who was aboard Crew-9?").
		if p < 0 || bs[p].Kind != "" || (cls[p] < nearGood || !fs[p].terminal) && !questionHeading(bs[p], fs[p]) {
			continue
		}
		j := i + 1
		if j < len(bs) && bs[j].Reason == BlankRun {
			j++
		}
		var run []int
		for ; j < len(bs); j++ {
			if bs[j].Kind != "" || len(fs[j].words) == 0 || len(fs[j].words) > 25 {
				break
			}
			run = append(run, j)
		}
		spaced := false
		if len(run) < 2 {
			// Items a blank line apart ("There were four astronauts
			// on the mission:" / "NASA astronaut Suni Williams" / ...):
			// a list still, when every item is a short phrase, no
			// sentence, as a menu's lines are not under prose.
			run, spaced = spacedItems(bs, fs, i), true
		}
		if len(run) < 2 {
			continue
		}
		cls[i] = good
		for _, k := range run {
			cls[k] = good
			if spaced && bs[k].Item == "" {
				bs[k].Item = "-"
			}
		}
	}
}

// spacedItems is the run of items under lead-in i when a blank line
// parts each from the next: two to twelve lines of at most eight words,
// capitalised, none ending like a sentence; nil when the lines are not.
func spacedItems(bs []Block, fs []feat, i int) []int {
	var run []int
	for j := i + 1; j < len(bs) && len(run) <= maxSpacedItems; j++ {
		if bs[j].Reason == BlankRun {
			continue
		}
		t := strings.TrimSpace(bs[j].Text)
		if bs[j].Kind != "" || len(fs[j].words) == 0 || len(fs[j].words) > 8 || fs[j].terminal || strings.HasSuffix(t, ":") || !startsUpper(t) {
			break
		}
		run = append(run, j)
	}
	if len(run) > maxSpacedItems {
		return nil
	}
	return run
}

// maxSpacedItems is the longest list of items a blank line apart: more
// short lines in a row are a menu or a tag cloud.
const maxSpacedItems = 12

// startsUpper reports whether s opens with a capital letter or a digit.
func startsUpper(s string) bool {
	r := firstRune(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// markAuthorBoxEnd finds an author box under the article: a line that is
// only a name, then a bio of a journalist that opens with that name or its
// first word ("Dallas Roe" / "Dallas Roe is a freelance writer ...",
// "Emil joined the paper in 2017. He has been reporting on ..."). The box
// closes the article: it and every block after it are the page's.
// It needs three paragraphs of the article above it, so that a box under
// the headline does not cut the article off.
func markAuthorBoxEnd(bs []Block) {
	paras := 0
	for i := range bs {
		if bs[i].Kind == Paragraph {
			paras++
		}
		if paras < 3 || bs[i].Kind == Furniture && bs[i].Reason != Byline || !isNameLine(stripRefs(bs[i].Text)) {
			continue
		}
		// Under the name, the box may print the author's role and a
		// follow link before the bio.
		j, role := i+1, false
		for ; j < len(bs) && j <= i+6; j++ {
			if r := bs[j].Reason; r == BlankRun || r == ShareLine || r == ShortLinkLike {
				continue
			} else if r == Byline {
				role = true
				continue
			}
			break
		}
		if j >= len(bs) || bs[j].Kind != Paragraph && bs[j].Kind != Heading {
			continue
		}
		name := strings.TrimSpace(stripRefs(bs[i].Text))
		bio := stripRefs(bs[j].Text)
		first, _, _ := strings.Cut(name, " ")
		if !(strings.HasPrefix(bio, name+" ") || strings.HasPrefix(bio, first+" ")) || len(strings.Fields(bio)) > 80 {
			continue
		}
		// A box with the author's role vouches for a bio of any writer
		// ("is an award-winning writer based in ..."); without one the bio
		// must name the work of a journalist.
		if rest, _ := authorRest(bio, []string{name, first}); !journalistBio(bio) && !(role && bioRole.MatchString(rest)) {
			continue
		}
		for k := i; k < len(bs); k++ {
			if bs[k].Kind != Furniture {
				bs[k].Kind, bs[k].Reason = Furniture, AuthorBox
				if k > j {
					bs[k].Reason = AfterArticle
				}
			}
		}
		return
	}
}

// markTitleCopies marks the headline printed again below it (a gallery's
// caption head, a sticky header, a "share this" card): the page's title
// said twice is no heading of the article.
func markTitleCopies(bs []Block) {
	title := ""
	for i := range bs {
		switch {
		case bs[i].Kind == Title:
			title = key(bs[i].Text)
		case title != "" && bs[i].Kind != Furniture && key(bs[i].Text) == title:
			bs[i].Kind, bs[i].Reason = Furniture, RepeatedBlock
		}
	}
}

// dataItem splits a list item of the form "label: value" ("England (Group
// A): 10th appearance", "Height: 1.8 m"): a short label, then a short value.
var dataItem = regexp.MustCompile(`^([^:]{1,60}?):\s+(\S.*)$`)

// markDataLists keeps a bulleted list of three or more "label: value"
// items, each label different, below a paragraph of the article: a table
// of the article's figures set as a list (qualified teams with their
// groups, a product's specifications). Its items are short, so the menu
// pass would take them for links; a menu's items carry no values, and a
// list of other stories repeats its labels ("Video: ...", "Video: ...").
func markDataLists(bs []Block, fs []feat, cls []class) {
	seenProse := false
	for i := 0; i < len(bs); {
		if bs[i].Kind != Furniture && cls[i] == good {
			seenProse = true
		}
		if !seenProse || bs[i].Kind != "" || !fs[i].bullet {
			i++
			continue
		}
		labels := map[string]bool{}
		run, j := blockRun(bs, i, func(j int) bool {
			m := dataItem.FindStringSubmatch(stripRefs(bs[j].Text))
			if bs[j].Kind != "" || !fs[j].bullet || fs[j].linkDens > 0 || m == nil ||
				len(strings.Fields(m[1])) > 6 || len(strings.Fields(m[2])) > 12 || labels[strings.ToLower(m[1])] {
				return false
			}
			labels[strings.ToLower(m[1])] = true
			return true
		})
		if len(run) >= 3 {
			for _, k := range run {
				cls[k] = good
			}
		}
		i = max(j, i+1)
	}
}
