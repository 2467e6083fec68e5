package glossary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// acronymDef is an acronym found with its expansion in one sentence.
type acronymDef struct {
	Short, Long string
	// List is true when the expansion is an enumeration ("Brazil, Russia,
	// India, China, and South Africa"): it then defines the acronym but is
	// not another name for it.
	List bool
	// Cue is true when the sentence says outright that it defines the
	// acronym ("an acronym for", "stands for"); the sentence is then a
	// definition.
	Cue bool
}

// findParenAcronyms applies the Schwartz–Hearst algorithm to one sentence:
// for every "long form (SHORT)" it looks for the shortest run of words
// before the parenthesis whose letters spell SHORT, and for every
// "SHORT (long form)" it checks the reverse.
func findParenAcronyms(s string) []acronymDef {
	var out []acronymDef
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		before := strings.TrimRight(s[:i], " \t")
		if inner == "" || before == "" {
			continue
		}
		if words := strings.Fields(inner); len(words) <= 2 && isShortForm(inner) {
			// long form (SHORT)
			limit := min(len(inner)+5, len(inner)*2)
			// "the Japan Aerospace Exploration Agency's (JAXA)
			// Smart Lander ...": the expansion without its 's.
			cand := text.StripPossessive(lastWords(before, limit))
			// "the 'blue screen of death' (BSOD)": the expansion
			// without the quotation marks around it.
			if lf := strings.Trim(bestLongForm(inner, strings.TrimRight(cand, `'’"”`)), `'‘’"“”`); lf != "" {
				out = append(out, acronymDef{Short: inner, Long: lf})
			}
		} else if len(words) >= 2 {
			// SHORT (long form)
			toks := text.Words(before)
			if len(toks) == 0 || toks[len(toks)-1].End != len(before) {
				continue
			}
			short := toks[len(toks)-1].Text
			if !text.IsAcronym(short) {
				continue
			}
			if lf := bestLongForm(short, inner); lf != "" && lf == inner {
				out = append(out, acronymDef{Short: short, Long: lf})
			}
		}
		i += j
	}
	return out
}

// isShortForm is Schwartz–Hearst's test for a candidate short form: at
// most ten characters, starting with a letter or digit, containing a
// letter, and written with at least one capital (so that "(see)" and
// "(2019)" are not acronyms).
func isShortForm(s string) bool {
	if utf8.RuneCountInString(s) < 2 || utf8.RuneCountInString(s) > 10 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 1 && text.IsAcronym(strings.ReplaceAll(s, " ", ""))
}

// lastWords returns the last n words of s (fewer if s is shorter),
// starting after the last clause punctuation so that a long form never
// reaches into a previous clause.
func lastWords(s string, n int) string {
	if k := strings.LastIndexAny(s, ",;:.!?()\"“”"); k >= 0 {
		s = s[k+1:]
	}
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// bestLongForm is the core of the Schwartz–Hearst algorithm: match the
// characters of short right to left against long, the first character of
// short at the start of a word; return the shortest suffix of long, from a
// word start, that contains the match, or "" if there is none.
func bestLongForm(short, long string) string {
	s := []rune(strings.ToLower(short))
	l := []rune(strings.ToLower(long))
	si, li := len(s)-1, len(l)-1
	for si >= 0 {
		c := s[si]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			si--
			continue
		}
		for li >= 0 && (l[li] != c || (si == 0 && li > 0 && (unicode.IsLetter(l[li-1]) || unicode.IsDigit(l[li-1])))) {
			li--
		}
		if li < 0 {
			return ""
		}
		li--
		si--
	}
	start := 0
	for k := li; k >= 0; k-- {
		if l[k] == ' ' {
			start = k + 1
			break
		}
	}
	res := strings.TrimSpace(string([]rune(long)[start:]))
	// The long form must be longer than the short one and not contain it.
	if utf8.RuneCountInString(res) <= utf8.RuneCountInString(short) || strings.Contains(res, short) {
		return ""
	}
	if text.VagueWord(strings.Fields(res)[0]) {
		return ""
	}
	return res
}

// acronymCues are phrases that announce the expansion of the word before them.
var acronymCues = []string{", an acronym for ", ", an abbreviation for ", ", which stands for ", " stands for ", ", short for ", ", which is short for "}

// findCueAcronyms finds "SHORT, an acronym for LONG" and the like. The
// expansion runs to the end of its clause; an enumeration of capitalised
// items ("Brazil, Russia, ..., and South Africa") is read as a whole.
func findCueAcronyms(s string) []acronymDef {
	var out []acronymDef
	for _, cue := range acronymCues {
		for off := 0; ; {
			k := strings.Index(s[off:], cue)
			if k < 0 {
				break
			}
			k += off
			off = k + len(cue)
			toks := text.Words(s[:k])
			if len(toks) == 0 || toks[len(toks)-1].End != k {
				continue
			}
			short := toks[len(toks)-1].Text
			if !text.IsAcronym(short) {
				continue
			}
			rest := s[off:]
			long, list := enumeration(rest)
			if long == "" {
				end := strings.IndexAny(rest, ",;:.!?()")
				if end < 0 {
					end = len(rest)
				}
				long = strings.TrimSpace(rest[:end])
			}
			if long == "" {
				continue
			}
			out = append(out, acronymDef{Short: short, Long: long, List: list, Cue: true})
		}
	}
	return out
}

// enumeration reads a list of capitalised items at the start of s:
// "Brazil, Russia, India, China, and South Africa". It returns the list
// text, and whether it found one of at least two items.
func enumeration(s string) (string, bool) {
	items := 0
	pos := 0
	end := 0
	for {
		// One item: one to four capitalised words.
		toks := text.Words(s[pos:])
		n := 0
		for n < len(toks) && n < 4 && text.IsCapitalized(toks[n].Text) {
			if n > 0 && gapKind(s[pos+toks[n-1].End:pos+toks[n].Start]) != ' ' {
				break
			}
			n++
		}
		if n == 0 || strings.TrimSpace(s[pos:pos+toks[0].Start]) != "" {
			break
		}
		items++
		end = pos + toks[n-1].End
		rest := s[end:]
		var sep string
		for _, cand := range []string{", and ", ", or ", " and ", " or ", ", "} {
			if strings.HasPrefix(rest, cand) {
				sep = cand
				break
			}
		}
		if sep == "" {
			break
		}
		last := strings.Contains(sep, "and") || strings.Contains(sep, "or")
		pos = end + len(sep)
		if last {
			// Exactly one more item closes the list.
			toks := text.Words(s[pos:])
			m := 0
			for m < len(toks) && m < 4 && text.IsCapitalized(toks[m].Text) {
				if m > 0 && gapKind(s[pos+toks[m-1].End:pos+toks[m].Start]) != ' ' {
					break
				}
				m++
			}
			if m == 0 {
				break
			}
			items++
			end = pos + toks[m-1].End
			break
		}
	}
	if items < 2 {
		return "", false
	}
	return s[:end], true
}

// initialsExpansions finds, for acronyms the text never expands, a name
// in the text whose initials spell each ("United States" for "US",
// "European Union" for "EU"): a run of capitalised words, possibly joined
// by "of", "and", "the", "for" or "on", whose first letters are the
// acronym. The most frequent such name wins. One pass over the text
// serves every acronym.
func initialsExpansions(shorts []string, passages []Passage) map[string]string {
	want := map[string]bool{}
	maxLen := 0
	for _, s := range shorts {
		want[s] = true
		maxLen = max(maxLen, utf8.RuneCountInString(s))
	}
	counts := map[string]map[string]int{}
	common := map[string]map[string]int{} // lower-case phrases that spell an acronym
	for _, p := range passages {
		toks := text.Words(p.Text)
		for i := range toks {
			w := toks[i].Text
			if phrase := spelledInWords(p.Text, toks[i:], want, maxLen); phrase != "" {
				short := initialsOf(phrase)
				if common[short] == nil {
					common[short] = map[string]int{}
				}
				common[short][phrase]++
			}
			if !text.IsCapitalized(w) || text.IsAcronym(w) || joiners[strings.ToLower(w)] || w == "A" || w == "An" {
				continue // an article starting a sentence is not part of a name
			}
			// A joiner may give its letter or not: "DOJ" and "DJ" both
			// spell "Department of Justice".
			initials := []string{""}
			for j := i; j < len(toks) && len(initials) > 0; j++ {
				if j > i && gapKind(p.Text[toks[j-1].End:toks[j].Start]) != ' ' {
					break
				}
				w := toks[j].Text
				if !text.IsCapitalized(w) {
					if !joiners[w] {
						break
					}
					first, _ := utf8.DecodeRuneInString(w)
					initials = growInitials(slices.Clone(initials), initials, unicode.ToUpper(first), maxLen)
					continue
				}
				base := text.StripPossessive(w)
				first, _ := utf8.DecodeRuneInString(base)
				initials = growInitials(nil, initials, first, maxLen)
				for _, in := range initials {
					if j > i && want[in] {
						if counts[in] == nil {
							counts[in] = map[string]int{}
						}
						counts[in][p.Text[toks[i].Start:toks[j].Start+len(base)]]++
					}
				}
				if base != w {
					break // a possessive ends the name
				}
			}
		}
	}
	out := map[string]string{}
	for short, names := range counts {
		best, n := "", 0
		for name, c := range names {
			if c > n || (c == n && name < best) {
				best, n = name, c
			}
		}
		// A brand built on the common phrase the acronym stands for
		// ("Apple Intelligence" where the text writes "artificial
		// intelligence" and "AI") is another thing with the same letters.
		for _, phrase := range sortedKeys(common[short]) {
			if lastWord(phrase) == strings.ToLower(lastWord(best)) {
				best = phrase
				break
			}
		}
		out[short] = best
	}
	return out
}

// spelledInWords returns the lower-case words at the start of toks whose
// initials spell one of the acronyms wanted ("artificial intelligence"
// for "AI"), or "": words of the text's own, no stop words, one space
// apart.
func spelledInWords(s string, toks []text.Word, want map[string]bool, maxLen int) string {
	var initials []rune
	for j := 0; j < len(toks) && j < maxLen; j++ {
		w := toks[j].Text
		if j > 0 && s[toks[j-1].End:toks[j].Start] != " " {
			break
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(first) || text.StopWord(w) || strings.ToLower(w) != w {
			break
		}
		initials = append(initials, unicode.ToUpper(first))
		if j > 0 && want[string(initials)] {
			return s[toks[0].Start:toks[j].End]
		}
	}
	return ""
}

// initialsOf returns the capitalised first letters of the words of a
// phrase.
func initialsOf(phrase string) string {
	var b strings.Builder
	for _, w := range strings.Fields(phrase) {
		first, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(first))
	}
	return b.String()
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// growInitials appends to out each of the initials followed by letter,
// those no longer than maxLen.
func growInitials(out, initials []string, letter rune, maxLen int) []string {
	for _, in := range initials {
		if n := in + string(letter); utf8.RuneCountInString(n) <= maxLen && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// joiners may stand between the capitalised words of a name.
var joiners = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true}

// SpellsAcronym reports whether name, capitalised words maybe joined by
// "of", "and", "the", "for" or "on", spells the acronym short by its
// initials ("United States" for "US", "Department of Justice" for
// "DOJ"), as initialsExpansions reads a name.
func SpellsAcronym(short, name string) bool {
	if !text.IsAcronym(short) {
		return false
	}
	maxLen := utf8.RuneCountInString(short)
	initials := []string{""}
	ws := text.WordTexts(name)
	for i, w := range ws {
		first, _ := utf8.DecodeRuneInString(w)
		switch {
		case joiners[w] && i > 0 && i < len(ws)-1:
			initials = growInitials(slices.Clone(initials), initials, unicode.ToUpper(first), maxLen)
		case text.IsCapitalized(w) && !text.IsAcronym(w):
			initials = growInitials(nil, initials, first, maxLen)
		default:
			return false
		}
	}
	return len(ws) > 1 && slices.Contains(initials, short)
}
