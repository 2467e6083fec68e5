// Package glossary finds the terms of a briefing in its source text: the
// acronyms it expands, the terms it defines and its key phrases, each with
// a definition quoted from the text (or none) and where it came from. It
// also writes the content/glossary/<slug>.md files and provides the
// Matcher that finds mentions of terms in text.
//
// Nothing here knows any particular term: every term comes from the text.
package glossary

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Provenance says where a piece of text came from: the seed file name
// (without directory, e.g. "000_c04abfce862fae5e") and its 1-based line.
type Provenance struct {
	Seed string
	Line int
}

// Passage is a block of source text (usually a paragraph) and where it
// starts in its seed.
type Passage struct {
	Text   string
	Source Provenance
}

// Term is one glossary entry.
type Term struct {
	Slug    string
	Term    string
	Aliases []string
	// Definition is a verbatim span of the source text (the sentence that
	// defines the term), or empty when the text never defines it.
	Definition string
	// Source is the passage the definition (or, without one, the first
	// mention or expansion) comes from.
	Source Provenance
	// Mentions counts the mentions of the term and its aliases in the
	// passages (identical passages counted once).
	Mentions int
	// Role is, for a person named with a title, the title as the text
	// writes it ("Russian President"): who the term is per the text; for
	// a thing, the description the text writes before its name
	// ("Call of Duty-maker", "Russia's largest lender"): what it is.
	Role string
	// Expansion is, for an acronym the text never defines, what the text
	// says it stands for ("artificial intelligence"), written at Source.
	Expansion string
	// Entity is true when the term names one entity (a person, an
	// organisation, a place, a law or a product: a name the text never
	// writes in lower case, or an acronym of one): the same entity in
	// every story of a briefing, so what the text says it is holds in all
	// of them. A common noun ("rate cut", "AI" for "artificial
	// intelligence") may mean another thing in another story.
	Entity bool
	// Rank is how strongly Definition defines the term (0 without one;
	// higher is stronger: an acronym's cue over "X is a", over an
	// appositive).
	Rank int
	// Redirects are old addresses of the entry ("/glossary/old-slug/"),
	// written among its aliases, where a site path is a redirect.
	Redirects []string
}

// Options tune Extract. The zero value is usable.
type Options struct {
	// MaxKeyTerms caps the number of key phrases added beyond acronyms and
	// defined terms; 0 means 15.
	MaxKeyTerms int
	// MinPassages is how many distinct passages a key phrase or a bare
	// acronym must occur in; 0 means 2.
	MinPassages int
	// KeyPhrases, when not nil, are the result of KeyPhrases on the same
	// passages and MinPassages, computed once for Extract and the topics.
	KeyPhrases []KeyPhrase
}

// candidate is a term being assembled.
type candidate struct {
	term      string
	aliases   []string
	def       string
	defRank   int // strength of the definition pattern; higher wins
	source    Provenance
	hasSource bool
	order     int // order of discovery, for stable merging
	// generic marks a key phrase of common words (an adjective and a
	// noun, a place), listed only if the text defines it.
	generic bool
	// dropped marks a candidate merged into another or found to be no
	// term (see consolidate).
	dropped bool
	role    string
	// lowerCase is set when the text writes the term in lower case.
	lowerCase bool
	// name marks a one-word name found as one (a name the text describes,
	// a camel-case name): a name, like a run of capitalised words.
	name bool
	// roleSource is where an appositive gave the role, if one did.
	roleSource Provenance
	// expansion is what the text says the acronym stands for, first
	// written at expSource.
	expansion string
	expSource Provenance
	g         *gatherer
}

// setExpansion records the first expansion of an acronym the text writes.
func (c *candidate) setExpansion(long string, src Provenance) {
	if c.expansion == "" && long != "" {
		c.expansion, c.expSource = strings.Join(strings.Fields(long), " "), src
	}
}

// Extract returns the glossary terms of the passages, sorted by slug.
// Identical passages (boilerplate repeated through a page) count once.
// The steps, in order: acronyms with their expansions, acronyms used
// unexpanded, names, terms the text defines, key phrases; then one entry
// per entity, the definitions and mention counts, and the entries.
func Extract(passages []Passage, opts Options) []Term {
	if opts.MaxKeyTerms == 0 {
		opts.MaxKeyTerms = 15
	}
	if opts.MinPassages == 0 {
		opts.MinPassages = 2
	}
	passages = uniquePassages(passages)
	g := &gatherer{byKey: map[string]*candidate{}}
	sents := make([][]sentences.Sentence, len(passages))
	for i, p := range passages {
		sents[i] = sentences.Split(p.Text)
	}
	g.addExpandedAcronyms(passages, sents)
	g.addBareAcronyms(passages, sents, opts.MinPassages)
	g.addNames(passages, sents, opts.MinPassages)
	g.addDefinedTerms(passages, sents)
	g.addKeyPhrases(passages, opts)
	// One entry per entity, and no coordinations, first names or fragments.
	g.consolidate(passages)
	mentions := g.findDefinitions(passages, sents)
	return g.terms(mentions, passages)
}

// addExpandedAcronyms adds the acronyms the text expands, with their
// expansions as aliases.
func (g *gatherer) addExpandedAcronyms(passages []Passage, sents [][]sentences.Sentence) {
	for pi, p := range passages {
		for _, s := range sents[pi] {
			for _, a := range findCueAcronyms(s.Text) {
				c := g.add(a.Short, p.Source)
				if !a.List {
					c.addAlias(a.Long)
					c.setExpansion(a.Long, p.Source)
				}
				c.setDef(s.Text, rankCue, p.Source)
			}
			for _, a := range findParenAcronyms(s.Text) {
				if !strings.Contains(a.Long, " ") && text.IsCapitalized(a.Long) {
					// "Nvidia (NVDA)", "Microsoft (MSFT)": the letters of
					// one name are its ticker or its short form; the
					// entry is the name, the letters its alias.
					c := g.lookup(a.Long)
					if c == nil {
						c = g.add(a.Long, p.Source)
						c.name = true
					}
					c.addAlias(a.Short)
					continue
				}
				c := g.add(a.Short, p.Source)
				c.addAlias(a.Long)
				c.setExpansion(a.Long, p.Source)
				// Saying what the letters stand for is the least a
				// definition can do; any other wins over it.
				c.setDef(s.Text, rankExpansion, p.Source)
			}
		}
	}
}

// addBareAcronyms adds the acronyms used in several passages, even
// unexpanded; one that is the initials of a name the text uses gets the
// name as its alias.
func (g *gatherer) addBareAcronyms(passages []Passage, sents [][]sentences.Sentence, minPassages int) {
	// Words the text writes in lower or title case: one of them in
	// capitals is shouted ("MOSCOW, RUSSIA (RUSSIAN POOL)", a caption or a
	// credit line), and so is every word in capitals around it.
	written := map[string]bool{}
	spelled := map[string]map[string]int{} // lower case -> its spellings not in capitals
	for _, p := range passages {
		for _, t := range text.Words(p.Text) {
			if strings.ToUpper(t.Text) != t.Text {
				lw := strings.ToLower(t.Text)
				written[lw] = true
				if before := strings.TrimRight(p.Text[:t.Start], " \"“‘'("); titleCased(t.Text) && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:") {
					// Capitalised inside a sentence: a name ("Nvidia"),
					// not a word that opens one ("Who").
					if spelled[lw] == nil {
						spelled[lw] = map[string]int{}
					}
					spelled[lw][t.Text]++
				}
			}
		}
	}
	acrPassages := map[string]map[int]bool{}
	total, clock := map[string]int{}, map[string]int{}
	for pi := range passages {
		for _, s := range sents[pi] {
			toks := text.NameWords(s.Text) // "COVID-19" one name
			if isShoutedSentence(toks, written) {
				continue
			}
			for _, t := range toks {
				// The acronym, with the number a hyphen joins to it
				// ("COVID-19"), not a syllable ("AI-led" is AI).
				w := text.StripPossessive(t.Text)
				base, tail, _ := strings.Cut(w, "-")
				if !text.IsAcronym(base) || text.Dotted(s.Text, t) {
					continue
				}
				if !text.AllDigits(tail) {
					w = base
				}
				if acrPassages[w] == nil {
					acrPassages[w] = map[int]bool{}
				}
				acrPassages[w][pi] = true
				total[w]++
				if afterClock(s.Text[:t.Start]) {
					clock[w]++
				}
			}
		}
	}
	var bare []string
	for _, w := range sortedKeys(acrPassages) {
		if forms := spelled[strings.ToLower(w)]; len(forms) > 0 && len(w) > 3 && len(acrPassages[w]) >= minPassages {
			// "NVIDIA" where the text also writes "Nvidia": the name
			// in capitals, no acronym. The entry is the name as the
			// text writes it most, a one-word name.
			name := sortedKeys(forms)[0]
			for _, f := range sortedKeys(forms) {
				if forms[f] > forms[name] {
					name = f
				}
			}
			if g.lookup(name) == nil {
				c := g.add(name, Provenance{})
				c.name = true
				c.addAlias(w)
			}
			continue
		}
		// Written after a time of day ("8:30 p.m. ET", "9 PM"), it is a
		// time zone or the half of the day: it says when.
		if len(acrPassages[w]) >= minPassages && g.lookup(w) == nil && 2*clock[w] < total[w] {
			bare = append(bare, w)
		}
	}
	names := initialsExpansions(bare, passages)
	corpus := joinedText(passages)
	for _, w := range bare {
		if lw := strings.ToLower(w); names[w] == "" && text.StopWord(lw) && written[lw] {
			continue // "Watch NOW": a word the text writes as one, shouted
		}
		if brandPrefix(w, passages, corpus) {
			continue // "SK hynix", "SK Telecom": letters of companies' names
		}
		c := g.add(w, Provenance{})
		if name := names[w]; name != "" {
			c.addAlias(name)
		}
	}
}

// brandPrefix reports whether the text writes an acronym only as the
// first word of two names or more: right before a capitalised word ("SK
// Telecom", one of them at least) or one it writes nowhere else ("SK
// hynix"), never alone or before a word of its own ("EU rules", "US
// officials", "TEF more"). One such name ("the BRICS+AI alliance") is the
// acronym's own.
func brandPrefix(acr string, passages []Passage, corpus string) bool {
	occ := occurrences(acr, passages)
	if len(occ) == 0 {
		return false
	}
	nexts, named := map[string]bool{}, false
	for _, o := range occ {
		next := nextWord(o.text[o.end:])
		if next == "" {
			return false
		}
		if text.IsCapitalized(next) && !text.IsAcronym(next) && !text.TimeWord(strings.ToLower(next)) {
			nexts[next], named = true, true
			continue
		}
		if text.StopWord(strings.ToLower(next)) || countWord(corpus, next) > strings.Count(corpus, acr+" "+next) {
			return false // a word of its own: the acronym modifies it
		}
		nexts[next] = true
	}
	return named && len(nexts) >= 2
}

// titleCased reports a word of a capital and lower-case letters ("Nvidia").
func titleCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w[n:]) == w[n:]
}

// afterClock reports whether text ends in a time of day: a number ("9",
// "8:30"), maybe with "a.m." or "pm" after it, and a space.
func afterClock(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	low := strings.ToLower(b)
	for _, half := range []string{"a.m.", "p.m.", "am", "pm"} {
		if strings.HasSuffix(low, half) {
			b = strings.TrimRight(b[:len(b)-len(half)], " ")
			break
		}
	}
	return b != "" && b[len(b)-1] >= '0' && b[len(b)-1] <= '9'
}

// isShoutedSentence reports whether a sentence writes in capitals a word
// of four letters or more that the text writes in lower or title case
// elsewhere ("RUSSIAN", "SELL"): its capitals are no acronyms.
func isShoutedSentence(toks []text.Word, written map[string]bool) bool {
	for _, t := range toks {
		if utf8.RuneCountInString(t.Text) >= 4 && strings.ToUpper(t.Text) == t.Text && written[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// addNames adds the multi-word names used in several passages ("Vladimir
// Putin", "European Investment Bank"), which key phrases cut at the verb
// that follows them, and the one-word names the text says what they are
// ("Sberbank, the largest bank in Russia, ..."; "GigaChat, a generative
// AI model").
func (g *gatherer) addNames(passages []Passage, sents [][]sentences.Sentence, minPassages int) {
	for _, name := range properNames(passages, minPassages) {
		// One of a list of members ("Brazil, Russia, India, ...") is
		// no term; one of a list of people, each with a title
		// ("OpenAI CEO Sam Altman, SoftBank CEO Masayoshi Son, and
		// ..."), is someone.
		if role, _ := entityName(name); g.lookup(name) == nil && (role != "" || !isListItem(name, passages)) {
			g.add(name, Provenance{})
		}
	}
	for _, name := range definedNames(passages, sents, minPassages) {
		if g.lookup(name) == nil {
			g.add(name, Provenance{}).name = true
		}
	}
	for _, name := range camelNames(passages, minPassages) {
		if g.lookup(name) == nil {
			g.add(name, Provenance{}).name = true
		}
	}
}

// camelNames returns the words written with a capital inside
// ("GigaChat", "YandexGPT", "DeepSeek"), used in at least minPassages
// passages: products and companies name themselves so, and no common
// word is written so.
func camelNames(passages []Passage, minPassages int) []string {
	seen := map[string]map[int]bool{}
	for pi, p := range passages {
		for _, t := range text.Words(p.Text) {
			w := text.StripPossessive(t.Text)
			if !isCamel(w) {
				continue
			}
			if seen[w] == nil {
				seen[w] = map[int]bool{}
			}
			seen[w][pi] = true
		}
	}
	var out []string
	for _, w := range sortedKeys(seen) {
		if len(seen[w]) >= minPassages {
			out = append(out, w)
		}
	}
	return out
}

// isCamel reports whether w starts with a capital and has a capital after
// a lower-case letter, and letters only.
func isCamel(w string) bool {
	if utf8.RuneCountInString(w) < 4 || !text.IsCapitalized(w) {
		return false
	}
	camel, prevLower := false, false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		camel = camel || prevLower && unicode.IsUpper(r)
		prevLower = unicode.IsLower(r)
	}
	return camel
}

// addDefinedTerms adds the terms the text defines ("X refers to ...",
// "X is a ...") with their definitions.
func (g *gatherer) addDefinedTerms(passages []Passage, sents [][]sentences.Sentence) {
	for pi, p := range passages {
		for _, s := range sents[pi] {
			// A known term with a head noun ("The BRICS alliance, comprising
			// ...") is that term's definition, found later, not a new term.
			if subj, rank := definedSubject(s.Text); subj != "" && (g.lookup(subj) != nil || !g.containsTerm(subj)) {
				c := g.add(subj, p.Source)
				c.setDef(s.Text, rank, p.Source)
			}
			if term := namedTerm(s.Text); term != "" {
				g.add(term, p.Source).setDef(s.Text, rankCue, p.Source)
			}
		}
	}
}

// termCues announce, after a term and its comma, what the term means:
// "xenotransplantation, the term for efforts to heal patients with
// organs from animals".
var termCues = []string{", the term for ", ", a term for ", ", the name for ", ", a word for ", ", the word for "}

// namedTerm is the term of s that a termCue explains: the words right
// before the cue, up to three, none a function word. "" when s has none.
func namedTerm(s string) string {
	for _, cue := range termCues {
		k := strings.Index(s, cue)
		if k <= 0 {
			continue
		}
		toks := text.Words(s[:k])
		last := len(toks) - 1
		if last < 0 || toks[last].End != k || text.VagueWord(toks[last].Text) {
			continue
		}
		// The term is the last word, and the words before it back to
		// a function word ("in tidal mapping", "of gene editing"):
		// without one, the words before may be a subject and its verb
		// ("Scientists pursue xenotransplantation").
		from := last
		for i := last - 1; i > 0 && last-i < 3; i-- {
			if text.VagueWord(toks[i].Text) || gapKind(s[toks[i].End:toks[i+1].Start]) == 0 {
				break
			}
			if text.VagueWord(toks[i-1].Text) {
				from = i
				break
			}
		}
		if from > 0 && text.Determiner(strings.ToLower(toks[from-1].Text)) {
			continue // "The port, the name for the old quay": a thing, named before
		}
		return s[toks[from].Start:k]
	}
	return ""
}

// addKeyPhrases adds the best-ranked key phrases, up to opts.MaxKeyTerms.
// A phrase that is a known term used with common words ("AI systems") is
// a use of that term, not a term of its own, unless it is a name ("AI
// Alliance Network").
func (g *gatherer) addKeyPhrases(passages []Passage, opts Options) {
	var ranked []*keyPhrase
	if opts.KeyPhrases != nil {
		for _, k := range opts.KeyPhrases {
			if k.kp != nil {
				ranked = append(ranked, k.kp)
			}
		}
	} else {
		ranked = keyPhrases(passages, opts.MinPassages)
	}
	added := 0
	for i, kp := range ranked {
		// Generic phrases do not count against MaxKeyTerms, but the
		// phrases far down the ranking are noise either way.
		if added >= opts.MaxKeyTerms || i >= 2*opts.MaxKeyTerms {
			break
		}
		surface := kp.surface()
		if g.lookup(surface) != nil || (!kp.isProper() && g.containsTerm(surface)) {
			continue
		}
		if slices.ContainsFunc(strings.Fields(surface), func(w string) bool { return text.TimeWord(strings.ToLower(w)) }) {
			// "Tuesday night", "late Tuesday", "October storms": when
			// things happen, which no glossary explains.
			continue
		}
		if len(kp.words) == 1 {
			// A lone capitalised word is a name (a country, a person), and
			// a lone common word ("alliance", "water") is the vocabulary
			// of the story: neither is looked up in a glossary.
			continue
		}
		generic := isGenericPhrase(kp) || isListMember(kp, passages)
		c := g.add(surface, Provenance{})
		if generic {
			// Kept only if the text defines it ("emerging economies such
			// as ..."); does not take a place among the key terms.
			c.generic = true
			continue
		}
		added++
	}
}

// appositiveRole is the office an appositive right after a name gives
// ("…, the CEO of RDIF, …" -> "CEO of RDIF"): an article, then a title
// word among its first three words, closed by a comma; else "".
func appositiveRole(rest string) string {
	after, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return ""
	}
	for _, d := range []string{"the ", "a ", "an ", ""} {
		body, ok := strings.CutPrefix(after, d)
		if !ok {
			continue
		}
		k := strings.IndexByte(body, ',')
		if t := strings.TrimRight(body, " "); k < 0 && strings.HasSuffix(t, ".") && !sentenceMark(t[:len(t)-1]) {
			k = len(t) - 1 // "..., said Ilse Marwick, chief executive of the fund."
		}
		if k <= 0 {
			return ""
		}
		// "a 62-year-old manager with the Massachusetts Department of
		// Transportation who had been diagnosed with ...": the role ends
		// where a relative clause tells more of the person.
		for _, w := range text.Words(body[:k]) {
			if w.Start > 0 && text.RelativePronoun(strings.ToLower(w.Text)) {
				k = w.Start
				break
			}
		}
		words := text.WordTexts(body[:k])
		if firstToAct(body[:k]) {
			return "" // ", the first to report the news, ...": a feat, no role
		}
		if len(words) > 12 || d == "" && len(words) > 0 && text.StopWord(strings.ToLower(words[0])) && !text.IsAcronym(words[0]) {
			return "" // ", and technology leader Yandex, ...": another name
		}
		last := -1
		for i, w := range words {
			if text.PersonNoun(strings.ToLower(w)) && (i < 5 || last >= 0) {
				last = i
			}
		}
		if last < 0 || titledName(words[last+1:]) {
			return "" // ", Defence Secretary Grant Shapps, ...": another person
		}
		for _, w := range words[:last] {
			if lw := strings.ToLower(w); text.ReportingVerb(lw) || text.FiniteVerb(lw) {
				return "" // ", Biden told reporters ...": a clause, who says it
			}
		}
		return strings.TrimSpace(body[:k])
	}
	return ""
}

// officeRole is the office a verb right after a person's name gives
// (text.OfficeVerb): "... is now Vestria Prime Minister after ..." ->
// "Vestria Prime Minister"; "... was appointed the port's new Harbour
// Master" -> "Harbour Master"; "... has become Prime Minister of Vestria"
// -> "Prime Minister of Vestria". The office is a run of capitalised and
// title words that ends in a title word, maybe followed by "of" and a
// name; else "".
func officeRole(rest string) string {
	n := text.OfficeVerb(rest)
	if n == 0 {
		return ""
	}
	body := rest[n:]
	toks := text.Words(body[:min(len(body), 120)])
	i := 0
	for i < len(toks) && (text.Determiner(strings.ToLower(toks[i].Text)) || text.StripPossessive(toks[i].Text) != toks[i].Text || strings.EqualFold(toks[i].Text, "new")) {
		i++ // "the UK's new": whose, and when, not the office
	}
	start, end := i, -1
	for ; i < len(toks); i++ {
		if i > start && gapKind(body[toks[i-1].End:toks[i].Start]) != ' ' {
			break
		}
		w := toks[i].Text
		lw := strings.ToLower(w)
		if text.TitleWord(lw) {
			end = i
			continue
		}
		if (text.IsCapitalized(w) || text.TitleModifier(lw)) && text.StripPossessive(w) == w {
			continue
		}
		break
	}
	if end < 0 || i > end+1 {
		return "" // "... is now Harbour Director Ilse Marwick's deputy": another person's
	}
	// "Prime Minister of the United Kingdom": the name of the place or
	// body the office is of.
	if j := end + 1; j+1 < len(toks) && toks[j].Text == "of" && gapKind(body[toks[end].End:toks[j].Start]) == ' ' {
		k := j + 1
		if strings.EqualFold(toks[k].Text, "the") {
			k++
		}
		last := -1
		for ; k < len(toks) && text.IsCapitalized(toks[k].Text) && gapKind(body[toks[k-1].End:toks[k].Start]) == ' '; k++ {
			last = k
		}
		if last >= 0 {
			end = last
		}
	}
	return body[toks[start].Start:toks[end].End]
}

// titledName reports whether the words after a title are a person's
// name: two or more capitalised words, none of them a joiner ("Grant
// Shapps" of "Defence Secretary Grant Shapps"; not "of RDIF").
func titledName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !text.IsCapitalized(w) || text.IsAcronym(w) {
			return false
		}
	}
	return true
}

// findDefinitions finds, sentence by sentence, the definitions of the
// terms found without one and the source of their first mention; it
// returns the mentions of each candidate (by index in g.list).
func (g *gatherer) findDefinitions(passages []Passage, sents [][]sentences.Sentence) []int {
	m := NewMatcher()
	for i, c := range g.list {
		if c.dropped {
			continue
		}
		m.Add(c.term, i)
		for _, a := range c.aliases {
			m.Add(a, i)
		}
	}
	mentions := make([]int, len(g.list))
	proper := make([]bool, len(g.list))
	for i, c := range g.list {
		proper[i] = c.nameShaped()
	}
	surname := g.surnames(passages)
	for _, i := range slices.Sorted(maps.Keys(surname)) {
		sn := surname[i]
		m.Add(sn, i)
		for _, a := range g.list[i].aliases {
			// "Mbappe" of an alias "Kylian Mbappe", for "Kylian Mbappé".
			if ws := text.WordTexts(a); len(ws) > 1 && ws[len(ws)-1] != sn && text.Unaccented(ws[len(ws)-1]) == text.Unaccented(sn) {
				m.Add(ws[len(ws)-1], i)
			}
		}
	}
	for pi, p := range passages {
		for _, s := range sents[pi] {
			roled := map[*candidate]bool{}
			// A plural role a description gives two names joined by
			// "and" ("US scientists A and B", "A and B, US scientists,")
			// is each one's.
			var prev Match
			prevRole, havePrev := "", false
			matches := slices.DeleteFunc(m.FindAll(s.Text), func(mt Match) bool {
				return surname[mt.ID] != "" && !surnameMention(s.Text, mt, surname[mt.ID])
			})
			for _, mt := range matches {
				role := ""
				if r, kind := precedingDescription(s.Text, mt.Start, mt.End); kind == roleDescription {
					role = r
				} else if r := appositiveRole(s.Text[mt.End:]); r != "" {
					role = r
				}
				if havePrev && s.Text[prev.End:mt.Start] == " and " && proper[mt.ID] && proper[prev.ID] && !text.IsAcronym(g.list[mt.ID].term) && !text.IsAcronym(g.list[prev.ID].term) {
					switch {
					case pluralRole(prevRole) && role == "":
						g.list[mt.ID].offerRole(prevRole, p.Source)
					case pluralRole(role) && prevRole == "":
						g.list[prev.ID].offerRole(role, p.Source)
					}
				}
				prev, prevRole, havePrev = mt, role, true
			}
			for _, mt := range matches {
				c := g.list[mt.ID]
				mentions[mt.ID]++
				if byName := surname[mt.ID] != "" && strings.EqualFold(text.Unaccented(text.StripPossessive(s.Text[mt.Start:mt.End])), text.Unaccented(surname[mt.ID])); byName {
					// "Messi, the seven-time Ballon d'Or winner, ...": the
					// surname alone tells who the person is, nothing more.
					role, kind := precedingDescription(s.Text, mt.Start, mt.End)
					if kind != roleDescription {
						role = appositiveRole(s.Text[mt.End:])
					}
					if role != "" {
						c.offerRole(role, p.Source)
						roled[c] = true
					}
					continue
				}
				if !text.IsCapitalized(s.Text[mt.Start:mt.End]) {
					c.lowerCase = true // "artificial intelligence": no name
				}
				if !c.hasSource {
					c.source, c.hasSource = p.Source, true
				}
				if role := qualifiedTitle(s.Text, mt.Start, mt.End); role != "" && proper[mt.ID] && !text.IsAcronym(c.term) && !isOrganisationName(c.term) {
					c.offerRole(role, p.Source) // "Russian President Vladimir Putin", the title in the alias
				}
				if role, kind := precedingDescription(s.Text, mt.Start, mt.End); kind == roleDescription && proper[mt.ID] && !text.IsAcronym(c.term) && !isOrganisationName(c.term) {
					// "RDIF chief executive Kirill Dmitriev said ...": who
					// the person is per the text.
					c.offerRole(role, p.Source)
					roled[c] = true
					continue
				}
				if desc, kind := precedingDescription(s.Text, mt.Start, mt.End); kind == kindDescription && proper[mt.ID] {
					// "Call of Duty-maker Activision Blizzard", "Russia's
					// largest lender, Sberbank, ...": what the thing is per
					// the text; the sentence tells news of it, no definition.
					c.offerRole(withoutPronoun(desc), p.Source)
					roled[c] = true
					continue
				}
				if role := appositiveRole(s.Text[mt.End:]); role != "" && proper[mt.ID] && !text.IsAcronym(c.term) && !isOrganisationName(c.term) {
					// "Kirill Dmitriev, the CEO of RDIF, made ...": who the
					// person is per the text, not a definition.
					c.offerRole(role, p.Source)
					roled[c] = true
					continue
				}
				if role := officeRole(s.Text[mt.End:]); role != "" && c.role == "" && proper[mt.ID] && !text.IsAcronym(c.term) && !isOrganisationName(c.term) {
					// "Ilse Marwick has become Harbour Master": who the
					// person is per the text.
					c.role, c.roleSource = role, p.Source
				}
				if r := inlineRank(s.Text, mt.Start, mt.End, proper[mt.ID]); r > 0 {
					c.setDef(s.Text, r, p.Source)
				}
			}
			for c, rank := range g.definitions(s.Text) {
				if roled[c] {
					continue
				}
				c.setDef(s.Text, rank, p.Source)
			}
		}
	}
	return mentions
}

// surnames gives the people among the candidates the surname the text
// writes alone for them (Match IDs are indexes into g.list): "Messi" of
// "Lionel Messi", where the text calls him "Messi, the seven-time
// Ballon d'Or winner". A surname two candidates share ("Martinez"), one
// that is a term of its own, or the last word of an organisation or a
// place ("Bank", "Bay") is none.
func (g *gatherer) surnames(passages []Passage) map[int]string {
	terms := map[string]bool{}
	byLast := map[string][]int{}
	for i, c := range g.list {
		if c.dropped {
			continue
		}
		terms[strings.ToLower(c.term)] = true
		for _, a := range c.aliases {
			terms[strings.ToLower(a)] = true
		}
		ws := text.WordTexts(c.term)
		if len(ws) < 2 || !isNamePhrase(c.term) || isOrganisationName(c.term) || slices.ContainsFunc(ws, text.IsAcronym) || slices.ContainsFunc(ws, func(w string) bool { return joiners[w] }) {
			continue
		}
		first, last := strings.ToLower(ws[0]), ws[len(ws)-1]
		ll := strings.ToLower(last)
		if text.TitleWord(first) || text.RegionWord(first) || text.CompassWord(first) || text.TitleWord(ll) || text.KindNoun(ll) || text.LandformNoun(ll) || text.TimeWord(ll) || text.StopWord(ll) || text.VagueWord(ll) {
			continue
		}
		byLast[last] = append(byLast[last], i)
	}
	out := map[int]string{}
	for last, ids := range byLast {
		if len(ids) != 1 || terms[strings.ToLower(last)] {
			continue
		}
		ws := text.WordTexts(g.list[ids[0]].term)
		given := ws[len(ws)-2]
		if !slices.ContainsFunc(occurrences(last, passages), func(o occurrence) bool {
			// Another given name before the surname ("Ilse Vasquel" beside
			// "Ana Vasquel"): the surname alone is either's.
			pw := text.Words(o.text[max(0, o.start-40):o.start])
			if len(pw) == 0 || !strings.HasSuffix(o.text[:o.start], pw[len(pw)-1].Text+" ") {
				return false
			}
			w := text.StripPossessive(pw[len(pw)-1].Text)
			return text.IsCapitalized(w) && w != given && !text.TitleWord(strings.ToLower(w)) && !text.StopWord(strings.ToLower(w))
		}) {
			out[ids[0]] = last
		}
	}
	return out
}

// surnameMention reports whether the match mt is a mention of the person
// whose surname is sn: the full name, or the surname written capitalised
// with no other name beside it ("Messi, the ..."; not "Trump Tower").
func surnameMention(s string, mt Match, sn string) bool {
	w := text.Unaccented(text.StripPossessive(s[mt.Start:mt.End]))
	sn = text.Unaccented(sn)
	if !strings.EqualFold(w, sn) {
		return true // the name in full, or an alias
	}
	if w != sn {
		return false // "the hospital": a common noun
	}
	if strings.HasPrefix(s[mt.End:], " ") {
		if next := nextWord(s[mt.End:]); next != "" && text.IsCapitalized(next) {
			return false
		}
	}
	before := s[:mt.Start]
	if ws := text.Words(before[max(0, len(before)-30):]); len(ws) > 0 && strings.HasSuffix(before, " ") && !startsSentence(s, mt.Start) {
		if prev := ws[len(ws)-1].Text; text.IsCapitalized(prev) && strings.HasSuffix(before, prev+" ") {
			return false
		}
	}
	return true
}

// withoutPronoun is a description without the possessive pronoun that
// opens it ("his political party" -> "political party"): whose it is
// needs the sentence.
func withoutPronoun(desc string) string {
	first, rest, ok := strings.Cut(desc, " ")
	switch strings.ToLower(first) {
	case "his", "her", "its", "their", "our", "my", "your", "that":
		// "a problem that global cybersecurity firm CrowdStrike said
		// ...": "that" opens the clause, not the description.
		if ok {
			return strings.TrimPrefix(rest, "own ") // "its own AI chatbot"
		}
	}
	return desc
}

// pluralRole reports a role written in the plural ("US scientists"): of
// several people named together.
func pluralRole(role string) bool {
	ws := text.WordTexts(role)
	if len(ws) == 0 {
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && text.PersonNoun(last)
}

// offerRole offers a role the text gives the person at src: taken when
// the candidate has none, or when it qualifies the one it has ("Russian
// President" over "President", "CEO of RDIF" over "CEO"), which then
// keeps its qualifier wherever else the text writes the title bare. The
// role's source is where the text first writes the role kept.
func (c *candidate) offerRole(role string, src Provenance) {
	switch {
	case c.role == "" || qualifies(role, c.role):
		c.role, c.roleSource = role, src
	case c.roleSource.Seed == "" && termKey(role) == termKey(c.role):
		c.roleSource = src
	}
}

// qualifiedTitle is the title a name written with one ("President
// Vladimir Putin", an alias) has in sentence s with the names written
// right before it that say whose office it is: "Russian President" of
// "Russian President Vladimir Putin", "RDIF Chief Executive". It is ""
// when the name has no title or nothing qualifies it. A word opening the
// sentence qualifies only as a people's name or an acronym ("Russian",
// "RDIF"), not as a word capitalised for the sentence ("When").
func qualifiedTitle(s string, start, end int) string {
	title, _ := entityName(s[start:end])
	if title == "" || !strings.HasSuffix(s[:start], " ") {
		return ""
	}
	before := strings.TrimRight(s[:start], " ")
	off := max(0, len(before)-60)
	toks := text.Words(before[off:])
	from := -1
	for i := len(toks) - 1; i >= 0 && len(toks)-i <= 3; i-- {
		t := toks[i]
		next, gap := len(before)-off, "" // the name's own space was trimmed
		if i+1 < len(toks) {
			next, gap = toks[i+1].Start, " "
		}
		if before[off+t.End:off+next] != gap {
			break
		}
		lw := strings.ToLower(t.Text)
		if !text.IsCapitalized(t.Text) || text.StripPossessive(t.Text) != t.Text || text.StopWord(lw) || text.VagueWord(lw) || text.TimeWord(lw) {
			break
		}
		if startsSentence(before, off+t.Start) && !text.DemonymEnding(t.Text) && !text.IsAcronym(t.Text) && (i+1 == len(toks) || proseOpening(lw)) {
			// A word opening the sentence before more of the name
			// ("Federal Reserve Chair") is the name's, unless it is
			// shaped as prose ("Facing Russian President ...").
			break
		}
		from = i
	}
	if from < 0 || from > 0 && gapKind(before[off+toks[from-1].End:off+toks[from].Start]) == '-' {
		return "" // "Indian-American US District Judge": who the person is, not whose office
	}
	return before[off+toks[from].Start:] + " " + title
}

// sentenceMark reports whether s holds a mark that ends a sentence or a
// clause; a dot inside a word ("Bankrate.com", "U.S") is none.
func sentenceMark(s string) bool {
	for i, r := range s {
		switch r {
		case ';', ':', '!', '?':
			return true
		case '.':
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); i+1 == len(s) || !unicode.IsLetter(next) {
				return true
			}
		}
	}
	return false
}

// proseOpening reports whether a lower-cased word capitalised at a
// sentence's start is shaped as a word of prose, no name's: a participle
// ("Facing", "Backed") or an adverb ("Reportedly").
func proseOpening(lw string) bool {
	return len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) || text.AdverbEnding(lw)
}

// qualifies reports whether role is base with more words around it:
// base's words a run of role's, whole words, any case ("Russian
// President" of "President").
func qualifies(role, base string) bool {
	r, b := termKey(role), termKey(base)
	return r != b && b != "" && strings.Contains(" "+r+" ", " "+b+" ")
}

// isOrganisationName reports whether a name ends in a noun that says
// what kind of body it is ("Champions League", "Labour Party"): no person,
// so a title before it is no role ("his first Champions League goal").
func isOrganisationName(term string) bool {
	ws := text.WordTexts(term)
	return len(ws) > 1 && text.KindNoun(strings.ToLower(ws[len(ws)-1]))
}

// nameShaped reports whether the candidate is written as a name: an
// acronym, a camel-case word, a one-word name found as one, or capitalised
// words.
func (c *candidate) nameShaped() bool {
	return text.IsAcronym(c.term) || isCamel(c.term) || c.name || (len(text.Words(c.term)) > 1 && isProperPhrase(c.term))
}

// isEntity reports whether the candidate names one entity (a person, an
// organisation, a place, a law, a product): a name the text never writes
// in lower case, or an acronym whose expansion, if the text gives one, is
// a name ("RBA", "Reserve Bank of Australia"; not "AI", "artificial
// intelligence", a common noun shortened).
func (c *candidate) isEntity() bool {
	if text.IsAcronym(strings.TrimSuffix(c.term, "s")) {
		for _, a := range c.aliases {
			if len(text.Words(a)) > 1 && !isNamePhrase(a) {
				return false
			}
		}
		return c.expansion == "" || isNamePhrase(c.expansion)
	}
	if c.lowerCase || !text.IsCapitalized(c.term) {
		return false
	}
	return c.nameShaped() || isProperPhrase(c.term)
}

// terms are the entries of the candidates still standing that the text
// mentions, sorted by slug: a generic phrase only when the text defines
// it, never a generic plural, nor a place the text says nothing of but
// that things happen there (onlyPlace).
func (g *gatherer) terms(mentions []int, passages []Passage) []Term {
	var terms []Term
	seen := map[string]bool{}
	for i, c := range g.list {
		slug := text.TermSlug(c.term)
		if c.dropped || slug == "" || seen[slug] || mentions[i] == 0 || (c.generic && c.def == "") || isGenericPlural(c) {
			continue
		}
		if c.def == "" && c.role == "" && c.expansion == "" && onlyPlace(append([]string{c.term}, c.aliases...), passages) {
			continue
		}
		if c.def == "" && c.role == "" && isPlaceName(c.term, len(c.aliases) > 0, passages) {
			continue
		}
		if c.def == "" && c.expansion == "" && !slices.ContainsFunc(c.aliases, func(a string) bool { return a != c.term+"s" }) && twoLetters(c.term) {
			// "IT", "PC": letters every reader knows, which the text
			// neither expands nor defines; an entry would say nothing.
			continue
		}
		seen[slug] = true
		terms = append(terms, Term{
			Slug:       slug,
			Term:       c.term,
			Aliases:    c.aliases,
			Definition: c.def,
			Source:     c.source,
			Mentions:   mentions[i],
			Role:       c.role,
			Entity:     c.isEntity(),
		})
		if c.def != "" {
			terms[len(terms)-1].Rank = c.defRank
		}
		if c.def == "" && c.roleSource.Seed != "" {
			terms[len(terms)-1].Source = c.roleSource
		}
		if c.def == "" && text.IsAcronym(strings.TrimSuffix(c.term, "s")) && c.expansion != "" {
			terms[len(terms)-1].Expansion, terms[len(terms)-1].Source = c.expansion, c.expSource
		}
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i].Slug < terms[j].Slug })
	return terms
}

// twoLetters reports an acronym of two letters (or its plural: "PCs").
func twoLetters(term string) bool {
	one := strings.TrimSuffix(term, "s")
	return text.IsAcronym(one) && utf8.RuneCountInString(one) <= 2
}

// gatherer collects candidates, merging those that name the same thing.
type gatherer struct {
	byKey map[string]*candidate // by lower-case term and alias
	list  []*candidate
}

func termKey(s string) string {
	// Most names are already single-spaced; normalise only when needed.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\n' || c == '\r' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			return strings.ToLower(strings.Join(strings.Fields(s), " "))
		}
	}
	return strings.ToLower(s)
}

func (g *gatherer) lookup(s string) *candidate { return g.byKey[termKey(s)] }

// add returns the candidate for term, creating it if new.
func (g *gatherer) add(term string, src Provenance) *candidate {
	term = strings.Join(strings.Fields(term), " ")
	if c := g.lookup(term); c != nil {
		return c
	}
	c := &candidate{term: term, source: src, hasSource: src.Seed != "", order: len(g.list)}
	g.byKey[termKey(term)] = c
	g.list = append(g.list, c)
	c.g = g
	return c
}

// containsTerm reports whether phrase contains a known term as whole words.
func (g *gatherer) containsTerm(phrase string) bool {
	for _, t := range text.Words(phrase) {
		if g.lookup(t.Text) != nil {
			return true
		}
	}
	return false
}

func (c *candidate) addAlias(a string) {
	a = strings.Join(strings.Fields(a), " ")
	if a == "" || termKey(a) == termKey(c.term) {
		return
	}
	if other := c.g.lookup(a); other != nil && other != c {
		return // already a term of its own; keep the first
	}
	for _, x := range c.aliases {
		if termKey(x) == termKey(a) {
			return
		}
	}
	c.aliases = append(c.aliases, a)
	c.g.byKey[termKey(a)] = c
}

// setDef offers sentence def as the candidate's definition. Only a
// sentence that says what the term is counts (rank rankAppositive and
// up, whole, not an opinion); a weaker one (it only expands the acronym,
// or describes the term in passing) gives the term its source line, no
// definition.
func (c *candidate) setDef(def string, rank int, src Provenance) {
	if rank < rankAppositive || !isDefinitionSentence(def) {
		if !c.hasSource {
			c.source, c.hasSource = src, true
		}
		return
	}
	if rank <= c.defRank {
		return
	}
	c.def, c.defRank, c.source, c.hasSource = def, rank, src, true
}

// opinionMarkers are words that make a sentence an opinion or a claim
// about a term rather than a statement of what it is.
var opinionMarkers = []string{
	" must ", " should ", " ought ", " need to ", " needs to ", " widely regarded", " regarded as", " seen as ",
	" viewed as ", " viewing ", " reveal", " believe", " argue", " critics", " analyst", " expert", " experts",
	" arguably", " perhaps", " likely ", " could ", " might ", " would ", " may ", " claim", " accus",
	" strategic attempt", " aims to ", " aimed at ", " seeks to ", " is expected to", " witnessing",
}

// isDefinitionSentence reports whether s can be quoted as a definition:
// a whole sentence (it ends as one) that states, not argues.
func isDefinitionSentence(s string) bool {
	t := strings.TrimRight(s, " ")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?\"”'’)") {
		return false
	}
	low := " " + strings.ToLower(t) + " "
	for _, m := range opinionMarkers {
		if strings.Contains(low, m) {
			return false
		}
	}
	return true
}

// isGenericPlural reports whether a candidate is a common noun phrase in
// the plural ("member states", "emerging economies") that the text does
// not define outright: a kind of thing, not a term.
func isGenericPlural(c *candidate) bool {
	toks := text.Words(c.term)
	if len(toks) == 0 || isNamePhrase(c.term) || text.IsAcronym(c.term) || c.defRank >= rankCopula {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1].Text)
	return singular(last) != last || isSuperlative(toks[0].Text)
}

// IsSuperlative is isSuperlative, for the topics package: a superlative
// names no theme ("largest bank").
func IsSuperlative(w string) bool { return isSuperlative(w) }

// isSuperlative guesses that a word is an adjective's superlative
// ("largest bank", "biggest lender"): a phrase it starts is a
// description, not a term.
func isSuperlative(w string) bool {
	lw := strings.ToLower(w)
	if !strings.HasSuffix(lw, "est") || len(lw) < 6 {
		return false
	}
	switch lw {
	case "interest", "forest", "harvest", "contest", "protest", "request", "conquest", "arrest", "honest", "modest", "digest", "manifest", "inquest":
		return false
	}
	return true
}

// uniquePassages drops passages whose text repeats an earlier one.
func uniquePassages(ps []Passage) []Passage {
	seen := map[string]bool{}
	var out []Passage
	for _, p := range ps {
		k := strings.TrimSpace(p.Text)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
