package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// notATerm reports whether a candidate that survived the merges is no
// entry of its own: a fragment of a longer name wherever the text writes
// it, an acronym of a title ("PM", "Prime Minister"), a phrase the text
// also writes in lower case ("General Election", "general election"), or
// words capitalised for emphasis in a quotation ("“We will protect
// National Security”"), a degree or a field of study ("Juris Doctor",
// "a degree in Marine Law and Economics"), a day or a month ("Friday").
func notATerm(c *candidate, passages []Passage) bool {
	return text.TimeWord(strings.ToLower(c.term)) || titleAcronym(c) || officeName(c.term) || peopleOf(c.term) || insideLongerName(c.term, passages) || commonPhrase(c.term, passages) || emphasis(c.term, passages) || studyName(c.term, passages)
}

// peopleOf reports whether a name is a people's, written in the plural
// ("South Americans", "Argentinians"): who come from a place, no entity.
func peopleOf(term string) bool {
	ws := text.WordTexts(term)
	if len(ws) == 0 || !isNamePhrase(term) {
		return false
	}
	last := ws[len(ws)-1]
	one, ok := strings.CutSuffix(last, "s")
	return ok && text.DemonymEnding(one) && !strings.HasSuffix(one, "s")
}

// studyName reports whether a name is a degree ("Bachelor of Arts",
// "Juris Doctor": text.DegreeHead) or what someone studied: at least half
// the places the text writes it follow "degree in", "studied" or the like,
// or come right before "degree" (text.StudyWord). A biography's pieces,
// no terms.
func studyName(term string, passages []Passage) bool {
	ws := text.WordTexts(term)
	if len(ws) == 0 || text.IsAcronym(term) {
		return false
	}
	if head := strings.ToLower(ws[0]); text.DegreeHead(head) && (head == "juris" || len(ws) > 2 && ws[1] == "of") {
		return true
	}
	occ := occurrences(term, passages)
	study := 0
	for _, o := range occ {
		if studyContext(o.text[:o.start], o.text[o.end:]) {
			study++
		}
	}
	return study > 0 && 2*study >= len(occ)
}

// studyContext reports whether a name between before and after is what
// someone studied: "degree in" or "studied" right before it, or "degree"
// right after it.
func studyContext(before, after string) bool {
	if rest, ok := strings.CutPrefix(after, " "); ok {
		if ws := text.Words(rest[:min(len(rest), 30)]); len(ws) > 0 && ws[0].Start == 0 && text.StudyWord(ws[0].Text) {
			return true
		}
	}
	ws := text.WordTexts(before[max(0, len(before)-40):])
	n := len(ws)
	if n == 0 || !strings.HasSuffix(before, " ") {
		return false
	}
	if text.StudyWord(strings.ToLower(ws[n-1])) {
		return true
	}
	return n > 1 && ws[n-1] == "in" && text.StudyWord(strings.ToLower(ws[n-2]))
}

// titleAcronym reports whether an acronym stands for a title ("PM" for
// "Prime Minister"): the office of whoever holds it, a role, no entry.
func titleAcronym(c *candidate) bool {
	if !text.IsAcronym(c.term) {
		return false
	}
	for _, a := range c.aliases {
		ws := text.WordTexts(a)
		title := len(ws) > 0
		for _, w := range ws {
			title = title && text.TitleWord(strings.ToLower(w))
		}
		if title {
			return true
		}
	}
	return false
}

// officeName reports whether a name is an office: titles before "of"
// ("Prime Minister of the United Kingdom", "Secretary of State"), whose
// holder is the entry.
func officeName(term string) bool {
	before, _, ok := strings.Cut(term, " of ")
	ws := text.WordTexts(before)
	if !ok || len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !text.TitleWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// occurrence is where a passage writes a name: the passage and the
// offsets of the name in it.
type occurrence struct {
	text       string
	start, end int
}

// occurrences lists where the passages (not headings) write term as whole
// words.
func occurrences(term string, passages []Passage) []occurrence {
	var out []occurrence
	for _, p := range passages {
		if isHeading(p.Text) {
			continue
		}
		for i := 0; ; {
			k := strings.Index(p.Text[i:], term)
			if k < 0 {
				break
			}
			at, end := i+k, i+k+len(term)
			i = end
			if at > 0 && wordByteBefore(p.Text, at) || end < len(p.Text) && wordByteAfter(p.Text, end) {
				continue // part of a longer word
			}
			out = append(out, occurrence{p.Text, at, end})
		}
	}
	return out
}

func wordByteBefore(s string, at int) bool {
	ws := text.Words(s[max(0, at-40):at])
	return len(ws) > 0 && max(0, at-40)+ws[len(ws)-1].End == at
}

func wordByteAfter(s string, end int) bool {
	ws := text.Words(s[end:min(len(s), end+40)])
	return len(ws) > 0 && ws[0].Start == 0
}

// insideLongerName reports whether a name is only ever a piece of longer
// names: wherever the text writes it, more of a name stands right before
// it (a capitalised word that is no title, an abbreviation with its
// period: "St. Petersburg", "U.S. District Court"; "Latham &"; "District
// of") or right after it (a capitalised word, or "of" or "for" and one:
// "District Court for the District" of "... of Columbia"). A title after
// it ("District Court Judge") says neither; an "and" before it joins two
// names ("Putin and Xi Jinping"). An acronym is only cut by a name before
// it ("Watkins LLP"): one before a name ("AI Alliance") modifies it.
func insideLongerName(term string, passages []Passage) bool {
	if !text.IsCapitalized(term) {
		return false
	}
	acronym := text.IsAcronym(term)
	cut := 0
	for _, o := range occurrences(term, passages) {
		before := nameBefore(o.text[:o.start])
		switch {
		case before == 1:
			cut++
		case before == 2:
		case acronym:
			return false
		case nameAfter(o.text[o.end:]) == 1:
			cut++
		case nameAfter(o.text[o.end:]) == 0:
			return false
		}
	}
	return cut > 0
}

// nameBefore says what the text before a name ends in: 1 more of it
// (see insideLongerName), 2 "and" after a capitalised word (neither: two
// names, or one), 0 anything else.
func nameBefore(before string) int {
	if strings.HasSuffix(before, "& ") {
		return 1
	}
	if !strings.HasSuffix(before, " ") {
		return 0
	}
	b := strings.TrimRight(before, " ")
	ws := text.Words(b[max(0, len(b)-40):])
	if len(ws) == 0 {
		return 0
	}
	if f := strings.Fields(b[max(0, len(b)-12):]); strings.HasSuffix(b, ".") && len(f) > 0 {
		// "St." or "U.S.": an abbreviation's period, not a sentence's end.
		ab := f[len(f)-1]
		word := strings.TrimSuffix(ab, ".")
		return b2i(text.IsDottedAcronym(ab) || len([]rune(word)) <= 3 && text.IsCapitalized(word) && !text.IsAcronym(word) && !text.TitleWord(strings.ToLower(word)) && text.WordTexts(word)[0] == word)
	}
	off := max(0, len(b)-40)
	w := ws[len(ws)-1]
	if off+w.End != len(b) || startsSentence(b, off+w.Start) {
		return 0
	}
	if (w.Text == "of" || w.Text == "for" || w.Text == "and") && len(ws) > 1 {
		p := ws[len(ws)-2]
		if !text.IsCapitalized(p.Text) || text.TitleWord(strings.ToLower(p.Text)) || b[off+p.End:off+w.Start] != " " {
			return 0
		}
		if w.Text == "and" {
			return 2
		}
		return 1
	}
	return b2i(modelWord(w.Text) || text.IsCapitalized(w.Text) && text.StripPossessive(w.Text) == w.Text && !text.TitleWord(strings.ToLower(w.Text)))
}

// modelWord reports whether a word before a name makes it part of a
// product's model name ("zPhone 9 Pro Max", "Galaxy S24 Ultra"): a number
// of one to three digits (a year, a count in thousands, is not), a word
// of letters and digits, or one in camel case that opens in lower case.
func modelWord(w string) bool {
	digits, letters, upperAfterLower := 0, 0, false
	first, _ := utf8.DecodeRuneInString(w)
	lowerFirst := unicode.IsLower(first)
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
			if i > 0 && unicode.IsUpper(r) && lowerFirst {
				upperAfterLower = true
			}
		default:
			return false
		}
	}
	switch {
	case letters == 0:
		return digits <= 3
	case digits > 0:
		return true
	}
	return upperAfterLower
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nameAfter says what follows a name: 1 more of it (a capitalised word
// that is no title, or "of" or "for" and one), 2 a title (neither), 0
// anything else.
func nameAfter(after string) int {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return 0
	}
	ws := text.Words(rest[:min(len(rest), 40)])
	if len(ws) == 0 || ws[0].Start != 0 {
		return 0
	}
	w := ws[0].Text
	if text.TitleWord(strings.ToLower(w)) {
		return 2
	}
	if (w == "of" || w == "for") && len(ws) > 1 {
		n := ws[1]
		if n.Text == "the" && len(ws) > 2 {
			n = ws[2]
		}
		if text.IsCapitalized(n.Text) && strings.TrimSpace(rest[ws[0].End:n.Start]) == strings.TrimSpace(strings.ReplaceAll(rest[ws[0].End:n.Start], "the", "")) && !strings.ContainsAny(rest[ws[0].End:n.Start], ",.;:") {
			return 1
		}
		return 0
	}
	if text.IsCapitalized(w) && !text.TimeWord(strings.ToLower(w)) {
		return 1
	}
	return 0
}

// commonPhrase reports whether a name of common words is one the text
// also writes in lower case, about half as often or more ("the General
// Election", "the general election"): house style capitalises a phrase,
// a name is written so everywhere.
func commonPhrase(term string, passages []Passage) bool {
	ws := text.WordTexts(term)
	if len(ws) < 2 || !isProperPhrase(term) {
		return false
	}
	for _, w := range ws {
		if text.IsAcronym(w) {
			return false
		}
	}
	lower := strings.ToLower(term)
	capN := len(occurrences(term, passages))
	lowN := len(occurrences(lower, passages))
	return lowN > 0 && 2*lowN >= capN
}

// emphasis reports whether a name is written only inside quotations and
// its last word elsewhere in lower case ("“... create American Jobs”",
// "jobs"): the speaker's capitals for emphasis, no name.
func emphasis(term string, passages []Passage) bool {
	ws := text.WordTexts(term)
	if len(ws) < 2 || !isProperPhrase(term) || text.IsAcronym(ws[len(ws)-1]) {
		return false
	}
	occ := occurrences(term, passages)
	if len(occ) == 0 {
		return false
	}
	for _, o := range occ {
		if !text.InsideQuote(o.text, o.start) {
			return false
		}
	}
	return len(occurrences(strings.ToLower(ws[len(ws)-1]), passages)) > 0
}

// onlyPlace reports whether the text mentions a name only as where
// something happens: every place it writes the name (or an alias) is
// after a preposition of place ("in Port Alder", "across the Vell Coast",
// text.PlacePreposition), after a direction ("south of Tolby Bay") or
// before a common noun it qualifies ("the Port Alder office"), at least
// once the first. A place the text says nothing else of is no term;
// one it defines or describes is kept (the caller asks only of names
// without a definition, a role or an expansion).
func onlyPlace(names []string, passages []Passage) bool {
	placed := 0
	for _, n := range names {
		if text.IsAcronym(n) || !text.IsCapitalized(n) {
			return false
		}
		for _, o := range occurrences(n, passages) {
			switch {
			case placeBefore(o.text[:o.start]):
				placed++
			case modifierAfter(o.text[o.end:]):
			default:
				return false
			}
		}
	}
	return placed > 0
}

// isPlaceName reports whether a name, by its own words, names a place:
// a country's acronym ("US") the text never writes out (with "United
// States" it is one entity of two names, which the entry joins), a landform ("Florida Peninsula", "Tampa
// Bay", text.LandformNoun) or a part of a place the text also names alone
// ("Central Florida" where it writes "Florida"), or a landform's name
// that opens with its kind ("River Seine", text.LandformLead). A place the text says
// nothing of is no term, wherever it stands in a sentence.
func isPlaceName(name string, writtenOut bool, passages []Passage) bool {
	if text.CountryAcronym(name) {
		return !writtenOut
	}
	ws := text.WordTexts(name)
	if len(ws) < 2 || !isProperPhrase(name) {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if text.LandformNoun(last) {
		return true
	}
	if text.LandformLead(strings.ToLower(ws[0])) && (len(ws) == 2 || len(ws) == 3 && ws[1] == "of") {
		return true
	}
	rest := strings.Join(ws[1:], " ")
	if !text.RegionWord(strings.ToLower(ws[0])) || text.KindNoun(last) {
		return false
	}
	for _, o := range occurrences(rest, passages) {
		if before := strings.TrimRight(o.text[:o.start], " "); !strings.HasSuffix(strings.ToLower(before), strings.ToLower(ws[0])) {
			return true // the place itself, written alone
		}
	}
	return false
}

// placeBefore reports whether the text before a name places it: a
// preposition of place, or a direction and "of", maybe with "the".
func placeBefore(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	ws := text.WordTexts(before[max(0, len(before)-40):])
	if n := len(ws); n > 0 && ws[n-1] == "the" {
		ws = ws[:n-1]
	}
	n := len(ws)
	if n == 0 {
		return false
	}
	last := ws[n-1]
	if text.PlacePreposition(last) {
		return true
	}
	return last == "of" && n > 1 && text.CompassWord(strings.ToLower(ws[n-2]))
}

// modifierAfter reports whether a name stands before a lower-case noun
// that says what kind of thing it qualifies (text.KindNoun: "the Port
// Alder office"), not a verb the name is the subject of.
func modifierAfter(after string) bool {
	w := nextWord(after)
	return w != "" && !text.IsCapitalized(w) && text.KindNoun(w)
}

// nextWord is the word right after a name, one space after it ("winds" of
// " winds are ..."), or "" when something else stands there.
func nextWord(after string) string {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return ""
	}
	ws := text.Words(rest[:min(len(rest), 40)])
	if len(ws) == 0 || ws[0].Start != 0 {
		return ""
	}
	return ws[0].Text
}
