// Package dedup decides which sentences of a briefing say something new and
// which only restate a claim already made, across every seed at once.
//
// Each sentence becomes a set of units: content words (lower case, stop words
// removed, lightly stemmed), pairs of neighbouring content words, and fact
// units (names and numbers). Two passes follow:
//
//  1. Near-duplicate clustering. MinHash signatures over the content units
//     (synonyms merged into paraphrase classes),
//     bucketed by LSH bands, give candidate pairs in near-linear time; a pair
//     is the same claim when its units overlap enough (Jaccard or
//     containment) and neither carries a fact unit the other lacks (same
//     words with a different number or name are different facts). The most
//     informative sentence of a cluster is kept: most fact units, then most
//     content, then the earliest.
//  2. Coverage. The cluster representatives are taken greedily, the one
//     adding the most not-yet-covered weight first (a unit weighs more the
//     rarer it is; fact units weigh more still); a sentence whose new weight
//     is too small is a restatement and is dropped, but a sentence carrying a
//     fact unit not yet said is always kept, and so is a short sentence
//     most of whose weight is unsaid and which carries a word the text
//     uses nowhere else (a distinct claim, see distinct). Coverage is local: a unit is
//     said when one of the one or two kept sentences sharing the most of the
//     sentence's weight carries it, or when it is common (used by a share
//     CommonShare of all sentences) and any kept sentence carries it. On one
//     seed nearly every unit is common and coverage is global; over many
//     seeds a distinct claim built of words other claims use survives.
//  3. Redundancy. A kept sentence that the others have come to cover is
//     dropped, least informative first; then again with synonyms merged
//     into paraphrase classes (paraphrase.go).
//
// Kept wording is then trimmed: trailing clauses and leading framing phrases
// that only restate what the briefing says elsewhere go (trim.go).
//
// Kept sentences keep their input order; the caller groups them.
package dedup

import (
	"container/heap"
	"hash/fnv"
	"math"
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

func (o Options) withDefaults() Options {
	if o.Jaccard == 0 {
		o.Jaccard = 0.5
	}
	if o.Containment == 0 {
		o.Containment = 0.8
	}
	if o.MinGain == 0 {
		o.MinGain = 4
	}
	if o.MaxClause == 0 {
		o.MaxClause = 1
	}
	if o.MinCommon == 0 {
		o.MinCommon = 4
	}
	if o.CommonShare == 0 {
		o.CommonShare = 0.003
	}
	if o.ParaRedundant == 0 {
		o.ParaRedundant = 2.5
	}
	if o.Covers == 0 {
		o.Covers = 2
	}
	if o.SalientShare == 0 {
		o.SalientShare = 0.05
	}
	if o.MinNovelty == 0 {
		o.MinNovelty = 0.44
	}
	return o
}

// Why a sentence was dropped (or kept).
const (
	Kept       = "kept"
	Duplicate  = "near-duplicate" // same claim as DupOf, which is more informative
	Covered    = "covered"        // its units are already said by kept sentences
	Redundant  = "redundant"      // later kept sentences say all it said
	NoContent  = "no content"     // no content word at all
	ForcedFact = "kept for a fact"
	Reduced    = "reduced to a clause" // kept as the clause that carries a point said nowhere else
)

// Result is the decision for every input sentence, by input index.
type Result struct {
	Keep []bool
	// DupOf is, for a dropped sentence, the kept sentence that says the
	// same most closely, or -1. Callers use it to credit every source of a
	// merged claim.
	DupOf  []int
	Reason []string
	// Units are the units of each sentence, for callers that score them.
	Units [][]string
	// Text is the wording to use for each kept sentence: the input, less
	// any trailing clause that only restates what the briefing says
	// elsewhere (see trimClauses).
	Text []string
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
// reading order (seed by seed).
func Select(texts []string, opt Options) Result {
	opt = opt.withDefaults()
	n := len(texts)
	res := Result{Keep: make([]bool, n), DupOf: make([]int, n), Reason: make([]string, n)}
	var idx *entityIndex
	res.Units, idx = analyze(texts)
	for i := range res.DupOf {
		res.DupOf[i] = -1
	}

	// Intern units as ints and weigh them by rarity.
	id := map[string]int32{}
	var df []int
	var fact, word []bool
	sets := make([][]int32, n)
	for i, us := range res.Units {
		s := make([]int32, 0, len(us))
		for _, u := range us {
			k, ok := id[u]
			if !ok {
				k = int32(len(df))
				id[u] = k
				df = append(df, 0)
				fact = append(fact, IsFact(u))
				word = append(word, strings.HasPrefix(u, wordUnit))
			}
			df[k]++
			s = append(s, k)
		}
		sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
		sets[i] = s
	}
	single := math.Log(1 + float64(n)) // weight of a content word seen once
	weight := make([]float64, len(df))
	for k := range weight {
		weight[k] = math.Log(1+float64(n)/float64(df[k])) / single
		if fact[k] {
			weight[k] *= factWeight
		}
	}
	// A pair unit weighs pairWeight times its own rarity: most of what it
	// says its two words, which count already, say too.
	for u, k := range id {
		if u[:2] == pairUnit {
			weight[k] *= pairWeight
		}
	}
	total := func(i int) float64 {
		w := 0.0
		for _, k := range sets[i] {
			w += weight[k]
		}
		return w
	}

	// Pass 1: near-duplicate clusters among LSH candidates.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	nfacts := func(i int) int {
		c := 0
		for _, k := range sets[i] {
			if fact[k] {
				c++
			}
		}
		return c
	}
	info := make([]float64, n)
	nf := make([]int, n)
	for i := range info {
		info[i] = total(i)
		nf[i] = nfacts(i)
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if nf[i] != nf[j] {
			return nf[i] > nf[j]
		}
		return info[i] > info[j]
	})
	// Two wordings of one claim often differ only in synonyms ("reduce
	// its dependence" / "decrease its reliance"): the clustering compares
	// sentences by paraphrase class (see paraphrase.go).
	cunits := make([][]string, n)
	csets := make([][]int32, n)
	cid := map[string]int32{}
	var cfact []bool
	for i, us := range res.Units {
		cunits[i] = conceptUnits(us)
		for _, u := range cunits[i] {
			k, ok := cid[u]
			if !ok {
				k = int32(len(cfact))
				cid[u] = k
				cfact = append(cfact, IsFact(u))
			}
			csets[i] = append(csets[i], k)
		}
		sort.Slice(csets[i], func(a, b int) bool { return csets[i][a] < csets[i][b] })
	}
	lsh := newLSH()
	rep := make([]bool, n)
	for _, i := range order {
		if len(sets[i]) == 0 {
			res.Reason[i] = NoContent
			continue
		}
		sig := lsh.signature(cunits[i])
		best, bestSim := -1, 0.0
		for _, j := range lsh.candidates(sig) {
			if sim, same := sameClaim(csets[i], csets[j], cfact, opt); same && sim > bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			res.DupOf[i] = best
			res.Reason[i] = Duplicate
			continue
		}
		rep[i] = true
		lsh.add(i, sig)
	}

	// Pass 2: greedy coverage over the representatives. Coverage is
	// local: a sentence is a restatement only when one or two kept
	// sentences about the same thing (those sharing the most of its
	// weight) say what it says. Coverage by the union of everything kept
	// would, over many seeds, drop any new claim made of words other
	// claims use.
	cov := newCoverer(sets, weight, fact, word, df, opt.Covers, opt.CommonShare, opt.MinCommon, opt.RecurAt)
	gain := func(i int) (float64, bool) { return cov.novel(i, -1) }
	h := &gainHeap{}
	for i := 0; i < n; i++ {
		if rep[i] {
			g, _ := gain(i)
			heap.Push(h, gainItem{i, priority(g, info[i])})
		}
	}
	var kept []int
	for h.Len() > 0 {
		it := heap.Pop(h).(gainItem)
		g, newFact := gain(it.i)
		p := priority(g, info[it.i])
		if h.Len() > 0 && p < (*h)[0].p-1e-12 {
			it.p = p // stale: put back with its true priority
			heap.Push(h, it)
			continue
		}
		enough := g >= opt.MinGain && g >= opt.MinNovelty*info[it.i]
		if !enough && cov.distinct(it.i, -1, info[it.i]) {
			enough = true
		}
		if enough || newFact {
			res.Keep[it.i] = true
			res.Reason[it.i] = Kept
			if !enough {
				res.Reason[it.i] = ForcedFact
			}
			cov.add(it.i)
			kept = append(kept, it.i)
			continue
		}
		res.Reason[it.i] = Covered
	}

	// Pass 2b: a point the text makes more than once (a recurring content
	// word) that no kept sentence carries would be lost: keep, for each,
	// the sentence that carries the most such points for its length
	// (the cheapest wording of the point).
	if opt.RecurAt > 0 {
		kept = append(kept, rescue(texts, sets, weight, rep, cov)...)
	}
	for _, i := range kept {
		if !res.Keep[i] {
			res.Keep[i] = true
			res.Reason[i] = ForcedFact
		}
	}

	// Pass 3: drop a kept sentence that other kept sentences about the
	// same thing now say, least informative first.
	sort.SliceStable(kept, func(a, b int) bool { return info[kept[a]] < info[kept[b]] })
	for _, i := range kept {
		own, ownFact := cov.novel(i, i)
		if ownFact || own >= redundantBelow || cov.soleCarrier(i) || cov.distinct(i, i, info[i]) {
			continue
		}
		res.Keep[i] = false
		res.Reason[i] = Redundant
		cov.remove(i)
	}

	// Pass 3b: the same by paraphrase class: a kept sentence whose
	// content, synonyms merged, one or two other kept sentences say
	// ("Public perception is varied" after "Public opinion varies") goes,
	// unless it alone carries a name or number.
	ccov := conceptCoverer(csets, cid, cfact, n, opt)
	for _, i := range kept {
		if res.Keep[i] {
			ccov.add(i)
		}
	}
	for _, i := range kept {
		if !res.Keep[i] {
			continue
		}
		own, ownFact := ccov.novel(i, i)
		if _, rawFact := cov.novel(i, i); rawFact || ownFact || own >= opt.ParaRedundant || cov.soleCarrier(i) || ccov.distinct(i, i, info[i]) {
			continue
		}
		res.Keep[i] = false
		res.Reason[i] = Redundant
		ccov.remove(i)
		cov.remove(i)
	}

	unitWeight := func(u string) float64 {
		if k, ok := id[u]; ok {
			return weight[k]
		}
		return 1
	}
	// Clause level: trim clauses that only restate, but never one that
	// alone carries a salient point; then rescue, as a sentence reduced
	// to its clause, each salient point no kept text carries.
	maxDF := max(2, int(opt.SalientShare*float64(n)))
	linkDF := map[string]int{}
	for _, t := range texts {
		for _, l := range links(t) {
			linkDF[l]++
		}
	}
	salient := func(u string) bool {
		if u[:2] == linkUnit {
			return salientUnit(u, linkDF[u], maxDF)
		}
		k, ok := id[u]
		return ok && salientUnit(u, df[k], maxDF)
	}
	res.Text = trimClauses(texts, res.Keep, res.Units, idx, unitWeight, opt.MaxClause, salient)
	if opt.SalientShare > 0 {
		rescueClauses(texts, &res, idx, unitWeight, salient)
	}
	if !opt.NoRestate {
		restate(&res, idx, maxDF)
	}

	// Credit each dropped sentence to the kept sentence closest to it.
	keptIdx := make([]int, 0, len(kept))
	for i := 0; i < n; i++ {
		if res.Keep[i] {
			keptIdx = append(keptIdx, i)
		}
	}
	closestKept(&res, sets, weight, keptIdx)
	return res
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
		best, bw := -1, 0.0
		for j, w := range share {
			if w > bw || w == bw && j < best {
				best, bw = j, w
			}
		}
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
	inter := 0
	aOnlyFact, bOnlyFact := false, false
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			aOnlyFact = aOnlyFact || fact[a[i]]
			i++
		default:
			bOnlyFact = bOnlyFact || fact[b[j]]
			j++
		}
	}
	for ; i < len(a); i++ {
		aOnlyFact = aOnlyFact || fact[a[i]]
	}
	// a is the sentence under test, b the kept representative: a may not
	// bring a fact b lacks. (b having more facts is fine: it is the richer
	// wording.)
	if aOnlyFact {
		return 0, false
	}
	_ = bOnlyFact
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

// conceptCoverer weighs the concept sets as Select weighs unit sets and
// returns a coverer over them.
func conceptCoverer(csets [][]int32, cid map[string]int32, cfact []bool, n int, opt Options) *coverer {
	df := make([]int, len(cfact))
	for _, s := range csets {
		for _, k := range s {
			df[k]++
		}
	}
	single := math.Log(1 + float64(n))
	w := make([]float64, len(df))
	word := make([]bool, len(df))
	for k := range w {
		w[k] = math.Log(1+float64(n)/float64(df[k])) / single
		if cfact[k] {
			w[k] *= factWeight
		}
	}
	for u, k := range cid {
		if u[:2] == pairUnit {
			w[k] *= pairWeight
		}
		word[k] = u[:2] == wordUnit
	}
	return newCoverer(csets, w, cfact, word, df, opt.Covers, opt.CommonShare, opt.MinCommon, 0)
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
