package glossary

import (
	"strings"
	"unicode"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Strength of the pattern by which a sentence defines a term; a stronger
// definition replaces a weaker one.
const (
	rankAppositive = 2 // "X, a ..., verb" or "X, A, B and C, verb"
	rankCopula     = 3 // "X is a ...", "X, comprising A, B and C"
	rankRefers     = 4 // "X refers to ...", "X is defined as ..."
	rankCue        = 5 // "X, an acronym for ..."
)

var (
	refersPatterns     = []string{" refers to ", " is defined as ", " is a term for ", " denotes ", " means "}
	copulaPatterns     = []string{" is a ", " is an ", " is the ", " are a ", " are an ", " are the ", " was a ", " was an ", " was the ", " serves as a ", " serves as the ", " is known as ", " also known as "}
	comprisingPatterns = []string{", comprising ", ", consisting of ", ", made up of ", " comprising ", " comprises ", " consists of ", ", which comprises ", ", which includes "}
	determiners        = []string{"The ", "A ", "An "}
)

// definitions returns, for sentence s, each known candidate the sentence
// defines (by its term or an alias as the sentence's subject, optionally
// followed by one head noun: "The BRICS alliance, comprising ...") and how
// strongly. It looks the subject up instead of trying every candidate, so
// a long text with many terms stays linear.
func (g *gatherer) definitions(s string) map[*candidate]int {
	var out map[*candidate]int
	offs := []int{0}
	for _, d := range determiners {
		if strings.HasPrefix(s, d) {
			offs = []int{len(d), 0}
			break
		}
	}
	for _, off := range offs {
		head := s[off:]
		if len(head) > 160 {
			head = head[:160]
		}
		toks := text.Words(head)
		for n := 1; n <= 6 && n <= len(toks); n++ {
			if n > 1 && gapKind(head[toks[n-2].End:toks[n-1].Start]) == 0 {
				break
			}
			name := head[:toks[n-1].End]
			c := g.lookup(name)
			if c == nil {
				if base := text.StripPossessive(name); base == name {
					c = g.lookup(name[:len(name)-len(toks[n-1].Text)] + singular(strings.ToLower(toks[n-1].Text)))
				}
			}
			if c == nil {
				continue
			}
			for _, cn := range append([]string{c.term}, c.aliases...) {
				end, ok := matchWordsAt(s, off, cn)
				if !ok {
					continue
				}
				best := definitionRank(s[end:])
				rest := s[end:]
				if len(rest) > 1 && rest[0] == ' ' {
					rt := text.Words(rest[:min(len(rest), 60)])
					if len(rt) > 0 && rt[0].Start == 1 && !text.IsCapitalized(rt[0].Text) && !text.VagueWord(rt[0].Text) {
						if r := definitionRank(rest[rt[0].End:]) - 1; r > best && r >= rankAppositive {
							best = r
						}
					}
				}
				if best > 0 {
					if out == nil {
						out = map[*candidate]int{}
					}
					if best > out[c] {
						out[c] = best
					}
				}
			}
		}
	}
	return out
}

// definitionRank classifies what follows the subject of a sentence.
func definitionRank(rest string) int {
	for _, p := range refersPatterns {
		if strings.HasPrefix(rest, p) {
			return rankRefers
		}
	}
	for _, p := range copulaPatterns {
		if strings.HasPrefix(rest, p) {
			if pointsAtStory(rest) || verdict(rest[len(p):]) || firstToAct(rest[len(p):]) {
				return 0
			}
			return rankCopula
		}
	}
	for _, p := range comprisingPatterns {
		if strings.HasPrefix(rest, p) {
			if _, ok := enumeration(rest[len(p):]); ok {
				return rankCopula
			}
		}
	}
	if strings.HasPrefix(rest, ", ") {
		after := rest[2:]
		// "X, A, B and C, ..." is a list of names, not X's definition.
		for _, d := range []string{"a ", "an ", "the "} {
			if strings.HasPrefix(after, d) && strings.Contains(after[len(d):], ", ") && !verdict(after[len(d):]) && !firstToAct(after[len(d):]) {
				return rankAppositive
			}
		}
	}
	return 0
}

// verdict reports whether the noun phrase that opens np (what a copula
// or an appositive says the term is, up to its first function word or
// punctuation) has a head that judges rather than says what the term is
// (text.VerdictNoun: "a major blow to ...", "a counterweight to ..."):
// an opinion or a claim about the term, no definition.
func verdict(np string) bool {
	toks := text.Words(np[:min(len(np), 80)])
	for i, t := range toks {
		if i > 0 && gapKind(np[toks[i-1].End:t.Start]) != ' ' && gapKind(np[toks[i-1].End:t.Start]) != '-' {
			return false
		}
		lw := strings.ToLower(t.Text)
		hyphened := i > 0 && gapKind(np[toks[i-1].End:t.Start]) == '-'     // "first-ever"
		if text.StopWord(lw) && !text.Ordinal(lw) && !hyphened || i >= 7 { // past a possessive: "the iPhone maker's first-ever penalty"
			return false
		}
		if text.VerdictNoun(lw) {
			return true
		}
	}
	return false
}

// firstToAct reports whether what a copula says the term is (np, after
// "was the") is a feat in the story, not what the term is: "the first to
// steal the show", "the first time the ceremony has been staged outside",
// "the only team to win twice", "the youngest player to score".
func firstToAct(np string) bool {
	ws := text.WordTexts(np[:min(len(np), 60)])
	if len(ws) < 2 {
		return false
	}
	lw := strings.ToLower(ws[0])
	if !text.Ordinal(lw) && lw != "only" && lw != "last" && lw != "latest" && lw != "next" && !(len(lw) > 4 && strings.HasSuffix(lw, "est")) {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if lw := strings.ToLower(w); lw == "to" || lw == "time" || lw == "ever" {
			return true
		}
	}
	return false
}

// pointsAtStory reports whether a copula in the past ("X was the culprit
// for this second goal") points at an event of the story in its clause:
// it says what the term did there, not what it is.
func pointsAtStory(rest string) bool {
	if !strings.HasPrefix(rest, " was ") && !strings.HasPrefix(rest, " were ") {
		return false
	}
	clause := rest
	if k := strings.IndexAny(clause, ",;:.!?"); k >= 0 {
		clause = clause[:k]
	}
	for _, w := range text.WordTexts(clause) {
		if lw := strings.ToLower(w); lw == "this" || lw == "that" || lw == "these" || lw == "those" {
			return true
		}
	}
	return false
}

// startsWithName reports whether s begins, after an optional article,
// with name (acronyms case-sensitive, other words not; a plural last word
// allowed), and returns the byte offset just after it.
func startsWithName(s, name string) (int, bool) {
	off := 0
	for _, d := range determiners {
		if strings.HasPrefix(s, d) {
			off = len(d)
			break
		}
	}
	for _, start := range []int{off, 0} {
		if end, ok := matchWordsAt(s, start, name); ok {
			return end, true
		}
		if off == 0 {
			break
		}
	}
	return 0, false
}

func matchWordsAt(s string, start int, name string) (int, bool) {
	want := text.Words(name)
	got := text.Words(s[start:])
	if len(want) == 0 || len(got) < len(want) || got[0].Start != 0 {
		return 0, false
	}
	for i, w := range want {
		g := got[i].Text
		if i > 0 && gapKind(s[start+got[i-1].End:start+got[i].Start]) != gapKind(name[want[i-1].End:w.Start]) {
			return 0, false
		}
		last := i == len(want)-1
		if text.IsAcronym(w.Text) {
			if g != w.Text && !(last && g == w.Text+"s") {
				return 0, false
			}
			continue
		}
		if !strings.EqualFold(g, w.Text) && !(last && strings.EqualFold(g, plural(w.Text))) {
			return 0, false
		}
	}
	return start + got[len(want)-1].End, true
}

// pronouns and demonstratives never start a defined term.
var notSubjects = map[string]bool{"this": true, "that": true, "these": true, "those": true, "it": true, "they": true,
	"he": true, "she": true, "we": true, "there": true, "such": true, "what": true, "which": true, "who": true}

// definedSubject finds a term that sentence s introduces and defines:
// "X refers to ...", "X is defined as ...", "X is a/an ...", "X,
// comprising A, B and C, ...". X is the sentence's subject: one to four
// content words after an optional article.
func definedSubject(s string) (string, int) {
	off := 0
	for _, d := range determiners {
		if strings.HasPrefix(s, d) {
			off = len(d)
			break
		}
	}
	toks := text.Words(s[off:])
	if len(toks) == 0 || toks[0].Start != 0 || notSubjects[strings.ToLower(toks[0].Text)] {
		return "", 0
	}
	for n := 1; n <= 4 && n <= len(toks); n++ {
		t := toks[n-1]
		if text.VagueWord(t.Text) || text.StripPossessive(t.Text) != t.Text {
			return "", 0
		}
		if n > 1 && gapKind(s[off+toks[n-2].End:off+t.Start]) == 0 {
			return "", 0
		}
		rest := s[off+t.End:]
		rank := definitionRank(rest)
		if rank == rankAppositive {
			rank = 0 // appositives only confirm known terms
		}
		if rank == rankCopula && strings.HasPrefix(rest, " is the ") || strings.HasPrefix(rest, " are ") {
			rank = 0 // "X is the largest ..." describes rather than defines
		}
		if rank > 0 && rank < rankRefers && n == 1 && !text.IsCapitalized(t.Text) && !strings.HasPrefix(rest, " is ") {
			rank = 0 // "The alliance, comprising ..." is about something named before
		}
		if rank > 0 && strings.HasPrefix(s, "The ") && !isProperPhrase(s[off:off+t.End]) && describesEvent(s[off:off+t.End]) {
			return "", 0
		}
		if rank > 0 {
			subj := s[off : off+t.End]
			if off > 0 && !isProperPhrase(subj) {
				return subj, rank
			}
			if off == 0 {
				// Without an article a lower-case first word is only
				// capitalised because it starts the sentence.
				return lowerFirstIfCommon(subj), rank
			}
			return subj, rank
		}
	}
	return "", 0
}

// describesEvent reports whether a common phrase after "The" that a
// copula defines points back at the story rather than names a term ("A
// stablecoin is a ..." defines one): one word ("The disaster is a national tragedy", "The verdict is a stunning
// reckoning": the story's event, named again), or a superlative ("The
// youngest passenger was a ..."): who stood out, no term.
func describesEvent(subj string) bool {
	ws := text.WordTexts(subj)
	if len(ws) == 1 {
		return true
	}
	for _, w := range ws {
		if isSuperlative(w) {
			return true
		}
	}
	return false
}

func isProperPhrase(s string) bool {
	for _, t := range text.NameWords(s) {
		if !text.IsCapitalized(t.Text) {
			return false
		}
	}
	return true
}

// lowerFirstIfCommon lower-cases the first letter of a multi-word subject
// whose other words are lower case ("Machine learning" -> "machine
// learning"); names and acronyms are left alone.
func lowerFirstIfCommon(s string) string {
	toks := text.Words(s)
	if len(toks) < 2 || text.IsAcronym(toks[0].Text) {
		return s
	}
	for _, t := range toks[1:] {
		if text.IsCapitalized(t.Text) {
			return s
		}
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// Weaker ways a sentence describes a term it mentions anywhere, not only
// as its subject; a definition of any rank above replaces them.
const (
	rankExpansion  = 1 // "long form (SHORT)": says what the acronym stands for
	rankDescribed  = 1 // "T ... as a Y", "T (a Y)"
	rankInlineDesc = 2 // "T, a Y that ...", "T, which ...", "T such as A, B and C", "known as T"
)

// nameCues announce, right before it, the name of the thing the sentence
// has just described: "a vaccine, called RX-21", "a network known as X".
var nameCues = []string{" known as ", " called ", " dubbed ", " named "}

// inlineRank says how well sentence s describes the term mentioned at
// s[start:end] wherever it stands: by an appositive or relative clause
// right after it, a list of examples after "such as", a parenthesis, a
// cue naming it ("known as T"), or "T ... as a Y" in the same clause.
// proper is true for names and acronyms, which a relative clause or an
// "as a" phrase describes; a common phrase needs an appositive or examples.
func inlineRank(s string, start, end int, proper bool) int {
	// A sentence that quotes someone says what was said: its words about
	// the speaker frame the quote ("'What a ride,' astronaut T, the
	// mission commander, told ..."); the role is read apart (roles).
	if strings.ContainsAny(s, "\"“”") {
		return 0
	}
	before := strings.TrimRight(s[:start], " ")
	// A source the sentence cites ("According to the National Hurricane
	// Center, the storm ...") is not what it describes.
	if low := strings.ToLower(before); strings.HasSuffix(low, "according to") || strings.HasSuffix(low, "according to the") {
		return 0
	}
	// An item of a list of examples is not what the sentence describes.
	for _, l := range []string{" such as", " such as the", " like", " like the", " including", " including the"} {
		if strings.HasSuffix(before, l) {
			return 0
		}
	}
	for _, cue := range nameCues {
		if strings.HasSuffix(before+" ", cue) && strings.Contains(before, ", ") {
			return rankInlineDesc
		}
	}
	rest := s[end:]
	// "In Tolby, a crane fell": the comma closes an opening phrase the
	// term ends, and what follows is the sentence, no appositive.
	if ws := text.WordTexts(before); len(ws) > 0 && prepositions[strings.ToLower(ws[0])] && !strings.Contains(before, ",") && strings.HasPrefix(rest, ", ") {
		return 0
	}
	// So too for a clause after a comma or a conjunction ("... but in
	// his last World Cup, the 35-year-old led ...").
	if strings.HasPrefix(rest, ", ") {
		// Each conjunction after which a clause may open: the phrase
		// opens one if a preposition follows one of them.
		for _, sep := range []string{", ", " but ", " and ", " while ", " yet "} {
			for i := 0; ; {
				k := strings.Index(before[i:], sep)
				if k < 0 {
					break
				}
				i += k + len(sep)
				clause := before[i:]
				if ws := text.WordTexts(clause); len(ws) > 0 && prepositions[strings.ToLower(ws[0])] && !strings.Contains(clause, ",") {
					return 0
				}
			}
		}
	}
	// A possessive or a hyphenated compound is a use, not the thing itself.
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, "-") {
		return 0
	}
	// Examples ("T such as A, B and C") say what belongs to a term, not
	// what it is: no definition.
	if strings.HasPrefix(rest, ", ") {
		after := rest[2:]
		dets := []string{"a ", "an "}
		if proper {
			dets = append(dets, "the ") // "Sberbank, the largest bank in Russia, ..."
		}
		for _, d := range dets {
			if strings.HasPrefix(after, d) && appositiveEnds(after[len(d):]) && !namesOnly(after[len(d):]) && !reportingClause(after[len(d):]) && !verdict(after[len(d):]) && !listItem(after[len(d):]) && !firstToAct(after[len(d):]) {
				return rankInlineDesc
			}
		}
		if proper {
			for _, w := range []string{"which is a ", "which is an ", "which is the ", "which was a ", "which was an ", "which was the ", "which are a ", "which are the ", "who is a ", "who is an ", "who is the ", "who was a ", "who was an ", "who was the ", "which comprises ", "which includes ", "founded ", "created ", "set up ", "established ", "formed ", "known as ", "also known as "} {
				if strings.HasPrefix(after, w) {
					return rankInlineDesc
				}
			}
		}
	}
	if strings.HasPrefix(rest, " (") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			inner := rest[2:k]
			if len(strings.Fields(inner)) >= 3 && !text.IsAcronym(strings.TrimSpace(inner)) {
				return rankDescribed
			}
		}
	}
	if proper {
		// "Analyses of T reveal it as a strategic attempt ...": within a
		// few words and no clause break.
		clause := rest
		if k := strings.IndexAny(clause, ",;:.!?"); k >= 0 {
			clause = clause[:k]
		}
		if k := strings.Index(clause, " as a "); k >= 0 && len(strings.Fields(clause[:k])) <= 4 {
			return rankDescribed
		}
		if k := strings.Index(clause, " as an "); k >= 0 && len(strings.Fields(clause[:k])) <= 4 {
			return rankDescribed
		}
	}
	return 0
}

// listItem reports whether the phrase after "T, a " is the next item of a
// list, not T's appositive: "a performance by Celine Dion, a flaming
// cauldron lifted by balloon, and a dazzling light show brought ...".
func listItem(s string) bool {
	k := strings.IndexByte(s, ',')
	return k >= 0 && strings.HasPrefix(s[k+1:], " and ")
}

// namesOnly reports whether the words of s up to its first comma are all
// capitalised: "Iran, the United Arab Emirates, Egypt" is a list of
// names, not an appositive describing Iran.
func namesOnly(s string) bool {
	if k := strings.IndexByte(s, ','); k >= 0 {
		s = s[:k]
	}
	return s != "" && isProperPhrase(s)
}

// reportingClause reports whether the words after "T, the" are who says
// the sentence, to its end ("..., the Weather Office said."): the source
// of the claim, not an appositive of T.
func reportingClause(s string) bool {
	if strings.ContainsAny(s, ",;") {
		return false
	}
	ws := text.WordTexts(s)
	return len(ws) > 1 && text.ReportingVerb(strings.ToLower(ws[len(ws)-1]))
}

// appositiveEnds reports whether the noun phrase after "T, a " is closed
// the way an appositive is: by a comma, a relative pronoun or the end of
// the sentence.
func appositiveEnds(s string) bool {
	clause := s
	if k := strings.IndexAny(s, ",;.!?"); k >= 0 {
		if s[k] == ',' || k == len(strings.TrimRight(s, " "))-1 {
			return true
		}
		clause = s[:k]
	}
	for _, w := range []string{" that ", " which ", " who ", " whose "} {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// Kinds of description a sentence writes right before a name.
const (
	noDescription   = iota
	kindDescription // what the thing is: "state-owned lender Sberbank"
	roleDescription // who the person is: "RDIF chief executive Kirill Dmitriev"
)

// precedingDescription returns the description sentence s writes right
// before the name at s[start:end], and its kind: an appositive before it
// ("Russia's largest lender, Sberbank, said ...", "the central bank, the
// Reserve Bank of Tolby, ...") or a descriptor written as a title
// ("state-owned lender Sberbank", "RDIF chief executive Kirill
// Dmitriev"). The description is a noun phrase whose head, its last word,
// says what the thing is (text.KindNoun, in lower case) or who the person
// is (a title word); a noun phrase, not a clause: "analysts said,
// Sberbank" describes nothing.
func precedingDescription(s string, start, end int) (string, int) {
	if text.TimeWord(strings.ToLower(s[start:end])) {
		return "", noDescription // "on his Truth Social platform Sunday evening": a day, no name
	}
	before := s[:start]
	if b, ok := strings.CutSuffix(before, "the "); ok && strings.HasSuffix(b, ", ") {
		before = b // "the central bank, the Reserve Bank of Tolby, ..."
	}
	appositive := strings.HasSuffix(before, ", ")
	if appositive {
		// The name is closed by a comma and the sentence goes on in lower
		// case ("..., Sberbank, said"), not a list ("VTB, Sberbank, Alfa"),
		// or it ends the sentence ("... launched its own AI chatbot,
		// GigaChat.").
		after, ok := strings.CutPrefix(s[end:], ", ")
		ws := text.Words(after[:min(len(after), 40)])
		closes := strings.TrimSpace(s[end:]) == "."
		if !closes && (!ok || len(ws) == 0 || ws[0].Start != 0 || text.IsCapitalized(ws[0].Text)) {
			return "", noDescription
		}
		before = before[:len(before)-2]
	} else if !strings.HasSuffix(before, " ") || strings.HasSuffix(before, "  ") {
		return "", noDescription
	}
	before = strings.TrimRight(before, " ")
	toks := text.Words(before[max(0, len(before)-120):])
	off := max(0, len(before)-120)
	if len(toks) == 0 {
		return "", noDescription
	}
	if end := off + toks[len(toks)-1].End; end != len(before) && (before[end:] != "." || appositive || !text.TitleWord(strings.ToLower(toks[len(toks)-1].Text))) {
		// Punctuation right before: no noun phrase, but for the dot of an
		// abbreviated title ("Florida Gov. Ron DeSantis").
		return "", noDescription
	}
	head := toks[len(toks)-1].Text
	kind := noDescription
	switch {
	case text.PersonNoun(strings.ToLower(head)) && !text.TitleModifier(strings.ToLower(head)):
		kind = roleDescription // "RDIF chief executive", "Real Madrid goalkeeper", "US scientists"
	case !text.IsCapitalized(head) && text.KindNoun(head):
		kind = kindDescription
	default:
		return "", noDescription
	}
	from := len(toks) - 1
	// A noun used as a modifier ("ferry company", "wealth fund") cannot be
	// told from a verb ("hit lender X") by its shape: such words belong
	// to the description only when a determiner, a possessive or a
	// preposition opens it.
	tentative := false
	for i := len(toks) - 2; i >= 0 && len(toks)-1-i <= 5; i-- {
		t := toks[i]
		gap := gapKind(before[off+t.End : off+toks[i+1].Start])
		if gap == 0 {
			break
		}
		if text.Determiner(strings.ToLower(t.Text)) {
			from = i
			break
		}
		if lw := strings.ToLower(t.Text); tentative && kind == kindDescription && text.NounCue(lw) && lw != "and" {
			// After a preposition a noun phrase begins ("issued by
			// cybersecurity firm CrowdStrike"): no verb and its object.
			from = i + 1
			break
		}
		if text.StripPossessive(t.Text) != t.Text {
			from = i // "Russia's largest lender": the possessive opens it
			if i > 0 && strings.EqualFold(toks[i-1].Text, "the") && gapKind(before[off+toks[i-1].End:off+t.Start]) == ' ' {
				from = i - 1
			}
			break
		}
		if off+t.Start == 0 && text.IsCapitalized(t.Text) && !text.IsAcronym(t.Text) && (i+1 == len(toks)-1 || !text.IsCapitalized(toks[i+1].Text)) {
			// Capitalised for the sentence ("Harbour masters trust TEF"),
			// unless a name goes on after it ("Reform UK leader").
			break
		}
		// A part of a hyphenated compound ("state-owned") goes with the next.
		joined := i > 0 && gapKind(before[off+toks[i-1].End:off+t.Start]) == '-'
		if gap == '-' || joined || premodifier(t.Text, kind) {
			if !tentative {
				from = i
			}
			continue
		}
		if lw := strings.ToLower(t.Text); kind == kindDescription && lw == t.Text && !text.StopWord(lw) && !text.VagueWord(lw) {
			tentative = true
			continue
		}
		break
	}
	if from == len(toks)-1 {
		// A head alone may be a verb ("masters trust TEF"): a noun phrase
		// has a determiner or a modifier before it.
		return "", noDescription
	}
	if kind == roleDescription && text.Determiner(strings.ToLower(toks[from].Text)) {
		from++ // "its chief executive": the office is "chief executive"
	}
	// "whose deputy Vice President Kamala Harris": a title in lower case
	// before one written as a title is a noun of the sentence ("his
	// deputy"), not part of the office.
	for kind == roleDescription && from+1 < len(toks) && toks[from].Text == strings.ToLower(toks[from].Text) && text.TitleWord(toks[from].Text) && text.IsCapitalized(toks[from+1].Text) && text.TitleWord(strings.ToLower(toks[from+1].Text)) {
		from++
	}
	return before[off+toks[from].Start:], kind
}

// premodifier reports whether a word may stand in a descriptor before its
// head: a name or an acronym ("US chipmaker", "RDIF chief executive"), a
// title word before a title ("chief executive"), a superlative ("largest
// lender"), a kind noun ("bank holding company") or a word shaped as an
// adjective ("national lender"). Any other word ends the description: a
// verb ("sanctions hit state lender X") is no part of it.
func premodifier(w string, kind int) bool {
	lw := strings.ToLower(w)
	if text.IsAcronym(w) {
		return true // "US scientists": the country, not the pronoun "us"
	}
	if lw == "own" {
		return true // "its own chatbot"
	}
	if text.StopWord(lw) || text.VagueWord(lw) && !isSuperlative(w) {
		return false
	}
	if text.IsCapitalized(w) {
		return true
	}
	if kind == roleDescription {
		return text.TitleWord(lw) || text.TitleModifier(lw)
	}
	return isSuperlative(w) || text.KindNoun(lw) || text.AdjectiveShape(lw)
}
