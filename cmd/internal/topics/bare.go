package topics

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// themeName is the published name of a theme whose name is title (see
// finalName). A bare common noun ("cut", "path") says nothing of a theme
// by itself: it takes the compound of it that recurs among the theme's
// passages ("rate cut", "data centres"), and without one it is kept only
// if it is written as a term (see ordinarySpeech); else the theme takes
// the recurring compound of another of its keywords, or has no name and
// is dropped (""). A name, an acronym or a phrase stays.
func (c *corpus) themeName(th *theme, title string) string {
	words := text.Words(title)
	if len(words) != 1 {
		return title
	}
	w := words[0].Text
	st := text.KeywordStem(w)
	ws := c.words[st]
	if ws == nil || ws.isName() || text.IsAcronym(w) || strings.ToUpper(w) == w {
		return title
	}
	phrase, bound := c.compound(st, th.passages)
	if phrase != "" {
		return phrase
	}
	if !bound && !ordinarySpeech(ws) {
		return title
	}
	// The word names nothing: the theme is named by a compound of its
	// other keywords, in their order ("pay rise" for a theme of city,
	// rise, pay), else it has no name.
	for _, k := range th.keywords {
		if kst := text.KeywordStem(k); kst != st && c.words[kst] != nil && !c.words[kst].isName() {
			if phrase, _ := c.compound(kst, th.passages); phrase != "" {
				return phrase
			}
		}
	}
	return ""
}

// minSpeechShare is the share of a word's occurrences after an article
// or as a verb above which it is a word of ordinary speech.
const minSpeechShare = 0.25

// ordinarySpeech reports whether the text uses a word as ordinary speech
// rather than as a term: often after "a" or "some" ("a cut", "some
// data") or as a verb ("to balance"). A term of the theme is
// written bare ("compliance", "semiconductors", "innovation").
func ordinarySpeech(w *wordStat) bool {
	return w.total > 0 && float64(w.det+w.verb) >= minSpeechShare*float64(w.total)
}

// compound returns the commonest two-word phrase holding the stem st,
// as modifier or head ("rate cut", "data centres", "US dominance"), in
// two or more of the passages, if it can title a topic (see goodTitle).
// bound reports that the commonest such phrase cannot ("21st century"):
// the word is then only part of that phrase.
func (c *corpus) compound(st string, passages []int) (phrase string, bound bool) {
	best := c.commonestPair(passages, 2, func(toks []text.Word, stems []string, i int) bool {
		if stems[i] != st && stems[i-1] != st || stems[i] == stems[i-1] {
			return false
		}
		other, ow := toks[i].Text, c.words[stems[i]]
		if stems[i] == st {
			other, ow = toks[i-1].Text, c.words[stems[i-1]]
		}
		modifier := stems[i] == st
		// Not "express skepticism": a verb and its object.
		return !(ow == nil || !compoundWord(other) || ow.verb > ow.noun || 2*ow.participle > ow.total ||
			modifier && ow.noun == 0 && !looksLikeModifier(other) && !ow.isName() && strings.ToUpper(other) != other)
	})
	if best == "" {
		return "", false
	}
	words := text.Words(best)
	last := c.words[text.KeywordStem(words[len(words)-1].Text)]
	if strings.ContainsAny(best, "0123456789") || last == nil || !last.isNoun() {
		return "", true
	}
	return c.titleCase(best), false
}

// compoundWord reports whether a word may join a bare noun in a compound:
// a content word, no stop word, no vague word, no superlative.
func compoundWord(w string) bool {
	return glossary.IsPhraseWord(w) && !text.StopWord(strings.ToLower(w)) && !text.VagueWord(w) && !glossary.IsSuperlative(w) && len([]rune(w)) >= 2
}
