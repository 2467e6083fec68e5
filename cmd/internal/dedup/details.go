package dedup

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Claim-level merging (AcrossSources). Outlets retell one fact each with a
// detail of its own: "Hurricane Milton made landfall near Siesta Key,
// Florida, as a Category 3 storm" / "Hurricane Milton made landfall at
// around 8:30 p.m. near Siesta Key, about eight miles south of Sarasota".
// Neither says all the other says, so neither can simply go; kept whole,
// the briefing tells the landfall twice. The sentence that says less is
// cut to the phrases that carry what only it says, shown with elisions
// ("…at around 8:30 p.m. … about eight miles south of Sarasota,
// Florida."), and stands right after the fuller wording (Result.Follows),
// citing its own line: one claim, every outlet, no detail lost, and no word
// the source did not print.
//
// It is the same claim only when the sentence's core (the first phrase of
// its main clause: who did what) says nothing the fuller wording does not,
// and no figure of one contradicts the other: a figure of the same kind
// (the word it counts or the label before it: "240 million euros",
// "Category 3", "8:30 p.m.", a year) with another value is another fact;
// a figure of another kind is a detail.

// numberKind is what a figure counts: the label before it when that is a
// capitalised word ("Category 3", "Article 5"), else the first word after
// it that is no figure or scale word ("240 million euros" counts euros),
// else the word before it; a year is a "year", a count of years ("four
// years") "years", a clock time ("8:30 p.m.", "8:30 pm") a "time".
func numberKind(toks []text.Token, k int) string {
	kind := rawKind(toks, k)
	if text.ClockMark(kind) || strings.Contains(toks[k].Norm, ":") {
		return "time"
	}
	return kind
}

func rawKind(toks []text.Token, k int) string {
	if text.IsYear(text.NumberValue(toks[k].Norm)) {
		return "year"
	}
	// A month however written: "Oct. 9" and "October 9th" count days
	// of one month.
	if k > 0 && toks[k-1].Cap && !toks[k-1].Initial && !toks[k-1].Number && !text.StopWord(toks[k-1].Norm) {
		return text.MonthName(toks[k-1].Stem)
	}
	for j := k + 1; j < len(toks); j++ {
		t := toks[j]
		// A range counts what its last figure counts ("two to
		// three percent").
		if t.Number || text.RangeWord(t.Norm) && j+1 < len(toks) && toks[j+1].Number {
			continue
		}
		if !text.StopWord(t.Norm) {
			if st := text.MonthName(t.Stem); st != "year" {
				return st
			}
			// "in four years" counts years: a span, no date to
			// contradict "since March 2020".
			return "years"
		}
		break
	}
	for j := k - 1; j >= 0; j-- {
		if !toks[j].Number && !text.StopWord(toks[j].Norm) {
			return toks[j].Stem
		}
	}
	return ""
}

// chunk is a phrase of a sentence: bytes [start, end) of its text.
type chunk struct{ start, end int }

// chunkBreaks open a new phrase: punctuation that sets one off, and the
// prepositions that open a phrase of place, time or manner.
var chunkBreaks = []string{", ", "; ", ": ", " — ", " – ", " (", " at ", " near ", " in ", " on ", " as ", " for ",
	" with ", " by ", " from ", " after ", " before ", " during ", " since ", " amid ", " about ", " around ",
	" over ", " across ", " into "}

// chunks splits sentence s into phrases at chunkBreaks (the break goes with
// the phrase it opens), after a closing bracket and before a phrase of
// place or time that opens with no preposition (placeOrTime). A phrase without a word that counts (units has
// none for it) joins the next: "at" alone is no phrase. It returns the
// units of each phrase too.
func chunks(s string, units func(string) []int32) ([]chunk, [][]int32) {
	var cuts []int
	for i := 1; i < len(s); i++ {
		// A bracket's end closes its phrase: "(approximately $1.1
		// million) and is the first ..." says two things.
		if s[i-1] == ')' && s[i] == ' ' || s[i] == ' ' && placeOrTime(s[:i], s[i+1:]) {
			cuts = append(cuts, i)
			continue
		}
		for _, b := range chunkBreaks {
			if strings.HasPrefix(s[i:], b) {
				cuts = append(cuts, i)
				break
			}
		}
	}
	var out []chunk
	var us [][]int32
	start := 0
	for _, c := range append(cuts, len(s)) {
		if c <= start {
			continue
		}
		u := units(s[start:c])
		if c < len(s) && len(u) == 0 {
			continue // too little: it opens the next phrase
		}
		out, us = append(out, chunk{start, c}), append(us, u)
		start = c
	}
	return out, us
}

// placeOrTime reports whether t opens a phrase of place or time without a
// preposition: a direction ("south of Tampa Bay", "southwest of
// Orlando", not "115 miles southwest of Orlando": a distance goes whole)
// or a day or month ("Wednesday night"), after the words before. Such a phrase is a
// detail of what the sentence tells, not its core: "Milton made landfall
// south of Tampa Bay Wednesday night" tells the landfall.
func placeOrTime(before, t string) bool {
	w, rest, _ := strings.Cut(t, " ")
	w = strings.TrimRight(w, ",;:.")
	if text.CompassWord(strings.ToLower(w)) && strings.HasPrefix(rest, "of ") {
		// "twelve miles north of Calder" is one phrase, a distance.
		toks := text.Tokenize(before)
		n := len(toks)
		return !(n > 0 && toks[n-1].Number || n > 1 && toks[n-2].Number)
	}
	return w != "" && text.IsCapitalized(w) && text.TimeWord(strings.ToLower(w))
}

// attribution reports whether a phrase only says who reports the fact
// ("According to TASS", "officials said", "the city said"): the source
// link says that, and it is no detail of the fact.
func attribution(p string) bool {
	p = strings.ToLower(strings.Trim(p, " ,;:.—–()\"“”'’"))
	if strings.HasPrefix(p, "according to ") {
		return true
	}
	ws := strings.Fields(p)
	return len(ws) > 0 && len(ws) <= 5 && text.ReportingVerb(ws[len(ws)-1])
}

// countedRightThere reports whether kind, what figure k counts, is the word
// right after it (past a range: "two to three percent") or the label
// right before it.
func countedRightThere(toks []text.Token, k int, kind string) bool {
	if k > 0 && toks[k-1].Stem == kind {
		return true
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].Number || text.RangeWord(toks[j].Norm) && j+1 < len(toks) && toks[j+1].Number {
			continue
		}
		return toks[j].Stem == kind
	}
	return false
}

// joinChunks is sentence s cut to the phrases marked in keep: each run of
// kept phrases as written (without the punctuation that joined it to a
// phrase left out), runs apart joined by an elision, and an elision where
// the sentence's opening or end is left out.
func joinChunks(s string, cs []chunk, keep []bool) string {
	var pieces []string
	for i := 0; i < len(cs); {
		if !keep[i] {
			i++
			continue
		}
		j := i
		for j+1 < len(cs) && keep[j+1] {
			j++
		}
		p := s[cs[i].start:cs[j].end]
		p = strings.TrimLeft(p, " ,;:—–")
		if j < len(cs)-1 {
			p = strings.TrimRight(p, " ,;:—–(")
		}
		pieces = append(pieces, p)
		i = j + 1
	}
	if len(pieces) == 0 {
		return ""
	}
	out := strings.Join(pieces, " "+Elision+" ")
	if !keep[0] {
		out = Elision + out
	}
	if !keep[len(cs)-1] {
		out = strings.TrimRight(out, ".") + Elision
	}
	return out
}

// phrases is a sentence cut into phrases (chunks): the units of each,
// and which are its core, the first phrase of its main clause, after a
// lead phrase and a dateline or wire tag ("BALTIMORE — ", "(CNN) — "),
// with the phrases after it, set off by commas, while it is only names
// (a subject before its verb: "The United States, China and India are in
// ..." has the core "The United States, China and India are"; "The
// Federal Reserve, however, maintained caution ..." the core "The Federal
// Reserve, however, maintained caution"), and with the next phrase
// whatever sets it off while it has no content word ("Putin said on Dec.
// 11 that a new network ...": who said it is not the claim); the phrases
// before the core are its lead. coreUnits are the core's units.
type phrases struct {
	cs            []chunk
	units         [][]int32
	core, coreEnd int
	coreUnits     []int32
}

// phrasesOf is sentence i's phrases, made once.
func (a *across) phrasesOf(i int) *phrases {
	if a.phr == nil {
		a.phr = map[int]*phrases{}
	}
	if p, ok := a.phr[i]; ok {
		return p
	}
	s := a.res.Text[i]
	names := entityNames(a.res.Units[i])
	units := func(p string) []int32 { return a.phraseUnits(p, names) }
	p := &phrases{}
	p.cs, p.units = chunks(s, units)
	lead := len(s) - len(mainClause(s))
	for p.core < len(p.cs) && p.cs[p.core].end <= lead {
		p.core++
	}
	p.coreEnd = p.core
	for p.coreEnd < len(p.cs) {
		p.coreUnits = append(p.coreUnits, p.units[p.coreEnd]...)
		next := p.coreEnd + 1
		named := onlyNames(s[p.cs[p.core].start:p.cs[p.coreEnd].end])
		if next == len(p.cs) || !named || !strings.HasPrefix(s[p.cs[next].start:], ", ") && a.hasWord(p.coreUnits) {
			break
		}
		p.coreEnd = next
	}
	a.phr[i] = p
	return p
}

// hasWord reports whether units holds a content word (no name, no
// figure).
func (a *across) hasWord(units []int32) bool {
	return slices.ContainsFunc(units, func(x int32) bool { return a.tab.word[x] })
}

// onlyNames reports whether every word of phrase p that is no stop word
// is written as a name.
func onlyNames(p string) bool {
	for _, t := range text.Tokenize(p) {
		if !t.Number && !text.StopWord(t.Norm) && !t.Cap && !t.Upper {
			return false
		}
	}
	return true
}

// dashTag is the length of a dateline or wire tag that opens s: before a
// dash ("BALTIMORE — ", "(CNN) — ": at most four words), or a place in
// capitals before a colon or a comma, with the outlet and date in brackets
// after it if any ("SYDNEY: ", "ISTANBUL, (UrduPoint - 18th Feb, 2025) "),
// with four words or more after it; else 0.
func dashTag(s string) int {
	n := 0
	for _, dash := range []string{" — ", " – "} {
		if k := strings.Index(s, dash); k > 0 && len(strings.Fields(s[:k])) <= 4 {
			n = k + len(dash)
			break
		}
	}
	if m := capsDateline.FindStringIndex(s); n == 0 && m != nil {
		n = m[1]
	}
	if len(strings.Fields(s[n:])) < 4 {
		return 0
	}
	return n
}

var capsDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]+)*(?::\s+|,\s+(?:\([^)]*\)\s+)?)`)

// sameCore reports whether sentence d tells k's claim in its core: d's
// core says nothing k lacks, and the two have one actor (each names one in
// its core, and one's is in the other's core: "Milton made landfall" and
// "Hurricane Milton made landfall ..."; "The United States, China and
// India are in the top 10" is not "Russia ranks 31st, well behind the
// United States").
func (a *across) sameCore(d, k int) bool {
	pd, pk := a.phrasesOf(d), a.phrasesOf(k)
	if pd.core >= len(pd.cs) || pk.core >= len(pk.cs) ||
		!slices.Contains(pd.coreUnits, a.actor[d]) || !slices.Contains(pk.coreUnits, a.actor[k]) {
		return false
	}
	for _, x := range pd.coreUnits {
		if !has(a.sets[k], x) && !has(a.sets[k], a.asWord(x)) {
			return false
		}
	}
	return slices.Contains(pk.coreUnits, a.actor[d]) || slices.Contains(pd.coreUnits, a.actor[k])
}

// asWord is the word unit of name unit x, or -1: a capitalised word that
// opens one sentence is a word there and a name in another ("Hurricane
// Milton made landfall ..."), and it is one word for telling one core
// from another.
func (a *across) asWord(x int32) int32 {
	key := a.tab.key[x]
	name, ok := strings.CutPrefix(key, entityUnit)
	if !ok {
		return -1
	}
	if y, ok := a.tab.id[wordUnit+prefix(text.Concept(text.Stem(name)), wordPrefix)]; ok {
		return y
	}
	return -1
}

// detailOf cuts sentence d, which tells k's claim in its core (sameCore),
// to the phrases after its core that carry what no other kept sentence
// says: a name k lacks and only d carries (carried counts the kept
// sentences carrying each unit), a figure k does not give that no other
// kept sentence gives as the same kind (kindedFigures), or two such
// content words. An attribution, a dateline and a wire tag are never
// details. It reports false when d is not k's claim told with details.
// With no detail phrase the text is "" (d says nothing k lacks).
func (a *across) detailOf(d, k int, carried []int) (string, bool) {
	// One event told in two wordings (sameEvent) is one claim too: its
	// core tells k's event in words of its own, and only a name or
	// figure of its own there is a detail.
	core := a.sameCore(d, k)
	event := !core && a.sameEvent(d, k)
	if _, strong := a.sharedFigures(d, k); !core && !strong && !event {
		return "", false
	}
	same := core || event
	s, p := a.res.Text[d], a.phrasesOf(d)
	keep := make([]bool, len(p.cs))
	any, told, ownFigure := false, same, false
	// The dateline or wire tag, and whether the lead only attributes.
	tag, leadAttrib := dashTag(s), attribution(s[:p.cs[p.core].start])
	for i, c := range p.cs {
		// A core that is not k's (the claim is one by its figures,
		// or the event told in other words) is weighed like any
		// phrase: it may say what k does not.
		inCore := i >= p.core && i <= p.coreEnd
		if core && inCore || c.end <= tag || attribution(s[c.start:c.end]) || i < p.core && leadAttrib {
			continue
		}
		newFacts, newWords := 0, 0
		if conversion(s, p.cs, i) {
			continue // it goes or stays with the figure it converts (below)
		}
		for _, x := range p.units[i] {
			switch {
			case has(a.sets[k], x) || a.tab.num[x]:
				// A figure is new by value and kind (below).
			case event && inCore && x == a.actor[d] && a.actor[k] >= 0:
				// Who acts, named as k names its own actor
				// ("Doppler radar has indicated Hurricane Milton
				// made landfall" beside "Hurricane Milton made
				// landfall near Siesta Key"): no detail.
			case a.tab.fact[x] && !a.carriedNear(d, x, carried):
				newFacts++
			case !a.tab.fact[x] && (carried[x] <= 1 || !core):
				// Beside another wording of the event, words k
				// does not use are what d adds too ("on the
				// company's second-most advanced processor").
				// Beside a claim that is one by its figures only,
				// words k does not use are what d adds, however
				// many other sentences use them ("... and is the
				// first of the prizes to be announced each year").
				newWords++
			}
		}
		figs := kindedFigures(s[c.start:c.end])
		newFigures := 0
		for _, f := range figs {
			if !a.gives(d, k, f) {
				newFigures++
			}
		}
		newFacts += newFigures
		// Beside a claim that is one by its figures, a phrase giving
		// one of them is its wording ("with a reward of 11 million
		// kronor" / "with a prize sum of 11 million crowns"), and its
		// core how it frames them ("A target has been set for 80%
		// ..."), and so beside another wording of one event ("as a
		// Category 3 storm"): only a name or figure of its own keeps
		// either.
		if !core && (inCore || len(figs) > 0) && newFacts == 0 {
			newWords = 0
		}
		if newFacts > 0 || newWords >= 2 {
			keep[i], any = true, true
			told = told || newFacts > 0 || !inCore
			ownFigure = ownFigure || newFigures > 0
		}
	}
	// Its core's words alone, no name or figure with them, are how it
	// framed the figures k gives ("…an ambitious target has been
	// set…"): nothing to add. A detail right after a core that is not
	// k's keeps the core, its subject ("Russia has identified AI as a
	// key growth area", not "…as a key growth area").
	any = any && told
	if !same && p.coreEnd+1 < len(p.cs) && keep[p.coreEnd+1] {
		for i := p.core; i <= p.coreEnd; i++ {
			keep[i] = true
		}
	}
	for i := 1; i < len(p.cs); i++ {
		if conversion(s, p.cs, i) {
			keep[i] = keep[i-1]
		}
	}
	if !any {
		return "", true
	}
	quotesWhole(s, p.cs, keep)
	if !slices.Contains(keep, false) {
		return "", false // all of it is new: both stand
	}
	// A list goes or stays whole: "with heavy rain, tornadoes, and
	// storm surges", not "… and storm surges".
	for i := len(p.cs) - 1; i > p.coreEnd; i-- {
		if t := s[p.cs[i].start:]; keep[i] && (strings.HasPrefix(t, ", and ") || strings.HasPrefix(t, ", or ")) {
			for j := i - 1; j > p.coreEnd && !keep[j]; j-- {
				keep[j] = true
				if !strings.HasPrefix(s[p.cs[j].start:], ", ") {
					break
				}
			}
		}
	}
	// A lead phrase goes or stays whole: "Despite weakening from
	// Category 5", not "…from Category 5".
	if slices.Contains(keep[:p.core], true) {
		for i := range p.core {
			keep[i] = !leadAttrib
		}
	}
	cut := joinChunks(s, p.cs, keep)
	if !readableDetail(cut) {
		// Phrases apart are shown with what stands between them: "…by
		// 0.50 percentage points on Wednesday, marking the first rate
		// cut since March 2020.", not "…by 0.50 percentage points …
		// since March 2020."
		first, last := slices.Index(keep, true), len(keep)-1
		for !keep[last] {
			last--
		}
		for i := first; i <= last; i++ {
			keep[i] = true
		}
		if !slices.Contains(keep, false) {
			return "", false
		}
		cut = joinChunks(s, p.cs, keep)
	}
	if !readableDetail(cut) {
		// A cut that reads as no phrase ("…for riskier assets such…",
		// "…Bradford L. Smith…", "…won all but three … before the
		// electoral authority …") misleads more than it adds: a
		// sentence with a figure only it gives stands whole, one that
		// tells k's claim with words or names of its own goes (a
		// name's fuller form, a minor actor: no fact of the claim).
		if ownFigure || !same {
			return "", false
		}
		return "", true
	}
	return cut, true
}

// readableDetail reports whether detail cut reads as one phrase: one run of
// the sentence's words (no elision inside it), not a name alone, that does
// not stop at a word that needs what was cut after it ("such…", "of …").
func readableDetail(cut string) bool {
	var pieces []string
	for _, p := range strings.Split(cut, Elision) {
		if p = strings.TrimSpace(p); p != "" {
			pieces = append(pieces, p)
		}
	}
	if len(pieces) != 1 {
		return false
	}
	toks := text.Tokenize(pieces[0])
	if onlyNames(pieces[0]) && !slices.ContainsFunc(toks, func(t text.Token) bool { return t.Number }) {
		return false
	}
	return len(toks) > 0 && !(strings.HasSuffix(cut, Elision) && text.StopWord(toks[len(toks)-1].Norm)) && !(strings.HasPrefix(cut, Elision) && lostReferent(toks))
}

// lostReferent reports whether a phrase cut from its sentence holds a
// pronoun with no name before it in the phrase ("…for La Albiceleste and
// it was the first title…", "…as his rebounded strike was given …"): who
// or what it stands for was cut, and beside another outlet's wording it
// stands for someone else.
func lostReferent(toks []text.Token) bool {
	for i, t := range toks {
		switch t.Norm {
		case "he", "she", "him", "his", "her":
			return !slices.ContainsFunc(toks[:i], func(n text.Token) bool { return (n.Cap && !n.Initial) || n.Upper })
		case "it", "they":
			// A subject opening the phrase or a clause of it ("…and it
			// was"); "raised its warning" has its owner right there.
			if i == 0 || toks[i-1].Norm == "and" || toks[i-1].Norm == "but" || toks[i-1].Norm == "as" || toks[i-1].Norm == "while" {
				return true
			}
		}
	}
	return false
}

// quotesWhole keeps a quotation the cut keeps part of whole, with the
// attribution right after it: "…flash flooding occurring…" misquotes what
// was said, and a quote without its speaker is nobody's.
func quotesWhole(s string, cs []chunk, keep []bool) {
	for i := 0; i < len(cs); {
		j := i
		for j+1 < len(cs) && text.InsideQuote(s, cs[j+1].start) {
			j++
		}
		if j > i && slices.Contains(keep[i:j+1], true) {
			for k := i; k <= j; k++ {
				keep[k] = true
			}
			if j+1 < len(cs) && attribution(s[cs[j+1].start:cs[j+1].end]) {
				keep[j+1] = true
			}
		}
		i = j + 1
	}
}

// conversion reports whether phrase i of sentence s is a figure in other
// units, in brackets, right after a phrase that gives one ("120 mph (205
// kph)", "70 miles (112 kilometers)"): the same figure, no detail of its
// own.
func conversion(s string, cs []chunk, i int) bool {
	c := strings.TrimSpace(s[cs[i].start:cs[i].end])
	inner, ok := strings.CutPrefix(c, "(")
	if !ok || i == 0 || len(kindedFigures(s[cs[i-1].start:cs[i-1].end])) == 0 {
		return false
	}
	inner, ok = strings.CutSuffix(strings.TrimRight(inner, ".,;"), ")")
	toks := text.Tokenize(inner)
	return ok && len(toks) > 0 && len(toks) <= 3 && toks[0].Number
}

// kindedFigures are the figures of phrase p, each with what it counts
// ("value|kind"): a figure another sentence gives counting something else
// is not said there. A clock time or a year is told apart from other
// figures ("8|time"); a small whole number (below 32: a count, a day, a
// rank) by the word it counts when that stands right after it or is a
// label before it ("5|mil" for "five miles", "5|hurrican" for "the fifth
// hurricane", "3|categori" for "Category 3"); else the kind is left out
// ("5|" for "5% in 2023"), and matches any: what a larger figure counts is
// worded many ways ("240 million euros", "paid €240m"), and two such
// figures seldom meet by chance.
func kindedFigures(p string) []string { return tokenFigures(figureTokens(p)) }

// figureTokens are the tokens of t for telling what its figures count:
// "5%" is a share, as "5 percent" is, whatever word follows it ("up from
// 5% today" / "the 5% recorded in 2023"); the tokens drop the sign.
func figureTokens(t string) []text.Token {
	return text.Tokenize(strings.ReplaceAll(t, "%", " percent"))
}

// tokenFigures are the kindedFigures of a phrase's tokens toks.
func tokenFigures(toks []text.Token) []string {
	var out []string
	for k := 0; k < len(toks); k++ {
		tok := toks[k]
		var v string
		v, k = text.Figure(toks, k) // "twenty-five": its kind is its last word's
		if tok.Number && v != "" {
			kind := numberKind(toks, k)
			// ("25%" loses its sign in the tokens: a share is of
			// no kind, as "twenty-five percent" is; a scaled
			// figure, "11 million crowns", is a large one.)
			scaled := k+1 < len(toks) && toks[k+1].Number && text.NumberValue(toks[k+1].Norm) == ""
			if n, err := strconv.Atoi(v); kind != "time" && kind != "year" && (err != nil || n >= 32 || scaled || !countedRightThere(toks, k, kind) || text.PercentWord(kind)) {
				kind = ""
			}
			out = append(out, v+"|"+kind)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// phraseUnits are the unit ids of a phrase of a sentence whose names are
// names, as unitSet makes them (a unit the story never uses has none).
func (a *across) phraseUnits(p string, names map[string]bool) []int32 {
	var out []int32
	for _, key := range a.unitKeys(text.Tokenize(p), names) {
		if x, ok := a.tab.id[key]; ok {
			out = append(out, x)
		}
	}
	return out
}
