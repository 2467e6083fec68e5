package glossary

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Matcher finds mentions of many phrases (glossary terms and their
// aliases) in a text in one pass. It is a trie over word tokens rather than
// one regular expression per phrase, so the cost of a scan grows with the
// length of the text and the longest phrase, not with the number of
// phrases: linking 200 terms into 10,000 pages stays cheap.
//
// Matching rules: whole words only; tokens that are acronyms in the phrase
// ("AI", "BRICS") match case-sensitively, other words case-insensitively;
// the plural of the last word counts ("sanction" finds "sanctions"); a
// possessive "'s" after the last word is allowed and left outside the match;
// words of a phrase may be separated by any white space, or by a hyphen
// where the phrase has one.
type Matcher struct {
	root *trieNode
}

// A trie edge is a word (lower-cased) and the separator before it: ' '
// for white space between words, '-' for a hyphen, 0 for the first word.
// Edges are kept in one map per separator, keyed by the word alone: a
// string key hashes faster than a struct, and FindAll does one lookup per
// word of every page.
type trieNode struct {
	next [3]map[string]*trieNode // by sepIndex
	ends []phraseEnd
}

// sepIndex maps a separator to its slot in trieNode.next.
func sepIndex(sep byte) int {
	switch sep {
	case ' ':
		return 1
	case '-':
		return 2
	}
	return 0
}

// child returns the node reached from n by word after sep, or nil.
func (n *trieNode) child(sep byte, word string) *trieNode {
	return n.next[sepIndex(sep)][word] // a nil map reads as empty
}

// childBytes is child for a word in a byte slice (the map lookup does not
// copy it).
func (n *trieNode) childBytes(sep byte, word []byte) *trieNode {
	return n.next[sepIndex(sep)][string(word)]
}

// phraseEnd records that a phrase ends at a trie node: its id and its
// tokens as written, for the case-sensitive comparison of acronyms.
type phraseEnd struct {
	id     int
	tokens []string
	// exact marks the tokens that are acronyms (maybe plural), compared
	// case-sensitively; worked out once here, not per match.
	exact []bool
}

// Match is one mention found by a Matcher: text[Start:End] mentions the
// phrase added with ID.
type Match struct {
	Start, End int
	ID         int
}

// NewMatcher returns an empty matcher.
func NewMatcher() *Matcher { return &Matcher{root: &trieNode{}} }

// Add registers phrase (and the plural of its last word, and its other
// apostrophe) under id. Several
// phrases may share an id (a term and its aliases). A phrase with no words
// is ignored.
func (m *Matcher) Add(phrase string, id int) {
	// An apostrophe is one, straight or curly ("People's", "People’s").
	if strings.ContainsAny(phrase, "'’") {
		m.addForms(strings.ReplaceAll(phrase, "’", "'"), id)
		m.addForms(strings.ReplaceAll(phrase, "'", "’"), id)
		return
	}
	m.addForms(phrase, id)
}

// addForms registers phrase and the plural of its last word under id.
func (m *Matcher) addForms(phrase string, id int) {
	toks, seps := phraseTokens(phrase)
	if len(toks) == 0 {
		return
	}
	m.add(toks, seps, id)
	last := toks[len(toks)-1]
	if p := plural(last); p != last {
		pt := append(append([]string(nil), toks[:len(toks)-1]...), p)
		m.add(pt, seps, id)
	}
}

func (m *Matcher) add(toks []string, seps []byte, id int) {
	n := m.root
	for i, t := range toks {
		k, w := sepIndex(seps[i]), strings.ToLower(t)
		if n.next[k] == nil {
			n.next[k] = map[string]*trieNode{}
		}
		c := n.next[k][w]
		if c == nil {
			c = &trieNode{}
			n.next[k][w] = c
		}
		n = c
	}
	for _, pe := range n.ends {
		if pe.id == id && equalStrings(pe.tokens, toks) {
			return
		}
	}
	exact := make([]bool, len(toks))
	for k, t := range toks {
		// A short name of one word ("Fed", "Met", a name clipped) is
		// told from the common word by its capital ("fed up").
		exact[k] = text.IsAcronym(strings.TrimSuffix(t, "s")) || len(toks) == 1 && text.IsCapitalized(t) && utf8.RuneCountInString(t) <= 4
	}
	n.ends = append(n.ends, phraseEnd{id, toks, exact})
}

// phraseTokens splits a phrase into its words and the separator before
// each (0 for the first word).
func phraseTokens(phrase string) ([]string, []byte) {
	toks := text.Words(phrase)
	words := make([]string, len(toks))
	seps := make([]byte, len(toks))
	for i, t := range toks {
		words[i] = t.Text
		if i > 0 {
			seps[i] = gapKind(phrase[toks[i-1].End:t.Start])
		}
	}
	return words, seps
}

// gapKind classifies the text between two words: ' ' for white space, '-'
// for a hyphen or dash, 0 for anything else (which no phrase spans).
func gapKind(gap string) byte {
	if gap == "" {
		return 0
	}
	if strings.TrimSpace(gap) == "" {
		return ' '
	}
	if gap == "-" || gap == "‑" {
		return '-'
	}
	return 0
}

// plural returns the regular English plural of a word: acronyms take "s"
// ("LLMs"), words in s/x/z/ch/sh take "es", consonant + y becomes "ies".
func plural(w string) string {
	if text.IsAcronym(w) {
		return w + "s"
	}
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "z"),
		strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "sh"):
		if strings.HasSuffix(lw, "ss") || !strings.HasSuffix(lw, "s") {
			return w + "es"
		}
		return w // already looks plural ("sanctions", "BRICS")
	case len(lw) > 1 && lw[len(lw)-1] == 'y' && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// FindAll returns the leftmost-longest, non-overlapping mentions in text,
// in order.
func (m *Matcher) FindAll(s string) []Match { return m.AppendAll(nil, s) }

// AppendAll appends the mentions FindAll would return to dst: a caller
// scanning many texts can reuse one slice.
func (m *Matcher) AppendAll(dst []Match, s string) []Match {
	out := dst
	if len(m.root.next[0]) == 0 {
		return out
	}
	sc := scratchPool.Get().(*findScratch)
	defer scratchPool.Put(sc)
	toks := text.AppendWords(sc.toks[:0], s)
	sc.toks = toks
	if len(toks) == 0 {
		return out
	}
	// Lower-case every token into one reused buffer (ASCII byte by byte,
	// anything else with strings.ToLower): no allocation per s.
	low, lowAt := sc.low[:0], sc.lowAt[:0]
	for _, t := range toks {
		lowAt = append(lowAt, len(low))
		low = appendLower(low, t.Text)
	}
	lowAt = append(lowAt, len(low))
	sc.low, sc.lowAt = low, lowAt
	lower := func(j int) []byte { return low[lowAt[j]:lowAt[j+1]] }
	for i := 0; i < len(toks); {
		bestEnd, bestID, bestTok := -1, 0, 0
		n := m.root
		for j := i; j < len(toks) && n != nil; j++ {
			var sep byte
			if j > i {
				sep = gapKind(s[toks[j-1].End:toks[j].Start])
				if sep == 0 {
					break
				}
			}
			// The word as written, then without a possessive ending,
			// which only a phrase's last word may carry.
			if c := n.childBytes(sep, lower(j)); c != nil {
				if id, ok := c.accept(toks[i:j+1], ""); ok {
					bestEnd, bestID, bestTok = toks[j].End, id, j
				}
				if base := text.StripPossessive(toks[j].Text); base != toks[j].Text {
					if c2 := n.child(sep, strings.ToLower(base)); c2 != nil {
						if id, ok := c2.accept(toks[i:j+1], base); ok && toks[j].Start+len(base) > bestEnd {
							bestEnd, bestID, bestTok = toks[j].Start+len(base), id, j
						}
					}
				}
				n = c
				continue
			}
			if base := text.StripPossessive(toks[j].Text); base != toks[j].Text {
				if c := n.child(sep, strings.ToLower(base)); c != nil {
					if id, ok := c.accept(toks[i:j+1], base); ok {
						bestEnd, bestID, bestTok = toks[j].Start+len(base), id, j
					}
				}
			}
			break
		}
		if bestEnd < 0 {
			i++
			continue
		}
		out = append(out, Match{toks[i].Start, bestEnd, bestID})
		i = bestTok + 1
	}
	return out
}

// findScratch is FindAll's working memory, reused across calls: a build
// matches every text of every page.
type findScratch struct {
	toks  []text.Word
	low   []byte // the tokens lower-cased, one after another
	lowAt []int  // where each text.Word starts in low, and where the last ends
}

// appendLower appends w lower-cased to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(b, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

var scratchPool = sync.Pool{New: func() any { return &findScratch{} }}

// accept reports whether a phrase ending at n matches the text tokens,
// checking acronym words case-sensitively. lastAs, if not empty, replaces
// the text of the last token (the word without its possessive).
func (n *trieNode) accept(toks []text.Word, lastAs string) (int, bool) {
	for _, pe := range n.ends {
		ok := true
		for k, pt := range pe.tokens {
			tt := toks[k].Text
			if k == len(toks)-1 && lastAs != "" {
				tt = lastAs
			}
			if pe.exact[k] && tt != pt {
				ok = false
				break
			}
		}
		if ok {
			return pe.id, true
		}
	}
	return 0, false
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
