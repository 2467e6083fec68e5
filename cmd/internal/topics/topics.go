// Package topics derives the main themes of a briefing from its text and
// matches passages to them. A theme is a cluster of content words that
// keep occurring in the same passages (workforce, upskilling, GDP; or
// standards, governance, ethics); it is named after its most frequent
// words and introduced by the sentence of the text that is densest in
// them. Nothing here knows any theme in advance.
package topics

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"

	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Topic is one theme of the briefing.
type Topic struct {
	Slug  string
	Title string
	// Keywords are words as the text writes them, most frequent first;
	// Match compares them by stem. The first is the theme's head word.
	Keywords []string
	// Intro is a sentence quoted from the text (plain text), and
	// IntroSource the passage it comes from.
	Intro       string
	IntroSource glossary.Provenance
	// Passages counts the passages that Match the topic.
	Passages int
	// Redirects are old addresses of the topic ("/topics/old-slug/"),
	// written as its aliases (redirect pages).
	Redirects []string
	// Sources are the seeds (file names less .txt) of the story the topic
	// comes from, in a briefing of several stories: its page lists only
	// their passages. Empty: one story, passages of every seed.
	Sources []string
}

// Options tune Derive. The zero value is usable.
type Options struct {
	// MaxTopics caps the number of topics; 0 means 12.
	MaxTopics int
	// MinPassages is the number of passages a topic must match; 0 means 2.
	MinPassages int
	// MaxKeywords caps the words of one topic; 0 means 6.
	MaxKeywords int
	// KeyPhrases, when not nil, are glossary.KeyPhrases of the same
	// passages, computed once for the glossary and the topics.
	KeyPhrases []glossary.KeyPhrase
}

// Derive returns the themes of the passages, best first: the tight
// clusters, then the themes of single frequent words. Identical
// passages count once; headings (short lines that do not end a sentence)
// are ignored, since their title case would make every word look like a name.
func Derive(passages []glossary.Passage, opts Options) []Topic {
	if opts.MaxTopics == 0 {
		opts.MaxTopics = 12
	}
	if opts.MinPassages == 0 {
		opts.MinPassages = 2
	}
	if opts.MaxKeywords == 0 {
		opts.MaxKeywords = 6
	}
	c := newCorpus(passages)
	if len(c.passages) == 0 {
		return nil
	}
	cand, maxDF := c.candidates()
	clusters := strongClusters(c.cluster(cand, opts.MaxKeywords))
	kps := opts.KeyPhrases
	if kps == nil {
		kps = glossary.KeyPhrases(c.passages, opts.MinPassages)
	}
	clusters = append(clusters, c.headGroups(clusters, cand, kps, maxDF, opts)...)
	var themes []*theme
	for _, cl := range clusters {
		kw := make([]string, len(cl.stems))
		for i, st := range cl.stems {
			kw[i] = c.words[st].surface()
		}
		themes = append(themes, &theme{title: c.name(kw), keywords: kw})
	}
	themes = c.refine(themes, opts.MaxKeywords)
	for _, th := range themes {
		th.title = c.whole(c.published(th, c.themeName(th, c.finalName(th.title, th.keywords))))
		th.keywords = c.nameFirst(th.title, th.keywords, opts.MaxKeywords)
		th.title = c.owned(th.title, th.passages)
	}
	return c.topics(c.mergeContainers(themes, opts.MaxKeywords), opts)
}

// candidates are the words that may make a theme: content words that
// recur, but not in so many passages (more than maxDF) that they are the
// subject of the whole briefing, and not names; the most frequent
// maxCandidates of them, sorted.
func (c *corpus) candidates() (cand []string, maxDF int) {
	n := len(c.passages)
	share := maxShare
	if n < smallText {
		// In a short article the words of its subject are its themes.
		share = smallShare
	}
	maxDF = int(math.Ceil(share * float64(n)))
	for st, w := range c.words {
		// A word with an apostrophe left in it is a contraction
		// ("wasn’t"), no theme's word.
		if len(w.passages) >= 3 && len(w.passages) <= maxDF && !w.isName() && w.isNoun() && utf8.RuneCountInString(st) >= 3 && !text.StopWord(strings.ToLower(w.surface())) && !glossary.IsSuperlative(w.surface()) && !strings.ContainsAny(w.surface(), "'’") {
			cand = append(cand, st)
		}
	}
	// Cluster the most frequent candidates only: clustering is quadratic
	// and more, and rare words make no themes anyway.
	sort.Slice(cand, func(i, j int) bool {
		di, dj := len(c.words[cand[i]].passages), len(c.words[cand[j]].passages)
		if di != dj {
			return di > dj
		}
		return cand[i] < cand[j]
	})
	if len(cand) > maxCandidates {
		cand = cand[:maxCandidates]
	}
	sort.Strings(cand)
	return cand, maxDF
}

// strongClusters drops the weak clusters (best first), chance
// co-occurrences of rare words.
func strongClusters(clusters []*group) []*group {
	if len(clusters) == 0 {
		return clusters
	}
	cut := clusterKeep * clusters[0].score
	k := 0
	for k < len(clusters) && clusters[k].score >= cut {
		k++
	}
	return clusters[:k]
}

// headGroups are the themes carried by one frequent word: the head nouns
// of the key phrases ("Western sanctions" -> sanctions) that no cluster
// covers, with the candidate words that keep its company; the most
// discussed first.
func (c *corpus) headGroups(clusters []*group, cand []string, kps []glossary.KeyPhrase, maxDF int, opts Options) []*group {
	covered := map[string]bool{}
	for _, g := range clusters {
		for _, st := range g.stems {
			covered[st] = true
		}
	}
	var heads []string
	for _, kp := range kps {
		words := text.WordTexts(kp.Text)
		if kp.Proper || len(words) < 2 {
			continue
		}
		heads = append(heads, text.KeywordStem(words[len(words)-1]))
	}
	sort.SliceStable(heads, func(i, j int) bool { return c.df(heads[i]) > c.df(heads[j]) })
	var out []*group
	for _, head := range heads {
		w := c.words[head]
		if w == nil || covered[head] || w.isName() || !w.isNoun() || len(w.passages) > maxDF || len(w.passages) < 2*opts.MinPassages {
			continue
		}
		covered[head] = true
		g := &group{stems: append([]string{head}, c.company(head, cand, covered, opts.MaxKeywords-1)...)}
		if len(g.stems) < 2 {
			continue // a word alone, keeping no company, is not a theme
		}
		for _, st := range g.stems {
			covered[st] = true
		}
		out = append(out, g)
	}
	return out
}

// company is up to limit candidate words not yet covered that occur with
// head (similarity minSimilarity or more), the most similar first.
func (c *corpus) company(head string, cand []string, covered map[string]bool, limit int) []string {
	type near struct {
		st  string
		sim float64
	}
	var company []near
	for _, st := range cand {
		if st != head && !covered[st] {
			if s := c.similarity(head, st); s >= minSimilarity {
				company = append(company, near{st, s})
			}
		}
	}
	sort.Slice(company, func(i, j int) bool {
		if company[i].sim != company[j].sim {
			return company[i].sim > company[j].sim
		}
		return company[i].st < company[j].st
	})
	var out []string
	for _, n := range company {
		if len(out) >= limit {
			break
		}
		out = append(out, n.st)
	}
	return out
}

// topics are the named themes that match opts.MinPassages passages, one
// per slug, at most opts.MaxTopics.
func (c *corpus) topics(themes []*theme, opts Options) []Topic {
	var topics []Topic
	usedSlug := map[string]bool{}
	for _, th := range themes {
		if len(th.passages) < opts.MinPassages {
			continue
		}
		slug := text.TermSlug(th.title)
		if slug == "" || usedSlug[slug] {
			continue
		}
		usedSlug[slug] = true
		intro, src := c.intro(stemKeywords(th.keywords), th.title)
		topics = append(topics, Topic{
			Slug:        slug,
			Title:       upperFirst(c.cased(th.title)),
			Keywords:    th.keywords,
			Intro:       intro,
			IntroSource: src,
			Passages:    len(th.passages),
		})
	}
	if len(topics) > opts.MaxTopics {
		topics = topics[:opts.MaxTopics]
	}
	return topics
}

// maxShare is the share of the passages above which a word is the
// subject of the whole briefing rather than one of its themes.
const maxShare = 0.4

// smallText is the number of passages below which smallShare applies.
const smallText = 20

// smallShare is maxShare for short texts.
const smallShare = 0.75

// maxCandidates bounds the words clustered.
const maxCandidates = 250

// clusterKeep is the fraction of the best cluster's score a cluster needs
// to become a topic.
const clusterKeep = 0.45

// name titles a topic by the phrase the text uses for it: its two head
// words if the text writes them side by side ("power dynamics"), else the
// commonest phrase of a modifier and a head word ("public opinion",
// "economic growth"), else the two head words joined by "and" if they are
// clearly one theme ("workforce and skills"), else the head word alone
// ("sanctions").
func (c *corpus) name(kw []string) string {
	if len(kw) == 1 {
		return kw[0]
	}
	if phrase := c.phrase(kw[0], kw[1]); phrase != "" {
		return phrase
	}
	if phrase := c.headPhrase(kw[0]); phrase != "" {
		return phrase
	}
	if c.similarity(text.KeywordStem(kw[0]), text.KeywordStem(kw[1])) >= relatedSimilarity {
		return kw[0] + " and " + kw[1]
	}
	return kw[0]
}

// finalName is the title a theme is published under: its working name
// (which decided merges) if it is a noun phrase the text uses, else one
// made of its nouns ("High and hurdles", "Ranks 31st" and "Strong and
// solutions" are no names), or "" when it has none. Two nouns joined by
// "and" ("Expertise and resources") are two themes, not the name of one,
// even where the text writes them so.
func (c *corpus) finalName(title string, kw []string) string {
	if c.goodTitle(title) && !strings.Contains(title, " and ") {
		if len(text.Words(title)) == 1 {
			return c.bareName(title)
		}
		return title
	}
	// A theme is named by nouns: "high", "strong", "adopt" or "31st"
	// head no noun phrase.
	var nouns []string
	for _, k := range kw {
		if c.nameWord(k) {
			nouns = append(nouns, k)
		}
	}
	if len(nouns) == 0 {
		return ""
	}
	if t := c.phraseName(nouns); t != "" && c.goodTitle(t) && len(text.Words(t)) > 1 {
		return t
	}
	return c.bareName(nouns[0])
}

// bareName names a theme whose nouns make no phrase of the text: by a
// phrase of the text that its head word ends ("rate cut", "Trump
// administration"), else by the word itself if it is an acronym or a
// plural ("BRICS", "sanctions"), else by the word.
func (c *corpus) bareName(w string) string {
	if strings.ToUpper(w) == w {
		return w
	}
	if t := c.modifiedHead(w, true); t != "" && c.goodTitle(t) {
		return t
	}
	return w
}

// whole is a theme's name with the noun the text always writes after it
// ("federal funds" -> "federal funds rate"), or with "of" and the noun
// ("blue screen" -> "blue screen of death"; not a name's: "of Norland"
// says whose): a name cut short of its head names a fragment. It takes
// the noun only when the text writes the name at least twice, always
// followed by it ("of" and its noun: more often than any other word).
func (c *corpus) whole(name string) string {
	if len(text.Words(name)) < 2 {
		return name
	}
	c.tokenize()
	low := strings.ToLower(name)
	nexts, next, n := map[string]int{}, "", 0
	for _, l := range c.lower {
		for i := strings.Index(l, low); i >= 0; {
			end := i + len(low)
			if i > 0 && text.IsWordRune(rune(l[i-1])) || end < len(l) && text.IsWordRune(rune(l[end])) {
				// part of a longer word
			} else {
				tail := l[end:min(len(l), end+40)]
				ws := text.Words(tail)
				w := ""
				if len(ws) > 0 && ws[0].Start == 1 && tail[0] == '-' {
					w = "-" + ws[0].Text // "final hat" of "final hat-trick": cut inside a compound
				} else if len(ws) > 0 && strings.TrimSpace(l[end:end+ws[0].Start]) == "" && ws[0].Start == 1 {
					w = ws[0].Text
					// "blue screen of death": a name's "of" and
					// its noun go with it.
					if w == "of" && len(ws) > 1 && tail[ws[0].End:ws[1].Start] == " " {
						w += " " + ws[1].Text
					}
				}
				nexts[w]++
				n++
			}
			k := strings.Index(l[end:], low)
			if k < 0 {
				break
			}
			i = end + k
		}
	}
	// One noun always after the name; or "of" and a noun after more of
	// its uses than any other word ("Blue Screen errors" twice beside
	// "blue screen of death" five times): the phrase names the thing,
	// the other uses clip it.
	for w, m := range nexts {
		commonest := true
		for v, o := range nexts {
			commonest = commonest && (v == w || o < m)
		}
		if len(nexts) == 1 || strings.HasPrefix(w, "of ") && m >= 2 && commonest {
			next = w
		}
	}
	if next == "" {
		return c.wholeBefore(name)
	}
	if half, ok := strings.CutPrefix(next, "-"); ok && n >= 2 {
		if w := c.words[text.KeywordStem(half)]; w != nil && w.isNoun() && !text.StopWord(half) {
			return name + next
		}
		return c.wholeBefore(name)
	}
	noun, of := strings.CutPrefix(next, "of ")
	w := c.words[text.KeywordStem(noun)]
	if n < 2 || noun == "" || text.StopWord(noun) || w == nil || !w.isNoun() || w.verb > w.noun || text.VagueNoun(text.KeywordStem(noun)) || of && w.isName() {
		return c.wholeBefore(name)
	}
	return name + " " + next
}

// wholeBefore is a theme's name with the word the text always writes
// before it ("intelligence infrastructure" -> "artificial intelligence
// infrastructure"): a name cut after its first word names a fragment. It
// takes the word only when the text writes the name at least twice,
// always after it, and the word is no function word.
func (c *corpus) wholeBefore(name string) string {
	low := strings.ToLower(name)
	prev, n := "", 0
	for _, l := range c.lower {
		for off := 0; ; {
			k := strings.Index(l[off:], low)
			if k < 0 {
				break
			}
			i, end := off+k, off+k+len(low)
			off = end
			if i > 0 && text.IsWordRune(rune(l[i-1])) || end < len(l) && text.IsWordRune(rune(l[end])) {
				continue // part of a longer word
			}
			ws := text.Words(l[max(0, i-40):i])
			w := ""
			if len(ws) > 0 && max(0, i-40)+ws[len(ws)-1].End == i-1 && l[i-1] == ' ' {
				w = ws[len(ws)-1].Text
			}
			if n > 0 && w != prev {
				return name
			}
			prev = w
			n++
		}
	}
	if n < 2 || prev == "" || text.StopWord(prev) || text.VagueWord(prev) || numeric(prev) {
		return name
	}
	// A verb always written before its object ("unable to access
	// patient records") is no part of the object's name.
	if whole := prev + " " + name; c.nounPhrase(whole) {
		return whole
	}
	return name
}

// written reports whether the text writes phrase (any case).
func (c *corpus) written(phrase string) bool {
	c.tokenize()
	low := strings.ToLower(phrase)
	for _, l := range c.lower {
		if strings.Contains(l, low) {
			return true
		}
	}
	return false
}

// phraseName is the phrase the text uses for the first keywords: the two
// side by side, or the commonest modifier of the first; else the first
// alone.
func (c *corpus) phraseName(kw []string) string {
	if len(kw) == 1 {
		if phrase := c.headPhrase(kw[0]); phrase != "" {
			return phrase
		}
		return kw[0]
	}
	if phrase := c.phrase(kw[0], kw[1]); phrase != "" {
		return phrase
	}
	if phrase := c.headPhrase(kw[0]); phrase != "" {
		return phrase
	}
	return kw[0]
}

// goodTitle reports whether a name can title a topic: its last word is
// a noun that can name a theme (see nameWord), and it has no numbers (a
// model's name is no number: "H200 chips") and no superlatives.
func (c *corpus) goodTitle(t string) bool {
	words := text.WordTexts(t)
	for _, w := range words {
		if glossary.IsSuperlative(w) {
			return false // "largest bank" describes, it does not name
		}
	}
	for _, w := range words {
		if numeric(w) {
			return false
		}
	}
	return len(words) > 0 && c.nameWord(words[len(words)-1])
}

// nameWord reports whether a keyword can name a theme: a noun, used
// mostly on its own rather than before another word as a modifier
// ("high quality", "strong demand"), not vague, not a number or ordinal.
func (c *corpus) nameWord(k string) bool {
	st := text.KeywordStem(k)
	w := c.words[st]
	if w == nil || text.VagueNoun(st) || strings.ContainsAny(k, "0123456789") {
		return false
	}
	if s := w.surface(); len(s) > 1 && strings.ToUpper(s) == s {
		return true // an acronym
	}
	return w.isNoun() && w.noun > 0 && w.verb <= w.noun && 10*w.attr < 7*w.total
}

// relatedSimilarity is the Ochiai coefficient above which two head words
// are one theme and the topic is named by both.
const relatedSimilarity = 0.6

// headPhrase returns the commonest two-word phrase of the text whose last
// word is head and whose first is a modifier or noun that is not a
// name ("public opinion", "economic growth", "GDP growth"), if it occurs
// in at least a quarter of the head's passages and in two of them.
func (c *corpus) headPhrase(h string) string { return c.modifiedHead(h, false) }

// modifiedHead is headPhrase; loose also takes a name as the modifier
// ("Trump administration") and any phrase found in two passages, for a
// theme that would otherwise be named by a bare word.
func (c *corpus) modifiedHead(h string, loose bool) string {
	head := text.KeywordStem(h)
	minN := 2
	if hw := c.words[head]; hw != nil && !loose { // in a quarter of the head's passages
		minN = max(minN, (len(hw.passages)+3)/4)
	}
	best := c.commonestPair(nil, minN, func(toks []text.Word, stems []string, i int) bool {
		if stems[i] != head {
			return false
		}
		x := toks[i-1].Text
		w := c.words[stems[i-1]]
		if w == nil || text.VagueWord(x) || text.StopWord(strings.ToLower(x)) || utf8.RuneCountInString(x) < 3 || (w.isName() && strings.ToUpper(x) != x && !loose) {
			return false
		}
		// Not "halted exports": a verb and its object.
		return !(!looksLikeModifier(x) && !(w.isNoun() && w.noun > 0) && !(loose && w.isName()) || 2*w.participle > w.total || glossary.IsSuperlative(x))
	})
	if best == "" {
		return ""
	}
	return c.titleCase(best)
}

// commonestPair returns the two-word phrase of passages (all when nil),
// written as two words with a space between, that keep accepts and that
// most of them hold, if at least minN do; of equally common ones, the
// first the text writes. keep sees the tokens and stems of a passage and
// the index of the phrase's second word. A phrase glued by a hyphen to a
// word before it ("point cut" of "quarter-point cut") is part of a longer
// compound and is not one.
func (c *corpus) commonestPair(passages []int, minN int, keep func(toks []text.Word, stems []string, i int) bool) string {
	c.tokenize()
	if passages == nil {
		passages = make([]int, len(c.passages))
		for i := range passages {
			passages[i] = i
		}
	}
	type stat struct {
		n, last int
		surface string
	}
	counts := map[string]*stat{}
	var keys []string
	for _, pi := range passages {
		toks, stems, body := c.toks[pi], c.tokStems[pi], c.passages[pi].Text
		for i := 1; i < len(toks); i++ {
			if body[toks[i-1].End:toks[i].Start] != " " || i > 1 && body[toks[i-2].End:toks[i-1].Start] == "-" || !keep(toks, stems, i) {
				continue
			}
			k := stems[i-1] + " " + stems[i]
			st := counts[k]
			if st == nil {
				st = &stat{last: -1, surface: body[toks[i-1].Start:toks[i].End]}
				counts[k] = st
				keys = append(keys, k)
			}
			if st.last != pi {
				st.n++
				st.last = pi
			}
		}
	}
	best, bestN := "", minN-1
	for _, k := range keys {
		if st := counts[k]; st.n > bestN {
			best, bestN = st.surface, st.n
		}
	}
	return best
}

// titleCase writes a phrase of the text as a title: its first word in
// lower case unless it is a name or an acronym ("rate cut", "US
// dominance", "Trump administration").
func (c *corpus) titleCase(phrase string) string {
	words := text.Words(phrase)
	if first := words[0].Text; strings.ToUpper(first) != first && !c.words[text.KeywordStem(first)].isName() {
		return strings.ToLower(phrase[:len(first)]) + phrase[len(first):]
	}
	return phrase
}

// phrase returns "a b" or "b a" if the text writes the two words side by
// side (see writesAlone), else "".
func (c *corpus) phrase(a, b string) string {
	c.tokenize()
	ab, ba := strings.ToLower(a+" "+b), strings.ToLower(b+" "+a)
	for _, low := range c.lower {
		if writesAlone(low, ab) {
			return a + " " + b
		}
		if writesAlone(low, ba) {
			return b + " " + a
		}
	}
	// A compound the text hyphenates ("hat-trick", "counter-attack") is
	// the words' phrase too.
	ab, ba = strings.ReplaceAll(ab, " ", "-"), strings.ReplaceAll(ba, " ", "-")
	for _, low := range c.lower {
		if writesAlone(low, ab) {
			return a + "-" + b
		}
		if writesAlone(low, ba) {
			return b + "-" + a
		}
	}
	return ""
}

// writesAlone reports whether s holds phrase not glued by a hyphen to a
// word before it ("point cut" is not written alone in "a quarter-point
// cut").
func writesAlone(s, phrase string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], phrase)
		if k < 0 {
			return false
		}
		if at := i + k; at == 0 || s[at-1] != '-' {
			return true
		}
		i += k + 1
	}
}

// nextText is the text of the token after toks[i], or "".
func nextText(toks []text.Word, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].Text
	}
	return ""
}

// wordStat is what the corpus knows of one stem.
type wordStat struct {
	passages []int // indexes of the passages it occurs in, ascending
	surfaces map[string]int
	// initials counts, lower-cased, the forms seen only at sentence starts:
	// the fallback surface of a word never seen elsewhere.
	initials map[string]int
	// capital and lower count the occurrences not at the start of a
	// sentence that are capitalised and lower case.
	capital, lower int
	// noun and verb count occurrences in a noun's place (after an article,
	// a possessive or a preposition) and in a verb's (after "to" or a
	// modal, or before an article): a theme is named and found by nouns.
	noun, verb int
	// attr counts occurrences right before another content word ("high
	// quality"), of total: a word mostly so is a modifier.
	attr, total int
	// participle counts occurrences after "have", "has", "had", "been".
	participle int
	// det counts occurrences right after "a", "an" or "some" ("a cut",
	// "some data"): one instance of a thing, as ordinary speech says.
	det int
}

// isNoun reports whether the word is used as a noun more than as a verb,
// and does not look like an adjective or a participle.
func (w *wordStat) isNoun() bool {
	s := w.surface()
	if strings.ToUpper(s) == s && len(s) > 1 {
		return true // an acronym
	}
	return w.noun >= w.verb && !looksLikeModifier(s)
}

func (w *wordStat) isName() bool {
	s := w.surface()
	return w.capital > w.lower && !(len(s) > 1 && strings.ToUpper(s) == s)
}

// surface is the commonest written form, lower-cased unless it is a name
// or an acronym.
func (w *wordStat) surface() string {
	forms := w.surfaces
	if len(forms) == 0 {
		forms = w.initials
	}
	best, n := "", -1
	for s, k := range forms {
		if k > n || (k == n && s < best) {
			best, n = s, k
		}
	}
	return best
}

type corpus struct {
	passages []glossary.Passage
	// toks and tokStems are each passage's tokens and their stems, made once
	// on first use: naming looks at every passage for every theme.
	toks     [][]text.Word
	tokStems [][]string
	lower    []string   // each passage's text in lower case
	stems    [][]string // every word of each passage, stemmed, in order
	// sentences of every passage, stemmed, for picking an intro.
	sentences []stemmedSentence
	words     map[string]*wordStat
}

// tokenize fills c.toks, c.tokStems and c.lower, once.
func (c *corpus) tokenize() {
	if c.toks != nil {
		return
	}
	c.toks = make([][]text.Word, len(c.passages))
	c.tokStems = make([][]string, len(c.passages))
	c.lower = make([]string, len(c.passages))
	for i, p := range c.passages {
		c.lower[i] = strings.ToLower(p.Text)
		toks := text.Words(p.Text)
		stems := make([]string, len(toks))
		for j, t := range toks {
			stems[j] = text.KeywordStem(t.Text)
		}
		c.toks[i], c.tokStems[i] = toks, stems
	}
}

type stemmedSentence struct {
	text    string
	stems   []string
	src     glossary.Provenance
	passage int // index of its passage in corpus.passages
}

// stemAll stems every word of text, in order.
func stemAll(s string) []string {
	words := text.WordTexts(s)
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = text.KeywordStem(w)
	}
	return out
}

func newCorpus(ps []glossary.Passage) *corpus {
	c := &corpus{words: map[string]*wordStat{}}
	seen := map[string]bool{}
	for _, p := range ps {
		body := strings.TrimSpace(p.Text)
		if body == "" || seen[body] || isHeading(body) {
			continue
		}
		seen[body] = true
		pi := len(c.passages)
		c.passages = append(c.passages, p)
		var all []string
		for _, ss := range sentences.Split(body) {
			sent := ss.Text
			toks := text.Words(sent)
			st := make([]string, len(toks))
			for i, t := range toks {
				st[i] = text.KeywordStem(t.Text)
				w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s")
				// Every word a key phrase may hold is counted ("mini PC"
				// heads a phrase by "PC"), so that a phrase's head is always
				// a word of the corpus; the candidates of themes are held to
				// three letters below.
				if !glossary.IsPhraseWord(w) || text.Dotted(sent, t) {
					continue // "SBER.MM" is a ticker, no word of a theme
				}
				ws := c.words[st[i]]
				if ws == nil {
					ws = &wordStat{}
					c.words[st[i]] = ws
				}
				if n := len(ws.passages); n == 0 || ws.passages[n-1] != pi {
					ws.passages = append(ws.passages, pi)
				}
				if i > 1 && text.NounCue(strings.ToLower(toks[i-2].Text)) && glossary.IsPhraseWord(toks[i-1].Text) && !isUpper(toks[i-1].Text) && !glossary.IsPhraseWord(nextText(toks, i)) && !text.ClauseCue(strings.ToLower(nextText(toks, i))) {
					ws.noun++ // "the flood barrier": the last word of a noun phrase
				}
				// A hyphenated compound's last word stands where the
				// compound does ("a stunning counter-attack").
				at := i
				for at > 0 && sent[toks[at-1].End:toks[at].Start] == "-" {
					at--
				}
				if at > 0 {
					prev := strings.ToLower(toks[at-1].Text)
					if text.VerbCue(prev) {
						ws.verb++
					} else if text.NounCue(prev) || looksLikeModifier(prev) || len(prev) > 1 && strings.ToUpper(toks[at-1].Text) == toks[at-1].Text {
						ws.noun++
					}
				}
				ws.total++
				if i+1 < len(toks) && (sent[t.End:toks[i+1].Start] == " " || sent[t.End:toks[i+1].Start] == "-") && glossary.IsPhraseWord(toks[i+1].Text) {
					ws.attr++
				}
				if i > 0 && text.PerfectAuxiliary(strings.ToLower(toks[i-1].Text)) {
					ws.participle++
				}
				if i > 0 && text.IndefiniteDeterminer(strings.ToLower(toks[i-1].Text)) {
					ws.det++
				}
				if i+1 < len(toks) {
					next := strings.ToLower(toks[i+1].Text)
					if text.ObjectCue(next) || text.ClauseCue(next) {
						ws.verb++
					} else if next == "of" {
						ws.noun++
					}
				}
				before := strings.TrimRight(sent[:t.Start], " \t\"“'(")
				if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:") {
					// Capitals at a sentence start say nothing.
					if ws.initials == nil {
						ws.initials = map[string]int{}
					}
					ws.initials[strings.ToLower(w)]++
					continue
				}
				if ws.surfaces == nil {
					ws.surfaces = map[string]int{}
				}
				ws.surfaces[w]++
				if isUpper(w) {
					ws.capital++
				} else {
					ws.lower++
				}
			}
			all = append(all, st...)
			c.sentences = append(c.sentences, stemmedSentence{sent, st, p.Source, pi})
		}
		c.stems = append(c.stems, all)
	}
	return c
}

// cluster groups stems by average-linkage agglomerative clustering on the
// Ochiai coefficient of their passage sets (passages with both / sqrt of
// the product of passages with each), stopping when no two groups are
// similar enough. Groups are returned best first: by the passages their
// words cover, weighted by how tightly they hang together.
type group struct {
	stems []string
	score float64
}

// minSimilarity is the average Ochiai coefficient below which two groups
// are not one theme.
const minSimilarity = 0.45

// minMemberSimilarity is the average similarity to the rest of its group
// below which a word is pruned from the group.
const minMemberSimilarity = 0.35

func (c *corpus) cluster(stems []string, maxSize int) []*group {
	n := len(stems)
	pair := make([][]float64, n)
	for i := range pair {
		pair[i] = make([]float64, n)
		for j := range i {
			pair[i][j] = c.similarity(stems[i], stems[j])
			pair[j][i] = pair[i][j]
		}
	}
	var groups []*group
	for _, m := range agglomerate(pair, maxSize) {
		if m = pruneMembers(m, pair); len(m) < 2 {
			continue
		}
		groups = append(groups, c.newGroup(m, stems, pair))
	}
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].score != groups[j].score {
			return groups[i].score > groups[j].score
		}
		return groups[i].stems[0] < groups[j].stems[0]
	})
	return groups
}

// agglomerate merges the two most similar groups (average linkage on
// pair) while they are similar enough (minSimilarity) and together hold
// at most maxSize members; it returns the groups' members.
func agglomerate(pair [][]float64, maxSize int) [][]int {
	n := len(pair)
	// Average linkage, kept up to date on each merge (Lance–Williams:
	// the link of A∪B to C is the size-weighted mean of A's and B's).
	members := make([][]int, n)
	csim := make([][]float64, n)
	alive := make([]bool, n)
	for i := range members {
		members[i] = []int{i}
		csim[i] = append([]float64(nil), pair[i]...)
		alive[i] = true
	}
	for {
		bi, bj, best := -1, -1, minSimilarity
		for i := 0; i < n; i++ {
			if !alive[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !alive[j] || len(members[i])+len(members[j]) > maxSize {
					continue
				}
				if s := csim[i][j]; s >= best && (bi < 0 || s > best) {
					bi, bj, best = i, j, s
				}
			}
		}
		if bi < 0 {
			break
		}
		na, nb := float64(len(members[bi])), float64(len(members[bj]))
		for k := 0; k < n; k++ {
			if alive[k] && k != bi && k != bj {
				v := (na*csim[bi][k] + nb*csim[bj][k]) / (na + nb)
				csim[bi][k], csim[k][bi] = v, v
			}
		}
		members[bi] = append(members[bi], members[bj]...)
		members[bj] = nil
		alive[bj] = false
	}
	var out [][]int
	for _, m := range members {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// pruneMembers drops, weakest first, the members of a group that hang on
// by the average alone (their mean similarity to the others is below
// minMemberSimilarity).
func pruneMembers(m []int, pair [][]float64) []int {
	for len(m) > 2 {
		weakest, weakSim := -1, math.Inf(1)
		for k, i := range m {
			var sum float64
			for _, j := range m {
				if i != j {
					sum += pair[i][j]
				}
			}
			if avg := sum / float64(len(m)-1); avg < weakSim {
				weakest, weakSim = k, avg
			}
		}
		if weakSim >= minMemberSimilarity {
			break
		}
		m = append(m[:weakest:weakest], m[weakest+1:]...)
	}
	return m
}

// newGroup is the group of members m, ordered by centrality (summed
// similarity to the others) and scored.
func (c *corpus) newGroup(m []int, stems []string, pair [][]float64) *group {
	central := map[int]float64{}
	var idf float64
	for _, i := range m {
		for _, j := range m {
			if i != j {
				central[i] += pair[i][j]
			}
		}
		idf += math.Log(float64(len(c.passages)) / float64(len(c.words[stems[i]].passages)))
	}
	sort.Slice(m, func(a, b int) bool {
		if central[m[a]] != central[m[b]] {
			return central[m[a]] > central[m[b]]
		}
		return stems[m[a]] < stems[m[b]]
	})
	g := &group{}
	for _, i := range m {
		g.stems = append(g.stems, stems[i])
	}
	// Tight groups of distinctive words first: a pair of words found
	// everywhere is the briefing's subject, not one of its themes.
	var link float64
	for _, x := range m {
		for _, y := range m {
			link += pair[x][y]
		}
	}
	g.score = link / float64(len(m)*len(m)) * idf
	return g
}

// df is the number of passages a stem occurs in (0 for a word the
// corpus does not count).
func (c *corpus) df(st string) int {
	if w := c.words[st]; w != nil {
		return len(w.passages)
	}
	return 0
}

// similarity is the Ochiai coefficient of two stems' passage sets:
// passages with both over the square root of the product of passages
// with each. Sharing a single passage is chance and counts as nothing.
func (c *corpus) similarity(a, b string) float64 {
	pa, pb := c.words[a].passages, c.words[b].passages
	both := commonInts(pa, pb)
	if both < 2 {
		return 0
	}
	return float64(both) / math.Sqrt(float64(len(pa)*len(pb)))
}

// intro picks the sentence most central to the theme, the densest in
// its keywords (ties: the one with more words of its name, then the
// earliest), and cites it. A sentence that leans on the one before it
// ("Such efforts ...", "However, ...") makes no sense alone and is taken
// only when there is no other.
func (c *corpus) intro(kws [][]string, title string) (string, glossary.Provenance) {
	named := titleWords(title)
	best, bestDangling := -1, true
	bestScore, bestNamed := 0, 0
	for i, sent := range c.sentences {
		sc := scoreStems(kws, sent.stems)
		if sc == 0 {
			continue
		}
		nm := 0
		for _, w := range named {
			for _, st := range sent.stems {
				if sameRoot(w, st) {
					nm++
					break
				}
			}
		}
		d := dangling(sent.text)
		better := best < 0 || (bestDangling && !d) ||
			(d == bestDangling && (sc > bestScore || sc == bestScore && nm > bestNamed))
		if better {
			best, bestDangling, bestScore, bestNamed = i, d, sc, nm
		}
	}
	if best < 0 {
		return "", glossary.Provenance{}
	}
	return c.sentences[best].text, c.sentences[best].src
}

// dangling reports whether a sentence starts by referring back to what
// came before it (text.BackReference) or by only continuing it
// (text.Connective).
func dangling(sentence string) bool {
	words := text.WordTexts(sentence)
	// The longest connective ("on the other hand") is four words.
	for n := 1; n <= min(4, len(words)); n++ {
		if p := strings.ToLower(strings.Join(words[:n], " ")); text.Connective(p) || text.BackReference(p) {
			return true
		}
	}
	return false
}

// Score is how strongly text discusses a topic: 2 for each of its head
// words (the first two keywords), 1 for each other keyword, each counted once. Keywords
// and words of the text are compared by stem; a keyword of several words
// must occur as a phrase.
func Score(keywords []string, text string) int {
	return scoreStems(stemKeywords(keywords), stemAll(text))
}

// stemKeywords stems the words of each keyword.
func stemKeywords(keywords []string) [][]string {
	out := make([][]string, len(keywords))
	for i, kw := range keywords {
		out[i] = stemAll(kw)
	}
	return out
}

// scoreStems is Score on stemmed keywords and text.
func scoreStems(kws [][]string, stems []string) int {
	score := 0
	for i, want := range kws {
		if len(want) > 0 && containsRun(stems, want) {
			if i < headWords {
				score += 2
			} else {
				score++
			}
		}
	}
	return score
}

// headWords is how many of a topic's first keywords (its most central
// words, which also name it) count double in Score.
const headWords = 2

// Match reports whether text belongs on a topic's page: it has one of the
// two head words, or at least two of the other keywords.
func Match(keywords []string, text string) bool { return Score(keywords, text) >= 2 }

func containsRun(hay, needle []string) bool { return runAt(hay, needle) >= 0 }

// runAt is the index where run begins in stems, or -1.
func runAt(stems, run []string) int {
	for i := 0; i+len(run) <= len(stems); i++ {
		if slices.Equal(stems[i:i+len(run)], run) {
			return i
		}
	}
	return -1
}

// File returns the body of content/topics/<t.Slug>.md: front matter with
// title and keywords, then the intro with its provenance link (ref names
// the article of a passage; nil: the seed file and line only).
func File(t Topic, ref glossary.RefFunc) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", mdtext.Quote(t.Title))
	b.WriteString("keywords:\n")
	for _, k := range t.Keywords {
		fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(k))
	}
	if len(t.Sources) > 0 {
		b.WriteString("sources:\n")
		for _, s := range t.Sources {
			fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(s))
		}
	}
	if len(t.Redirects) > 0 {
		b.WriteString("aliases:\n")
		for _, r := range t.Redirects {
			fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(r))
		}
	}
	b.WriteString("---\n")
	if t.Intro != "" {
		b.WriteString("\n" + mdtext.Escape(t.Intro))
		if t.IntroSource.Seed != "" {
			b.WriteString(" " + provenance.Format("../", []provenance.Ref{ref.Of(t.IntroSource)}))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func isHeading(s string) bool {
	if len(strings.Fields(s)) > 12 {
		return false
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?:;,\"”')")
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// numeric reports whether a word is a number, an ordinal or a figure
// ("2024", "31st", "5bn"): it starts with a digit. A name may hold digits
// after a letter ("H200", "G7").
func numeric(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if first, _, _ := strings.Cut(s[n:], " "); strings.ToLower(first) != first {
		return s // "iOS app": a brand keeps its form
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// cased is a theme's name with each word written as the text writes it
// where that form has a capital inside ("iOS app", not "Ios app"; "Nvidia
// value" where the text writes "Nvidia", not "NVIDIA"): a brand's form,
// or an acronym's, is the brand's wherever it stands.
func (c *corpus) cased(name string) string {
	ws := text.Words(name)
	var b strings.Builder
	last := 0
	for _, w := range ws {
		b.WriteString(name[last:w.Start])
		last = w.End
		form := w.Text
		if st := c.words[text.KeywordStem(w.Text)]; st != nil {
			if s := st.surface(); strings.EqualFold(s, w.Text) && s != strings.ToLower(s) {
				form = s
			}
		}
		b.WriteString(form)
	}
	b.WriteString(name[last:])
	return b.String()
}

// looksLikeModifier guesses from its ending that a word is an adjective
// ("ethical", "regulatory", "robust" is missed), a verb form
// ("impacting", "expressed") or an adverb ("previously"), which makes a
// poor theme name.
func looksLikeModifier(w string) bool {
	lw := strings.ToLower(w)
	return strings.ToUpper(w) != w && (text.AdjectiveEnding(lw) || text.AdverbEnding(lw))
}
