package importer

import (
	"fmt"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Render produces the content files: _index.md, one file per section and
// sources/<seed>.md per article.
func Render(m *Model) (*Model, error) {
	m.Files = m.Files[:0]
	filled := make([]bool, len(m.Sections))
	for si, sec := range m.Sections {
		data := renderSection(m, si)
		_, body, _ := strings.Cut(strings.TrimPrefix(string(data), "---\n"), "\n---\n")
		filled[si] = strings.TrimSpace(body) != ""
		m.Files = append(m.Files, File{sec.Name + ".md", data})
	}
	m.Files = append(m.Files, File{"_index.md", renderIndex(m, filled)})
	for _, a := range m.Articles {
		m.Files = append(m.Files, File{"sources/" + a.Name + ".md", renderSource(a)})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	return m, nil
}

// keyPoint is one line of the home page's lead: a sentence and the section
// its claim is in.
type keyPoint struct {
	sent, section int
}

// lead picks the key points for the home page, at most max: first the lead
// facts of a story of several outlets (Model.leads, the most agreed on
// first), then the sentences that carry the most of what the text keeps
// coming back to (units shared with many other sentences), one per section
// that has no point yet, each adding something the points before did not.
//
// How it quotes: a key point quotes a kept sentence, the passage it links
// to, never a wording de-duplication dropped; the quote is cut to its main
// clause (shortenPoint), so the lead reads as a list of short claims, each
// linking to its section.
//
// story restricts the points to one story's sentences (centrality measured
// within it); -1 takes the whole briefing.
func lead(m *Model, max, story int) []keyPoint {
	df := map[string]int{}
	for _, s := range m.Sentences {
		if story >= 0 && s.Story != story {
			continue
		}
		for _, u := range s.Units {
			df[u]++
		}
	}
	type cand struct {
		i, sec       int
		score, agree float64 // agree: Model.leads, -1 for no lead fact
	}
	var cands []cand
	for i, s := range m.Sentences {
		// A short sentence of common words ("The implications are
		// far-reaching.") is central and says nothing.
		// Nor is a sentence that leans on the one before it ("She
		// made this announcement ..."): alone on the home page it
		// points at nothing.
		// A sentence cut to its details, or of its opening
		// ("…Chair Jerome Powell said ..."), is no claim alone either,
		// and nor is a quotation whose speaker another sentence names.
		if len(s.Units) < minPointUnits || story >= 0 && s.Story != story || leansBack(s.Text) || text.AddsToBefore(s.Text) || strings.HasPrefix(s.Text, dedup.Elision) || s.Reason == dedup.Detail || text.UnbalancedQuotes(s.Text) || text.WholeQuote(s.Text) || text.QuotedShare(s.Text) > maxPointQuoted {
			continue
		}
		// A key point quotes the passage it links to: a wording
		// de-duplication dropped is nowhere in the section.
		sec := s.Section
		if !s.Keep {
			continue
		}
		if sec < 0 {
			continue
		}
		sc := 0.0
		for _, u := range s.Units {
			sc += math.Log(float64(df[u]))
		}
		sc /= math.Sqrt(float64(len(s.Units)))
		// A key point is a lead fact: who did what, when, where.
		sc *= 1 + leadWeight*math.Max(leadScore(s), 0)
		agree := -1.0
		if isLead(m, i) {
			agree = m.leads[i]
		}
		cands = append(cands, cand{i, sec, sc, agree})
	}
	// What the outlets of a story lead with comes first, the most agreed
	// on first; then what the text keeps coming back to.
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].agree != cands[b].agree {
			return cands[a].agree > cands[b].agree
		}
		return cands[a].score > cands[b].score
	})
	var picked []keyPoint
	seen := map[string]bool{}
	used := map[int]bool{}
	for _, c := range cands {
		if len(picked) == max {
			break
		}
		// Sections take turns, but a section of lead facts is not
		// passed over for another's commentary: a lead fact may
		// stand beside another of its section.
		if used[c.sec] && c.agree < 0 {
			continue
		}
		us := m.Sentences[c.i].Units
		fresh := 0
		for _, u := range us {
			if !seen[u] {
				fresh++
			}
		}
		if fresh*2 < len(us) {
			continue // mostly what an earlier key point said
		}
		// Nor one that tells an earlier one's claim in other words
		// ("Argentina bested France 4-2 on penalties to win their third
		// World Cup" after "Argentina won its third World Cup ... as they
		// beat France 4-2 on penalties").
		if slices.ContainsFunc(picked, func(k keyPoint) bool {
			o := m.Sentences[k.sent].Units
			return conceptShare(us, o) >= samePointShare && actionShare(us, o) >= samePointAction
		}) {
			continue
		}
		for _, u := range us {
			seen[u] = true
		}
		used[c.sec] = true
		picked = append(picked, keyPoint{c.i, c.sec})
	}
	sort.SliceStable(picked, func(a, b int) bool { return picked[a].section < picked[b].section })
	return picked
}

// minCreditShare is the least share of a dropped sentence's names,
// numbers and word classes (conceptShare) the kept sentence it is
// credited to must hold for its line to be listed among the claim's
// sources.
const minCreditShare = 0.35

// conceptShare is the share of a's names, numbers and content words
// (content words by paraphrase class, dedup.ConceptUnits) that b holds
// too.
func conceptShare(a, b []string) float64 {
	return unitShareOf(slices.DeleteFunc(dedup.ConceptUnits(a), dedup.IsPair), conceptSet(b))
}

// actionShare is the share of a's content words (by paraphrase class;
// names, dates and numbers aside) that b holds too: what a sentence says
// happened, not where or when.
func actionShare(a, b []string) float64 {
	words := slices.DeleteFunc(dedup.ConceptUnits(a), func(u string) bool { return !dedup.IsWord(u) })
	return unitShareOf(words, conceptSet(b))
}

// conceptSet is the set of b's concept units (dedup.ConceptUnits).
func conceptSet(b []string) map[string]bool {
	in := map[string]bool{}
	for _, u := range dedup.ConceptUnits(b) {
		in[u] = true
	}
	return in
}

// samePointShare is the share of a candidate key point's names, numbers
// and word classes (conceptShare) an earlier key point holding them makes
// it a retelling of that one, when it also holds samePointAction of its
// content words (actionShare): what happened, not only where and when. On
// our story sets: retellings of the lead fact 0.40 to 0.56 and 0.38 to
// 0.56; key points on other facts of the story at most 0.37, or 0.41 of
// names and place but 0.20 of words (a ferry adrift in the storm that
// made landfall there).
const (
	samePointShare  = 0.4
	samePointAction = 0.3
)

// leadWeight is how much a sentence's lead score (leadScore) raises it as
// a key point.
const leadWeight = 0.5

// shortenPoint cuts a trailing clause ("..., potentially reshaping ...",
// "..., which ...") from a key point while at least minPointWords remain.
// The point then ends on an elision mark where the clause was, not on a
// full stop the source never put there: a reader sees that the quote goes
// on in the section, and finds these words as written in the source.
func shortenPoint(s string) string {
	for {
		c := strings.LastIndex(s, ", ")
		if c < 0 || len(strings.Fields(s[:c])) < minPointWords {
			return s
		}
		next, _, _ := strings.Cut(s[c+2:], " ")
		if !(strings.HasSuffix(next, "ing") || next == "which" || next == "with" || next == "while" || next == "as") {
			return s
		}
		s = strings.TrimRight(s[:c], " ,;:") + dedup.Elision
	}
}

const minPointWords = 8

// maxPoints is how many key points the home page gives (at least one per
// story).
const maxPoints = 4

// maxPointQuoted is the largest share of its words a key point may quote:
// a home page of quotations tells what people said, not what happened;
// the quotes stay in the sections.
const maxPointQuoted = 0.5

// minPointUnits is the fewest units (words, pairs, names) a key point has.
const minPointUnits = 12

func renderIndex(m *Model, filled []bool) []byte {
	var b strings.Builder
	title, desc := "Briefing", ""
	if len(m.Articles) > 0 {
		a := m.Articles[0]
		if a.Title != "" {
			title = a.Title
		}
		desc = a.Subtitle
	}
	// Many seeds: the briefing is titled for its main story (most
	// seeds), in the headline most of them agree on; when the main story's
	// pages have no headline (its heading is a line of their text), for
	// the first story that has one.
	if len(m.Articles) > 1 && len(m.Stories) > 0 && m.Stories[0].Title != "" {
		title = m.Stories[0].Title
		for _, st := range m.Stories {
			if st.Headline {
				title = st.Title
				break
			}
		}
		// Stories of as many seeds as the first: no main story, and a
		// title of one of them would pass the set for it.
		if storiesLike(m) > 1 {
			rest := "one other story"
			if k := len(m.Stories) - 1; k > 1 {
				rest = fmt.Sprintf("%d other stories", k)
			}
			title += ", and " + rest
		}
	}
	if len(m.Articles) > 1 {
		desc = fmt.Sprintf("A briefing drawn from %d sources.", len(m.Articles))
	}
	if len(m.Articles) > 1 && len(m.Stories) <= 1 {
		// When it happened, as the sources' dates say: "Sunday" in a
		// report means nothing a year on.
		if d := reportedOn(m, allArticles(m)); d != "" {
			desc = fmt.Sprintf("A briefing drawn from %d sources, %s.", len(m.Articles), d)
		}
	}
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", mdtext.Quote(title))
	fmt.Fprintf(&b, "description: %s\n", mdtext.Quote(desc))
	b.WriteString("language: \"en\"\n")
	b.WriteString("---\n\n")
	// One story: its key points. Several: each story's own, under its
	// headline, the main story first, so that no list mixes stories.
	type group struct {
		title, dates string
		pts          []keyPoint
	}
	var groups []group
	if len(m.Stories) <= 1 {
		groups = append(groups, group{"", "", lead(m, maxPoints, -1)})
	} else {
		per := max(1, maxPoints/len(m.Stories))
		for si, st := range m.Stories {
			groups = append(groups, group{st.Title, reportedOn(m, st.Arts), lead(m, per, si)})
		}
	}
	wrote := false
	for _, g := range groups {
		if len(g.pts) == 0 {
			continue
		}
		if !wrote {
			b.WriteString("Key points:\n\n")
			wrote = true
		}
		if g.title != "" {
			fmt.Fprintf(&b, "**%s**", mdtext.Escape(g.title))
			if g.dates != "" {
				fmt.Fprintf(&b, " (%s)", g.dates)
			}
			b.WriteString("\n\n")
		}
		for _, p := range g.pts {
			sec := m.Sections[p.section]
			fmt.Fprintf(&b, "- %s ([%s](%s.md))\n", mdtext.Escape(shortenPoint(fixOpening(m.Sentences[p.sent].Text))), sec.Title, sec.Name)
		}
		b.WriteString("\n")
	}
	if wrote {
		b.WriteString("## Sections\n\n")
	}
	for si, sec := range m.Sections {
		if filled[si] { // the build leaves an empty section out
			fmt.Fprintf(&b, "- [%s](%s.md)\n", sec.Title, sec.Name)
		}
	}
	return []byte(b.String())
}

// paragraph is a run of kept sentences of one section that came from one
// source paragraph.
type paragraph struct {
	art, block int   // the seed and its first source paragraph
	last       int   // its last source paragraph
	sents      []int // indexes in Model.Sentences
	// item is the list marker of its source block (extract.Block.Item)
	// when it is a list item, which it is alone (see lists.go).
	item string
}

// needsAntecedent reports whether s opens with a pronoun that stands for
// something said before it ("This illustrates ...", "They ..."), rather
// than a demonstrative before a noun ("This coalition ...").
func needsAntecedent(s string) bool {
	// A quotation opening on "They" leans back as any sentence does
	// ("“They typically have fewer perks,” said ..."); its "It" may be
	// the weather's ("“It was a long night,” said the mayor").
	if q := strings.TrimLeft(s, "\"“‘'"); q != s && strings.HasPrefix(q, "They ") {
		return true
	}
	s = stripConnective(s)
	first, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(first) {
	case "this", "these":
		return !demonstrativeDeterminer(s)
	case "such", "it", "they":
		return true
	}
	return false
}

// orderParagraphs puts a section's paragraphs in news order: story by
// story (the main story first), and within a story the lead facts first:
// the paragraphs that open with what the outlets open with (Model.leads,
// the most agreed on first), then the others by how much they read as a
// lead fact (leadScore), context and commentary last; paragraphs of equal
// score keep their reading order. A paragraph whose first sentence leans
// on the one before it ("Since then, he ...") moves with the paragraph it
// follows.
func orderParagraphs(m *Model, paras []paragraph) []paragraph {
	type run struct {
		paras []paragraph
		story int
		// agree is how much the outlets agree on the run's lead
		// fact, -1 when it opens with none.
		agree, score float64
	}
	var runs []run
	for k, p := range paras {
		first := m.Sentences[p.sents[0]]
		// The items of a list keep their order (a ranking).
		if n := len(runs); n > 0 && runs[n-1].story == first.Story && (leansBack(first.Text) || sameList(m, paras[k-1], p) || leadsInto(m, paras[k-1], p)) {
			runs[n-1].paras = append(runs[n-1].paras, p)
			continue
		}
		agree, ok := m.leads[p.sents[0]]
		if !ok {
			agree = -1
		}
		runs = append(runs, run{[]paragraph{p}, first.Story, agree, leadScore(first)})
	}
	sort.SliceStable(runs, func(a, b int) bool {
		if runs[a].story != runs[b].story {
			return runs[a].story < runs[b].story
		}
		if runs[a].agree != runs[b].agree {
			return runs[a].agree > runs[b].agree
		}
		return runs[a].score > runs[b].score
	})
	out := paras[:0:0]
	for _, r := range runs {
		out = append(out, r.paras...)
	}
	return out
}

// leadScore is how much a sentence reads as a lead fact (who, what, when,
// where): the names and numbers it carries for its length, more for an
// event or reporting verb, less for a hedge or a judgement (could,
// signifies, underscores) that reports no event. Scores are rounded to
// steps of a half, so that near-equal sentences keep their reading order.
func leadScore(s Sentence) float64 {
	facts, words, event, hedge := 0, 0, false, false
	for _, u := range s.Units {
		switch {
		case dedup.IsFact(u):
			facts++
		case strings.HasPrefix(u, "w:"):
			words++
		}
	}
	for _, t := range text.Tokenize(s.Text) {
		switch {
		case text.LeadVerb(t.Norm):
			event = true
		case text.HedgeWord(t.Norm):
			hedge = true
		}
	}
	sc := float64(facts) / math.Sqrt(float64(facts+words+1))
	if event {
		sc++
	} else if hedge {
		sc--
	}
	return math.Round(sc*2) / 2
}

// maxParaSents is the most sentences one briefing paragraph holds.
const maxParaSents = 5

// adjacentBlocks reports whether source block b follows block a with no
// body paragraph of the article between them (headings may lie between:
// the classifier already decided both sentences belong to one section).
func adjacentBlocks(art *extract.Article, a, b int) bool {
	if b < a {
		return false
	}
	for k := a + 1; k < b; k++ {
		if art.Blocks[k].Kind == extract.Paragraph {
			return false
		}
	}
	return true
}

// storiesLike is how many stories are told by as many seeds as the main
// one (Stories are ranked, most seeds first).
func storiesLike(m *Model) int {
	n := 0
	for _, st := range m.Stories {
		if len(st.Arts) == len(m.Stories[0].Arts) {
			n++
		}
	}
	return n
}

// storiesTold is how many stories have a sentence in the briefing.
func storiesTold(m *Model) int {
	told := map[int]bool{}
	for _, s := range m.Sentences {
		if s.Keep {
			told[s.Story] = true
		}
	}
	return len(told)
}

func renderSection(m *Model, si int) []byte {
	sec := m.Sections[si]
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", mdtext.Quote(sec.Title))
	fmt.Fprintf(&b, "weight: %d\n", sec.Weight)
	b.WriteString("keywords:\n")
	for _, k := range sec.Keywords {
		fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(k))
	}
	b.WriteString("---\n")

	paras := sectionParagraphs(m, si)
	credits := creditsBySentence(m)
	paras = orderParagraphs(m, paras)
	// A briefing of several stories heads each story's passages in
	// every section (and so gives the page its table of contents): a
	// section that holds one of them says which.
	headed := storiesTold(m) > 1
	var items itemMarkers
	for k, p := range paras {
		if st := m.Sentences[p.sents[0]].Story; headed && (k == 0 || m.Sentences[paras[k-1].sents[0]].Story != st) {
			fmt.Fprintf(&b, "\n## %s\n", mdtext.Escape(m.Stories[st].Title))
			items = itemMarkers{}
		}
		b.WriteString("\n")
		item := p.item
		// A bullet kept alone, no item of its list beside it, is a
		// sentence of the briefing, not a list of one.
		if _, err := strconv.Atoi(strings.TrimSuffix(item, ".")); item != "" && err != nil &&
			!(k > 0 && sameList(m, paras[k-1], p)) && !(k+1 < len(paras) && sameList(m, p, paras[k+1])) {
			item = ""
		}
		b.WriteString(items.marker(item))
		var texts []string
		for k, i := range p.sents {
			t := m.Sentences[i].Text
			// Keep a connective only where the sentence it answers
			// still comes right before it.
			if k == 0 || p.sents[k-1] != i-1 {
				t = fixOpening(t)
			}
			t = mdtext.Escape(t)
			// Another outlet's words placed in this passage (a detail
			// its wording adds, a sentence leaning on the claim) cite
			// their own line right where they stand, after the last of
			// them in a row; at the passage's end, first in its list
			// after the passage's own (which names the passage's
			// anchor: a link right before the list would join it).
			if s := m.Sentences[i]; s.Art != p.art && inlineCited(m, p, k) && m.Sentences[p.sents[k+1]].Art != s.Art {
				t += " " + provenance.Format("", []provenance.Ref{sourceRef(m, m.Articles[s.Art], m.Articles[s.Art].Blocks[s.Block])})
			}
			texts = append(texts, t)
		}
		b.WriteString(strings.Join(texts, " "))
		b.WriteString(" ")
		b.WriteString(paragraphLinks(m, p, credits))
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// sectionParagraphs gathers the kept sentences of section si into
// paragraphs, in reading order (seed by seed, line by line). A paragraph
// gathers consecutive kept sentences of one seed whose source paragraphs
// are the same or adjacent (no other body paragraph of the seed lies
// between them), up to maxParaSents sentences: one-sentence paragraphs
// read as a list of unrelated claims. A list item is a paragraph of its
// own, with its marker, and nothing joins it but the rest of its item. A
// sentence that leans on another (Model.follows) stands right after it,
// in its paragraph, whatever the seed, and may exceed maxParaSents:
// opening a paragraph, it dangles.
func sectionParagraphs(m *Model, si int) []paragraph {
	var paras []paragraph
	at := map[int]int{}   // sentence -> its paragraph
	tail := map[int]int{} // sentence -> the last sentence placed right after it
	var later []int       // leaning sentences whose antecedent comes after them
	place := func(i int) bool {
		j, ok := m.follows[i]
		if !ok {
			return false
		}
		p, ok := at[j]
		if !ok {
			return false
		}
		for k, okk := tail[j]; okk; k, okk = tail[k] {
			j = k
		}
		s, para := m.Sentences[i], &paras[p]
		pos := slices.Index(para.sents, j) + 1
		// Nor between it and the sentences of its seed that lean on it
		// in turn ("This happened at 8:30 pm"); but before one that does
		// not, which would be read as what the sentence leans on.
		for pos < len(para.sents) && para.sents[pos] == para.sents[pos-1]+1 && m.Sentences[para.sents[pos]].Art == m.Sentences[j].Art && leansBack(m.Sentences[para.sents[pos]].Text) {
			pos++
		}
		para.sents = slices.Insert(para.sents, pos, i)
		if pos == len(para.sents)-1 && para.art == s.Art && adjacentBlocks(m.Articles[s.Art], para.last, s.Block) {
			para.last = s.Block
		}
		at[i], tail[m.follows[i]] = p, i
		return true
	}
	for i, s := range m.Sentences {
		if !s.Keep || s.Section != si {
			continue
		}
		if _, leans := m.follows[i]; leans {
			if !place(i) {
				later = append(later, i)
			}
			continue
		}
		item := m.Articles[s.Art].Blocks[s.Block].Item
		n := len(paras)
		if n > 0 && paras[n-1].art == s.Art && (item != "" || paras[n-1].item != "") {
			if paras[n-1].block == s.Block {
				paras[n-1].sents = append(paras[n-1].sents, i)
				at[i] = n - 1
				continue
			}
		} else if n > 0 && paras[n-1].art == s.Art && len(paras[n-1].sents) < maxParaSents && adjacentBlocks(m.Articles[s.Art], paras[n-1].last, s.Block) && !isLead(m, i) && !isLead(m, paras[n-1].sents[0]) {
			// A lead fact is a passage of its own, with what leans on
			// it: it opens its story, and the outlets it credits do
			// not tell what the rest of its paragraph says.
			paras[n-1].sents = append(paras[n-1].sents, i)
			paras[n-1].last = s.Block
			at[i] = n - 1
			continue
		}
		at[i] = len(paras)
		paras = append(paras, paragraph{art: s.Art, block: s.Block, last: s.Block, sents: []int{i}, item: item})
	}
	// A sentence that follows one placed after it (the other wording of
	// its antecedent comes from a later seed), or one of those: as many
	// rounds as the chain is long.
	for len(later) > 0 {
		rest := later[:0:0]
		for _, i := range later {
			if !place(i) {
				rest = append(rest, i)
			}
		}
		if len(rest) == len(later) {
			// Every chain ends at a sentence of this section
			// (placeLeaning); were one not to, its sentences stand
			// alone rather than go missing.
			for _, i := range rest {
				s := m.Sentences[i]
				paras = append(paras, paragraph{art: s.Art, block: s.Block, last: s.Block, sents: []int{i}})
			}
			break
		}
		later = rest
	}
	return paras
}

// isLead reports whether sentence i is a lead fact (Model.leads) of a
// story of several seeds, whose outlets agree on it. A story of one seed
// has no outlets to agree on its lead: its opening goes where its words
// do, in its paragraph.
func isLead(m *Model, i int) bool {
	_, ok := m.leads[i]
	return ok && len(m.Stories[m.Sentences[i].Story].Arts) > 1
}

// sameList reports whether paragraph q is the next item of the list that
// paragraph p is an item of.
func sameList(m *Model, p, q paragraph) bool {
	return p.item != "" && q.item != "" && p.art == q.art && adjacentBlocks(m.Articles[p.art], p.last, q.block)
}

// creditsBySentence lists, for each kept sentence, the dropped sentences that
// restated it, and the kept ones cut of a part that it states: their seeds
// are sources of the claim too.
func creditsBySentence(m *Model) map[int][]int {
	out := map[int][]int{}
	for i, s := range m.Sentences {
		switch {
		case !s.Keep && s.DupOf >= 0:
			// A sentence dropped as covered is credited to the kept one
			// that shares the most of its weight, which may be a few
			// common words ("services", "added"): it is listed as a
			// source of that claim only when it tells the claim, a
			// copy or a fair share of its words (minCreditShare).
			if len(s.Units) > 0 && conceptShare(s.Units, m.Sentences[s.DupOf].Units) < minCreditShare {
				continue
			}
			out[s.DupOf] = append(out[s.DupOf], i)
		case s.Keep && s.PartOf >= 0 && m.Sentences[s.PartOf].Keep:
			out[s.PartOf] = append(out[s.PartOf], i)
		}
	}
	return out
}

// paragraphLinks returns the provenance of a paragraph, one list: its own
// source lines first (the paragraph's anchor is named after them, so it does
// not move when another outlet is added), then, for each other seed in seed
// order, the lines of its sentences that restate the paragraph's
// (restatingSpan): a seed restating two of its claims on adjacent lines
// is cited for both.
func paragraphLinks(m *Model, p paragraph, credits map[int][]int) string {
	first := m.Articles[p.art].Blocks[p.block]
	first.EndLine = max(first.EndLine, m.Articles[p.art].Blocks[p.last].EndLine)
	// A sentence placed after the one it leans on cites its own line:
	// of another seed (below), or of this one, beyond its other blocks
	// (one link per seed, from the first line to the last).
	for _, i := range p.sents {
		if s := m.Sentences[i]; s.Art == p.art {
			first.EndLine = max(first.EndLine, m.Articles[p.art].Blocks[s.Block].EndLine)
		}
	}
	refs := []provenance.Ref{sourceRef(m, m.Articles[p.art], first)}
	other := map[int][]int{} // article -> its restating blocks
	for k, i := range p.sents {
		// Another seed's sentence cites its own line where it stands
		// (renderSection), unless the passage ends on it; what restates
		// it is listed here.
		srcs := credits[i]
		if m.Sentences[i].Art != p.art && !inlineCited(m, p, k) {
			srcs = append([]int{i}, srcs...)
		}
		for _, j := range srcs {
			d := m.Sentences[j]
			if d.Art == p.art {
				continue
			}
			if !slices.Contains(other[d.Art], d.Block) {
				other[d.Art] = append(other[d.Art], d.Block)
			}
		}
	}
	arts := make([]int, 0, len(other))
	for a := range other {
		arts = append(arts, a)
	}
	sort.Ints(arts)
	for _, a := range arts {
		refs = append(refs, sourceRef(m, m.Articles[a], restatingSpan(m.Articles[a].Blocks, other[a])))
	}
	return provenance.Format("", refs)
}

// restatingSpan is the lines a seed's link cites for the blocks of it
// that restate a passage: the first of them, and those that follow it
// with at most maxCiteGap lines between. A link reading "lines 30–189"
// sends the reader through a whole article for one claim; a claim the
// seed restates far apart is cited at its first place.
func restatingSpan(bs []extract.Block, blocks []int) extract.Block {
	slices.Sort(blocks)
	b := bs[blocks[0]]
	for _, k := range blocks[1:] {
		if bs[k].Line-b.EndLine > maxCiteGap {
			break
		}
		b.EndLine = max(b.EndLine, bs[k].EndLine)
	}
	return b
}

// maxCiteGap is the most lines between two restating blocks of a seed one
// link spans: a paragraph and the next, with a blank line or a caption
// between.
const maxCiteGap = 3

// inlineCited reports whether sentence p.sents[k], another seed's, cites
// its line right after it in the passage: the last of a row of that
// seed's sentences, and not the passage's last.
func inlineCited(m *Model, p paragraph, k int) bool {
	for ; k+1 < len(p.sents) && m.Sentences[p.sents[k+1]].Art == m.Sentences[p.sents[k]].Art; k++ {
	}
	return k+1 < len(p.sents)
}

// reportedOn is the span of the dates of articles arts (as their source
// pages give them, an editor's correction first): "18 December 2022",
// "18–19 December 2022", "30 November – 2 December 2024", or "" when none
// is dated.
func reportedOn(m *Model, arts []int) string {
	var first, last time.Time
	for _, i := range arts {
		if i >= len(m.Articles) || m.Articles[i] == nil {
			continue
		}
		a := m.Articles[i]
		d, err := time.Parse(time.DateOnly, extract.ISODate(sourceRef(m, a, extract.Block{}).Date))
		if err != nil {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if last.IsZero() || d.After(last) {
			last = d
		}
	}
	switch {
	case first.IsZero():
		return ""
	case first.Equal(last):
		return first.Format("2 January 2006")
	case first.Year() != last.Year():
		return first.Format("2 January 2006") + " – " + last.Format("2 January 2006")
	case first.Month() != last.Month():
		return first.Format("2 January") + " – " + last.Format("2 January 2006")
	}
	return first.Format("2") + "–" + last.Format("2 January 2006")
}

func allArticles(m *Model) []int {
	out := make([]int, len(m.Articles))
	for i := range out {
		out[i] = i
	}
	return out
}

// sourceRef is the provenance of block b of article a: the article's
// title, outlet and date as extraction found them, or as an editor
// corrected them on its source page (Model.SourceMeta), the seed file and
// lines.
func sourceRef(m *Model, a *extract.Article, b extract.Block) provenance.Ref {
	r := provenance.Ref{
		Seed: a.Name, File: path.Base(strings.ReplaceAll(a.Path, "\\", "/")),
		Line: b.Line, EndLine: b.EndLine,
		Title: articleTitle(a), Outlet: a.Outlet, Date: a.Date,
	}
	if e, ok := m.SourceMeta[a.Name]; ok {
		r.Title, r.Outlet, r.Date = e.Title, e.Outlet, e.Date
	}
	return r
}

// loadSourceMeta reads the title, outlet and date of every source page an
// editor changed (its checksum is not the one import recorded): what the
// editor wrote there is how the briefing's links name the article. A page
// import wrote and nobody touched says only what extraction says.
func loadSourceMeta(contentDir string) map[string]provenance.Ref {
	man, err := ReadManifest(contentDir)
	if err != nil {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(contentDir, "sources", "*.md"))
	out := map[string]provenance.Ref{}
	for _, p := range paths {
		rel := "sources/" + filepath.Base(p)
		data, err := os.ReadFile(p)
		if err != nil || man.Files[rel] == "" || man.Files[rel] == checksum(data) {
			continue
		}
		doc, err := content.Parse(p, data)
		if err != nil {
			continue
		}
		r := provenance.Ref{Title: doc.FM.Title}
		if o, ok := doc.FM.Params["outlet"].(string); ok {
			r.Outlet = o
		}
		switch d := doc.FM.Params["date"].(type) {
		case string:
			r.Date = d
		case time.Time:
			r.Date = d.Format("2006-01-02")
		}
		out[strings.TrimSuffix(filepath.Base(p), ".md")] = r
	}
	return out
}

func renderSource(a *extract.Article) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", mdtext.Quote(orDefault(articleTitle(a), a.Name)))
	if a.Subtitle != "" {
		fmt.Fprintf(&b, "description: %s\n", mdtext.Quote(a.Subtitle))
	}
	// What the text says of itself, for an editor to correct: the date as
	// the build reads dates when it is a whole one, else as written.
	if a.Author != "" {
		fmt.Fprintf(&b, "author: %s\n", mdtext.Quote(a.Author))
	}
	if d := extract.ISODate(a.Date); d != "" {
		fmt.Fprintf(&b, "date: %s\n", d)
	} else if a.Date != "" {
		fmt.Fprintf(&b, "published: %s\n", mdtext.Quote(a.Date))
	}
	if a.Outlet != "" {
		fmt.Fprintf(&b, "outlet: %s\n", mdtext.Quote(a.Outlet))
	}
	for _, bl := range a.Blocks {
		if bl.Cut {
			// The copy stops mid-sentence at line N: its last sentence is
			// kept here and left out of the briefing.
			fmt.Fprintf(&b, "cut: %d\n", bl.Line)
		}
	}
	b.WriteString("---\n")
	var items itemMarkers
	for _, bl := range a.Body() {
		text := strings.Join(strings.Fields(bl.Text), " ")
		switch bl.Kind {
		case extract.Title:
			continue // the page title, from front matter
		case extract.Heading:
			items = itemMarkers{}
			fmt.Fprintf(&b, "\n## %s {#L%d}\n", mdtext.Escape(text), bl.Line)
		default:
			// A list item stays one, numbered as the source numbers it.
			fmt.Fprintf(&b, "\n%s%s {#L%d}\n", items.marker(bl.Item), mdtext.Escape(text), bl.Line)
		}
	}
	return []byte(b.String())
}

// articleTitle is what names article a: its headline, or, for a copy that
// has none (a page dump starting at the body), the first words of its story
// quoted (provenance.Opening; after the dateline, which names a place and a
// date, not the article), so that no link or heading names a seed file.
func articleTitle(a *extract.Article) string {
	if a.Title != "" {
		return a.Title
	}
	first := ""
	for _, bl := range a.Blocks {
		switch {
		case bl.Kind == extract.Paragraph:
			return provenance.Opening(extract.WithoutDateline(bl.Text))
		case bl.Kind != extract.Furniture && first == "":
			first = bl.Text
		}
	}
	return provenance.Opening(first)
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// SectionFile is the path of a section's file relative to content/.
func SectionFile(s classify.Section) string { return s.Name + ".md" }
