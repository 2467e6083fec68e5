package dedup

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// AcrossSources finds kept sentences of different sources that state one
// fact in different words, and keeps one wording, the most complete: the
// others are dropped, or cut to the details only they give (details.go).
//
// Select works on wording: two outlets that tell the same event in their own
// words ("Putin unveiled the network" / "Putin announced the network")
// share too few units for coverage to call one a restatement of the
// other. Here a sentence is its fact units (names, numbers) and its
// content words merged into paraphrase classes, each weighed by its
// rarity in the story (a name every sentence uses says little). Sentence a
// states b's fact when
//
//   - they come from different sources (src[a] != src[b]);
//   - they share a rare name or number, and no number of one contradicts
//     the other (a figure of the same kind with another value: a
//     different fact; see numberKind);
//   - they name no different actors (otherActors);
//   - most of a's weight is in b (weighted containment >= acrossContain).
//
// The sentence that says less (fewer names and numbers, then less weight)
// goes: when what it says that no other kept sentence says is at most a
// share acrossDetail of it, with no name or number, it is dropped (Keep
// false, Reason SameFact, DupOf the sentence kept, so that the kept claim
// credits its source too); else, when its core says nothing the other does
// not, it is cut to the phrases that carry its details (Reason Detail,
// Follows the sentence kept; see detailOf); else both stand. The fuller
// wording of a merge is neither dropped nor cut in turn, and the pairs
// whose kept wording says most go first: the most complete wording of a
// fact takes the others.
// Sentences of one source are left to Select. Last, a sentence Select
// dropped as covered without naming the sentence that covers it is
// credited to the kept sentence that states its fact, if one does.
func AcrossSources(res *Result, src []int) {
	if len(res.Follows) != len(res.Keep) {
		res.Follows = make([]int, len(res.Keep))
		for i := range res.Follows {
			res.Follows[i] = -1
		}
	}
	res.PartOf = make([]int, len(res.Keep))
	for i := range res.PartOf {
		res.PartOf[i] = -1
	}
	a := newAcross(res, src)
	a.restatedParts(a.merge(a.pairs()))
	a.keepToldPoints()
	a.credit()
}

var (
	// parenthesis is a short bracketed aside.
	parenthesis = regexp.MustCompile(`\s*\(([^()]{1,32})\)`)
	// figureEnd is the end of a figure: a digit, a sign of a share, or
	// a scale or a currency written out.
	figureEnd = regexp.MustCompile(`(?i)(\d|%|\d(bn|mn|tn|m|k)|\b(billion|million|trillion|bn|mn|tn|euros?|dollars?|pounds?|yen|yuan|rupees?|percent|per cent))$`)
	// conversionInner is what a conversion holds: a figure, maybe a
	// currency's sign or code and a scale ("$2 billion", "£1.5bn",
	// "about €573 billion", "Rs 5,000 crore").
	conversionInner = regexp.MustCompile(`(?i)^(about |around |roughly |some |approx\.? |nearly )?([$€£¥₹]|[A-Z]{2,3}\$?|Rs\.?)?\s?\d[\d.,]*\s?(bn|billion|mn|m|million|tn|trillion|k|crore|lakh)?(\s?(euros?|dollars?|pounds?|yen|yuan|[A-Z]{3}))?$`)
)

// withoutConversions is s without the figures bracketed after a figure
// that convert it to another currency ("€1.8bn (£1.5bn)", "$593bn
// (£433bn)"): one outlet's reader's currency is no fact of its own, and
// left in it would keep apart two outlets' wordings of one fine.
func withoutConversions(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range parenthesis.FindAllStringSubmatchIndex(s, -1) {
		if conversionInner.MatchString(strings.TrimSpace(s[m[2]:m[3]])) && figureEnd.MatchString(strings.TrimRight(s[:m[0]], " ")) {
			b.WriteString(s[last:m[0]])
			last = m[1]
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// across is what the steps of AcrossSources share: each sentence's unit
// set (ids of tab, sorted), the units' weights, each sentence's total
// weight and fact count, and an inverted index from rare unit to kept
// sentences.
type across struct {
	res  *Result
	src  []int
	tab  *unitTable
	sets [][]int32
	u    units
	// spelling maps a name one outlet misspells to the spelling the
	// others write ("deepsake" -> "deepseek", see misspellings).
	spelling map[string]string
	// actor is each sentence's actor (actorOf)
	// (its unit id), or -1: who the sentence says acts (see statesFact).
	actor []int32
	// kinds says what each number of each sentence counts (numberKind),
	// kinded are its figures with their kinds (kindedFigures), and
	// carriedFig counts the kept sentences giving each (see merge).
	kinds      []map[int32]string
	kinded     [][]string
	carriedFig figures
	// phr are the sentences' phrases, made when first asked for
	// (phrasesOf).
	phr map[int]*phrases
	// value is each number unit's figure (text.NumberValue), "" for
	// other units: figures are compared rounded (roundingOf).
	value []string
	// events are the event classes each sentence's event clause tells,
	// eventUnits that clause's units (eventSets; see sameEvent).
	events     [][]string
	eventUnits [][]int32
	total      []float64
	facts      []int
	post       [][]int
}

// newAcross makes the unit sets of the wording each sentence keeps (Select
// may have cut a trailing clause: a fact only the cut clause gave is not
// this sentence's), weighs them and indexes the rare ones.
func newAcross(res *Result, src []int) *across {
	n := len(res.Units)
	a := &across{res: res, src: src, tab: newUnitTable(), sets: make([][]int32, n), actor: make([]int32, n)}
	a.kinds, a.kinded = make([]map[int32]string, n), make([][]string, n)
	a.spelling = misspellings(res.Units)
	for i, us := range res.Units {
		t := withoutConversions(res.Text[i])
		toks := text.Tokenize(t)
		a.sets[i], a.actor[i] = a.unitSet(us, t, toks)
		kt := figureTokens(t)
		a.kinds[i] = a.numberKinds(kt)
		a.kinded[i] = tokenFigures(kt)
	}
	df := a.tab.df
	a.value = make([]string, len(df))
	for key, x := range a.tab.id {
		if v, ok := strings.CutPrefix(key, numberUnit); ok {
			a.value[x] = v
		}
	}
	weight := make([]float64, len(df))
	for x := range df {
		weight[x] = math.Log(float64(n+1) / float64(df[x]))
		if a.tab.fact[x] {
			weight[x] *= factBoost
		}
	}
	a.u = units{weight: weight, num: a.tab.num, fact: a.tab.fact}
	a.total = make([]float64, n)
	a.facts = make([]int, n)
	for i, set := range a.sets {
		for _, x := range set {
			a.total[i] += weight[x]
			if a.tab.fact[x] {
				a.facts[i]++
			}
		}
	}
	a.eventSets()
	// Candidates share a rare unit: an inverted index over them.
	rareDF := max(rareShare*float64(n), minRare)
	a.post = make([][]int, len(df))
	for i, set := range a.sets {
		if !res.Keep[i] {
			continue
		}
		for _, x := range set {
			if float64(df[x]) <= rareDF {
				a.post[x] = append(a.post[x], i)
			}
		}
	}
	return a
}

// unitSet returns the sorted unit ids of wording t, whose Select units are
// us and whose tokens are toks (see unitKeys), and the id of its actor
// (actorOf), or -1.
func (a *across) unitSet(us []string, t string, toks []text.Token) ([]int32, int32) {
	var set []int32
	for _, key := range a.unitKeys(toks, entityNames(us)) {
		set = append(set, a.tab.intern(key))
	}
	slices.Sort(set)
	set = slices.Compact(set)
	for _, x := range set {
		a.tab.df[x]++
	}
	actor := int32(-1)
	if x, ok := a.tab.id[actorOf(t, unitNames(us))]; ok {
		actor = x
	}
	return set, actor
}

// numberKinds maps the number units of a wording, tokens toks, to what
// they count.
func (a *across) numberKinds(toks []text.Token) map[int32]string {
	var kinds map[int32]string
	for k := 0; k < len(toks); k++ {
		if !toks[k].Number {
			continue
		}
		// The figure as unitKeys reads it ("twenty-five" is 25, not
		// 20 and 5); what it counts is its last word's.
		v, last := text.Figure(toks, k)
		if x, ok := a.tab.id[numberUnit+v]; ok {
			if kinds == nil {
				kinds = map[int32]string{}
			}
			kinds[x] = numberKind(toks, last)
		}
		k = last
	}
	return kinds
}

// entityNames are the names among Select units us, as units.
func entityNames(us []string) map[string]bool {
	names := map[string]bool{}
	for _, u := range us {
		if strings.HasPrefix(u, entityUnit) {
			names[u] = true
		}
	}
	return names
}

// unitKeys are the units of tokens toks as AcrossSources weighs them: their
// numbers (by value), the words that names holds as names (a month by
// its full name), and their content words by paraphrase class, cut to
// their first wordPrefix letters; "p.m." or "ET" after a figure is none.
func (a *across) unitKeys(toks []text.Token, names map[string]bool) []string {
	var keys []string
	for k := 0; k < len(toks); k++ {
		tok := toks[k]
		// "co-operation" is "cooperation".
		if text.BoundPrefix(tok.Norm) && k+1 < len(toks) && !toks[k+1].Number {
			keys = append(keys, wordUnit+prefix(text.Concept(text.Stem(tok.Norm+toks[k+1].Norm)), wordPrefix))
			k++
			continue
		}
		switch {
		case tok.Number:
			// One figure however written ("$109bn", "109 billion";
			// "two to three", "2-3"; "twenty-five", "25").
			var v string
			if v, k = text.Figure(toks, k); v != "" {
				keys = append(keys, numberUnit+v)
			}
		case names[entityUnit+tok.Norm] && !shouted(tok):
			norm := tok.Norm
			if right, ok := a.spelling[norm]; ok {
				norm = right
			}
			keys = append(keys, entityUnit+text.MonthName(norm))
		case k > 0 && toks[k-1].Number && text.ClockMark(tok.Stem):
			// "8:30 p.m." is "8:30 pm": the figure says it.
		case !text.StopWord(tok.Norm) && len(tok.Stem) >= 2:
			keys = append(keys, wordUnit+prefix(text.Concept(tok.Stem), wordPrefix))
		}
	}
	return keys
}

// misspellings maps each name of the sentences (units us) that is another
// name misspelt (text.Misspelt) to that name, when the text writes that
// one more often: two outlets' wordings of one fact, one of them with
// "DeepSake", name one company.
func misspellings(us [][]string) map[string]string {
	count := map[string]int{}
	byShape := map[int][]string{}
	for _, set := range us {
		for _, u := range set {
			if name, ok := strings.CutPrefix(u, entityUnit); ok {
				if count[name] == 0 {
					byShape[len(name)] = append(byShape[len(name)], name)
				}
				count[name]++
			}
		}
	}
	out := map[string]string{}
	for _, names := range byShape {
		for i, x := range names {
			for _, y := range names[i+1:] {
				if x[0] != y[0] || x[len(x)-1] != y[len(y)-1] || count[x] == count[y] || !text.Misspelt(x, y) {
					continue
				}
				if count[x] < count[y] {
					out[x] = y
				} else {
					out[y] = x
				}
			}
		}
	}
	return out
}

// usable reports whether rare unit x links candidates: a name that common
// is no evidence of one fact.
func (a *across) usable(x int32) bool { return len(a.post[x]) > 1 && len(a.post[x]) <= maxPosting }

// acrossPair is a candidate merge: drop states keep's fact, by score.
type acrossPair struct {
	drop, keep int
	score      float64
}

// pairs returns the pairs of kept sentences of different sources sharing a
// rare unit of which one (the one that says less: fewer names and numbers,
// then the less precise figures, then less weight) states the other's
// fact: those whose kept wording says most first, then the closest.
func (a *across) pairs() []acrossPair {
	var pairs []acrossPair
	mark := make([]int, len(a.sets)) // mark[j] == i+1: pair (i, j) already weighed
	for i, set := range a.sets {
		if !a.res.Keep[i] {
			continue
		}
		for _, x := range set {
			if !a.usable(x) {
				continue
			}
			for _, j := range a.post[x] {
				if j <= i || a.src[i] == a.src[j] || mark[j] == i+1 {
					continue
				}
				mark[j] = i + 1
				d, k := i, j
				if a.facts[d] > a.facts[k] || a.facts[d] == a.facts[k] && (a.finer(d, k) || !a.finer(k, d) && a.total[d] > a.total[k]) {
					d, k = k, d
				}
				// Two days or two months are two facts, however
				// much else the two share ("made landfall on
				// Wednesday" / "made a second landfall on Friday").
				if a.otherWhen(d, k) {
					continue
				}
				// A claim told with details of its own shares less:
				// its core, told by the other, or two figures in
				// common make it one (either way round: the other's
				// details are kept too).
				// One event in two wordings (sameEvent) is one
				// claim however few words the two share.
				if sc, ok := a.statesFact(d, k, true); ok || sc >= acrossCore && a.oneClaim(d, k) || a.sameEvent(d, k) {
					pairs = append(pairs, acrossPair{d, k, sc})
				} else if sc, _ := a.statesFact(k, d, true); sc >= acrossCore && a.oneClaim(k, d) {
					pairs = append(pairs, acrossPair{k, d, sc})
				}
			}
		}
	}
	sort.Slice(pairs, func(x, y int) bool {
		p, q := pairs[x], pairs[y]
		if a.facts[p.keep] != a.facts[q.keep] {
			return a.facts[p.keep] > a.facts[q.keep]
		}
		if a.total[p.keep] != a.total[q.keep] {
			return a.total[p.keep] > a.total[q.keep]
		}
		if p.score != q.score {
			return p.score > q.score
		}
		if p.drop != q.drop {
			return p.drop < q.drop
		}
		return p.keep < q.keep
	})
	return pairs
}

// merge drops, pair by pair, the sentence that states another's fact, as
// SameFact of it, or, when that would lose a detail, cuts it to its
// details (Detail, following the other), or leaves both. It returns the
// sentences others were merged into.
func (a *across) merge(pairs []acrossPair) []bool {
	res := a.res
	// carried counts the kept sentences that carry each unit: a unit of
	// a sentence about to be dropped that no other kept sentence carries
	// is a detail the briefing would lose.
	carried := make([]int, len(a.tab.df))
	a.carriedFig = figures{}
	for i, set := range a.sets {
		if res.Keep[i] {
			for _, x := range set {
				carried[x]++
			}
			a.carriedFig.add(a.kinded[i], 1)
		}
	}
	took := make([]bool, len(a.sets)) // the fuller wording of a merge
	for _, p := range pairs {
		d, k := p.drop, p.keep
		// A keeper cut to its details in favour of a fuller wording
		// tells that wording's claim: d is weighed against that one.
		for steps := 0; res.Follows[k] >= 0 && steps < len(res.Keep); steps++ {
			k = res.Follows[k]
		}
		if d == k {
			continue
		}
		// A sentence already dropped or cut is credited once; one
		// that took another's credit is not dropped in turn (its claim
		// would lose a wording that others were merged into), only cut
		// to its details (those credited to it are cited beside them),
		// nor does a cut one take credit.
		if !res.Keep[d] || !res.Keep[k] || res.Follows[d] >= 0 || res.Follows[k] >= 0 {
			continue
		}
		cut := ""
		// A claim that is one by its figures only (oneClaim) may say
		// more than its figures: it is cut to what it adds, never
		// dropped on its figures' strength.
		_, states := a.statesFact(d, k, true)
		byFigures := !states && !a.sameCore(d, k)
		if took[d] || byFigures || a.losesDetail(d, k, carried) || a.losesFigure(d, k) {
			var ok bool
			if cut, ok = a.detailOf(d, k, carried); !ok || cut == "" && took[d] {
				continue
			}
		}
		took[k] = true
		for _, x := range a.sets[d] {
			carried[x]--
		}
		a.carriedFig.add(a.kinded[d], -1)
		if cut == "" {
			res.Keep[d], res.Reason[d], res.DupOf[d] = false, SameFact, k
			continue
		}
		res.Text[d], res.Reason[d], res.Follows[d] = cut, Detail, k
		a.sets[d] = a.phraseUnits(cut, entityNames(res.Units[d]))
		a.kinded[d] = kindedFigures(cut)
		for _, x := range a.sets[d] {
			carried[x]++
		}
		a.carriedFig.add(a.kinded[d], 1)
	}
	return took
}

// credit: a sentence Select dropped as covered by several kept sentences
// together names none of them; when one kept sentence states its fact, and
// comes from another source, it is credited to that one, so that its source
// is listed.
func (a *across) credit() {
	res := a.res
	for d := range a.sets {
		if res.Keep[d] || res.DupOf[d] >= 0 || res.Reason[d] == NoContent {
			continue
		}
		best, bestScore := -1, 0.0
		for _, x := range a.sets[d] {
			if len(a.post[x]) > maxPosting {
				continue
			}
			for _, k := range a.post[x] {
				if !res.Keep[k] || k == best || a.src[k] == a.src[d] {
					continue
				}
				if sc, _ := a.statesFact(d, k, false); sc >= acrossCredit && (sc > bestScore || sc == bestScore && k < best) {
					best, bestScore = k, sc
				}
			}
		}
		res.DupOf[d] = best
	}
}

// units are what AcrossSources knows of each unit id.
type units struct {
	weight    []float64
	num, fact []bool
}

// statesFact reports whether sentence d states the fact of sentence k, and
// how closely (the weighted share of d's units in k's): most of d's weight
// is in k, the two do not name different actors (otherActors: "Norland
// pledged 40 million euros" is not "Port Avel pledged 40 million euros"),
// and every number of d is one of k's, or, with details, one that counts
// what no number of k counts (a detail; "Category 3" beside "8:30 p.m.").
func (a *across) statesFact(d, k int, details bool) (float64, bool) {
	ds, ks, td := a.sets[d], a.sets[k], a.total[d]
	if td == 0 {
		return 0, false
	}
	// Two figures in common besides years outweigh the actors' names
	// ("Russia's AI strategy envisions 80% ... 5% ... 850 billion" /
	// "Putin's AI strategy envisions 80% ... 5% ... 850 billion").
	n, strong := a.sharedFigures(d, k)
	if n < 2 && !strong && otherActors(a.actor[d], a.actor[k], -1, func(x int32) bool { return has(ds, x) }, func(x int32) bool { return has(ks, x) }) {
		return 0, false
	}
	shared := 0.0
	j := 0
	for _, x := range ds {
		for j < len(ks) && ks[j] < x {
			j++
		}
		if j < len(ks) && ks[j] == x || a.u.num[x] && a.givesRounded(k, x, sameFigureValue) {
			shared += a.u.weight[x]
			continue
		}
		// A number d gives and k does not makes d another fact ("20
		// companies joined" is not "Putin announced the alliance"), or
		// a detail of it; beside two figures in common, even one that
		// counts what one of k's counts is a detail ("80% ... up from
		// 5% today ... by 2030" / "80% ... from the 5% recorded in
		// 2023"): detailOf keeps it, with its source, and so two
		// outlets' different counts both stand.
		if a.u.num[x] && (!details || !strong && a.contradicts(d, k, x)) {
			return 0, false
		}
	}
	sc := shared / td
	return sc, sc >= acrossContain
}

// sharedFigures is how many figures other than years sentences d and k
// both give, as figures of one kind (kindedFigures; one rounded in one of
// them counts: "$26.3 billion" / "$26 billion"), and whether they make
// the two one claim (strong): two figures in common, one of them of two
// digits or more, a year counting beside it ("$26 billion in 2021"; a
// figure and its year are one fact, a year and "Category 3" are not, nor
// "Category 3" and "four deaths" beside "3 million" and "four people").
func (a *across) sharedFigures(d, k int) (n int, strong bool) {
	years, big := 0, false
	for _, f := range a.kinded[d] {
		v, kind, _ := strings.Cut(f, "|")
		if !slices.ContainsFunc(a.kinded[k], func(g string) bool { return sameKindedValue(f, g) }) {
			continue
		}
		if kind == "year" {
			years++
			continue
		}
		n++
		big = big || digits(v) >= 2
	}
	return n, big && n+years >= 2
}

// contradicts reports whether number x of sentence d, which k does not
// give, contradicts k: k gives another number of the same kind (or d's
// kind is unknown and so is one of k's numbers).
func (a *across) contradicts(d, k int, x int32) bool {
	kind := a.kinds[d][x]
	for y, ky := range a.kinds[k] {
		if ky == kind && !has(a.sets[d], y) && !a.givesRounded(d, y, sameFigureValue) {
			return true
		}
	}
	return false
}

// finer reports whether sentence i gives a figure more precisely than j
// ("8:31 p.m." / "around 8:30 pm", "$26.3 billion" / "$26 billion"): of
// two wordings that say as much, the more precise is the more complete.
func (a *across) finer(i, j int) bool {
	for _, x := range a.sets[i] {
		if a.u.num[x] && !has(a.sets[j], x) && a.givesRounded(j, x, func(v, w string) bool { return roundingOf(w, v) }) {
			return true
		}
	}
	return false
}

// oneClaim reports whether sentence d, which shares some of k's words,
// tells k's claim with details of its own: its core is k's (sameCore),
// or the two give two figures in common (sharedFigures: "80% of workers
// with AI skills by 2030, up from 5%" is one claim however worded).
func (a *across) oneClaim(d, k int) bool {
	_, strong := a.sharedFigures(d, k)
	return strong || a.sameCore(d, k)
}

// digits is how many significant digits figure v has ("80" 2, "0.2" 1).
func digits(v string) int {
	n := 0
	for _, r := range strings.TrimLeft(v, "0.,:") {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// givesRounded reports whether sentence k gives number unit x as another
// number unit, same(x's figure, that one's) (roundingOf, sameFigureValue).
func (a *across) givesRounded(k int, x int32, same func(a, b string) bool) bool {
	for _, y := range a.sets[k] {
		if y != x && a.u.num[y] && same(a.value[x], a.value[y]) {
			return true
		}
	}
	return false
}

// losesFigure reports whether dropping d for k would lose a figure: one d
// gives, with what it counts, that neither k nor any other kept sentence
// gives ("eight miles south" where other sentences say "8:31 p.m.").
func (a *across) losesFigure(d, k int) bool {
	for _, f := range a.kinded[d] {
		if !a.gives(d, k, f) {
			return true
		}
	}
	return false
}

// gives reports whether sentence k, or a kept sentence other than d, the
// one f comes from, gives figure f (kindedFigures; one without a kind is
// the same as one with any); another sentence only when it shares with d
// a name, a number or two words besides (see carriedNear).
func (a *across) gives(d, k int, f string) bool {
	for _, g := range a.kinded[k] {
		if sameFigure(f, g) {
			return true
		}
	}
	if a.carriedFig.count(f) <= 1 {
		return false
	}
	for j := range a.kinded {
		if j == d || !a.res.Keep[j] || !slices.ContainsFunc(a.kinded[j], func(g string) bool { return sameFigure(f, g) }) {
			continue
		}
		if a.related(d, j, -1) {
			return true
		}
	}
	return false
}

// sameKindedValue reports whether figures f and g (kindedFigures) are one
// figure, either rounded (sameFigureValue), of one kind or one without.
func sameKindedValue(f, g string) bool {
	fv, fk, _ := strings.Cut(f, "|")
	gv, gk, _ := strings.Cut(g, "|")
	return sameFigureValue(fv, gv) && (fk == gk || fk == "" || gk == "")
}

// figures counts the kept sentences giving each figure: value -> kind ->
// sentences.
type figures map[string]map[string]int

func (c figures) add(fs []string, n int) {
	for _, f := range fs {
		v, kind, _ := strings.Cut(f, "|")
		if c[v] == nil {
			c[v] = map[string]int{}
		}
		c[v][kind] += n
	}
}

// count is how many kept sentences give figure f, or a more precise
// figure f rounds (roundingOf).
func (c figures) count(f string) int {
	v, kind, _ := strings.Cut(f, "|")
	n := 0
	for w, kinds := range c {
		if !roundingOf(v, w) {
			continue
		}
		for k, m := range kinds {
			if kind == "" || k == "" || k == kind {
				n += m
			}
		}
	}
	return n
}

// sameFigure reports whether figure f gives figure g (kindedFigures): the
// same value, or g's rounded (roundingOf: "26" gives nothing of "26.3",
// "26.3" gives "26"), and the same kind or one without a kind.
func sameFigure(f, g string) bool {
	fv, fk, _ := strings.Cut(f, "|")
	gv, gk, _ := strings.Cut(g, "|")
	return roundingOf(fv, gv) && (fk == gk || fk == "" || gk == "")
}

// losesDetail reports whether dropping d for k would lose a detail: a name
// or number of d that neither k nor any other kept sentence carries, or
// words no other kept sentence carries weighing more than a share
// acrossDetail of d. A figure k gives as precisely or more is no detail.
func (a *across) losesDetail(d, k int, carried []int) bool {
	u, ds, ks, td := a.u, a.sets[d], a.sets[k], a.total[d]
	extra := 0.0
	for _, x := range ds {
		if _, in := slices.BinarySearch(ks, x); in || a.carriedNear(d, x, carried) {
			continue
		}
		// k gives the figure as precisely, or more ("26.3" for "26").
		if u.num[x] && a.givesRounded(k, x, roundingOf) {
			continue
		}
		if u.fact[x] {
			return true
		}
		extra += u.weight[x]
	}
	return extra > acrossDetail*td
}

// carriedNear reports whether a kept sentence other than d carries unit
// x of d. A number counts as carried only in a sentence that shares
// another name or number, or two words, with d: "2023" of "the stock
// soared 239% in 2023" does not say when the company of "founded in
// December 2023" was founded. A name said anywhere is in the briefing.
func (a *across) carriedNear(d int, x int32, carried []int) bool {
	if carried[x] <= 1 {
		return false
	}
	if !a.tab.num[x] || len(a.post[x]) == 0 {
		return true // a word or a name, or a number too common to index
	}
	for _, j := range a.post[x] {
		if j != d && a.res.Keep[j] && a.related(d, j, x) {
			return true
		}
	}
	return false
}

// related reports whether sentences d and j share a name or a number, or
// two words, besides unit x (-1 for none).
func (a *across) related(d, j int, x int32) bool {
	facts, words := 0, 0
	for _, y := range a.sets[d] {
		if y == x || a.tab.num[y] && x < 0 {
			continue // the figure asked about
		}
		if _, in := slices.BinarySearch(a.sets[j], y); in {
			if a.tab.fact[y] {
				facts++
			} else {
				words++
			}
		}
	}
	return facts > 0 || words >= 2
}

// prefix is the first n runes of a stem: the stemmer leaves
// "contribution" and "contribut", "projection" and "project" apart, and
// for telling one fact from another their first letters are enough.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

const (
	// wordPrefix is how many letters of a content word's stem count.
	wordPrefix = 6
	// factBoost weighs a name or number above a content word of the same
	// rarity: who and how many decide which fact a sentence states.
	factBoost = 1.5
	// acrossContain is the weighted share of a sentence another must
	// state for the sentence to be dropped as the same fact.
	acrossContain = 0.45
	// acrossCredit is the share of a covered sentence a kept one must
	// state for the covered one's source to be credited to it: lower
	// than acrossContain, since no wording is dropped on its strength.
	acrossCredit = 0.3
	// acrossCore is the weighted share of a sentence another must state
	// for the two to be one claim when its core is the other's (see
	// sameCore): the rest of it is details, cut to them, not dropped.
	acrossCore = 0.15
	// acrossDetail is the largest share of its weight a dropped sentence
	// may say that no kept sentence says (its wording of the fact, a
	// comment: "modest", "currently"; a name or number it alone gives
	// always keeps it). At 0.35 wordings that differ in half their
	// words ("declared ... the United States' hegemony in one of the
	// most important and promising technologies") stood beside each
	// other on the /tmp story set.
	acrossDetail = 0.5
	// rareShare is the largest share of sentences a unit may occur in
	// and still link two sentences as candidates.
	rareShare = 0.2
	// minRare is the df under which a unit is always rare enough: in a
	// short story every fact is told by every outlet.
	minRare = 8
	// maxPosting bounds the sentences one name links, so that the pass
	// stays near linear on a hundred retellings of one story.
	maxPosting = 400
)
