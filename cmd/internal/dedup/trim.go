package dedup

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseOpeners are the words that open a trailing clause after a comma that
// can go without breaking the sentence: participle phrases ("..., potentially
// slowing advancements."), relative and prepositional tails. A clause opened
// by a participle (a word ending in -ing) also qualifies.
var clauseOpeners = map[string]bool{
	"potentially": true, "thereby": true, "thus": true, "further": true, "effectively": true,
	"which": true, "with": true, "while": true, "whilst": true, "especially": true, "particularly": true,
	"alongside": true, "both": true, "including": true, "possibly": true, "ultimately": true,
}

// minMainWords is the shortest main clause a trimmed sentence may keep.
const minMainWords = 8

// trimClauses returns the wording of each kept sentence: a trailing clause
// whose content words, names and numbers are all said by other kept
// sentences (or by the rest of its own) is cut, repeatedly from the end.
// Dropped sentences keep their text. The least informative sentences are
// trimmed first, so that a clause said twice survives in the richer one.
func trimClauses(texts []string, keep []bool, units [][]string, idx *entityIndex, weight func(string) float64, maxNew float64) []string {
	out := make([]string, len(texts))
	copy(out, texts)
	count := map[string]int{}
	for i, us := range units {
		if keep[i] {
			for _, u := range us {
				count[u]++
			}
		}
	}
	order := make([]int, 0, len(texts))
	for i := range texts {
		if keep[i] {
			order = append(order, i)
		}
	}
	// Shortest first: a short sentence is less likely to be the richer
	// wording of a clause.
	sort.SliceStable(order, func(a, b int) bool { return len(units[order[a]]) < len(units[order[b]]) })
	for _, i := range order {
		text := texts[i]
		for {
			cut, clause := lastClause(text)
			if cut < 0 || len(strings.Fields(text[:cut])) < minMainWords {
				break
			}
			main := text[:cut]
			mainUnits := map[string]bool{}
			for _, u := range idx.units(Tokenize(main)) {
				mainUnits[u] = true
			}
			cu := idx.units(Tokenize(clause))
			// What the clause alone says: units neither the main
			// clause nor another kept sentence has (count includes
			// this sentence once). A new name or number always stays.
			novel := 0.0
			for _, u := range cu {
				if u[:2] == pairUnit {
					continue // its words decide
				}
				if !mainUnits[u] && count[u] < 2 {
					if IsFact(u) {
						novel = math.Inf(1)
					}
					novel += weight(u)
				}
			}
			if novel > maxNew {
				break
			}
			for _, u := range cu {
				if !mainUnits[u] {
					count[u]--
				}
			}
			text = endSentence(main, text)
		}
		// A leading adverbial phrase ("According to experts, ...",
		// "In recent years, ...", "Looking ahead, ...") goes on the
		// same terms.
		if end, phrase := leadPhrase(text); end > 0 && len(strings.Fields(text[end:])) >= minMainWords {
			rest := text[end:]
			restUnits := map[string]bool{}
			for _, u := range idx.units(Tokenize(rest)) {
				restUnits[u] = true
			}
			novel := 0.0
			pu := idx.units(Tokenize(phrase))
			for _, u := range pu {
				if IsFact(u) {
					// A name in the frame ("By challenging the
					// US, ...") usually says whom the claim
					// is about.
					novel = math.Inf(1)
				}
				if u[:2] == pairUnit || restUnits[u] || count[u] >= 2 {
					continue
				}
				novel += weight(u)
			}
			if novel <= maxNew {
				for _, u := range pu {
					if !restUnits[u] {
						count[u]--
					}
				}
				r, n := utf8.DecodeRuneInString(rest)
				text = string(unicode.ToUpper(r)) + rest[n:]
			}
		}
		out[i] = text
	}
	return out
}

// leadOpeners open a sentence-initial phrase that frames the claim without
// being part of it. Conditionals and concessives ("If", "While",
// "Although") are not here: they change what the sentence claims.
var leadOpeners = map[string]bool{
	"according": true, "in": true, "as": true, "with": true, "by": true, "beyond": true,
	"looking": true, "through": true, "for": true, "on": true, "at": true, "amid": true,
	"amidst": true, "given": true, "following": true, "overall": true, "ultimately": true,
	"economically": true, "politically": true, "technologically": true, "notably": true,
	"furthermore": true, "moreover": true, "additionally": true, "however": true,
	"meanwhile": true, "consequently": true, "indeed": true, "importantly": true,
}

// leadPhrase returns the offset just past a sentence-initial framing phrase
// and its comma ("In recent years, "), and the phrase, or 0. The phrase is
// at most 10 words and holds no other comma.
func leadPhrase(s string) (int, string) {
	c := strings.Index(s, ", ")
	if c < 0 {
		return 0, ""
	}
	phrase := s[:c]
	ws := strings.Fields(phrase)
	if len(ws) == 0 || len(ws) > 10 || !leadOpeners[strings.ToLower(ws[0])] {
		return 0, ""
	}
	// "As X grows, Y ..." and "With X, Y ..." can carry a claim of
	// their own when long; the novelty test decides.
	return c + 2, phrase
}

// lastClause finds the last ", <opener> ..." of a sentence and returns the
// byte offset of its comma and the clause text, or -1.
func lastClause(s string) (int, string) {
	for end := len(s); ; {
		c := strings.LastIndex(s[:end], ", ")
		if c < 0 {
			return -1, ""
		}
		rest := s[c+2:]
		w := rest
		if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = rest[:k]
		}
		lw := strings.ToLower(w)
		if clauseOpeners[lw] || len(lw) > 5 && strings.HasSuffix(lw, "ing") {
			// A clause that itself holds a comma-separated list would
			// take the list's tail only; such lists are not trailing
			// clauses.
			return c, rest
		}
		end = c
	}
}

// endSentence closes main with the final punctuation of the original.
func endSentence(main, orig string) string {
	main = strings.TrimRight(main, " ,;:")
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(orig, `"'”’)`))
	if r == '.' || r == '!' || r == '?' {
		return main + string(r)
	}
	return main + "."
}
