package importer

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Segment splits every body paragraph of every article into sentences.
// Titles, headings and subtitles in headline style are not claims of the
// briefing: they stay on the source pages. A standfirst written as a
// sentence ("A survey by the port authority published on Monday ranked
// ...") often carries the article's lead fact and is one (standfirst).
// A post embedded in the article (Block.Embed) is not the outlet's report:
// it stays on the source page only. A newsletter's label opening a
// paragraph ("By the numbers: ") sorts the text and is no part of its
// first sentence (text.LeadLabel).
func Segment(m *Model) (*Model, error) {
	m.Sentences = m.Sentences[:0]
	for ai, a := range m.Articles {
		heading := ""
		for bi, b := range a.Blocks {
			switch {
			case b.Embed:
				continue
			case b.Kind == extract.Heading:
				heading = b.Text
			case b.Kind == extract.Paragraph || b.Kind == extract.Subtitle && standfirst(b.Text):
				ss := sentences.Split(b.Text)
				if b.Cut && len(ss) > 0 {
					ss = ss[:len(ss)-1] // unfinished: the copy stops mid-sentence
				}
				for si, s := range ss {
					t := s.Text
					if si == 0 {
						t = t[text.LeadLabel(t):] // "Why it matters: ", "By the numbers: "
					}
					m.Sentences = append(m.Sentences, Sentence{
						Art: ai, Block: bi, Index: si, Text: t, Heading: heading,
						DupOf: -1, PartOf: -1, Section: -1,
					})
				}
			}
		}
	}
	return m, nil
}

// standfirst reports whether a subtitle is written as prose: a sentence
// of standfirstWords words or more that ends as one.
func standfirst(s string) bool {
	ss := sentences.Split(s)
	if len(ss) == 0 || len(strings.Fields(s)) < standfirstWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(ss[len(ss)-1].Text, `"'”’)`))
	return r == '.' || r == '!' || r == '?'
}

// standfirstWords is the fewest words of a subtitle that is a claim: a
// headline-style subtitle is shorter.
const standfirstWords = 12

// Deduplicate decides, across the whole briefing, which sentences say
// something not said already (see package dedup).
//
// Seeds are first grouped into stories (seeds that share their names and
// vocabulary): a claim is only "said already" by seeds of its own story, so
// an article on floods never loses a sentence because an article on
// interest rates happens to use its words.
//
// A sentence repeated word for word (a seed copied twice, a wire story
// reprinted) is one sentence: only its first occurrence is weighed, so that
// repetition does not make its words look like the briefing's common
// currency; the copies are credited to it as duplicates.
func Deduplicate(m *Model) (*Model, error) {
	groups := storyGroups(m)
	m.Stories = rankStories(m, groups)
	story := make([]int, len(m.Articles))
	for si, st := range m.Stories {
		for _, a := range st.Arts {
			story[a] = si
		}
	}
	for i := range m.Sentences {
		m.Sentences[i].Story = story[m.Sentences[i].Art]
	}
	m.follows = map[int]int{}
	open := openQuotes(m)
	for _, group := range groups {
		var texts []string
		var idx []int // group position -> index in m.Sentences
		first := map[string]int{}
		for i, s := range m.Sentences {
			if !group[s.Art] {
				continue
			}
			// How the reporting went ("did not respond to a request
			// for comment") is no fact of the story: weighed, every
			// outlet's wording of it would be one more claim.
			if text.NoComment(s.Text) {
				m.Sentences[i].Keep, m.Sentences[i].Reason = false, ReportingOnly
				continue
			}
			// Advice to the reader ("If you're having trouble
			// restarting, you can start your PC in safe mode.") is
			// the outlet's service, not the story; inside a
			// quotation it is the speaker's words.
			if text.AddressesReader(s.Text) && !(i > 0 && open[i-1] && m.Sentences[i-1].Art == s.Art && m.Sentences[i-1].Block == s.Block) {
				m.Sentences[i].Keep, m.Sentences[i].Reason = false, ToReader
				continue
			}
			key := sameWords(s.Text)
			if f, seen := first[key]; seen {
				m.Sentences[i].Keep, m.Sentences[i].Reason, m.Sentences[i].DupOf = false, dedup.Duplicate, f
				continue
			}
			first[key] = i
			texts = append(texts, s.Text)
			idx = append(idx, i)
		}
		res := dedup.Select(texts, m.Dedup)
		src := make([]int, len(idx))
		for j, i := range idx {
			src[j] = m.Sentences[i].Art
		}
		dedup.AcrossSources(&res, src)
		for j, i := range idx {
			s := &m.Sentences[i]
			// A part of a quotation that runs on from the sentence
			// before is the speaker's words: not cut.
			if res.PartOf[j] >= 0 && i > 0 && open[i-1] && m.Sentences[i-1].Art == s.Art && m.Sentences[i-1].Block == s.Block {
				res.Text[j], res.PartOf[j] = s.Text, -1
			}
			s.Keep, s.Reason, s.Units = res.Keep[j], res.Reason[j], res.Units[j]
			s.DupOf, s.PartOf = -1, -1
			if d := res.DupOf[j]; d >= 0 {
				s.DupOf = idx[d]
			}
			if k := res.PartOf[j]; k >= 0 {
				s.PartOf = idx[k]
			}
			// A cut that leaves a quotation open misquotes its
			// speaker ('"Literally by being able to stop cars from
			// coming over the bridge…'): the sentence stands whole,
			// or, cut to details of another's wording, goes.
			if cut := res.Text[j]; cut != s.Text && text.UnbalancedQuotes(cut) && !text.UnbalancedQuotes(s.Text) {
				if f := res.Follows[j]; f >= 0 {
					s.Keep, s.Reason, s.DupOf = false, dedup.SameFact, idx[f]
					continue
				}
				res.Text[j] = s.Text
			}
			// Cut to the details it adds to another source's
			// wording of its fact: it stands right after it.
			if f := res.Follows[j]; f >= 0 {
				m.follows[i] = idx[f]
			}
			if res.Text[j] != s.Text {
				s.Whole = s.Text
			}
			s.Text = res.Text[j]
		}
	}
	// A dropped sentence is credited to the kept sentence at the end of
	// its chain: a copy to what its original was credited to, a
	// restatement of a sentence another source's wording replaced to that
	// wording. (A chain never loops: each step goes to a sentence kept
	// when the step was taken; the bound is for safety.)
	for i := range m.Sentences {
		s := &m.Sentences[i]
		for steps := 0; s.DupOf >= 0 && !m.Sentences[s.DupOf].Keep && steps < len(m.Sentences); steps++ {
			s.DupOf = m.Sentences[s.DupOf].DupOf
		}
	}
	return m, nil
}

// ReportingOnly is the reason a sentence that only tells how the
// reporting went (text.NoComment) is left out: it stays on its source page.
const ReportingOnly dedup.Reason = "tells only how the reporting went"

// ToReader is the reason a sentence that speaks to the reader
// (text.AddressesReader) is left out: it stays on its source page.
const ToReader dedup.Reason = "speaks to the reader"

// sameWords is a sentence's words, lower case, without punctuation: two
// sentences with the same key say the same thing word for word.
func sameWords(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// storyGroups partitions the articles into stories: two articles are one
// story when they share enough of their distinctive words (names, acronyms,
// numbers and content words of five letters or more, stop words aside), a
// fair share of them and of their names, or the same actors (see
// sameStory). Each group is a set of article indexes; groups come in order
// of their first article.
func storyGroups(m *Model) []map[int]bool {
	n := len(m.Articles)
	sigs := storySignatures(m)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			if find(a) != find(b) && sameStory(sigs[a], sigs[b]) {
				parent[find(b)] = find(a)
			}
		}
	}
	var groups []map[int]bool
	root := map[int]int{}
	for i := 0; i < n; i++ {
		r := find(i)
		g, ok := root[r]
		if !ok {
			g = len(groups)
			root[r] = g
			groups = append(groups, map[int]bool{})
		}
		groups[g][i] = true
	}
	return joinToStories(groups, sigs)
}

// joinToStories folds a group of articles into a larger group whose
// shared words its articles use (groupShare of their distinctive words, on
// average, are words two or more of the larger group's articles use): a
// report that shares too few words with any one other report to pair with
// it (a short excerpt, another angle) still tells the story the reports
// tell together. Two stories' groups share few such words: a story's
// vocabulary is its own. It takes three articles to tell a story's
// vocabulary from one article's; groups keep the order of their first
// article.
func joinToStories(groups []map[int]bool, sigs []storySig) []map[int]bool {
	for {
		// Each story's vocabulary once a round, not once a pair.
		vocab := make([]map[string]bool, len(groups))
		for h, g := range groups {
			if len(g) >= 3 {
				vocab[h] = storyVocabulary(g, sigs)
			}
		}
		from, into := -1, -1
		for g := range groups {
			for h := range groups {
				if g == h || vocab[h] == nil || len(groups[h]) < len(groups[g]) || len(groups[h]) == len(groups[g]) && h > g {
					continue
				}
				if groupDated(groups[g], groups[h], sigs) && groupCover(groups[g], vocab[h], sigs) >= groupShare {
					from, into = g, h
					break
				}
			}
			if from >= 0 {
				break
			}
		}
		if from < 0 {
			return groups
		}
		for a := range groups[from] {
			groups[into][a] = true
		}
		groups = slices.Delete(groups, from, from+1)
		slices.SortFunc(groups, func(a, b map[int]bool) int { return minKey(a) - minKey(b) })
	}
}

// storyVocabulary is the words of a story: those two or more of its
// articles use (a quarter of them, in a group of more than eight). A big
// group's stray words (each article's own) are no story's.
func storyVocabulary(h map[int]bool, sigs []storySig) map[string]bool {
	uses := map[string]int{}
	for b := range h {
		for w := range sigs[b].words {
			uses[w]++
		}
	}
	need := max(2, (len(h)+3)/4)
	out := map[string]bool{}
	for w, n := range uses {
		if n >= need {
			out[w] = true
		}
	}
	return out
}

// groupCover is the mean share of the distinctive words of g's articles
// that a story's vocabulary holds.
func groupCover(g map[int]bool, vocab map[string]bool, sigs []storySig) float64 {
	sum := 0.0
	for a := range g {
		n := 0
		for w := range sigs[a].words {
			if vocab[w] {
				n++
			}
		}
		if len(sigs[a].words) > 0 {
			sum += float64(n) / float64(len(sigs[a].words))
		}
	}
	return sum / float64(len(g))
}

// groupDated reports whether every article of g is dated within
// sameActorsDays of every article of h, or undated.
func groupDated(g, h map[int]bool, sigs []storySig) bool {
	for a := range g {
		for b := range h {
			if !withinDays(sigs[a].date, sigs[b].date, sameActorsDays) {
				return false
			}
		}
	}
	return true
}

func minKey(m map[int]bool) int {
	k := -1
	for a := range m {
		if k < 0 || a < k {
			k = a
		}
	}
	return k
}

// rankStories turns the story groups into Stories, the main story first:
// most seeds, then most sentences, then the earliest seed. groups is
// reordered to match (groups[i] is Stories[i]'s set).
func rankStories(m *Model, groups []map[int]bool) []Story {
	sents := make([]int, len(m.Articles))
	for _, s := range m.Sentences {
		sents[s.Art]++
	}
	stories := make([]Story, len(groups))
	size := make([]int, len(groups))
	for gi, g := range groups {
		for a := range g {
			stories[gi].Arts = append(stories[gi].Arts, a)
			size[gi] += sents[a]
		}
		sort.Ints(stories[gi].Arts)
		stories[gi].Title, stories[gi].Headline = storyHeadline(m, stories[gi].Arts)
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := order[x], order[y]
		if len(stories[a].Arts) != len(stories[b].Arts) {
			return len(stories[a].Arts) > len(stories[b].Arts)
		}
		if size[a] != size[b] {
			return size[a] > size[b]
		}
		return stories[a].Arts[0] < stories[b].Arts[0]
	})
	out := make([]Story, len(groups))
	sorted := make([]map[int]bool, len(groups))
	for i, o := range order {
		out[i], sorted[i] = stories[o], groups[o]
	}
	copy(groups, sorted)
	return out
}

// headlineWords is the most words of a headline; the titles of the real
// pages we tried run 6 to 17 words, their first sentences 20 and more.
const headlineWords = 18

// dedupTokens returns the distinctive words of a sentence, stemmed: names,
// acronyms, numbers and content words of five letters or more.
func dedupTokens(s string) []string {
	var out []string
	for _, t := range text.Tokenize(s) {
		if !text.StopWord(t.Norm) && distinctive(t) {
			out = append(out, t.Stem)
		}
	}
	return out
}

// isName reports a token written as a name: a capitalised word that is no
// initial, or an acronym.
func isName(t text.Token) bool { return (t.Cap && !t.Initial) || t.Upper }

// distinctive reports a token that tells one story from another: a name, a
// number or a content word of five letters or more.
func distinctive(t text.Token) bool {
	return isName(t) || t.Number || utf8.RuneCountInString(t.Stem) >= 5
}

// storySig is what storyGroups compares of an article: its distinctive
// words, its names (capitalised words and acronyms that end a name, see
// nameHeads: "Bullock", not the "Governor Michelle" before it), its proper
// names (the
// names the set never writes in lower case, times aside: "Gref",
// "Sberbank", not "President" where "the president" is written too, nor
// "Tuesday") and its date when it has a whole one.
type storySig struct {
	words, names, proper map[string]bool
	// figures are its numbers of two digits or more that are no year
	// ("50", "4.75"): see fewNamesShare.
	figures map[string]bool
	// events are the names of the events the article names most often
	// ("milton" of "Hurricane Milton"; see eventName).
	events map[string]bool
	// actors are the proper names the article names most often, at least
	// twice, in its headline, headings and body ("google"; see mainActors).
	actors map[string]bool
	date   time.Time
}

func storySignatures(m *Model) []storySig {
	sigs := make([]storySig, len(m.Articles))
	for i, a := range m.Articles {
		sigs[i] = storySig{words: map[string]bool{}, names: map[string]bool{}, proper: map[string]bool{}, figures: map[string]bool{}}
		if d, err := time.Parse(time.DateOnly, a.Date); err == nil {
			sigs[i].date = d
		}
	}
	lower := map[string]bool{} // stems written in lower case somewhere in the set
	heads := make([]map[string]bool, len(m.Articles))
	events := make([]map[string]int, len(m.Articles))
	named := make([]map[string]int, len(m.Articles))
	for i := range heads {
		heads[i], events[i], named[i] = map[string]bool{}, map[string]int{}, map[string]int{}
	}
	for i, a := range m.Articles {
		for _, b := range a.Blocks {
			if b.Kind == extract.Title || b.Kind == extract.Heading || b.Kind == extract.Subtitle {
				countHeads(b.Text, named[i])
			}
		}
	}
	for _, s := range m.Sentences {
		nameHeads(s.Text, heads[s.Art], events[s.Art])
		countHeads(s.Text, named[s.Art])
		for _, t := range text.Tokenize(s.Text) {
			if text.StopWord(t.Norm) {
				continue
			}
			if !t.Cap && !t.Upper {
				lower[t.Stem] = true
			}
			if distinctive(t) {
				sigs[s.Art].words[t.Stem] = true
			}
			if t.Number && len(t.Norm) >= 2 && !text.IsYear(t.Norm) {
				sigs[s.Art].figures[t.Norm] = true
			}
			if isName(t) {
				sigs[s.Art].names[t.Stem] = true
				if !text.TimeWord(t.Norm) {
					sigs[s.Art].proper[t.Stem] = true
				}
			}
		}
	}
	// An acronym of common words ("artificial intelligence (AI)") names
	// no actor: two stories on AI share it as they share "technology".
	common := commonAcronyms(m)
	for i := range sigs {
		for _, set := range []map[string]bool{sigs[i].names, sigs[i].proper} {
			for w := range common {
				delete(set, w)
			}
		}
		for w := range common {
			delete(named[i], w)
		}
	}
	for i := range sigs {
		for k := range events[i] {
			for _, t := range text.Tokenize(k) {
				if lower[t.Stem] {
					delete(events[i], k) // "Hurricane Center": a common word
					break
				}
			}
		}
		sigs[i].events = mostNamed(events[i])
		sigs[i].actors = mainActors(named[i], lower)
	}
	for i, sg := range sigs {
		for w := range sg.proper {
			if lower[w] {
				delete(sg.proper, w)
			}
		}
		for w := range sg.names {
			if !heads[i][w] {
				delete(sg.names, w)
			}
		}
	}
	return sigs
}

// commonAcronyms is the set of the stems of the acronyms the set expands
// to words in lower case ("artificial intelligence (AI)", "GDP (gross
// domestic product)").
func commonAcronyms(m *Model) map[string]bool {
	out := map[string]bool{}
	add := func(short string, words []string) {
		short = strings.TrimSuffix(short, "s")
		if len(words) < 2 || len(words) > 5 || !allUpper(short) || len(short) < 2 || len(short) > 5 {
			return
		}
		initials := ""
		for _, w := range words {
			if w == "" || w[0] < 'a' || w[0] > 'z' {
				return // a name spelled out ("European Union"), or no word
			}
			initials += strings.ToUpper(w[:1])
		}
		if strings.HasSuffix(initials, short) && len(initials) == len(short) {
			for _, t := range text.Tokenize(short) {
				out[t.Stem] = true
			}
		}
	}
	for _, st := range m.Sentences {
		s := st.Text
		for off := 0; ; {
			k := strings.Index(s[off:], " (")
			if k < 0 {
				break
			}
			open := off + k
			off = open + 2
			end := strings.IndexByte(s[off:], ')')
			if end < 0 {
				break
			}
			inner := s[off : off+end]
			before := strings.Fields(s[max(0, open-80):open])
			if allUpper(strings.TrimSuffix(inner, "s")) {
				// "artificial intelligence (AI)": the words before it.
				n := len(strings.TrimSuffix(inner, "s"))
				if len(before) >= n {
					add(inner, before[len(before)-n:])
				}
			} else if len(before) > 0 {
				// "GDP (gross domestic product)".
				add(before[len(before)-1], strings.Fields(inner))
			}
		}
	}
	return out
}

func allUpper(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

// nameHeads adds to heads the stem of every name in s that ends a run of
// capitalised words: the surname of "Governor Michelle Bullock", "Reserve"
// of "Federal Reserve", "Bank" and "Australia" of "Reserve Bank of
// Australia". The words before the head (a title, a first name, the
// "Reserve" of "Reserve Bank") are shared by different people and bodies:
// two central banks each have a "Governor Michelle ...", and a name an
// article only writes inside a longer one says nothing of its actors.
//
// It also counts in events the event names of s: a run that opens with
// event words ("Hurricane", "Tropical Storm") and ends in a name, keyed by
// the name's words ("milton"), whichever event words precede it.
func nameHeads(s string, heads map[string]bool, events map[string]int) {
	nameRuns(s, func(run []text.Word) {
		if ts := text.Tokenize(run[len(run)-1].Text); len(ts) > 0 {
			heads[ts[len(ts)-1].Stem] = true
		}
		if k := eventName(run); k != "" {
			events[k]++
		}
	})
}

// countHeads counts in named the stem of every name of s that ends a run
// of capitalised words (see nameHeads), stop words and time words aside
// (the "The" that opens a sentence, "Monday").
func countHeads(s string, named map[string]int) {
	nameRuns(s, func(run []text.Word) {
		ts := text.Tokenize(run[len(run)-1].Text)
		if len(ts) == 0 {
			return
		}
		// Cap, not isName: the word alone is always "initial".
		if t := ts[len(ts)-1]; (t.Cap || t.Upper) && !text.StopWord(t.Norm) && !text.TimeWord(t.Norm) {
			named[t.Stem]++
		}
	})
}

// mainActors is the set of the names an article names most often
// (mostNamed of its counts), leaving out the stems the set also writes in
// lower case ("Court" of "District Court", written "the court" too); nil
// when the most named is named only once: an article that names each of
// its actors once has no main one.
func mainActors(named map[string]int, lower map[string]bool) map[string]bool {
	counts := map[string]int{}
	for k, n := range named {
		if !lower[k] {
			counts[k] = n
		}
	}
	top := mostNamed(counts)
	for k := range top {
		if counts[k] < 2 {
			return nil
		}
	}
	return top
}

// nameRuns calls f with every run of capitalised words of s, the words
// one space apart.
func nameRuns(s string, f func(run []text.Word)) {
	ws := text.Words(s)
	start := 0 // first word of the current run
	for i, w := range ws {
		if !text.IsCapitalized(w.Text) {
			start = i + 1
			continue
		}
		if i+1 < len(ws) && s[w.End:ws[i+1].Start] == " " && text.IsCapitalized(ws[i+1].Text) {
			continue
		}
		f(ws[start : i+1])
		start = i + 1
	}
}

// eventTitle is the event a story's seeds name most often, as they write
// it ("Hurricane Milton"), for a story none of whose seeds has a headline;
// "" when none names an event twice.
func eventTitle(m *Model, arts []int) string {
	in := map[int]bool{}
	for _, a := range arts {
		in[a] = true
	}
	count, written := map[string]int{}, map[string]string{}
	for _, st := range m.Sentences {
		if !in[st.Art] {
			continue
		}
		nameRuns(st.Text, func(run []text.Word) {
			if k := eventName(run); k != "" {
				count[k]++
				if written[k] == "" {
					written[k] = st.Text[run[0].Start:run[len(run)-1].End]
				}
			}
		})
	}
	best := ""
	for k, n := range count {
		if n >= 2 && (best == "" || n > count[best] || n == count[best] && k < best) {
			best = k
		}
	}
	return written[best]
}

// eventName is the name of the event a run of capitalised words names
// ("Tropical Storm Ana": "ana"), or "" when the run does not open with an
// event word, after its modifiers ("National Hurricane Center" opens with a
// name, "Super Micro" has no event word) or has no name
// of one or two words after it. A name the set also writes in lower case
// ("Hurricane Center") is dropped by storySignatures.
func eventName(run []text.Word) string {
	i := 0
	for i < len(run) && text.EventModifier(strings.ToLower(run[i].Text)) {
		i++
	}
	j := i
	for j < len(run) && text.EventWord(strings.ToLower(run[j].Text)) {
		j++
	}
	if j == i || j == len(run) || len(run)-j > 2 {
		return ""
	}
	var name []string
	for _, w := range run[j:] {
		name = append(name, strings.ToLower(w.Text))
	}
	return strings.Join(name, " ")
}

// mostNamed is the set of the keys counted most often (all of them on a
// tie), or nil when there are none.
func mostNamed(counts map[string]int) map[string]bool {
	best := 0
	for _, n := range counts {
		best = max(best, n)
	}
	var out map[string]bool
	for k, n := range counts {
		if n == best {
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// sameStory reports whether two articles are one story retold: the smaller
// one's distinctive words are mostly the other's too (sameStoryShare), or a
// fair share of them are (sameEventWords) and so are its names
// (sameEventNames): short reports of one event in different words share
// fewer words but the same people and places, while two reports of the same
// kind of event (two central banks raising rates) share words, not names.
// Or they name the same actors (sameActors): a page on the event in another
// register (a transcript, an official readout) shares few of the news
// reports' words, but the same people, bodies and places; unless both are
// dated and the dates are more than sameActorsDays apart (the same people at
// another event). Or they name one event by its name (sameNamedEvent). But
// two articles that each name several people and places, none of them the
// other's, are two events whatever words they share.
func sameStory(a, b storySig) bool {
	if !withinDays(a.date, b.date, storyDays) {
		return false // the same people a season later: another event
	}
	nm, shared := smallerShare(a.names, b.names)
	if shared == 0 && len(a.names) >= sameEventMinNames && len(b.names) >= sameEventMinNames {
		// Each names its own people, bodies and places, and none of the
		// other's: two events of one kind (two central banks cutting
		// rates), however many words of the trade they share.
		return false
	}
	w, _ := smallerShare(a.words, b.words)
	if w >= sameStoryShare && !(nm < fewSharedNames && min(len(a.names), len(b.names)) >= manyNames) {
		// Unless each names many and few of the other's: a long
		// commentary holds the words of many stories.
		return true
	}
	if w >= sameEventWords && nm >= sameEventNames && shared >= sameEventMinNames {
		return true
	}
	if _, figs := smallerShare(a.figures, b.figures); figs >= fewNamesFigures && w >= sameEventWords && min(len(a.names), len(b.names)) < sameEventMinNames && shared > 0 && nm >= fewNamesShare && withinDays(a.date, b.date, sameActorsDays) {
		// A page that names too few to tell (the key quotes of a
		// press conference, its speaker named once) is the story
		// whose words, people and figures it shares.
		return true
	}
	return sameActors(a, b) || sameNamedEvent(a, b) || sameMainActor(a, b, w)
}

// sameMainActor reports whether two articles, sharing w of the smaller
// one's distinctive words, are about one actor's event: they name the same
// actor most often (the company a court ruled against), share at least
// sameEventWords of their words, and are not dated more than
// sameActorsDays apart. A short follow-up (the appeal the company
// announced) names few people and shares few words with each report, but
// its headline and its body are about the same actor; two events of one
// kind are each about their own (two central banks, two governors).
func sameMainActor(a, b storySig, w float64) bool {
	if w < sameEventWords || !withinDays(a.date, b.date, sameActorsDays) {
		return false
	}
	for k := range a.actors {
		if b.actors[k] {
			return true
		}
	}
	return false
}

// sameNamedEvent reports whether two articles mostly name one event by its
// name (the storm "Hurricane Milton": its landfall and a stadium roof it
// tore off are one story, though the two pages share few words and
// actors), and are not dated more than sameActorsDays apart.
func sameNamedEvent(a, b storySig) bool {
	if !withinDays(a.date, b.date, sameActorsDays) {
		return false
	}
	for k := range a.events {
		if b.events[k] {
			return true
		}
	}
	return false
}

// withinDays reports whether two dates are at most days apart, or one is
// unknown.
func withinDays(a, b time.Time, days int) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d, limit := a.Sub(b), time.Duration(days)*24*time.Hour
	return d <= limit && d >= -limit
}

// sameActors reports whether two articles share at least sameActorsMin
// proper names, sameActorsShare of the smaller set of them, and are not
// dated too far apart.
func sameActors(a, b storySig) bool {
	if !withinDays(a.date, b.date, sameActorsDays) {
		return false
	}
	share, shared := smallerShare(a.proper, b.proper)
	return shared >= sameActorsMin && share >= sameActorsShare
}

// smallerShare is the share of the smaller set found in the other, and how
// many that is.
func smallerShare(a, b map[string]bool) (float64, int) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0, 0
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return float64(shared) / float64(len(a)), shared
}

// fewSharedNames, manyNames: a long commentary on AI and geopolitics
// held 0.47 and 0.49 of the words of two short pages on the EU's AI law,
// but 0.17 of their six names or more; reports of one event that share
// 0.4 of their words share 0.33 to 0.44 of their names.
//
// groupShare (see joinToStories): on sets of real excerpts, two articles
// of one rate decision that paired with no other report used 0.37 and
// 0.38 of their words from the vocabulary of the story's seven others;
// articles of four other stories mixed in used at most 0.17 of another
// story's.
//
// sameStoryShare is the share of the smaller article's distinctive words
// the other must use for the two to be one story. Measured on our test
// pages: two reports of one event share 0.42 to 0.56, unrelated news pages
// up to 0.35 (two technology stories: the long words such stories share).
// sameEventWords and sameEventNames: on four short reports of one
// earthquake, pairs share 0.13 to 0.35 of their words and 0.05 to 0.67 of
// their names (each report linked to another at 0.29 or more words and
// 0.35 or more names); two rate rises by different central banks 0.23 and
// 0.33; unrelated stories at most 0.11 of their words. The names must be
// at least sameEventMinNames: a page that names two things names too few
// to tell (a battery feature and a tech column sharing "EU" and "China").
//
// fewNamesShare, fewNamesFigures: a page of quotes from a rate decision's
// press conference (two names) shared 0.26 of its words, one of its two
// names and three figures ("50", "4.75") with a live report of the
// decision, and at most 0.04 of its words with the pages of two unrelated
// stories in the same set; a battery feature and a technology column,
// unrelated, share 0.36 of their words and both names of the feature
// ("EU", "China"), but no figure.
//
// sameActorsMin, sameActorsShare: on a story set of 19 real pages, a
// transcript-style page on the event shares 4 to 8 proper names with each
// news report (0.23 to 0.67 of the smaller set), while pages of three
// unrelated stories (an EU law, chip exports, a rate decision) share at
// most 2 ("August", "February" before time words were left out; "AI").
// sameActorsDays: a week either side of the event. storyDays: two pages
// dated further apart are two events whatever they share (a central bank's
// decisions a season apart); the story set's pages, on an announcement and
// the order that followed it, span 22 days.
const (
	sameActorsMin     = 5
	sameActorsShare   = 0.25
	sameActorsDays    = 7
	storyDays         = 31
	sameEventMinNames = 3
	groupShare        = 0.3
	fewSharedNames    = 0.2
	manyNames         = 5
	sameStoryShare    = 0.4
	sameEventWords    = 0.25
	sameEventNames    = 0.3
	fewNamesShare     = 0.5
	fewNamesFigures   = 2
)

// Classify puts every kept sentence into a section. Sections must be set
// (LoadSections, or classify.Starter()). A story's lead facts (leadFacts)
// go to the first section, a list stays in one section, and a sentence
// that leans on the one before it goes where that one is (placeLeaning).
func Classify(m *Model) (*Model, error) {
	if len(m.Sections) == 0 {
		m.Sections = classify.Starter()
	}
	c := classify.New(m.Sections)
	var items []classify.Item
	var idx []int
	for i, s := range m.Sentences {
		if !s.Keep {
			continue
		}
		b := m.Articles[s.Art].Blocks[s.Block]
		items = append(items, classify.Item{Text: s.Text, Context: b.Text, Heading: s.Heading})
		idx = append(idx, i)
	}
	for j, sec := range c.Assign(items) {
		m.Sentences[idx[j]].Section = sec
	}
	// A story's lead facts open its background, whatever words they
	// use: the landfall of a storm is no less the lead for naming its
	// winds (see isLead). A list item stays with its list.
	m.leads = leadFacts(m)
	titleByLead(m)
	for k := range m.leads {
		if s := m.Sentences[k]; isLead(m, k) && m.Articles[s.Art].Blocks[s.Block].Item == "" {
			m.Sentences[k].Section = 0
		}
	}
	keepListsTogether(m)
	dropQuotedCopies(m)
	keepQuotationsWhole(m)
	keepSpeakers(m)
	placeLeaning(m)
	keepLeadInsWithLists(m)
	return m, nil
}

// fixOpening makes a sentence stand at the start of a paragraph when the
// sentence it followed is gone: a dangling connective ("However, the plan
// failed.") is left out and the omission shown ("…the plan failed.").
//
// Why an elision and not the sentence as written, nor a repaired one: the
// connective answers a sentence the reader no longer sees, so quoting it
// ("However, ...") claims a contrast with whatever paragraph now comes
// before; repairing the rest into a sentence of its own ("The plan
// failed.") prints a capital the source never wrote, which a reader
// checking the source cannot find. An editor quoting part of a sentence
// marks the cut, and so does this. A demonstrative that points back
// ("This coalition ...") stays as written: replacing it with an article
// would be a word the source did not use.
func fixOpening(s string) string {
	if n := openingConnective(s); n > 0 {
		return dedup.Elision + s[n:]
	}
	return s
}

// demonstrativeDeterminer reports whether a sentence opens on "This" or
// "These" used before a noun ("This coalition, ..."), which the sentence
// itself explains, rather than as a pronoun for something said before
// ("This illustrates ...", "This could ...").
func demonstrativeDeterminer(s string) bool {
	first, rest, ok := strings.Cut(s, " ")
	if lf := strings.ToLower(first); !ok || (lf != "this" && lf != "these") {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	next = strings.TrimRight(next, ",;:")
	if next == "" || !unicode.IsLower([]rune(next)[0]) || text.AfterPronoun(next) {
		return false
	}
	// "This underscores": a verb in -s after a singular "This" makes
	// it a pronoun (nouns after "This" rarely end in a plain -s); so
	// does a past tense ("This happened", "These included").
	if len(next) > 4 && strings.HasSuffix(next, "ed") && !strings.HasSuffix(next, "eed") {
		return false
	}
	return !(strings.ToLower(first) == "this" && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && !strings.HasSuffix(next, "is") && !strings.HasSuffix(next, "us"))
}

// openingConnective is the length of a leading discourse connective with
// its comma and the spaces after it ("However, "), or 0. Without the comma
// the word is part of the clause ("Still more ...") and stays; so it does
// when nothing but punctuation follows.
func openingConnective(s string) int {
	c, after, ok := strings.Cut(s, ",")
	if !ok || !text.Connective(strings.ToLower(c)) {
		return 0
	}
	rest := strings.TrimLeft(after, " ")
	r, n := utf8.DecodeRuneInString(rest)
	if n == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0
	}
	return len(s) - len(rest)
}

// stripConnective is a sentence without its leading connective, as
// written (no capital added): what it claims, for comparing and counting.
func stripConnective(s string) string { return s[openingConnective(s):] }
