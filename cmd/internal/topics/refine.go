package topics

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// theme is a topic in the making: its name, its keywords (head words
// first) and the passages (indexes into the corpus) that match them.
type theme struct {
	title    string
	keywords []string
	passages []int
}

// match fills t.passages from t.keywords.
func (c *corpus) match(t *theme) {
	kws := stemKeywords(t.keywords)
	t.passages = t.passages[:0]
	for pi, st := range c.stems {
		if scoreStems(kws, st) >= 2 {
			t.passages = append(t.passages, pi)
		}
	}
}

// refine merges themes that are one theme under two names and drops the
// themes that are only the briefing's subject or a vague noun. Themes
// stay in their order, a merged theme at the place of the earlier one.
func (c *corpus) refine(themes []*theme, maxKeywords int) []*theme {
	for _, t := range themes {
		c.match(t)
	}
	var kept []*theme
next:
	for _, t := range themes {
		for _, k := range kept {
			if c.nearDuplicate(k, t) {
				c.merge(k, t, maxKeywords)
				continue next
			}
		}
		kept = append(kept, t)
	}
	out := kept[:0]
	for _, t := range kept {
		if !c.onlySubject(t.title) {
			out = append(out, t)
		}
	}
	return out
}

// nearDuplicateShare is the Jaccard index of two themes' passage sets (or
// of their keyword stems) above which they are one theme.
const nearDuplicateShare = 0.5

// nearDuplicate reports whether a and b are one theme: their names share
// a word that is a noun in one of them ("BRICS countries", "BRICS
// partners"; "regions and regulations", "regulatory frameworks"), or they
// match mostly the same passages (in a longer text), or have mostly the same keywords. Two
// names that share only an adjective ("technological gap",
// "technological competition") are different themes.
func (c *corpus) nearDuplicate(a, b *theme) bool {
	if sameContainer(a.title, b.title) || sameHeadConcept(a.title, b.title) {
		return true
	}
	for _, x := range titleWords(a.title) {
		for _, y := range titleWords(b.title) {
			if sameRoot(x, y) && (!looksLikeModifier(x) || !looksLikeModifier(y)) {
				return true
			}
		}
	}
	// In a short article every theme is in most passages: there, sharing
	// them says nothing.
	if len(c.passages) >= smallText && jaccardInts(a.passages, b.passages) > nearDuplicateShare {
		return true
	}
	ka, kb := map[string]bool{}, map[string]bool{}
	for _, k := range a.keywords {
		ka[text.KeywordStem(k)] = true
	}
	for _, k := range b.keywords {
		kb[text.KeywordStem(k)] = true
	}
	both := 0
	for k := range ka {
		if kb[k] {
			both++
		}
	}
	return float64(both)/float64(len(ka)+len(kb)-both) > nearDuplicateShare
}

// sameHeadConcept reports whether two names of two words are one
// modifier and two heads of one paraphrase class (text.Concept): "market
// value" and "market capitalization" are one theme.
func sameHeadConcept(a, b string) bool {
	ha, hb, ok := twoHeads(a, b)
	return ok && text.Concept(text.Stem(ha)) == text.Concept(text.Stem(hb)) && text.KeywordStem(ha) != text.KeywordStem(hb)
}

// twoHeads returns the heads, lower case, of two names of two words each
// with one modifier ("AI landscape", "AI ecosystem"); ok is false for
// other names.
func twoHeads(a, b string) (ha, hb string, ok bool) {
	wa, wb := text.WordTexts(a), text.WordTexts(b)
	if len(wa) != 2 || len(wb) != 2 || text.KeywordStem(wa[0]) != text.KeywordStem(wb[0]) {
		return "", "", false
	}
	return strings.ToLower(wa[1]), strings.ToLower(wb[1]), true
}

// headsOnePhrase returns, for two names of two words that are one
// modifier and two heads the text writes as one phrase ("Nvidia market"
// and "Nvidia value", where it writes "market value"), the name of the
// one theme they are ("Nvidia market value"), or "".
func (c *corpus) headsOnePhrase(a, b string) string {
	ha, hb, ok := twoHeads(a, b)
	if !ok || ha == hb {
		return ""
	}
	mod := text.WordTexts(a)[0]
	for _, p := range []string{ha + " " + hb, hb + " " + ha} {
		if c.written(p) {
			return mod + " " + p
		}
	}
	return ""
}

// sameContainer reports whether two names are one modifier and two
// nouns that only hold what it names ("AI landscape", "AI ecosystem", "AI
// systems"; see text.ContainerNoun): one theme, the modifier's.
func sameContainer(a, b string) bool {
	ha, hb, ok := twoHeads(a, b)
	return ok && text.ContainerNoun(ha) && text.ContainerNoun(hb)
}

// mergeContainers merges the named themes whose names are one modifier
// and two container nouns (see sameContainer), or two heads of one
// paraphrase class (sameHeadConcept: "market value", "market
// capitalization"): the working names that decided the merges of refine
// are not the names published.
func (c *corpus) mergeContainers(themes []*theme, maxKeywords int) []*theme {
	var kept []*theme
next:
	for _, t := range themes {
		for _, k := range kept {
			phrase := c.headsOnePhrase(k.title, t.title)
			if sameContainer(k.title, t.title) || sameHeadConcept(k.title, t.title) || phrase != "" {
				// Both names find the theme's passages: the other name
				// is its second head word.
				c.merge(k, t, maxKeywords)
				if phrase != "" {
					k.title = phrase // "Nvidia market value"
				}
				other := t.title
				if other == k.title {
					other = k.keywords[0]
				}
				k.keywords = c.nameFirst(k.title, k.keywords, maxKeywords)
				k.keywords = slices.Compact(slices.Insert(k.keywords, 1, other))
				k.keywords = k.keywords[:min(len(k.keywords), maxKeywords)]
				c.match(k)
				continue next
			}
		}
		kept = append(kept, t)
	}
	return kept
}

// merge folds b into a: a takes the better name of the two and the union
// of their keywords, the words of that name first (they are what the
// theme is about, so they count double in Score), then a's, then b's.
func (c *corpus) merge(a, b *theme, maxKeywords int) {
	if c.betterName(b, a) {
		a.title = b.title
	}
	var all []string
	seen := map[string]bool{}
	for _, k := range append(append([]string(nil), a.keywords...), b.keywords...) {
		if st := text.KeywordStem(k); !seen[st] {
			seen[st] = true
			all = append(all, k)
		}
	}
	named := func(k string) bool {
		for _, w := range titleWords(a.title) {
			if sameRoot(w, text.KeywordStem(k)) {
				return true
			}
		}
		return false
	}
	sort.SliceStable(all, func(i, j int) bool { return named(all[i]) && !named(all[j]) })
	if len(all) > maxKeywords {
		all = all[:maxKeywords]
	}
	a.keywords = all
	c.match(a)
}

// betterName reports whether a is better named than b: a phrase the text
// uses ("regulatory frameworks") beats two words joined by "and"
// ("regions and regulations"), a name of the theme's own words beats one
// with a word of the briefing's subject, then the theme of more passages.
func (c *corpus) betterName(a, b *theme) bool {
	ja, jb := strings.Contains(a.title, " and "), strings.Contains(b.title, " and ")
	if ja != jb {
		return !ja
	}
	sa, sb := c.hasSubjectWord(a.title), c.hasSubjectWord(b.title)
	if sa != sb {
		return !sa
	}
	return len(a.passages) > len(b.passages)
}

// subjectShare is the share of the passages above which a word is the
// subject of the whole briefing: a theme named by it alone (and vague
// words) is the briefing itself.
const subjectShare = 0.5

// isSubject reports whether the stem is a word of the briefing's subject.
// A short article has no such words: its subject words are its themes.
func (c *corpus) isSubject(st string) bool {
	n := len(c.passages)
	w := c.words[st]
	return n >= smallText && w != nil && float64(len(w.passages)) > subjectShare*float64(n)
}

func (c *corpus) hasSubjectWord(title string) bool {
	for _, w := range titleWords(title) {
		if c.isSubject(w) {
			return true
		}
	}
	return false
}

// onlySubject reports whether a theme's name says nothing of its own:
// each of its words is a word of the briefing's subject, a vague noun
// ("efforts", "countries") or a modifier ("collaborative"), as in "BRICS
// countries" for a briefing on BRICS or "collaborative efforts".
func (c *corpus) onlySubject(title string) bool {
	vague := false
	for _, w := range titleWords(title) {
		switch {
		case c.isSubject(w), text.VagueNoun(w):
			vague = true
		case looksLikeModifier(w):
		default:
			return false
		}
	}
	return vague
}

// titleWords returns the stems of the words of a name that are not stop
// words ("and").
func titleWords(title string) []string {
	var out []string
	for _, w := range text.WordTexts(title) {
		if !text.VagueWord(w) {
			out = append(out, text.KeywordStem(w))
		}
	}
	return out
}

// sameRoot reports whether two stems are one word in different parts of
// speech ("regulation", "regulatory"; "economy", "economic"): equal, or
// sharing a prefix of at least six letters that leaves at most four
// letters of either.
func sameRoot(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 6 && n >= max(len(a), len(b))-4
}

// jaccardInts is the Jaccard index of two ascending sets of ints.
func jaccardInts(a, b []int) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	both := commonInts(a, b)
	return float64(both) / float64(len(a)+len(b)-both)
}

// commonInts counts the ints two ascending sets share.
func commonInts(a, b []int) int {
	both := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return both
}
