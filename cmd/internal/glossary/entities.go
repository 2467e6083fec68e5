package glossary

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// entityName splits a name into the title written before it and the name
// itself: "Russian President Vladimir Putin" -> ("Russian President",
// "Vladimir Putin"). The name keeps at least two capitalised words; a name
// without a title is returned whole.
func entityName(term string) (role, name string) {
	toks := text.NameWords(term)
	if len(toks) < 3 {
		return "", term
	}
	cut := -1
	for i, t := range toks {
		if text.TitleWord(strings.ToLower(t.Text)) && len(toks)-i-1 >= 2 {
			rest := toks[i+1:]
			ok := true
			for _, r := range rest {
				ok = ok && text.IsCapitalized(r.Text) && !text.TitleWord(strings.ToLower(r.Text))
			}
			if ok {
				cut = i
			}
		}
	}
	if cut < 0 {
		return "", term
	}
	return strings.TrimSpace(term[:toks[cut].End]), term[toks[cut+1].Start:]
}

// entityKey is what two names of one entity have in common: lower case,
// titles and a leading qualifier (a demonym or a place's acronym: "EU AI
// Act", "European AI Act") dropped, acronyms with a known expansion
// expanded, possessives and a plural folded. expand maps an acronym to
// its expansion.
func entityKey(term string, expand map[string]string) string {
	_, name := entityName(term)
	var words []string
	for _, t := range text.Words(name) {
		w := text.StripPossessive(t.Text)
		if w == "Al" && expand["AI"] != "" {
			w = "AI" // "Al Act": a lower-case L typed for the I of AI
		}
		if e := expand[w]; e != "" && len(text.Words(name)) > 1 {
			if ew := text.WordTexts(e); len(words) == 0 && len(text.Words(name)) == 2 && len(ew) > 1 && text.DemonymEnding(ew[0]) {
				// "EU Parliament" is the "European Parliament": an
				// acronym before one noun stands for its adjective.
				words = append(words, strings.ToLower(ew[0]))
				continue
			}
			for _, x := range text.Words(e) {
				words = append(words, strings.ToLower(x.Text))
			}
			continue
		}
		if text.IsAcronym(strings.TrimSuffix(w, "s")) && strings.HasSuffix(w, "s") {
			w = strings.TrimSuffix(w, "s") // "GPUs" is GPU
		}
		words = append(words, text.NameSuffix(strings.ToLower(w))) // "Jr" is "Junior"

	}
	toks := text.Words(name)
	if len(words) >= 3 && len(toks) > 0 {
		// An acronym before a name of two words or more is its owner's
		// ("UEFA Champions League", "EU AI Act"), unless the text expands
		// it to common words ("AI" in "AI Safety Institute").
		if first := toks[0].Text; text.DemonymEnding(first) || (text.IsAcronym(first) && (expand[first] == "" || isProperPhrase(expand[first]))) {
			n := 1
			if e := expand[first]; e != "" && text.IsAcronym(first) {
				n = len(text.Words(e))
			}
			if len(words)-n >= 2 {
				words = words[n:]
			}
		}
	}
	if n := len(words); n > 0 {
		words[n-1] = singular(words[n-1])
	}
	// "Kylian Mbappé" and "Kylian Mbappe": one name, with and without
	// its accent.
	return text.Unaccented(strings.Join(words, " "))
}

// consolidate merges the candidates that name one entity (see entityKey)
// into the entry named by the fullest proper form, the others its
// aliases; a person's title becomes the role. It then drops what is never
// a term: coordinations ("China and India"), a bare first name, a fragment
// of a longer name the text always writes whole.
func (g *gatherer) consolidate(passages []Passage) {
	expand := map[string]string{}
	for _, c := range g.list {
		if text.IsAcronym(c.term) {
			for _, a := range c.aliases {
				if len(text.Words(a)) > 1 {
					expand[c.term] = a
					break
				}
			}
		}
	}
	groups := map[string][]*candidate{}
	var keys []string
	for _, c := range g.list {
		if c.dropped {
			continue
		}
		k := entityKey(c.term, expand)
		if text.IsAcronym(strings.TrimSuffix(c.term, "s")) {
			k = "\x00" + c.term // an acronym is its own entry, its expansion an alias
		}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], c)
	}
	for _, k := range keys {
		cs := groups[k]
		// The entry: the fullest form, titles dropped.
		best, bestName, role := cs[0], "", ""
		for _, c := range cs {
			forms := append([]string{c.term}, c.aliases...)
			if text.IsAcronym(strings.TrimSuffix(c.term, "s")) {
				forms = forms[:1] // an acronym stays the entry, its expansion an alias
			}
			for _, form := range forms {
				r, name := entityName(form)
				if len(r) > len(role) {
					role = r
				}
				if better(name, bestName) {
					best, bestName = c, name
				}
			}
		}
		for _, c := range cs {
			if c != best {
				g.mergeInto(best, c)
			}
		}
		if bestName != best.term {
			old := best.term
			best.term = bestName
			g.byKey[termKey(bestName)] = best
			best.removeAlias(bestName)
			best.addAlias(old)
		}
		if role != "" && (best.role == "" || qualifies(role, best.role)) {
			best.role = role
		}
	}
	g.mergeTitledSurnames()
	g.mergeFullerNames()
	g.mergeRepeatedInitial()
	g.mergeShortForms()
	all := joinedText(passages)
	g.mergeClippings(passages, all)
	g.mergeMisspellings(all)
	g.mergeNicknames(all)
	for _, c := range g.list {
		if c.dropped {
			continue
		}
		if parts := coordination(c.term, all); parts != nil {
			c.dropped = true
			// Its names may be terms of their own, which the coordination
			// hid from properNames ("North Vale and South Marren").
			for _, p := range parts {
				if len(text.Words(p)) < 2 || !isProperPhrase(p) {
					continue
				}
				if o := g.lookup(p); o == nil {
					g.add(p, Provenance{})
				} else if o.generic && !o.dropped {
					// Key phrases found it too, as words that only count when
					// defined; as one of a coordination's names it is a name.
					o.generic = false
				}
			}
			continue
		}
		if g.isFirstName(c) || text.TitleWord(strings.ToLower(c.term)) || text.TitleWord(strings.ToLower(strings.TrimSuffix(c.term, "s"))) || isNameHead(c.term, passages) || cutName(c.term, all) || endsInTitle(c.term) {
			c.dropped = true
			continue
		}
		if role, name := officeAndPerson(c.term, all); name != "" {
			// "Commissioner for the Internal Market Thierry Breton": the
			// person, named alone elsewhere, and the office a role.
			if o := g.lookup(name); o != nil && o != c && !o.dropped {
				g.mergeInto(o, c)
				if o.role == "" {
					o.role = role
				}
				continue
			}
			old := c.term
			g.rename(c, name)
			c.addAlias(old)
			if c.role == "" {
				c.role = role
			}
			continue
		}
		if hyphenPrefixed(c.term, passages) {
			c.dropped = true // "Saharan Africa" of "sub-Saharan Africa"
			continue
		}
		if longer := hyphenWhole(c.term, passages); longer != "" && g.lookup(longer) == nil {
			// "High" of "High-Flyer": the name is the compound.
			g.rename(c, longer)
			continue
		}
		if longer := wholeName(c.term, all); longer != "" {
			// The fragment is no name of its own ("Republic of China" of
			// "People's Republic of China" names another country): not an
			// alias either.
			g.rename(c, longer)
			continue
		}
		if compound := modifiedName(c.term, passages); compound != "" && c.def == "" && c.expansion == "" {
			// "Santa Ana" of "the Santa Ana winds": the thing is the
			// winds, named by the name before them.
			g.rename(c, compound)
			continue
		}
		if notATerm(c, passages) {
			c.dropped = true
			continue
		}
		if one := strings.TrimSuffix(c.term, "s"); one != c.term && text.IsAcronym(one) && g.lookup(one) == c {
			// "GPUs": the entry is the thing, GPU; the matcher finds its plural.
		} else if one != c.term && text.IsAcronym(one) && g.lookup(one) == nil {
			old := c.term
			c.term = one
			g.byKey[termKey(one)] = c
			c.addAlias(old)
		}
	}
	g.placeQualified()
	g.stateShortNames(all)
}

// mergeShortForms folds a name into the one it shortens: "Reserve Bank"
// into "Reserve Bank of Australia", "Council" into "Council of the EU"
// (the name cut before "of"),
// "Commerce Department" into "Department of Commerce" (the same words
// turned about).
func (g *gatherer) mergeShortForms() {
	full := map[string]*candidate{} // by lower-case "of" name, term or alias
	for _, c := range g.list {
		if c.dropped {
			continue
		}
		for _, n := range append([]string{c.term}, c.aliases...) {
			if strings.Contains(n, " of ") && isNamePhrase(n) {
				full[strings.ToLower(n)] = c
			}
		}
	}
	for _, c := range g.list {
		toks := text.Words(c.term)
		if c.dropped || len(toks) == 0 || text.IsAcronym(c.term) || !text.IsCapitalized(c.term) || !isProperPhrase(c.term) || strings.Contains(c.term, " of ") {
			continue
		}
		low := strings.ToLower(c.term)
		var into *candidate
		if len(toks) > 1 {
			// The same words turned about: "X Department" is "Department of X".
			head := strings.ToLower(toks[len(toks)-1].Text)
			into = full[head+" of "+strings.ToLower(c.term[:toks[len(toks)-2].End])]
		}
		if into == nil {
			var n int
			for name, o := range full {
				if strings.HasPrefix(name, low+" of ") && o != into {
					into = o
					n++
				}
			}
			if n != 1 {
				into = nil // "Bank" of two banks' names is either
			}
		}
		if into != nil && into != c {
			g.mergeInto(into, c)
		}
	}
}

// nicknameCue is a name and the nickname the text gives it right after:
// "SLIM, nicknamed 'the Moon Sniper'", "The SLIM, also known as the “Moon
// Sniper,”", "SLIM, often dubbed as the 'Moon Sniper'". Submatch 1 is the
// text before the cue, 2 the nickname.
var nicknameCue = regexp.MustCompile(`([^.;:!?]{1,80}), (?:also |often |widely )?(?:known as|nicknamed|dubbed(?: as)?|called) (?:the )?['"“‘]+(?:the )?([^'"”’,.]{2,40}?)[,.]?['"”’]+`)

// mergeNicknames gives a name the nickname the text gives it
// (nicknameCue) when both are entries: the nickname is an alias.
func (g *gatherer) mergeNicknames(corpus string) {
	for _, m := range nicknameCue.FindAllStringSubmatch(corpus, -1) {
		nick := g.lookup(strings.TrimSpace(m[2]))
		if nick == nil || nick.dropped {
			continue
		}
		// The name is the last words before the comma: "The SLIM".
		ws := text.Words(m[1])
		for n := 1; n <= 5 && n <= len(ws); n++ {
			if into := g.lookup(m[1][ws[len(ws)-n].Start:]); into != nil && into != nick && !into.dropped {
				g.mergeInto(into, nick)
				break
			}
		}
	}
}

// mergeRepeatedInitial merges a name that is an acronym and the word its
// last letter stands for ("RNS Service", "PIN number", "ATM machine") into
// the acronym's entry: the word says again what the acronym says.
func (g *gatherer) mergeRepeatedInitial() {
	for _, c := range g.list {
		ws := text.WordTexts(c.term)
		if c.dropped || len(ws) != 2 || !text.IsAcronym(ws[0]) || len(ws[0]) < 2 || text.IsAcronym(ws[1]) {
			continue
		}
		last := unicode.ToLower(rune(ws[0][len(ws[0])-1]))
		if r, _ := utf8.DecodeRuneInString(ws[1]); unicode.ToLower(r) != last || !text.KindNoun(strings.ToLower(ws[1])) {
			continue
		}
		if into := g.lookup(ws[0]); into != nil && into != c && !into.dropped {
			g.mergeInto(into, c)
		}
	}
}

// mergeClippings gives a name the word it is clipped to, which the text
// writes on its own inside a sentence: "Fed" for "Federal Reserve" ("the
// Fed would wait"). The clipping is the start of the name's first word,
// three letters or more and two short of it; that word ends as an
// adjective does ("Federal"), no people's name ("European" is not
// "Euro") and no given name. A clipping of two names' words is either's:
// left alone, unless the text writes one of them at least twice as often
// as the others ("Federal Reserve" beside a fragment "Federal Open"). A
// candidate of the clipping is merged in.
func (g *gatherer) mergeClippings(passages []Passage, corpus string) {
	alone := aloneWords(passages)
	byClip := map[string][]*candidate{}
	for _, c := range g.list {
		ws := text.WordTexts(c.term)
		if c.dropped || len(ws) < 2 || text.IsAcronym(ws[0]) || !isNamePhrase(c.term) {
			continue
		}
		first := []rune(ws[0])
		if !text.AdjectiveEnding(strings.ToLower(ws[0])) || text.DemonymEnding(ws[0]) {
			continue
		}
		for n := 3; n <= len(first)-2; n++ {
			if w := string(first[:n]); alone[w] && !slices.Contains(byClip[w], c) {
				byClip[w] = append(byClip[w], c)
			}
		}
	}
	for _, w := range sortedKeys(byClip) {
		c := mostWritten(byClip[w], corpus)
		if c == nil {
			continue
		}
		if other := g.lookup(w); other != nil && other != c && !other.dropped {
			g.mergeInto(c, other)
		} else if other == nil {
			c.addAlias(w)
		}
	}
}

// mergeMisspellings gives a name the misspelt forms the text also writes
// ("Tomas Weidefeld" of "Tomas Wiedefeld", or "Weidefeld" alone): one of
// its words of six letters or more with two neighbouring letters swapped
// or one letter changed, inside the word (not its first or last letter:
// "Swedes" is not "Sweden"). A candidate of the misspelt form is merged
// into the one the text writes more often; an equal count keeps the one
// found first.
func (g *gatherer) mergeMisspellings(corpus string) {
	type shape struct {
		first rune
		n     int
	}
	words := map[shape][]string{}
	seen := map[string]bool{}
	for _, w := range text.Words(corpus) {
		r := []rune(w.Text)
		if len(r) < 6 || !text.IsCapitalized(w.Text) || seen[w.Text] {
			continue
		}
		seen[w.Text] = true
		k := shape{r[0], len(r)}
		words[k] = append(words[k], w.Text)
	}
	for _, c := range g.list {
		if c.dropped || text.IsAcronym(c.term) || !isNamePhrase(c.term) {
			continue
		}
		ws := strings.Fields(c.term)
		for i, x := range ws {
			r := []rune(x)
			if len(r) < 6 {
				continue
			}
			for _, v := range words[shape{r[0], len(r)}] {
				if !text.Misspelt(x, v) {
					continue
				}
				variant := slices.Clone(ws)
				variant[i] = v
				form := strings.Join(variant, " ")
				if countWord(corpus, form) == 0 {
					continue
				}
				other := g.lookup(form)
				switch {
				case other == nil:
					c.addAlias(form)
				case other != c && !other.dropped:
					if countWord(corpus, form) > countWord(corpus, c.term) {
						g.mergeInto(other, c)
					} else {
						g.mergeInto(c, other)
					}
				}
			}
		}
	}
}

// aloneWords are the capitalised words the passages (not headings) write
// inside a sentence on their own, no capitalised word right before or
// after them: a name of one word, or one clipped.
func aloneWords(passages []Passage) map[string]bool {
	alone := map[string]bool{}
	for w := range aloneCounts(passages) {
		alone[w] = true
	}
	return alone
}

// aloneCounts is, for each word of aloneWords, how many passages write it
// so.
func aloneCounts(passages []Passage) map[string]int {
	counts := map[string]int{}
	for _, p := range passages {
		if isHeading(p.Text) {
			continue
		}
		seen := map[string]bool{}
		for _, s := range sentences.Split(p.Text) {
			toks := text.Words(s.Text)
			for i := 1; i < len(toks); i++ {
				t := toks[i]
				w := text.StripPossessive(t.Text)
				if !text.IsCapitalized(w) || text.IsAcronym(w) || startsSentence(s.Text, t.Start) {
					continue
				}
				nameNext := i+1 < len(toks) && text.IsCapitalized(toks[i+1].Text) && gapKind(s.Text[t.End:toks[i+1].Start]) == ' '
				namePrev := text.IsCapitalized(toks[i-1].Text) && gapKind(s.Text[toks[i-1].End:t.Start]) == ' '
				if !nameNext && !namePrev && !seen[w] {
					seen[w] = true
					counts[w]++
				}
			}
		}
	}
	return counts
}

// isNamePhrase reports whether s is written as a name: capitalised
// words, maybe joined by "of", "the", "and" inside.
func isNamePhrase(s string) bool {
	toks := text.Words(s)
	for i, t := range toks {
		if !text.IsCapitalized(t.Text) && (i == 0 || i == len(toks)-1 || !joiners[t.Text]) {
			return false
		}
	}
	return len(toks) > 0
}

// isNameHead reports whether a one-word name is the last word of longer
// names the text writes ("Act" of "AI Act", "Council" of "European
// Council"): alone ("the Act") it is one of them shortened, no entry of
// its own. A camel-case name the text writes alone more than twice as
// often as after another name is its own.
func isNameHead(term string, passages []Passage) bool {
	if len(text.Words(term)) != 1 || text.IsAcronym(term) || !text.IsCapitalized(term) {
		return false
	}
	head, alone := 0, 0
	for _, p := range passages {
		toks := text.Words(p.Text)
		for i := 1; i < len(toks); i++ {
			if text.StripPossessive(toks[i].Text) != term {
				continue
			}
			prev := toks[i-1].Text
			if gapKind(p.Text[toks[i-1].End:toks[i].Start]) == ' ' && text.IsCapitalized(prev) && text.StripPossessive(prev) == prev && !text.TitleWord(strings.ToLower(prev)) && !startsSentence(p.Text, toks[i-1].Start) {
				head++
			} else {
				alone++
			}
		}
	}
	// A brand's camel-case name ("CrowdStrike") written alone forty
	// times and once after another name ("... Microsoft CrowdStrike ...")
	// is a name of its own; a surname ("Slayman") is a person's.
	return head > 0 && (!isCamel(term) || head >= alone/2)
}

// startsSentence reports whether offset at of s starts a sentence: nothing
// but opening quotes or brackets since the last sentence end.
func startsSentence(s string, at int) bool {
	before := strings.TrimRight(s[:at], " \t\"“‘'([")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:")
}

// mergeTitledSurnames folds a title and a surname ("President Putin",
// "Mr Gref") into the one person the candidates name in full with that
// surname ("Vladimir Putin"), the title becoming the role if it has none.
// With no such person, or two, the candidate stays as it is.
func (g *gatherer) mergeTitledSurnames() {
	for _, c := range g.list {
		toks := text.Words(c.term)
		if c.dropped || len(toks) != 2 || !text.TitleWord(strings.ToLower(toks[0].Text)) || !text.IsCapitalized(toks[1].Text) || text.IsAcronym(toks[1].Text) {
			continue
		}
		var person *candidate
		n := 0
		for _, o := range g.list {
			ot := text.Words(o.term)
			if o == c || o.dropped || len(ot) < 2 || ot[len(ot)-1].Text != toks[1].Text || !isProperPhrase(o.term) || text.TitleWord(strings.ToLower(ot[0].Text)) {
				continue
			}
			person = o
			n++
		}
		if n != 1 {
			continue
		}
		g.mergeInto(person, c)
		if person.role == "" {
			person.role = toks[0].Text
		}
	}
}

// mergeFullerNames folds a name of several words into the one person's
// name the candidates write with a given name more: "Di Maria" into
// "Angel Di Maria" (the given name left out), "Emi Martinez" into
// "Emiliano Martinez" (the given name written short, three letters or
// more). Two such names ("Kolo Muani" of two brothers) leave it to
// neither; an organisation's name ("Supreme Court") is left alone.
func (g *gatherer) mergeFullerNames() {
	for _, c := range g.list {
		ws := text.WordTexts(c.term)
		if c.dropped || len(ws) < 2 || !isNamePhrase(c.term) || isOrganisationName(c.term) || slices.ContainsFunc(ws, text.IsAcronym) {
			continue
		}
		var into *candidate
		n := 0
		for _, o := range g.list {
			ow := text.WordTexts(o.term)
			if o == c || o.dropped || len(ow) < 2 || !isNamePhrase(o.term) || text.TitleWord(strings.ToLower(ow[0])) || text.IsAcronym(ow[0]) {
				continue
			}
			added := len(ow) == len(ws)+1 && strings.HasSuffix(o.term, " "+c.term)
			short := len(ow) == len(ws) && utf8.RuneCountInString(ws[0]) >= 3 && len(ow[0]) > len(ws[0]) && strings.HasPrefix(ow[0], ws[0]) && slices.Equal(ow[1:], ws[1:])
			if added || short {
				into = o
				n++
			}
		}
		if n == 1 {
			g.mergeInto(into, c)
		}
	}
}

// better reports whether a is a fuller proper form than b: more words
// written out (an acronym's expansion counts its letters), then longer.
func better(a, b string) bool {
	if b == "" {
		return true
	}
	pa, pb := isProperPhrase(a), isProperPhrase(b)
	if pa != pb {
		return pa
	}
	// A name written in capitals ("VLADIMIR PUTIN", a caption's) is the
	// same name shouted.
	if sa, sb := isShouted(a), isShouted(b); sa != sb {
		return sb
	}
	wa, wb := len(text.Words(a)), len(text.Words(b))
	if wa != wb {
		return wa > wb
	}
	// One thing is named in the singular ("World Cup", not "World Cups").
	if a == b+"s" || b == a+"s" {
		return b == a+"s"
	}
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

// stateShortNames gives a state's official name the short name the text
// also writes alone: "China" for "People's Republic of China" (see
// text.StateForm). Two official names of one short name ("Republic of the
// Congo", "Democratic Republic of the Congo") leave it to neither; a
// candidate of the short name is merged in.
func (g *gatherer) stateShortNames(corpus string) {
	byShort := map[string][]*candidate{}
	var shorts []string
	for _, c := range g.list {
		if c.dropped {
			continue
		}
		before, after, ok := strings.Cut(c.term, " of ")
		words := text.WordTexts(before)
		after = strings.TrimPrefix(after, "the ")
		if !ok || len(words) == 0 || !text.StateForm(strings.ToLower(words[len(words)-1])) || !isProperPhrase(after) || strings.Contains(after, " of ") {
			continue
		}
		if countWord(corpus, after) <= countWord(corpus, c.term) {
			continue // never written alone
		}
		if byShort[after] == nil {
			shorts = append(shorts, after)
		}
		byShort[after] = append(byShort[after], c)
	}
	for _, short := range shorts {
		cs := byShort[short]
		if len(cs) != 1 {
			continue
		}
		if other := g.lookup(short); other != nil && other != cs[0] && !other.dropped {
			g.mergeInto(cs[0], other)
			continue
		}
		g.byKey[termKey(short)] = cs[0]
		cs[0].addAlias(short)
	}
}

// mergeInto folds from into into: its names become aliases, its definition
// competes with into's.
func (g *gatherer) mergeInto(into, from *candidate) {
	from.dropped = true
	for _, n := range append([]string{from.term}, from.aliases...) {
		g.byKey[termKey(n)] = into
		into.addAlias(n)
	}
	if from.defRank > into.defRank {
		into.def, into.defRank, into.source, into.hasSource = from.def, from.defRank, from.source, from.hasSource
	}
	if !into.hasSource && from.hasSource {
		into.source, into.hasSource = from.source, true
	}
	into.generic = into.generic && from.generic
	into.setExpansion(from.expansion, from.expSource)
	if into.role == "" || qualifies(from.role, into.role) {
		into.role, into.roleSource = from.role, from.roleSource
	}
}

func (c *candidate) removeAlias(a string) {
	out := c.aliases[:0]
	for _, x := range c.aliases {
		if termKey(x) != termKey(a) {
			out = append(out, x)
		}
	}
	c.aliases = out
}

// coordination returns the two names of a term that is two names joined by "and",
// "&" or "or", one of which the text also writes apart ("China and India",
// "A800 and H800", "AMD and Intel" where AMD is named alone), not one name
// with "and" in it ("Bosnia and Herzegovina", which the text never writes
// apart).
func coordination(term, corpus string) []string {
	for _, conj := range []string{" and ", " & ", " or "} {
		a, b, ok := strings.Cut(term, conj)
		if !ok {
			continue
		}
		whole := strings.Count(corpus, term)
		if countWord(corpus, a) > whole || countWord(corpus, b) > whole || conj == " and " && pluralSubject(term, corpus) {
			return []string{a, b}
		}
	}
	return nil
}

// pluralSubject reports whether the corpus writes a name joined by "and"
// as two things: before a verb in the plural ("Serbia and Indonesia have
// also expressed interest"), or after "both" or "between". One name with
// "and" in it takes the singular ("Bosnia and Herzegovina has").
func pluralSubject(term, corpus string) bool {
	plural := false
	wholeWords(corpus, term, func(at, end int) bool {
		before := strings.ToLower(corpus[max(0, at-8):at])
		switch nextWord(corpus[end:]) {
		case "are", "have", "were", "both":
			plural = true
		}
		plural = plural || strings.HasSuffix(before, "both ") || strings.HasSuffix(before, "between ")
		return !plural
	})
	return plural
}

// endsInTitle reports whether a name of several words ends in a title
// ("Florida Gov" of "Florida Gov. Ron DeSantis", "Sberbank CEO"): the
// person's name follows it, and the words before say whose office it is.
// A title after "of" is an office's field ("Department of Justice").
func endsInTitle(term string) bool {
	ws := text.WordTexts(term)
	return len(ws) > 1 && text.TitleWord(strings.ToLower(ws[len(ws)-1])) && !joiners[ws[len(ws)-2]]
}

// cutName reports whether a name is the start of longer names wherever
// the text writes it: each time another capitalised word, not a title,
// follows it ("Governor Michelle" of "Governor Michelle Bullock" and
// "Governor Michelle Bowman", two people).
func cutName(term, corpus string) bool {
	if !text.IsCapitalized(term) || text.IsAcronym(term) {
		return false
	}
	n := 0
	for i := 0; ; {
		k := strings.Index(corpus[i:], term)
		if k < 0 {
			break
		}
		end := i + k + len(term)
		i = end
		if r, _ := utf8.DecodeRuneInString(corpus[end:]); end < len(corpus) && text.IsWordRune(r) {
			continue // part of a longer word
		}
		next := ""
		if rest, ok := strings.CutPrefix(corpus[end:], " "); ok {
			if ws := text.Words(rest[:min(len(rest), 40)]); len(ws) > 0 && ws[0].Start == 0 {
				next = ws[0].Text
			}
		}
		if next == "" || !text.IsCapitalized(next) || text.TitleWord(strings.ToLower(next)) {
			return false
		}
		n++
	}
	return n >= 2
}

// mostWritten is the one of cs the corpus writes at least twice as often
// as any other, or nil.
func mostWritten(cs []*candidate, corpus string) *candidate {
	if len(cs) == 1 {
		return cs[0]
	}
	var best *candidate
	bn, second := 0, 0
	for _, c := range cs {
		switch n := countWord(corpus, c.term); {
		case n > bn:
			best, bn, second = c, n, bn
		case n > second:
			second = n
		}
	}
	if bn < 2*second || bn == 0 {
		return nil
	}
	return best
}

// countWord counts the places corpus writes s as whole words ("AMD", not
// the "AMD" of "AMDX").
func countWord(corpus, s string) int {
	n := 0
	wholeWords(corpus, s, func(int, int) bool { n++; return true })
	return n
}

// wholeWords calls f with each place corpus writes s as whole words, in
// order, while f returns true.
func wholeWords(corpus, s string, f func(at, end int) bool) {
	for i := 0; ; {
		k := strings.Index(corpus[i:], s)
		if k < 0 || s == "" {
			return
		}
		at, end := i+k, i+k+len(s)
		i = end
		before, _ := utf8.DecodeLastRuneInString(corpus[:at])
		after, _ := utf8.DecodeRuneInString(corpus[end:])
		if (at == 0 || !text.IsWordRune(before)) && (end == len(corpus) || !text.IsWordRune(after)) && !f(at, end) {
			return
		}
	}
}

// isFirstName reports whether a one-word name is the first word of a
// longer name among the candidates ("Jeremy" of "Jeremy Smith").
func (g *gatherer) isFirstName(c *candidate) bool {
	if len(text.Words(c.term)) != 1 || text.IsAcronym(c.term) || !text.IsCapitalized(c.term) || isCamel(c.term) {
		return false // a camel-case name is a brand's ("DeepSeek" of "DeepSeek R1")
	}
	for _, o := range g.list {
		if o != c && !o.dropped && strings.HasPrefix(o.term, c.term+" ") && !strings.ContainsAny(o.term, "0123456789") {
			return true // a model's number ("Vela 7") makes it no person's name
		}
	}
	return false
}

// wholeName returns the longer name a multi-word name is always part of
// in the text ("Republic of China" always written "People's Republic of
// China"), or "" if it stands alone somewhere. Only a capitalised word,
// not a title, extends a name.
func wholeName(term, corpus string) string {
	tt := text.Words(term)
	if len(tt) < 2 || !text.IsCapitalized(tt[0].Text) || !text.IsCapitalized(tt[len(tt)-1].Text) {
		return ""
	}
	prev := map[string]string{} // the word before, without a possessive -> as written
	n := 0
	for i := 0; ; {
		k := strings.Index(corpus[i:], term)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(term)
		if i < len(corpus) {
			if r, _ := utf8.DecodeRuneInString(corpus[i:]); text.IsWordRune(r) {
				continue // part of a longer word
			}
		}
		n++
		before := strings.TrimRight(corpus[:at], " ")
		if len(before) == len(corpus[:at]) {
			return "" // glued to what precedes: not a word boundary
		}
		toks := text.Words(before[max(0, len(before)-40):])
		if len(toks) == 0 {
			return ""
		}
		w := toks[len(toks)-1]
		prevStart := max(0, len(before)-40) + w.Start
		if prevStart+len(w.Text) != len(before) {
			return "" // punctuation between
		}
		// A word after a sentence end is only capitalised for it.
		head := strings.TrimRight(before[:prevStart], " ")
		if head == "" || strings.ContainsAny(head[len(head)-1:], ".!?\n") {
			return ""
		}
		// One word, however its apostrophe is written ("People's",
		// "People’s"); the name takes the form written first.
		base := text.StripPossessive(w.Text)
		if prev[base] == "" {
			prev[base] = w.Text
		}
	}
	if n < 2 || len(prev) != 1 {
		return ""
	}
	var base, w string
	for base, w = range prev {
	}
	if !text.IsCapitalized(w) || (base == w && text.VagueWord(base)) || text.TitleWord(strings.ToLower(base)) || text.DemonymEnding(base) && base == w {
		return ""
	}
	return w + " " + term
}

// officeAndPerson splits a name that opens with a title and closes on a
// person's two names the text also writes without it ("Commissioner for
// the Internal Market Thierry Breton": "Thierry Breton") into the office
// and the person, or returns "" for the person.
func officeAndPerson(term, corpus string) (role, name string) {
	ws := strings.Fields(term)
	n := len(ws)
	if n < 4 || !text.TitleWord(strings.ToLower(ws[0])) {
		return "", ""
	}
	for _, w := range ws[n-2:] {
		if !text.IsCapitalized(w) || text.IsAcronym(w) || text.TitleWord(strings.ToLower(w)) || joiners[strings.ToLower(w)] {
			return "", ""
		}
	}
	name = strings.Join(ws[n-2:], " ")
	if countWord(corpus, name) <= countWord(corpus, term) {
		return "", "" // never written without the office: one name
	}
	return strings.Join(ws[:n-2], " "), name
}

// joinedText is the passages' text, one passage a line: the corpus the
// name rules count in.
func joinedText(passages []Passage) string {
	texts := make([]string, len(passages))
	for i, p := range passages {
		texts[i] = p.Text
	}
	return strings.Join(texts, "\n")
}

// rename gives candidate c the name a fragment of it stands for: the
// fragment is no name of its own, not an alias either.
func (g *gatherer) rename(c *candidate, name string) {
	delete(g.byKey, termKey(c.term))
	c.term = name
	g.byKey[termKey(name)] = c
}

// hyphenPrefixed reports whether the text writes a name only after a
// lower-case prefix and a hyphen ("sub-Saharan Africa", "pro-Russian
// forces"): a part of a compound, no name of its own.
func hyphenPrefixed(term string, passages []Passage) bool {
	occ := occurrences(term, passages)
	for _, o := range occ {
		before := o.text[:o.start]
		if !strings.HasSuffix(before, "-") {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
		if !unicode.IsLower(r) {
			return false
		}
	}
	return len(occ) > 0
}

// hyphenWhole returns the compound a name is always the first part of,
// joined by a hyphen to one and the same capitalised word ("High" of
// "the hedge fund High-Flyer"), or "".
func hyphenWhole(term string, passages []Passage) string {
	var whole string
	for _, o := range occurrences(term, passages) {
		rest, ok := strings.CutPrefix(o.text[o.end:], "-")
		if !ok {
			return ""
		}
		ws := text.Words(rest[:min(len(rest), 40)])
		if len(ws) == 0 || ws[0].Start != 0 || !text.IsCapitalized(ws[0].Text) {
			return ""
		}
		if w := term + "-" + ws[0].Text; whole == "" {
			whole = w
		} else if w != whole {
			return ""
		}
	}
	return whole
}

// modifiedName returns the phrase a name of several words always
// stands in, before one and the same lower-case noun ("Santa Ana winds":
// "the Santa Ana winds", "fierce Santa Ana winds"), or "": written twice
// or more, never before anything else. A verb after it makes it the
// subject ("Wes Moore said"), so the word must be no verb's form: no
// past, no stop word, and a plural ("winds", or a verb's "says") only
// where "the" stands before the name once at least.
func modifiedName(term string, passages []Passage) string {
	if len(strings.Fields(term)) < 2 || text.IsAcronym(term) {
		return ""
	}
	var noun string
	n, the := 0, false
	for _, o := range occurrences(term, passages) {
		w := nextWord(o.text[o.end:])
		if w == "" || noun != "" && w != noun || strings.ToLower(w) != w {
			return ""
		}
		noun = w
		n++
		before := strings.ToLower(o.text[max(0, o.start-4):o.start])
		the = the || before == "the " && (o.start == 4 || !text.IsWordRune(rune(o.text[o.start-5])))
	}
	if n < 2 || text.StopWord(noun) || text.PastForm(noun) || text.FiniteVerb(noun) || text.ReportingVerb(noun) || strings.HasSuffix(noun, "ing") || strings.HasSuffix(noun, "s") && !the {
		return ""
	}
	return term + " " + noun
}

// definedNames returns the one-word names (capitalised words standing
// alone, not at a sentence start, not acronyms) that occur in at least
// minPassages passages and that some sentence describes by an appositive
// or a relative clause: a company, a product, a person known by one name.
func definedNames(passages []Passage, sents [][]sentences.Sentence, minPassages int) []string {
	seen := map[string]int{}
	inside := map[string]bool{} // written with its capital inside a sentence
	last := map[string]int{}
	defined := map[string]bool{}
	for pi, p := range passages {
		if isHeading(p.Text) {
			continue
		}
		for _, s := range sents[pi] {
			toks := text.Words(s.Text)
			for i, t := range toks {
				w := text.StripPossessive(t.Text)
				if !text.IsCapitalized(w) || text.IsAcronym(w) || text.VagueWord(w) || text.TitleWord(strings.ToLower(w)) || text.DemonymEnding(w) {
					continue
				}
				// Part of a longer name: properNames' business.
				if i > 0 && text.IsCapitalized(toks[i-1].Text) && gapKind(s.Text[toks[i-1].End:t.Start]) == ' ' ||
					i+1 < len(toks) && text.IsCapitalized(toks[i+1].Text) && gapKind(s.Text[t.End:toks[i+1].Start]) == ' ' {
					continue
				}
				if i > 0 {
					inside[w] = true
				}
				if last[w] != pi+1 {
					last[w] = pi + 1
					seen[w]++
				}
				// A list item, a place after a preposition ("made in
				// Africa, a milestone ...") or a date is not what an
				// appositive after it describes. A sentence's first word
				// may be the name it describes ("Sberbank, Russia's
				// largest bank, ..."), if the text writes it capitalised
				// inside a sentence too (checked below).
				prev := ""
				if i > 0 {
					prev = strings.ToLower(toks[i-1].Text)
				}
				_, kind := precedingDescription(s.Text, t.Start, t.End)
				listed := kind != kindDescription && (strings.HasSuffix(strings.TrimRight(s.Text[:t.Start], " "), ",") || prev != "" && (prepositions[prev] || isNumber(prev)))
				if w == t.Text && !defined[w] && !listed && (kind == kindDescription || inlineRank(s.Text, t.Start, t.End, true) >= rankInlineDesc) && isDefinitionSentence(s.Text) {
					defined[w] = true
				}
			}
		}
	}
	var out []string
	for w := range defined {
		if seen[w] >= minPassages && inside[w] {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// prepositions before a name make it a place or a date in a clause.
var prepositions = map[string]bool{"in": true, "at": true, "from": true, "to": true, "of": true, "across": true,
	"throughout": true, "near": true, "into": true, "within": true, "outside": true, "on": true, "since": true,
	"until": true, "by": true, "over": true, "under": true, "towards": true, "toward": true}

// isShouted reports whether a name of several words is written all in
// capitals, none of them an acronym of the text's kind (two or three
// letters): "VLADIMIR PUTIN", not "BRICS AI".
func isShouted(name string) bool {
	toks := text.Words(name)
	if len(toks) < 2 {
		return false
	}
	long := false
	for _, t := range toks {
		if strings.ToUpper(t.Text) != t.Text {
			return false
		}
		long = long || utf8.RuneCountInString(t.Text) > 4
	}
	return long
}

// placeQualified names a person the text writes "Wes Moore of Maryland"
// ("Gov. Wes Moore of Maryland said") by the name alone: "of Maryland"
// says where the office is, as "Maryland Governor" does, and is no part
// of the name. A person is a candidate with a role; the "of" form stays an
// alias. A name of two or three capitalised words comes before "of".
func (g *gatherer) placeQualified() {
	for _, c := range g.list {
		if c.dropped || c.role == "" {
			continue
		}
		name, place, ok := strings.Cut(c.term, " of ")
		if !ok || !isProperPhrase(place) || !isProperPhrase(name) {
			continue
		}
		if n := len(text.Words(name)); n < 2 || n > 3 {
			continue
		}
		if o := g.lookup(name); o != nil && o != c {
			continue
		}
		old := c.term
		delete(g.byKey, termKey(old))
		c.term = name
		g.byKey[termKey(name)] = c
		c.removeAlias(name)
		c.addAlias(old)
	}
}
