// Package classify puts each sentence of the briefing into one of its
// sections, by the section keywords editors keep in each section file's front
// matter, with the heading the sentence stood under in its source as a prior.
package classify

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Section is one section page of the briefing.
type Section struct {
	Name     string // file name without .md: "us-dominance"
	Title    string // "US dominance"
	Weight   int    // order on the site, 1..n
	Keywords []string
}

// Item is one sentence to classify.
type Item struct {
	Text string
	// Context is the whole source paragraph the sentence came from
	// (including sentences de-duplication dropped): a sentence is read in
	// its paragraph.
	Context string
	// Heading is the heading the paragraph stood under, "" for none.
	Heading string
}

// Weights of the three signals: the sentence's own keywords, its
// paragraph's, and its heading's prior.
const (
	ownWeight     = 1.0
	contextWeight = 0.5
	headingWeight = 1.5
)

// Classifier scores text against compiled section keywords.
type Classifier struct {
	sections []Section
	keys     [][]keyword
	// named marks the sections whose title holds one of their keywords
	// that is a name ("US" of "US dominance"; see namesNone).
	named []bool
}

// keyword is one keyword as a sequence of stems; upper keywords ("US", "EU")
// only match words written in capitals, so that "us" the pronoun is not the
// United States.
type keyword struct {
	stems []string
	// words are the keyword's words as text.Inflection reads them: a
	// text word matches when its Stem and its Inflection are the
	// keyword's ("critical" is no "critics").
	words []string
	upper bool
	// name: the keyword is written as a name ("US", "United States",
	// "American"), which alone places no sentence (see onlyName).
	name bool
}

// hits counts the occurrences of k in toks, at most two.
func (k keyword) hits(toks []text.Token) int {
	n := 0
	for j := 0; j+len(k.stems) <= len(toks) && n < 2; j++ {
		if matchAt(toks, j, k) {
			n++
		}
	}
	return n
}

// New compiles the sections' keywords.
func New(sections []Section) *Classifier {
	c := &Classifier{sections: sections, keys: make([][]keyword, len(sections))}
	for i, s := range sections {
		seen := map[string]bool{}
		for _, kw := range s.Keywords {
			toks := text.Tokenize(kw)
			if len(toks) == 0 {
				continue
			}
			k := keyword{upper: len(toks) == 1 && toks[0].Upper, name: text.IsCapitalized(strings.TrimSpace(kw))}
			for _, t := range toks {
				k.stems = append(k.stems, t.Stem)
				k.words = append(k.words, text.Inflection(t.Norm))
			}
			// "economic" and "economics" are one word inflected: one
			// word of the text must count once, not twice.
			sig := strings.Join(k.words, " ")
			if k.upper {
				sig += " (upper)"
			}
			if seen[sig] {
				continue
			}
			seen[sig] = true
			c.keys[i] = append(c.keys[i], k)
		}
	}
	c.named = make([]bool, len(sections))
	for i, s := range sections {
		title := text.Tokenize(s.Title)
		c.named[i] = slices.ContainsFunc(c.keys[i], func(k keyword) bool { return k.name && k.hits(title) > 0 })
	}
	return c
}

// Scores returns the keyword score of text for each section: the number of
// keyword occurrences, each keyword counted at most twice.
func (c *Classifier) Scores(s string) []float64 {
	return c.weightedScores(s, nil)
}

// weightedScores is Scores with each keyword's occurrences multiplied by
// its weight (weights[section][keyword]; nil: all 1).
func (c *Classifier) weightedScores(s string, weights [][]float64) []float64 {
	return c.tokenScores(text.Tokenize(s), weights)
}

func (c *Classifier) tokenScores(toks []text.Token, weights [][]float64) []float64 {
	out := make([]float64, len(c.sections))
	for i, keys := range c.keys {
		for ki, k := range keys {
			w := 1.0
			if weights != nil {
				w = weights[i][ki]
			}
			out[i] += w * float64(k.hits(toks))
		}
	}
	return out
}

// specificity weighs each keyword by how few of the items it occurs in: a
// keyword every other sentence uses ("challenge", "economy" in a text about
// emerging economies) says little about which section one sentence belongs
// to. The weight runs from 1 (in one item) down to minSpecificity (in all).
func (c *Classifier) specificity(toks [][]text.Token) [][]float64 {
	n := float64(len(toks))
	out := make([][]float64, len(c.keys))
	for s, keys := range c.keys {
		out[s] = make([]float64, len(keys))
		for ki, k := range keys {
			df := 0
			for _, t := range toks {
				if k.hits(t) > 0 {
					df++
				}
			}
			idf := 1.0
			if n > 1 && df > 1 {
				idf = math.Log(n/float64(df)) / math.Log(n)
			}
			out[s][ki] = minSpecificity + (1-minSpecificity)*max(idf, 0)
		}
	}
	return out
}

// minSpecificity is the weight of a keyword found in every item.
const minSpecificity = 0.3

// nameList matches an enumeration of three or more names ("Brazil, Russia,
// India, China and South Africa"): a sentence that lists who is involved
// introduces; it belongs in the background whatever else it touches.
var nameList = regexp.MustCompile(`[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*){2,},? and [A-Z]`)

// listWeight is the background bonus of a sentence that lists names.
const listWeight = 1.5

func matchAt(toks []text.Token, j int, k keyword) bool {
	for m, st := range k.stems {
		t := toks[j+m]
		if t.Stem != st || k.upper && !t.Upper || text.Inflection(t.Norm) != k.words[m] {
			return false
		}
	}
	return true
}

// headingPrior returns the section a heading points at, or -1: the section
// whose keywords or title the heading matches best.
func (c *Classifier) headingPrior(heading string) int {
	if heading == "" {
		return -1
	}
	sc := c.Scores(heading)
	htoks := stemSet(heading)
	for i, s := range c.sections {
		for st := range stemSet(s.Title) {
			if htoks[st] {
				sc[i] += 2
			}
		}
	}
	best := argmax(sc)
	if sc[best] == 0 {
		return -1
	}
	return best
}

func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range text.Tokenize(s) {
		if !text.StopWord(t.Norm) {
			m[t.Stem] = true
		}
	}
	return m
}

func argmax(xs []float64) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

// Assign returns the section index of each item: the section it fits
// best. A section no item fits best stays empty rather than take a passage
// that is not about it (the build leaves an empty section out).
func (c *Classifier) Assign(items []Item) []int {
	out := make([]int, len(items))
	if len(c.sections) == 0 {
		return out
	}
	ctxCache := map[string][]float64{}
	ctxTokens := map[string][]text.Token{}
	priorCache := map[string]int{}
	toks := make([][]text.Token, len(items))
	for i, it := range items {
		toks[i] = text.Tokenize(it.Text)
	}
	weights := c.specificity(toks)
	for i, it := range items {
		own := c.tokenScores(toks[i], weights)
		ctx, ok := ctxCache[it.Context]
		if !ok {
			// A long paragraph piles up keyword hits; scale its score
			// to that of a sentence-sized (25 word) text.
			ctx = c.weightedScores(it.Context, weights)
			per := max(1, float64(len(strings.Fields(it.Context)))/25)
			for s := range ctx {
				ctx[s] /= per
			}
			ctxCache[it.Context] = ctx
		}
		prior, ok := priorCache[it.Heading]
		if !ok {
			prior = c.headingPrior(it.Heading)
			priorCache[it.Heading] = prior
		}
		sc := make([]float64, len(c.sections))
		for s := range sc {
			sc[s] = ownWeight*own[s] + contextWeight*ctx[s]
			if s == prior {
				sc[s] += headingWeight
			}
		}
		if nameList.MatchString(it.Text) {
			sc[0] += listWeight // the first section is the background
		}
		ctxToks, ok := ctxTokens[it.Context]
		if !ok {
			ctxToks = text.Tokenize(it.Context)
			ctxTokens[it.Context] = ctxToks
		}
		// A section other than the background does not take a sentence
		// on one name alone among its keywords ("US President ...",
		// "... landfall in the US this year"): a country or a people
		// says where or who, not what the passage is about.
		// Nor does a section whose keywords name someone ("US",
		// "American") take a sentence that names none of them, in it
		// or in its paragraph: "party leader" in a story of Seoul's
		// parliament is no passage on US dominance.
		for best := argmax(sc); best != 0 && best != prior && sc[best] > 0 && (c.onlyName(best, toks[i], ctxToks) || c.namesNone(best, toks[i], ctxToks)); best = argmax(sc) {
			sc[best] = -1
		}
		best := argmax(sc)
		if sc[best] <= 0 && prior < 0 {
			best = 0 // nothing to go on: the first section (background)
		}
		out[i] = best
	}
	return out
}

// onlyName reports whether the one keyword of section s that the
// sentence (own) or its paragraph (ctx) holds is a name ("US", "American").
func (c *Classifier) onlyName(s int, own, ctx []text.Token) bool {
	n, names := 0, 0
	for _, k := range c.keys[s] {
		if k.hits(own) > 0 || k.hits(ctx) > 0 {
			n++
			if k.name {
				names++
			}
		}
	}
	return n == 1 && names == 1
}

// namesNone reports whether section s is about someone its title names
// ("US dominance": "US" is one of its keywords, a name) and the sentence
// (own) and its paragraph (ctx) hold none of its keywords that are names.
// A name among the keywords of a section not named after it ("EU" of
// Geopolitics) is one clue among others.
func (c *Classifier) namesNone(s int, own, ctx []text.Token) bool {
	if !c.named[s] {
		return false
	}
	for _, k := range c.keys[s] {
		if k.name && (k.hits(own) > 0 || k.hits(ctx) > 0) {
			return false
		}
	}
	return true
}

// Sections returns the sections the classifier was built with.
func (c *Classifier) Sections() []Section { return c.sections }

// normKeyword trims a keyword as read from front matter.
func normKeyword(s string) string { return strings.Join(strings.Fields(s), " ") }
