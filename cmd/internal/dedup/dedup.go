// Package dedup decides which sentences of a briefing say something new and
// which only restate a claim already made, across every seed at once.
//
// Each sentence becomes a set of units: content words (lower case, stop words
// removed, lightly stemmed), pairs of neighbouring content words, and fact
// units (names and numbers) (pass weigh; pass concepts maps them to
// paraphrase classes). The passes that follow are the methods of selection
// that Select calls in order; each sentence's verdict is a Reason:
//
//  1. cluster: near-duplicate clustering. MinHash signatures over the
//     content units (synonyms merged into paraphrase classes),
//     bucketed by LSH bands, give candidate pairs in near-linear time; a pair
//     is the same claim when its units overlap enough (Jaccard or
//     containment) and neither carries a fact unit the other lacks (same
//     words with a different number or name are different facts). The most
//     informative sentence of a cluster is kept: most fact units, then most
//     content, then the earliest. The others are Duplicate.
//  2. cover: coverage. The cluster representatives are taken greedily, the one
//     adding the most not-yet-covered weight first (a unit weighs more the
//     rarer it is; fact units weigh more still); a sentence whose new weight
//     is too small is a restatement and is dropped (Covered), but a sentence
//     carrying a fact unit not yet said is always kept (ForcedFact), and so is a short sentence
//     most of whose weight is unsaid and which carries a word the text
//     uses nowhere else (a distinct claim, see distinct). Coverage is local: a unit is
//     said when one of the one or two kept sentences sharing the most of the
//     sentence's weight carries it, or when it is common (used by a share
//     CommonShare of all sentences) and any kept sentence carries it. On one
//     seed nearly every unit is common and coverage is global; over many
//     seeds a distinct claim built of words other claims use survives.
//     recur (with Options.RecurAt) then keeps a carrier of each recurring
//     word no kept sentence carries.
//  3. redundant: a kept sentence that the others have come to cover is
//     dropped (Redundant), least informative first; then paraRedundant does the same
//     with synonyms merged into paraphrase classes (text.Concept).
//  4. trim, rescueClauses, restate: clause level (trim.go, reduce.go,
//     restate.go), then credit names, for each dropped sentence, the kept
//     one closest to it.
//
// Kept sentences keep their input order; the caller groups them.
package dedup

import (
	"container/heap"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Options tune the passes. The zero value means the defaults.
type Options struct {
	// Jaccard is the unit overlap above which two sentences are the same
	// claim. Default 0.5.
	Jaccard float64
	// Containment is the share of the smaller sentence's units found in the
	// larger above which the smaller restates the larger. Default 0.8.
	Containment float64
	// MinGain is the new weight a sentence must add to be kept, in units of
	// the weight of a content word that occurs once. Default 4.
	MinGain float64
	// MinNovelty is the share of its own weight a sentence must add to be
	// kept. Default 0.44.
	MinNovelty float64
	// MaxClause is the most new weight a trailing clause of a kept
	// sentence may add and still be cut as a restatement. Default 1.
	MaxClause float64
	// ParaRedundant is the weight a kept sentence must say alone, its
	// synonyms merged into paraphrase classes, not to be dropped as a
	// paraphrase of others (pass 3b): about two and a half rare words.
	// Default 2.5; negative turns the pass off.
	ParaRedundant float64
	// Covers is how many kept sentences may jointly cover a sentence
	// for it to count as said already. Default 2.
	Covers int
	// CommonShare is the share of all sentences a unit must occur in to
	// count as common: said once any kept sentence says it. Default 0.003:
	// on one seed of a few hundred sentences every unit is common and
	// coverage is global; over a hundred seeds only the words every text
	// uses are, and a claim needs covering sentences about itself.
	CommonShare float64
	// MinCommon is the fewest sentences a unit must occur in to be common,
	// whatever the share: in an article that does not restate itself a
	// word used two or three times is not yet a claim the briefing has
	// made, so a sentence using it needs covering sentences about itself.
	// Default 4.
	MinCommon int
	// RecurAt is how many sentences must use a content word for it to be
	// a point the text makes, which some kept sentence must carry (see
	// rescue). 0, the default, turns the rescue off: at 2 it keeps every
	// listed fact of the seed but 46% of its words.
	RecurAt int
	// SalientShare is the largest share of all sentences a content word
	// may occur in and still be a salient point: one that, when no kept
	// sentence carries it, is rescued as a sentence reduced to the clause
	// carrying it (reduce.go). Default 0.05; negative turns the rescue
	// off.
	SalientShare float64
	// NoRestate turns off the restatement pass (restate.go).
	NoRestate bool
}

// defaults are the Options a zero field means (see each field).
var defaults = Options{Jaccard: 0.5, Containment: 0.8, MinGain: 4, MinNovelty: 0.44, MaxClause: 1,
	ParaRedundant: 2.5, Covers: 2, CommonShare: 0.003, MinCommon: 4, SalientShare: 0.05}

func (o Options) withDefaults() Options {
	d := defaults
	for _, f := range [][2]*float64{{&o.Jaccard, &d.Jaccard}, {&o.Containment, &d.Containment},
		{&o.MinGain, &d.MinGain}, {&o.MinNovelty, &d.MinNovelty}, {&o.MaxClause, &d.MaxClause},
		{&o.ParaRedundant, &d.ParaRedundant}, {&o.CommonShare, &d.CommonShare}, {&o.SalientShare, &d.SalientShare}} {
		if *f[0] == 0 {
			*f[0] = *f[1]
		}
	}
	for _, f := range [][2]*int{{&o.Covers, &d.Covers}, {&o.MinCommon, &d.MinCommon}} {
		if *f[0] == 0 {
			*f[0] = *f[1]
		}
	}
	return o
}

// Result is the decision for every input sentence, by input index.
type Result struct {
	Keep []bool
	// DupOf is, for a dropped sentence, the kept sentence that says the
	// same most closely, or -1. Callers use it to credit every source of a
	// merged claim.
	DupOf  []int
	Reason []Reason
	// Units are the units of each sentence, for callers that score them.
	Units [][]string
	// Text is the wording to use for each kept sentence: the input, less
	// any trailing clause that only restates what the briefing says
	// elsewhere (see trimClauses), or the details it alone gives.
	Text []string
	// Follows is, for a kept sentence AcrossSources cut to the details it
	// adds to another source's wording of its fact (Reason Detail), that
	// wording, which it must stand right after; else -1 (nil before
	// AcrossSources).
	Follows []int
	// PartOf is, for a kept sentence AcrossSources cut a part from
	// because another source's kept sentence states it (restatedParts),
	// that sentence, which credits this one's source; else -1 (nil
	// before AcrossSources).
	PartOf []int
}

// Analyze returns the units of each sentence, with names recognised over the
// whole set of texts.
func Analyze(texts []string) [][]string {
	units, _ := analyze(texts)
	return units
}

func analyze(texts []string) ([][]string, *entityIndex) {
	toks := make([][]text.Token, len(texts))
	idx := newEntityIndex()
	for i, t := range texts {
		toks[i] = text.Tokenize(t)
		idx.add(toks[i])
	}
	units := make([][]string, len(texts))
	for i := range texts {
		units[i] = idx.units(toks[i])
	}
	return units, idx
}

// Select decides which of texts to keep. texts is the whole briefing in
// reading order (seed by seed). It runs the passes of the package comment in
// order, each a method of selection.
func Select(texts []string, opt Options) Result {
	s := newSelection(texts, opt.withDefaults())
	s.weigh()
	s.concepts()
	s.cluster()
	s.cover()
	s.recur()
	s.redundant()
	s.paraRedundant()
	s.trim()
	s.rescueClauses()
	s.restate()
	s.credit()
	return s.res
}

// selection is what the passes of Select share.
type selection struct {
	texts []string
	opt   Options
	res   Result
	idx   *entityIndex
	// tab interns the sentences' units as ids; sets are each
	// sentence's ids sorted, weight each id's weight (see weigh).
	tab    *unitTable
	sets   [][]int32
	weight []float64
	info   []float64 // each sentence's total weight
	nf     []int     // each sentence's fact units
	// ctab, cunits and csets are the same by paraphrase class
	// (text.Concept).
	ctab   *unitTable
	cunits [][]string
	csets  [][]int32
	// rep marks the cluster representatives (pass cluster); cov answers
	// coverage over the kept ones; kept are the sentences kept so far.
	rep  []bool
	cov  *coverer
	kept []int
	// maxDF is the most sentences a salient word may occur in, and
	// salient and unitWeight say what a unit is worth (see trim).
	maxDF      int
	salient    func(string) bool
	unitWeight func(string) float64
	// actorNames are each sentence's units naming its actor (see who).
	actorNames [][]string
}

func newSelection(texts []string, opt Options) *selection {
	n := len(texts)
	s := &selection{texts: texts, opt: opt, rep: make([]bool, n)}
	s.res = Result{Keep: make([]bool, n), DupOf: make([]int, n), Reason: make([]Reason, n)}
	s.res.Units, s.idx = analyze(texts)
	for i := range s.res.DupOf {
		s.res.DupOf[i] = -1
	}
	return s
}

// unitTable interns units as ids and records what kind each id is and how
// many sentences carry it.
type unitTable struct {
	id map[string]int32
	// key is each id's unit, for reading a unit back.
	key                   []string
	df                    []int
	fact, word, pair, num []bool
}

func newUnitTable() *unitTable { return &unitTable{id: map[string]int32{}} }

// intern returns u's id, adding it if it is new (with df 0).
func (t *unitTable) intern(u string) int32 {
	k, ok := t.id[u]
	if !ok {
		k = int32(len(t.df))
		t.id[u] = k
		t.key = append(t.key, u)
		t.df = append(t.df, 0)
		t.fact = append(t.fact, IsFact(u))
		t.word = append(t.word, strings.HasPrefix(u, wordUnit))
		t.pair = append(t.pair, strings.HasPrefix(u, pairUnit))
		t.num = append(t.num, strings.HasPrefix(u, numberUnit))
	}
	return k
}

// internSets interns the units of every sentence, counting each sentence
// once for each unit it carries (units has no repeats), and returns the
// sentences' sorted id sets.
func (t *unitTable) internSets(units [][]string) [][]int32 {
	sets := make([][]int32, len(units))
	for i, us := range units {
		s := make([]int32, 0, len(us))
		for _, u := range us {
			k := t.intern(u)
			t.df[k]++
			s = append(s, k)
		}
		slices.Sort(s)
		sets[i] = s
	}
	return sets
}

// rarity weighs each unit by its rarity among n sentences, in units of the
// weight of a content word seen once; a fact unit weighs factWeight times
// more, a pair unit pairWeight times its rarity (most of what it says its
// two words, which count already, say too).
func (t *unitTable) rarity(n int) []float64 {
	single := math.Log(1 + float64(n))
	w := make([]float64, len(t.df))
	for k := range w {
		w[k] = math.Log(1+float64(n)/float64(t.df[k])) / single
		if t.fact[k] {
			w[k] *= factWeight
		}
		if t.pair[k] {
			w[k] *= pairWeight
		}
	}
	return w
}

// weigh interns the units of every sentence and weighs them by rarity; a
// sentence's information is its total weight.
func (s *selection) weigh() {
	s.tab = newUnitTable()
	s.sets = s.tab.internSets(s.res.Units)
	s.weight = s.tab.rarity(len(s.texts))
	s.info = make([]float64, len(s.texts))
	s.nf = make([]int, len(s.texts))
	for i, set := range s.sets {
		for _, k := range set {
			s.info[i] += s.weight[k]
			if s.tab.fact[k] {
				s.nf[i]++
			}
		}
	}
}

// concepts gives every sentence its units by paraphrase class: two
// wordings of one claim often differ only in synonyms ("reduce its
// dependence" / "decrease its reliance"; see text.Concept).
func (s *selection) concepts() {
	s.cunits = make([][]string, len(s.texts))
	for i, us := range s.res.Units {
		s.cunits[i] = ConceptUnits(us)
	}
	s.ctab = newUnitTable()
	s.csets = s.ctab.internSets(s.cunits)
}

// cluster is pass 1: near-duplicate clusters among LSH candidates, the
// sentences with most facts, then most weight, first. A sentence stating
// the claim of an earlier representative is its Duplicate; the others are
// representatives.
func (s *selection) cluster() {
	order := make([]int, len(s.texts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if s.nf[i] != s.nf[j] {
			return s.nf[i] > s.nf[j]
		}
		return s.info[i] > s.info[j]
	})
	lsh := newLSH()
	for _, i := range order {
		if len(s.sets[i]) == 0 {
			s.res.Reason[i] = NoContent
			continue
		}
		sig := lsh.signature(s.cunits[i])
		best, bestSim := -1, 0.0
		for _, j := range lsh.candidates(sig) {
			if sim, same := sameClaim(s.csets[i], s.csets[j], s.ctab.fact, s.opt); same && sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			s.res.DupOf[i] = best
			s.res.Reason[i] = Duplicate
			continue
		}
		s.rep[i] = true
		lsh.add(i, sig)
	}
}

// cover is pass 2: greedy coverage over the representatives, the one adding
// the most new weight for its size first. Coverage is local: a sentence is
// a restatement only when one or two kept sentences about the same thing
// (those sharing the most of its weight) say what it says. Coverage by the
// union of everything kept would, over many seeds, drop any new claim made
// of words other claims use.
func (s *selection) cover() {
	o := s.opt
	s.cov = newCoverer(s.sets, s.weight, s.tab.fact, s.tab.word, s.tab.df, o.Covers, o.CommonShare, o.MinCommon, o.RecurAt).withActors(s.actors(), s.tab.num).withWho(s.who(s.tab, false))
	h := &gainHeap{}
	for i, rep := range s.rep {
		if rep {
			g, _ := s.cov.novel(i, -1)
			heap.Push(h, gainItem{i, priority(g, s.info[i])})
		}
	}
	for h.Len() > 0 {
		it := heap.Pop(h).(gainItem)
		g, newFact := s.cov.novel(it.i, -1)
		p := priority(g, s.info[it.i])
		if h.Len() > 0 && p < (*h)[0].p-1e-12 {
			it.p = p // stale: put back with its true priority
			heap.Push(h, it)
			continue
		}
		enough := g >= o.MinGain && g >= o.MinNovelty*s.info[it.i]
		if !enough && s.cov.distinct(it.i, -1, s.info[it.i]) {
			enough = true
		}
		if !enough && !newFact {
			s.res.Reason[it.i] = Covered
			continue
		}
		s.res.Keep[it.i] = true
		s.res.Reason[it.i] = Kept
		if !enough {
			s.res.Reason[it.i] = ForcedFact
		}
		s.cov.add(it.i)
		s.kept = append(s.kept, it.i)
	}
}

// who is, for each sentence, the ids in tab (by paraphrase class when
// concepts) of the units naming its actor (actorUnits, found once for
// both tables), sorted.
func (s *selection) who(tab *unitTable, concepts bool) [][]int32 {
	if s.actorNames == nil {
		s.actorNames = make([][]string, len(s.texts))
		for i, us := range s.res.Units {
			s.actorNames[i] = actorUnits(s.texts[i], s.idx, unitNames(us))
		}
	}
	out := make([][]int32, len(s.texts))
	for i, names := range s.actorNames {
		if concepts {
			names = ConceptUnits(names)
		}
		for _, u := range names {
			if id, ok := tab.id[u]; ok {
				out[i] = append(out[i], id)
			}
		}
		slices.Sort(out[i])
	}
	return out
}

// actors is each sentence's actor (actorOf) as a unit id, or -1.
func (s *selection) actors() []int32 {
	out := make([]int32, len(s.texts))
	for i, us := range s.res.Units {
		out[i] = -1
		if a := actorOf(s.texts[i], unitNames(us)); a != "" {
			out[i] = s.tab.id[a]
		}
	}
	return out
}

// recur is pass 2b (with Options.RecurAt): a point the text makes more than
// once (a recurring content word) that no kept sentence carries would be
// lost: keep, for each, the sentence that carries the most such points for
// its length (the cheapest wording of the point).
func (s *selection) recur() {
	if s.opt.RecurAt <= 0 {
		return
	}
	for _, i := range rescue(s.texts, s.sets, s.weight, s.rep, s.cov) {
		s.kept = append(s.kept, i)
		if !s.res.Keep[i] {
			s.res.Keep[i] = true
			s.res.Reason[i] = ForcedFact
		}
	}
}

// redundant is pass 3: drop a kept sentence that other kept sentences about
// the same thing now say, least informative first.
func (s *selection) redundant() {
	sort.SliceStable(s.kept, func(a, b int) bool { return s.info[s.kept[a]] < s.info[s.kept[b]] })
	for _, i := range s.kept {
		own, ownFact := s.cov.novel(i, i)
		if ownFact || own >= redundantBelow || s.cov.soleCarrier(i) || s.cov.distinct(i, i, s.info[i]) {
			continue
		}
		s.res.Keep[i] = false
		s.res.Reason[i] = Redundant
		s.cov.remove(i)
	}
}

// paraRedundant is pass 3b: the same by paraphrase class: a kept sentence
// whose content, synonyms merged, one or two other kept sentences say
// ("Public perception is varied" after "Public opinion varies") goes,
// unless it alone carries a name or number.
func (s *selection) paraRedundant() {
	o, c := s.opt, s.ctab
	ccov := newCoverer(s.csets, c.rarity(len(s.texts)), c.fact, c.word, c.df, o.Covers, o.CommonShare, o.MinCommon, 0).withWho(s.who(c, true))
	for _, i := range s.kept {
		if s.res.Keep[i] {
			ccov.add(i)
		}
	}
	for _, i := range s.kept {
		if !s.res.Keep[i] {
			continue
		}
		own, ownFact := ccov.novel(i, i)
		if _, rawFact := s.cov.novel(i, i); rawFact || ownFact || own >= o.ParaRedundant || s.cov.soleCarrier(i) || ccov.distinct(i, i, s.info[i]) {
			continue
		}
		s.res.Keep[i] = false
		s.res.Reason[i] = Redundant
		ccov.remove(i)
		s.cov.remove(i)
	}
}

// trim is the clause level: it cuts the clauses of kept sentences that only
// restate, but never one that alone carries a salient point (trim.go).
func (s *selection) trim() {
	s.unitWeight = func(u string) float64 {
		if k, ok := s.tab.id[u]; ok {
			return s.weight[k]
		}
		return 1
	}
	s.maxDF = max(2, int(s.opt.SalientShare*float64(len(s.texts))))
	linkDF := map[string]int{}
	for _, t := range s.texts {
		for _, l := range links(t) {
			linkDF[l]++
		}
	}
	s.salient = func(u string) bool {
		if u[:2] == linkUnit {
			return salientUnit(u, linkDF[u], s.maxDF)
		}
		k, ok := s.tab.id[u]
		return ok && salientUnit(u, s.tab.df[k], s.maxDF)
	}
	s.res.Text = trimClauses(s.texts, s.res.Keep, s.res.Units, s.idx, s.unitWeight, s.opt.MaxClause, s.salient)
}

// rescueClauses keeps, as a sentence reduced to its clause, each salient
// point no kept text carries (reduce.go), unless Options.SalientShare
// turns it off.
func (s *selection) rescueClauses() {
	if s.opt.SalientShare > 0 {
		rescueClauses(s.texts, &s.res, s.idx, s.unitWeight, s.salient)
	}
}

// restate drops or reduces the restatements whole-sentence coverage lets
// through (restate.go), unless Options.NoRestate.
func (s *selection) restate() {
	if !s.opt.NoRestate {
		restate(&s.res, s.idx, s.maxDF)
	}
}

// credit credits each dropped sentence to the kept sentence closest to it.
func (s *selection) credit() {
	var kept []int
	for i, k := range s.res.Keep {
		if k {
			kept = append(kept, i)
		}
	}
	closestKept(&s.res, s.sets, s.weight, kept)
}

// closestKept points DupOf of every dropped sentence at the kept sentence
// that shares the most of its weight, when that is at least half of it. It
// uses an inverted index from unit to kept sentences, so it is linear in the
// postings it touches.
func closestKept(res *Result, sets [][]int32, weight []float64, kept []int) {
	post := map[int32][]int{}
	for _, i := range kept {
		for _, k := range sets[i] {
			post[k] = append(post[k], i)
		}
	}
	for i, s := range sets {
		if res.Keep[i] || len(s) == 0 {
			continue
		}
		if j := res.DupOf[i]; j >= 0 && res.Keep[j] {
			continue
		}
		res.DupOf[i] = -1
		share := map[int]float64{}
		tot := 0.0
		for _, k := range s {
			tot += weight[k]
			// Common units touch many kept sentences and say little about
			// which one restates this; skip the very common ones.
			if len(post[k]) > 64 {
				continue
			}
			for _, j := range post[k] {
				share[j] += weight[k]
			}
		}
		best, bw := bestShare(share)
		if best >= 0 && bw >= tot/2 {
			res.DupOf[i] = best
		}
	}
}

// priority orders the greedy pass: new weight times the share of the
// sentence that is new, so that a dense new sentence goes before a long one
// that adds the same weight among much that is already said.
func priority(gain, info float64) float64 {
	if info == 0 {
		return 0
	}
	return gain * gain / info
}

// sameClaim reports whether sorted unit sets a and b state the same claim,
// and how similar they are.
func sameClaim(a, b []int32, fact []bool, opt Options) (float64, bool) {
	// a is the sentence under test, b the kept representative: a may not
	// bring a fact b lacks. (b having more facts is fine: it is the richer
	// wording.)
	inter := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			if fact[a[i]] {
				return 0, false
			}
			i++
		default:
			j++
		}
	}
	for ; i < len(a); i++ {
		if fact[a[i]] {
			return 0, false
		}
	}
	union := len(a) + len(b) - inter
	jac := float64(inter) / float64(union)
	small := min(len(a), len(b))
	cont := float64(inter) / float64(small)
	if jac >= opt.Jaccard || (len(a) <= len(b) && cont >= opt.Containment) {
		return jac, true
	}
	return jac, false
}

type gainItem struct {
	i int
	p float64
}

type gainHeap []gainItem

func (h gainHeap) Len() int { return len(h) }
func (h gainHeap) Less(a, b int) bool {
	if h[a].p != h[b].p {
		return h[a].p > h[b].p
	}
	return h[a].i < h[b].i
}
func (h gainHeap) Swap(a, b int) { h[a], h[b] = h[b], h[a] }
func (h *gainHeap) Push(x any)   { *h = append(*h, x.(gainItem)) }
func (h *gainHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// pairWeight and factWeight scale the weight of pair and fact units against
// content words. They and the Options defaults were set by hand on the
// repository's seed, trading words kept against facts lost (the facts of
// importer/testdata/facts.txt, which TestSeedBriefing checks).
var pairWeight, factWeight = 0.25, 1.5

// LSH over MinHash signatures: sigRows*bands hash functions; two sets share a
// bucket in some band with probability 1-(1-J^rows)^bands.
const (
	lshBands = 10
	lshRows  = 3
)

type lsh struct {
	buckets [lshBands]map[uint64][]int
	seeds   [lshBands * lshRows]uint64
}

func newLSH() *lsh {
	l := &lsh{}
	for b := range l.buckets {
		l.buckets[b] = map[uint64][]int{}
	}
	x := uint64(0x9e3779b97f4a7c15)
	for i := range l.seeds {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		l.seeds[i] = x | 1
	}
	return l
}

func (l *lsh) signature(units []string) [lshBands * lshRows]uint64 {
	var sig [lshBands * lshRows]uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, u := range units {
		if u[:2] == pairUnit {
			continue // pairs follow from words; they would only add noise
		}
		f := fnv.New64a()
		f.Write([]byte(u))
		x := f.Sum64()
		for i, s := range l.seeds {
			h := mix(x ^ s)
			if h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func bandKey(sig *[lshBands * lshRows]uint64, b int) uint64 {
	k := uint64(b + 1)
	for r := 0; r < lshRows; r++ {
		k = mix(k ^ sig[b*lshRows+r])
	}
	return k
}

func (l *lsh) candidates(sig [lshBands * lshRows]uint64) []int {
	var out []int
	seen := map[int]bool{}
	for b := range l.buckets {
		for _, j := range l.buckets[b][bandKey(&sig, b)] {
			if !seen[j] {
				seen[j] = true
				out = append(out, j)
			}
		}
	}
	sort.Ints(out)
	return out
}

func (l *lsh) add(i int, sig [lshBands * lshRows]uint64) {
	for b := range l.buckets {
		k := bandKey(&sig, b)
		l.buckets[b][k] = append(l.buckets[b][k], i)
	}
}

// redundantBelow is the weight a kept sentence must still say alone, once
// all sentences are chosen, not to be dropped as redundant: about one rare
// word. (Using MinGain here dropped sentences that alone carried a point the
// text makes several times, such as a "multipolar world order".)
var redundantBelow = 1.5

// distinctGain is the least unsaid weight, about two words the text uses
// once, and distinctShare the least share of its own weight, that make a
// short sentence a distinct claim (see distinct). At the share 0.44
// (MinNovelty) short restatements on the held-out water page ("Cape Lerida
// is running out of water.", 56% unsaid) came back, and seed sentences
// 45-54% unsaid; the short claims of pages that do not restate themselves
// leave 60-100% unsaid.
var distinctGain, distinctShare = 2.0, 0.58
