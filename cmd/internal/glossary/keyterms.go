package glossary

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// keyPhrase gathers the statistics of one candidate key phrase (RAKE): a
// run of content words between stop words and punctuation.
type keyPhrase struct {
	key      string         // lower-case words joined by spaces
	words    []string       // lower-case words
	surfaces map[string]int // allocated on the first non-initial occurrence
	// passages counts distinct passages; last is the latest one seen
	// (passages are visited in order, so this counts without a set).
	passages, last int
	freq           int
	// proper counts occurrences, not at the start of a sentence, with every
	// word capitalised; common counts the other non-initial occurrences.
	proper, common int
	// quantity counts occurrences right after a number ("5 billion
	// euros", "120 square kilometres"): a phrase always so is a unit.
	quantity int
	// verbal counts occurrences in a verb's place: after "to" or a modal
	// ("to reduce dependency"), or right before an article ("the alliance
	// presents a ..."): the phrase then starts or ends with a verb.
	verbal int
	// commonHead is true when the last word heads many different phrases
	// ("BRICS countries", "member countries", "Western countries"): it
	// is then a generic noun, and the phrase one use of it among many.
	commonHead bool
	score      float64
}

// maxPhraseWords bounds the length of a key term: longer runs between
// stop words are clauses, not terms.
const maxPhraseWords = 4

// keyPhrases scores every candidate phrase of the passages with RAKE
// (word degree / word frequency, summed over the phrase), weighted by the
// number of passages it occurs in and favouring proper-noun phrases. It
// returns the candidates that occur in at least minPassages passages, best
// first.
func keyPhrases(passages []Passage, minPassages int) []*keyPhrase {
	byKey := map[string]*keyPhrase{}
	var kb []byte // the key being built, reused
	for pi, p := range passages {
		// A heading is written in title case; its capitals say nothing
		// about which phrases are names.
		heading := isHeading(p.Text)
		for _, s := range sentences.Split(p.Text) {
			for _, run := range candidateRuns(s.Text) {
				if len(run) > maxPhraseWords {
					continue
				}
				caps := true
				kb = kb[:0]
				for i, t := range run {
					if i > 0 {
						kb = append(kb, ' ')
					}
					w := strings.ToLower(t.Text)
					if i == len(run)-1 {
						w = singular(w)
					}
					kb = append(kb, w...)
					if !text.IsCapitalized(t.Text) {
						caps = false
					}
				}
				kp := byKey[string(kb)] // no allocation for the lookup
				if kp == nil {
					key := string(kb)
					kp = &keyPhrase{key: key, words: strings.Split(key, " "), last: -1}
					byKey[key] = kp
				}
				kp.freq++
				if precededByNumber(s.Text, run[0].Start) {
					kp.quantity++
				}
				if isVerbal(s.Text, run[0].Start, run[len(run)-1].End) {
					kp.verbal++
				}
				if kp.last != pi {
					kp.passages++
					kp.last = pi
				}
				surface := s.Text[run[0].Start:run[len(run)-1].End]
				if run[0].Start == 0 || heading {
					continue // sentence-initial capitals say nothing
				}
				if kp.surfaces == nil {
					kp.surfaces = map[string]int{}
				}
				kp.surfaces[surface]++
				if caps {
					kp.proper++
				} else {
					kp.common++
				}
			}
		}
	}
	// RAKE word scores.
	freq := map[string]int{}
	deg := map[string]int{}
	for _, kp := range byKey {
		for _, w := range kp.words {
			freq[w] += kp.freq
			deg[w] += kp.freq * len(kp.words)
		}
	}
	heads := map[string]int{}
	for _, kp := range byKey {
		if len(kp.words) > 1 {
			heads[kp.words[len(kp.words)-1]]++
		}
	}
	var out []*keyPhrase
	for _, kp := range byKey {
		kp.commonHead = len(kp.words) > 1 && heads[kp.words[len(kp.words)-1]] >= genericHeadPhrases
		if len(kp.surfaces) == 0 || kp.passages < minPassages || kp.quantity == kp.freq || 2*kp.verbal >= kp.freq {
			continue
		}
		if !kp.isProper() {
			// An ad-hoc phrase of three or more words must recur more to be
			// a term; one that extends a more frequent candidate is a use of
			// it. Names are kept whole.
			if kp.passages < minPassages+len(kp.words)-2 || hasDominatingPart(kp, byKey) {
				continue
			}
		}
		var rake float64
		for _, w := range kp.words {
			rake += float64(deg[w]) / float64(freq[w])
		}
		kp.score = rake * math.Log2(1+float64(kp.passages))
		if kp.isProper() {
			kp.score *= 1.5
		}
		out = append(out, kp)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].key < out[j].key
	})
	return out
}

// isProper reports whether the phrase is mostly written as a name.
func (kp *keyPhrase) isProper() bool { return kp.proper > 0 && kp.proper >= kp.common }

// surface returns the most frequent way the phrase is written (ties: the
// lexically smallest, for determinism).
func (kp *keyPhrase) surface() string {
	best, n := "", -1
	for s, c := range kp.surfaces {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

// candidateRuns splits a sentence into runs of content words: a run ends
// at a stop word, at punctuation other than a hyphen, at a number, and
// after a possessive ("Russia's capacity" gives "Russia", "capacity").
func candidateRuns(s string) [][]text.Word {
	var runs [][]text.Word
	var cur []text.Word
	flush := func() {
		if len(cur) > 0 {
			runs = append(runs, cur)
		}
		cur = nil
	}
	toks := text.Words(s)
	for i, t := range toks {
		if i > 0 && gapKind(s[toks[i-1].End:t.Start]) == 0 {
			flush()
		}
		word := text.StripPossessive(t.Text)
		if !IsPhraseWord(word) {
			flush()
			continue
		}
		t.End = t.Start + len(word)
		t.Text = word
		cur = append(cur, t)
		if word != toks[i].Text {
			flush()
		}
	}
	flush()
	return runs
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// singular undoes the regular English plural of a lower-case word, so that
// "technology" and "technologies" are one candidate.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// isHeading reports whether a passage looks like a heading: short, and not
// ending like a sentence.
func isHeading(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(strings.Fields(s)) > 12 {
		return false
	}
	return !strings.ContainsAny(s[len(s)-1:], ".!?:;,\"”')")
}

// hasDominatingPart reports whether some shorter run of the phrase's words
// is itself a candidate found in more passages: then the phrase is that
// candidate with a modifier ("escalating geopolitical tensions").
func hasDominatingPart(kp *keyPhrase, byKey map[string]*keyPhrase) bool {
	n := len(kp.words)
	for l := 1; l < n; l++ {
		for i := 0; i+l <= n; i++ {
			part := append([]string(nil), kp.words[i:i+l]...)
			part[l-1] = singular(part[l-1])
			if o := byKey[strings.Join(part, " ")]; o != nil && o.passages > kp.passages && (l > 1 || i+l == n) {
				return true
			}
		}
	}
	return false
}

// KeyPhrase is a candidate key phrase of a text, as the topics package
// sees it.
type KeyPhrase struct {
	Text     string // as most often written
	Passages int    // distinct passages it occurs in
	Proper   bool   // written as a name

	kp *keyPhrase // the statistics, for Extract given Options.KeyPhrases
}

// KeyPhrases returns the RAKE key phrases of the passages (identical
// passages counted once) that occur in at least minPassages passages,
// best first.
func KeyPhrases(passages []Passage, minPassages int) []KeyPhrase {
	var out []KeyPhrase
	for _, kp := range keyPhrases(uniquePassages(passages), minPassages) {
		out = append(out, KeyPhrase{kp.surface(), kp.passages, kp.isProper(), kp})
	}
	return out
}

// precededByNumber reports whether the word before offset i of s is a
// number ("5", "2.5", "1,200", "5bn" is not).
func precededByNumber(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && (s[k-1] >= '0' && s[k-1] <= '9' || s[k-1] == '.' || s[k-1] == ',') {
		k--
	}
	if k == j || j == i {
		return false
	}
	return k == 0 || s[k-1] == ' ' || s[k-1] == '(' || s[k-1] == '$' || s[k-1] == '-'
}

// IsPhraseWord reports whether a word (its possessive stripped) may be a
// word of a key phrase: not a stop word, not a number, two letters or
// more. The topics package counts the same words, so that the head of
// every key phrase is a word it knows.
func IsPhraseWord(word string) bool {
	return !text.VagueWord(word) && !isNumber(word) && utf8.RuneCountInString(word) >= 2
}

// genericHeadPhrases is how many different phrases a noun must head to
// count as generic.
const genericHeadPhrases = 3

// isVerbal reports whether the words s[start:end] stand where a verb does
// (see keyPhrase.verbal). It looks only at the words next to the phrase.
func isVerbal(s string, start, end int) bool {
	before := s[max(0, start-24):start]
	if f := strings.Fields(before); len(f) > 0 {
		if text.VerbCue(lowerWords(f[max(0, len(f)-2):])...) {
			return true
		}
	}
	after := s[end:min(len(s), end+12)]
	if f := strings.Fields(after); len(f) > 0 && strings.HasPrefix(after, " ") && (text.ObjectCue(f[0]) || text.ClauseCue(strings.ToLower(f[0]))) {
		return true
	}
	return false
}

// isGenericPhrase reports whether a key phrase that is not a name is an
// evaluative or descriptive phrase rather than a term: its first word is
// an adjective or participle by its ending ("economic benefits",
// "technological advancement", "emerging economies"), or a name used as
// a modifier ("Western influence", "Russian economy"), or it is all in
// lower case ("dollar value", "target range").
func isGenericPhrase(kp *keyPhrase) bool {
	if kp.isProper() {
		return false
	}
	first := kp.words[0]
	lower := true // "dollar value", "wage growth": the story's vocabulary
	for _, t := range text.Words(kp.surface()) {
		lower = lower && !text.IsCapitalized(t.Text) && !text.IsAcronym(t.Text)
	}
	if lower || kp.commonHead || !strings.ContainsRune(kp.surface(), ' ') {
		return true // "member countries"; "re-evaluation" is one word
	}
	if s := kp.surface(); s != "" {
		if t := text.Words(s); len(t) > 1 && text.IsCapitalized(t[0].Text) && !text.IsAcronym(t[0].Text) && !text.IsCapitalized(t[len(t)-1].Text) {
			return true
		}
	}
	return text.AdjectiveEnding(first)
}

// isListMember reports whether a name occurs mostly as an item of a list
// of names ("Brazil, Russia, India, China, and South Africa"): the text
// uses it as one of a set (a member country, a partner firm), not as a
// term of its own.
func isListMember(kp *keyPhrase, passages []Passage) bool {
	return kp.isProper() && isListItem(kp.surface(), passages)
}

// isListItem is isListMember for a name as written.
func isListItem(name string, passages []Passage) bool {
	inList, total := 0, 0
	for _, p := range passages {
		for off := 0; ; {
			k := strings.Index(p.Text[off:], name)
			if k < 0 {
				break
			}
			k += off
			off = k + len(name)
			total++
			before := strings.TrimRight(p.Text[:k], " ")
			after := p.Text[off:]
			if strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and") || strings.HasSuffix(before, " or") ||
				strings.HasPrefix(after, ", ") && len(after) > 2 && text.IsCapitalized(after[2:]) || strings.HasPrefix(after, " and ") {
				inList++
			}
		}
	}
	return total > 0 && 2*inList > total
}

// lowerWords is ws in lower case.
func lowerWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}
