package topics

import (
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// published is the name a theme is published under, or "" when it has
// none an editor would keep: a phrase of two words or more that the text
// writes for the theme in two sentences or more that are not one sentence
// retold ("rate cut", "export controls"), or an acronym the text so writes
// ("BRICS"). A bare noun ("exports", "bank", "cut"), a name said in one sentence
// that outlets copied ("AI implementation" from one ranking quoted by all)
// and a phrase headed by a word of news-speak ("Reuters report") name no
// theme. Without a name of its own, the theme takes the first recurring
// compound of its keywords that is one.
func (c *corpus) published(th *theme, title string) string {
	if title != "" && c.nameable(title, th.passages) {
		return title
	}
	for _, k := range th.keywords {
		st := text.KeywordStem(k)
		if w := c.words[st]; w == nil || w.isName() {
			continue
		}
		if phrase, _ := c.compound(st, th.passages); phrase != "" && c.nameable(phrase, th.passages) {
			return phrase
		}
	}
	return ""
}

// nameable reports whether name can be published as a theme's name (see
// published): several words, or one acronym; not headed by a report's
// word; written in minRetold sentences of the theme's passages (any
// passage if none holds it) that are not one sentence retold.
func (c *corpus) nameable(name string, passages []int) bool {
	words := text.WordTexts(name)
	switch {
	case len(words) == 0:
		return false
	case len(words) == 1 && !text.IsAcronym(words[0]):
		return false
	case len(words) == 1 && c.speaks(words[0]):
		return false // "the NHC said": an actor, the glossary's, not a theme
	case c.ownedName(name, passages):
		return true // "Tropicana Field roof" for "the roof of Tropicana Field"
	case len(words) > 1 && text.ReportNoun(text.KeywordStem(words[len(words)-1])):
		return false
	case len(words) > 1 && (!c.phraseTitle(words) || !c.nounPhrase(name) || c.verbAndObject(name)):
		return false
	}
	return c.retold(name, passages) >= minRetold && !c.denied(name, passages)
}

// denied reports whether the text writes name mostly where it says a thing
// is not so ("this is not a security incident or cyberattack", "no cyber
// attack"): a theme the story rules out is none of its themes.
func (c *corpus) denied(name string, passages []int) bool {
	want := stemAll(name)
	// A cyberattack written as one word is the same thing.
	joined := stemAll(strings.Join(strings.Fields(name), ""))
	in := map[int]bool{}
	for _, pi := range passages {
		in[pi] = true
	}
	said, denied := 0, 0
	for _, s := range c.sentences {
		if !in[s.passage] {
			continue
		}
		k := runAt(s.stems, want)
		if k < 0 && len(joined) == 1 {
			k = runAt(s.stems, joined)
		}
		if k < 0 {
			continue
		}
		said++
		for j := max(0, k-6); j < k; j++ {
			st := s.stems[j]
			if j+1 < k && (s.stems[j+1] == text.KeywordStem("only") || s.stems[j+1] == text.KeywordStem("just") || s.stems[j+1] == text.KeywordStem("merely")) {
				continue // "not only": no denial
			}
			if st == "not" || st == "no" || st == "never" || st == "nor" {
				denied++
				break
			}
		}
	}
	return said > 0 && 2*denied >= said
}

// office reports whether every word of a phrase is a title or names a
// person's part ("head coach", "deputy chief executive"): an office.
func office(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); !text.TitleWord(lw) && !text.TitleModifier(lw) && !text.PersonNoun(lw) {
			return false
		}
	}
	return true
}

// speaks reports whether the text writes name right before a reporting
// verb ("the NHC said", "NHC added"): it names someone who speaks.
func (c *corpus) speaks(name string) bool {
	c.tokenize()
	for _, toks := range c.toks {
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Text == name && text.ReportingVerb(strings.ToLower(toks[i+1].Text)) {
				return true
			}
		}
	}
	return false
}

// phraseTitle reports whether words can title a theme as a phrase: no
// number, no superlative, no possessive, no stop word but "and", no vague
// word (text.VagueWord: "previous", "new"), no judgement
// (text.EvaluativeWord: "disastrous"), a last
// word in lower case (or an acronym), its last word a noun that is not vague: used as
// one at least as often as as a verb, not shaped like an adjective, and
// seen in a noun's place or written as a plural ("critics express" ends in
// a verb).
func (c *corpus) phraseTitle(words []string) bool {
	for _, w := range words {
		if glossary.IsSuperlative(w) || numeric(w) || text.StopWord(strings.ToLower(w)) && w != "and" || text.StripPossessive(w) != w {
			return false // "Carter said", "central bank's"
		}
		if w != "and" && !text.IsAcronym(w) && text.VagueWord(w) {
			return false // "previous administration", "new rules": which, not what
		}
		if text.EvaluativeWord(strings.ToLower(w)) {
			return false // "disastrous debate": one outlet's judgement, not the theme
		}
	}
	if l := words[len(words)-1]; text.IsCapitalized(l) && !text.IsAcronym(l) {
		return false // "Reserve Bank" names an actor, a term of the glossary
	}
	if l := strings.ToLower(words[len(words)-1]); text.PersonNoun(l) && (text.IsCapitalized(words[0]) || office(words)) {
		return false // "Republican nominee", "Fed chair", "head coach": someone, not a theme
	}
	last := strings.ToLower(words[len(words)-1])
	if actorKinds[strings.TrimSuffix(last, "s")] || last == "companies" {
		return false // "cybersecurity firm": the company the glossary lists, not a theme
	}
	// An irregular past opening it is a clause too ("Took place"); one
	// in -ed may be an adjective ("sustained winds", "armed forces").
	if first := strings.ToLower(words[0]); len(words) > 1 && (text.VerbOnlyPast(last) || text.VerbOnlyPast(first) && !strings.HasSuffix(first, "ed")) {
		return false // "Earthquake struck", "Took place": a clause, not a theme's name
	}
	st := text.KeywordStem(last)
	w := c.words[st]
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	return w != nil && !text.VagueNoun(st) && w.isNoun() && !w.isName() && (w.noun > 0 || plural)
}

// nounPhrase reports whether the text writes phrase where a noun phrase
// stands at least once: after an article, a possessive or a preposition
// ("the rate cut", "Russia's export controls", "of western sanctions"), an
// adjective ("global power dynamics", "new data centres"), or opening a
// sentence or a clause.
// "express skepticism" is written after its subject, "pool resources"
// after "to": a phrase written where a verb stands is none.
func (c *corpus) nounPhrase(phrase string) bool {
	c.tokenize()
	want := stemAll(phrase)
	noun := false
	for pi, toks := range c.toks {
		stems := c.tokStems[pi]
		for i := 0; i+len(want) <= len(toks); i++ {
			if !slices.Equal(stems[i:i+len(want)], want) {
				continue
			}
			if i == 0 {
				noun = true
				continue
			}
			prev := toks[i-1].Text
			if lp := strings.ToLower(prev); lp == "to" || text.VerbCue(lp) && lp != "it" && lp != "which" && lp != "who" && lp != "they" {
				return false // "to pool resources": a verb and its object
			}
			gap := c.passages[pi].Text[toks[i-1].End:toks[i].Start]
			if gap == "-" {
				continue // "point cut" of "quarter-point cut"
			}
			adjective := looksLikeModifier(prev) || text.VagueWord(prev) && !text.StopWord(strings.ToLower(prev)) // "new", "global"
			if looksLikeModifier(toks[i].Text) && !text.PerfectAuxiliary(strings.ToLower(prev)) && !text.VerbCue(strings.ToLower(prev)) {
				adjective = true // "maximum sustained winds": an adjective's phrase after another modifier
			}
			if text.NounCue(strings.ToLower(prev)) || text.StripPossessive(prev) != prev || adjective || strings.ContainsAny(gap, ".!?:;,(\"“") {
				noun = true
			}
		}
	}
	return noun
}

// verbAndObject reports whether a phrase opened by a verb's form ("found
// debris", "caused flights", "enabling authorities") is written as a verb
// and its object more often than as a noun phrase: after a subject or
// "had" ("the robot found debris", "the outage caused flights to be
// grounded"), rather than after an article or a possessive ("the found
// debris", "a living human").
func (c *corpus) verbAndObject(phrase string) bool {
	c.tokenize()
	want := stemAll(phrase)
	if len(want) < 2 {
		return false
	}
	first := strings.ToLower(text.WordTexts(phrase)[0])
	past := text.PastForm(first)
	if !strings.HasSuffix(first, "ing") && !past {
		return false
	}
	verb, noun := 0, 0
	for pi, toks := range c.toks {
		stems := c.tokStems[pi]
		for i := 1; i+len(want) <= len(toks); i++ {
			if !slices.Equal(stems[i:i+len(want)], want) {
				continue
			}
			prev := toks[i-1].Text
			lp := strings.ToLower(prev)
			pw := c.words[text.KeywordStem(prev)]
			if c.passages[pi].Text[toks[i-1].End:toks[i].Start] != " " {
				continue // "offline, causing flight ...": a clause begins, no cue
			}
			switch {
			case !past && gerundCue[lp]:
				verb++ // "by enabling authorities to halt traffic"
			case text.Determiner(lp) || text.StripPossessive(prev) != prev || glossary.IsSuperlative(prev) || looksLikeModifier(prev) || text.NounCue(lp):
				noun++ // "the found debris", "largest emerging economies", "of advanced chips"
			case text.PerfectAuxiliary(lp) || prev == lp && pw != nil && pw.noun > pw.verb && !text.PastForm(lp) && !text.ReportingVerb(lp) || past && prev != lp && !opensSentence(c.passages[pi].Text, toks[i-1].Start):
				verb++ // "had found debris", "a robot found debris", "the outage on Friday caused flights ..."
			}
		}
	}
	// A tie: "the found debris" once, "had found debris" once.
	return verb > 0 && verb >= noun
}

// actorKinds are the heads of a description of a company ("cybersecurity
// firm", "tech giant"): a phrase ending in one names the company a story
// is about, an entry of the glossary.
var actorKinds = map[string]bool{"firm": true, "company": true, "corporation": true, "conglomerate": true, "giant": true, "maker": true, "lender": true, "startup": true}

// gerundCue are the words after which a word in -ing is a verb's gerund
// ("by enabling", "after cutting"), not an adjective ("of emerging
// economies" may be either).
var gerundCue = map[string]bool{"by": true, "after": true, "before": true, "without": true, "while": true, "when": true, "since": true}

// opensSentence reports whether the word at s[at:] opens a sentence.
func opensSentence(s string, at int) bool {
	before := strings.TrimRight(s[:at], " \t\"“‘'([")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:")
}

// minRetold is how many distinct sentences must write a theme's name.
const minRetold = 2

// retoldShare is the Jaccard index of two sentences' content words (by
// stem) above which one retells the other: outlets reword a wire report's
// sentence, but keep most of its words.
const retoldShare = 0.3

// retold counts the sentences of the passages that write name (as a run
// of its words' stems), sentences that share many of their words
// (retoldShare, by stem) counting once: the same sentence in several
// outlets is one use of the name.
func (c *corpus) retold(name string, passages []int) int {
	want := stemAll(name)
	return c.retoldBy(passages, func(s stemmedSentence) bool { return containsRun(s.stems, want) && !quoted(s, want) })
}

// retoldBy counts the sentences of the passages for which keep holds,
// sentences retold (see retold) counting once.
func (c *corpus) retoldBy(passages []int, keep func(stemmedSentence) bool) int {
	in := map[int]bool{}
	for _, pi := range passages {
		in[pi] = true
	}
	var kept []map[string]bool
	for _, s := range c.sentences {
		if !in[s.passage] || !keep(s) {
			continue
		}
		set := map[string]bool{}
		for _, st := range s.stems {
			if !text.StopWord(st) {
				set[st] = true
			}
		}
		dup := false
		for _, k := range kept {
			if jaccardSets(k, set) > retoldShare {
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, set)
		}
	}
	return len(kept)
}

// quoted reports whether sentence s writes the name (its stems) only
// inside a quotation: a speaker's words ("It is precisely the advanced
// solutions that ...," Putin said) are no phrase the text gives a theme.
// The name is inside when an odd number of quotation marks stand before it
// or after it in the sentence (a quotation may open or close in another).
func quoted(s stemmedSentence, want []string) bool {
	sentence := s.text
	words := text.Words(sentence)
	found := false
	for i := 0; i+len(want) <= len(words); i++ {
		if !slices.Equal(s.stems[i:i+len(want)], want) {
			continue
		}
		found = true
		before := strings.Count(sentence[:words[i].Start], `"`) + strings.Count(sentence[:words[i].Start], "“") + strings.Count(sentence[:words[i].Start], "”")
		rest := sentence[words[i+len(want)-1].End:]
		after := strings.Count(rest, `"`) + strings.Count(rest, "“") + strings.Count(rest, "”")
		if before%2 == 0 && after%2 == 0 {
			return false
		}
	}
	return found
}

// jaccardSets is the Jaccard index of two sets of strings.
func jaccardSets(a, b map[string]bool) float64 {
	both := 0
	for k := range a {
		if b[k] {
			both++
		}
	}
	if u := len(a) + len(b) - both; u > 0 {
		return float64(both) / float64(u)
	}
	return 0
}

// nameFirst orders a theme's keywords for Match: its name first, then the
// word that keeps closest to the name (of the passages holding the word,
// the most hold the name too: "sanctions" of "Western sanctions"; a word
// of the name if one is bound to it (boundShare), else of its company:
// "bank" for "rate cut" where rates and cuts are also of hotels and sales), then
// the others, at most max. The two head words of a keyword list each find
// a passage alone: a common word there ("market", "access", "cut") would
// also pick the passages that only use the word ("the fish market", "a
// cut of sales").
// boundShare is the share of its passages in which a word of a theme's
// name is written within the name for it to find the theme's passages
// alone; a word of the name less bound gives way to the word of its
// company that is most bound.
const boundShare = 0.5

func (c *corpus) nameFirst(name string, keywords []string, max int) []string {
	words := text.WordTexts(name)
	if len(words) < 2 {
		return keywords
	}
	want := stemAll(name)
	var named []int // passages that write the name
	for pi, st := range c.stems {
		if containsRun(st, want) {
			named = append(named, pi)
		}
	}
	// A head that the text also writes as the head of another noun's
	// compound ("payment system" beside "AI systems") stands for neither
	// the name nor its passages.
	foreign := c.foreignHead(words[len(words)-1], named)
	head, headShare, headBoth := "", -1.0, 0
	for i, k := range append(append([]string(nil), words...), keywords...) {
		w := c.words[text.KeywordStem(k)]
		if text.VagueWord(k) || w == nil || len(text.WordTexts(k)) != 1 || i >= len(words) && (!w.isNoun() || w.isName()) {
			continue // the company's word to stand for the name is a noun ("bank", not "robust")
		}
		if foreign != "" && (i < len(words) || text.KeywordStem(k) == foreign) {
			continue
		}
		if i == len(words) && headShare >= boundShare {
			break // a word of the name keeps close enough to it
		}
		both := commonInts(w.passages, named)
		if both < 2 && i >= len(words) {
			continue // a word of its company once with the name is chance
		}
		if share := float64(both) / float64(len(w.passages)); share > headShare || share == headShare && both > headBoth {
			head, headShare, headBoth = k, share, both
		}
	}
	out := []string{name}
	seen := map[string]bool{text.KeywordStem(name): true}
	for _, k := range append([]string{head}, keywords...) {
		if st := text.KeywordStem(k); k != "" && !seen[st] && st != foreign && len(out) < max {
			seen[st] = true
			out = append(out, k)
		}
	}
	return out
}

// foreignHead returns the stem of a name's last word when that word is a
// plural (the name is of a kind: "AI systems", "Western sanctions") and a
// passage that does not write the name (named: those that do) writes it in
// the singular right after a noun in lower case and before no other
// ("international payment system Swift", not "high wind speeds"): there it
// ends another noun's compound, one thing of another kind; else "". A noun is a word seen more often in a noun's place than in
// a verb's ("payment", not "reduce"), not shaped like an adjective or a
// participle ("existing") unless it ends in "-ment".
func (c *corpus) foreignHead(last string, named []int) string {
	ll := strings.ToLower(last)
	if !strings.HasSuffix(ll, "s") || strings.HasSuffix(ll, "ss") {
		return ""
	}
	head := text.KeywordStem(last)
	c.tokenize()
	for pi, toks := range c.toks {
		if slices.Contains(named, pi) {
			continue
		}
		stems := c.tokStems[pi]
		for i := 1; i < len(toks); i++ {
			if stems[i] != head || strings.HasSuffix(strings.ToLower(toks[i].Text), "s") || c.passages[pi].Text[toks[i-1].End:toks[i].Start] != " " {
				continue
			}
			if i+1 < len(toks) && c.passages[pi].Text[toks[i].End:toks[i+1].Start] == " " {
				if next := toks[i+1].Text; next == strings.ToLower(next) && !text.VagueWord(next) {
					continue // "high wind speeds": a modifier of what follows, not a head
				}
			}
			prev := toks[i-1].Text
			lp := strings.ToLower(prev)
			w := c.words[stems[i-1]]
			if prev != lp || text.VagueWord(prev) || w == nil || w.noun <= w.verb || looksLikeModifier(prev) && !strings.HasSuffix(lp, "ment") {
				continue
			}
			return head
		}
	}
	return ""
}

// Revive is the topic an earlier import published under title with
// keywords, on the passages of this one: its intro and passage count.
// ok is false when the theme is gone: fewer than minPassages passages
// match its keywords, or the text no longer writes its name as a name
// (see published).
func Revive(passages []glossary.Passage, title string, keywords []string, minPassages int) (t Topic, ok bool) {
	c := newCorpus(passages)
	if len(c.passages) == 0 || len(keywords) == 0 {
		return Topic{}, false
	}
	th := &theme{title: title, keywords: keywords}
	c.match(th)
	if len(th.passages) < minPassages || !c.nameable(title, th.passages) {
		return Topic{}, false
	}
	intro, src := c.intro(stemKeywords(keywords), title)
	return Topic{Slug: text.TermSlug(title), Title: upperFirst(c.cased(title)), Keywords: keywords, Intro: intro, IntroSource: src, Passages: len(th.passages)}, true
}
