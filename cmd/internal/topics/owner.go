package topics

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// owned is the name of a theme named by a phrase in lower case ("fabric
// roof") when the text writes the phrase's head as a named thing's: "the
// roof of Tropicana Field", "the fabric roof from Tropicana Field",
// "Tropicana Field's roof". The theme is then that thing's: "Tropicana
// Field roof". The owner must be written in minRetold sentences of the
// theme's passages that are not one sentence retold; else name stays.
func (c *corpus) owned(name string, passages []int) string {
	words := text.WordTexts(name)
	if len(words) < 2 {
		return name
	}
	for _, w := range words {
		if w != strings.ToLower(w) {
			return name // "Reserve Bank rate": already a named thing's
		}
	}
	if owner := c.owner(words, passages, false); owner != "" {
		return owner + " " + strings.ToLower(words[len(words)-1])
	}
	return name
}

// ownedName reports whether name is one owned gives: a proper name and a
// noun in lower case whose owner that name is in the passages, before
// whatever modifiers (the theme's phrase is not known there).
func (c *corpus) ownedName(name string, passages []int) bool {
	words := text.WordTexts(name)
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	return last == strings.ToLower(last) && c.owner([]string{last}, passages, true) == strings.Join(words[:len(words)-1], " ")
}

// owner returns the proper name that the passages write as the owner of
// the phrase name or its head ("of/from Tropicana Field", "Tropicana
// Field's") and in minRetold sentences, the one of most such sentences;
// "" when there is none. A word of the briefing's subject ("Milton's
// winds" in a briefing on Hurricane Milton) owns no theme of it, and where
// the subject owns the phrase no other name does.
func (c *corpus) owner(name []string, passages []int, anyModifier bool) string {
	in := map[int]bool{}
	for _, pi := range passages {
		in[pi] = true
	}
	best, bestN := "", 0
	seen := map[string]bool{}
	for _, s := range c.sentences {
		if !in[s.passage] {
			continue
		}
		for _, o := range c.owners(s, name, anyModifier) {
			if c.hasSubjectWord(o) {
				// The subject's own ("Nvidia's market value" in a
				// briefing on Nvidia): the theme is the subject's, not
				// another owner's ("... exceed Apple's value").
				return ""
			}
			if seen[o] {
				continue
			}
			seen[o] = true
			if n := c.retoldBy(passages, func(s stemmedSentence) bool { return containsRun(s.stems, stemAll(o)) }); n >= minRetold && (n > bestN || n == bestN && o < best) {
				best, bestN = o, n
			}
		}
	}
	return best
}

// maxOwnerWords bounds the words of an owner's name.
const maxOwnerWords = 3

// owners returns the proper names that sentence s writes as the owner of
// the last of the words of name, written in lower case: after "of" or
// "from" (and "the"), or with "'s" before it or before the name's words
// that precede it ("Tropicana Field's fabric roof", not "Milton's
// relentless winds"; any words in lower case if anyModifier). s.stems are
// the stems of its words, one a word.
func (c *corpus) owners(s stemmedSentence, name []string, anyModifier bool) []string {
	head := text.KeywordStem(name[len(name)-1])
	sentence := s.text
	toks := text.Words(sentence)
	joined := func(i, j int) bool { return sentence[toks[i].End:toks[j].Start] == " " }
	var out []string
	for i, t := range toks {
		if s.stems[i] != head || t.Text != strings.ToLower(t.Text) {
			continue
		}
		// "goals from Dani Carvajal", "imports from Kell": things from
		// a source, not a thing's own part ("the roof from Marlow Arena").
		from := !strings.HasSuffix(t.Text, "s") || strings.HasSuffix(t.Text, "ss")
		if j := i + 1; j+1 < len(toks) && (toks[j].Text == "of" || from && toks[j].Text == "from") && joined(i, j) {
			j++
			if toks[j].Text == "the" && j+1 < len(toks) {
				j++
			}
			k := j
			for k < len(toks) && k-j < maxOwnerWords && c.properWord(toks[k].Text) && joined(k-1, k) {
				k++
			}
			if k < len(toks) && k-j < maxOwnerWords && joined(k-1, k) && c.properWord(text.StripPossessive(toks[k].Text)) {
				k = j // "of Tropicana Field's ...": another's owner
			}
			if k > j {
				out = append(out, wordsText(toks[j:k]))
			}
		}
		j, m := i-1, len(name)-2
		for ; j >= 0 && i-j <= 2 && joined(j, j+1) && (anyModifier && modifierWord(toks[j].Text) || m >= 0 && s.stems[j] == text.KeywordStem(name[m])); m-- {
			j-- // "fabric" of "Tropicana Field's fabric roof"
		}
		// Before a possessive the whole phrase is the owner's: "the
		// Fed's rate" owns no "mortgage rates".
		if j < 0 || j+1 < len(toks) && !joined(j, j+1) || !anyModifier && m >= 0 {
			continue
		}
		bare := text.StripPossessive(toks[j].Text)
		if bare == toks[j].Text || !c.properWord(bare) {
			continue
		}
		k := j
		for k > 0 && j-k+1 < maxOwnerWords && c.properWord(toks[k-1].Text) && joined(k-1, k) {
			k--
		}
		out = append(out, strings.TrimSpace(wordsText(toks[k:j])+" "+bare))
	}
	return out
}

// modifierWord reports whether w may stand between a possessive and its
// noun: a word in lower case that is no stop word.
func modifierWord(w string) bool { return w == strings.ToLower(w) && !text.StopWord(w) }

// properWord reports whether w is a word of a proper name: capitalised,
// no stop word, written capitalised more often than not.
func (c *corpus) properWord(w string) bool {
	if !text.IsCapitalized(w) || text.StopWord(strings.ToLower(w)) {
		return false
	}
	ws := c.words[text.KeywordStem(w)]
	return ws != nil && ws.isName()
}

// wordsText joins the words' texts with spaces.
func wordsText(ws []text.Word) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.Text
	}
	return strings.Join(s, " ")
}
