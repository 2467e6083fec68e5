package dedup

import (
	"github.com/briefing-dev/briefing/cmd/internal/text"
	"math"
	"slices"
	"sort"
	"strings"
)

// SameFact is the reason of a sentence dropped because a sentence of
// another source states the same fact more completely.
const SameFact = "same fact, another source"

// AcrossSources finds kept sentences of different sources that state one
// fact in different words, and drops all but the most complete wording.
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
//     the other (both give numbers, none in common: different facts);
//   - most of a's weight is in b (weighted containment >= acrossContain),
//     and what a says that no other kept sentence says is at most a share
//     acrossDetail of it, with no name or number: a detail only a gives keeps a as its own
//     claim.
//
// The dropped sentence is the one that says less (fewer names and numbers,
// then less weight): its Keep becomes false, Reason SameFact and DupOf the
// sentence kept, so that the kept claim credits its source too.
// Sentences of one source are left to Select. Last, a sentence Select
// dropped as covered without naming the sentence that covers it is
// credited to the kept sentence that states its fact, if one does.
func AcrossSources(res *Result, src []int) {
	n := len(res.Units)
	// Units are interned as ids; each sentence's set is a sorted slice.
	id := map[string]int32{}
	var kindNum, kindFact []bool
	var df []int
	sets := make([][]int32, n)
	for i, us := range res.Units {
		// The units of the wording kept (Select may have cut a
		// trailing clause): a fact only the cut clause gave is not
		// this sentence's. Names are what Select found names.
		names := map[string]bool{}
		for _, u := range us {
			if strings.HasPrefix(u, entityUnit) {
				names[u] = true
			}
		}
		var set []int32
		add := func(u string) {
			x, ok := id[u]
			if !ok {
				x = int32(len(df))
				id[u] = x
				df = append(df, 0)
				kindNum = append(kindNum, strings.HasPrefix(u, numberUnit))
				kindFact = append(kindFact, IsFact(u))
			}
			set = append(set, x)
		}
		for _, t := range text.Tokenize(res.Text[i]) {
			switch {
			case t.Number:
				add(numberUnit + t.Norm)
			case names[entityUnit+t.Norm]:
				add(entityUnit + t.Norm)
			case !text.StopWord(t.Norm) && len(t.Stem) >= 2:
				add(wordUnit + prefix(Concept(t.Stem), wordPrefix))
			}
		}
		slices.Sort(set)
		set = slices.Compact(set)
		for _, x := range set {
			df[x]++
		}
		sets[i] = set
	}
	weight := make([]float64, len(df))
	for x := range df {
		weight[x] = math.Log(float64(n+1) / float64(df[x]))
		if kindFact[x] {
			weight[x] *= factBoost
		}
	}
	u := units{weight: weight, num: kindNum, fact: kindFact}
	total := make([]float64, n)
	facts := make([]int, n)
	for i, set := range sets {
		for _, x := range set {
			total[i] += weight[x]
			if kindFact[x] {
				facts[i]++
			}
		}
	}
	// Candidates share a rare unit: an inverted index over them.
	rareDF := max(rareShare*float64(n), minRare)
	post := make([][]int, len(df))
	for i, set := range sets {
		if !res.Keep[i] {
			continue
		}
		for _, x := range set {
			if float64(df[x]) <= rareDF {
				post[x] = append(post[x], i)
			}
		}
	}
	usable := func(x int32) bool { return len(post[x]) > 1 && len(post[x]) <= maxPosting }
	type pair struct {
		drop, keep int
		score      float64
	}
	var pairs []pair
	mark := make([]int, n) // mark[b] == a+1: pair (a, b) already weighed
	for a, set := range sets {
		if !res.Keep[a] {
			continue
		}
		for _, x := range set {
			if !usable(x) {
				continue // a name that common is no evidence of one fact
			}
			for _, b := range post[x] {
				if b <= a || src[a] == src[b] || mark[b] == a+1 {
					continue
				}
				mark[b] = a + 1
				// The one that says less is the candidate to drop.
				d, k := a, b
				if facts[d] > facts[k] || facts[d] == facts[k] && total[d] > total[k] {
					d, k = k, d
				}
				if sc, ok := u.statesFact(sets[d], sets[k], total[d]); ok {
					pairs = append(pairs, pair{d, k, sc})
				}
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		if pairs[a].drop != pairs[b].drop {
			return pairs[a].drop < pairs[b].drop
		}
		return pairs[a].keep < pairs[b].keep
	})
	// carried counts the kept sentences that carry each unit: a unit of a
	// sentence about to be dropped that no other kept sentence carries is
	// a detail the briefing would lose.
	carried := make([]int, len(df))
	for i, set := range sets {
		if res.Keep[i] {
			for _, x := range set {
				carried[x]++
			}
		}
	}
	for _, p := range pairs {
		// A sentence already dropped is credited once; one that took
		// another's credit is not dropped in turn (its claim would lose
		// a wording that others were merged into).
		if !res.Keep[p.drop] || !res.Keep[p.keep] || u.losesDetail(sets[p.drop], sets[p.keep], total[p.drop], carried) {
			continue
		}
		res.Keep[p.drop], res.Reason[p.drop], res.DupOf[p.drop] = false, SameFact, p.keep
		for _, x := range sets[p.drop] {
			carried[x]--
		}
	}
	// A sentence Select dropped as covered by several kept sentences
	// together names none of them; when one kept sentence states its
	// fact, and comes from another source, it is credited to that one,
	// so that its source is listed.
	for d := range sets {
		if res.Keep[d] || res.DupOf[d] >= 0 || res.Reason[d] == NoContent {
			continue
		}
		best, bestScore := -1, 0.0
		for _, x := range sets[d] {
			if len(post[x]) > maxPosting {
				continue
			}
			for _, k := range post[x] {
				if !res.Keep[k] || k == best || src[k] == src[d] {
					continue
				}
				if sc, _ := u.statesFact(sets[d], sets[k], total[d]); sc >= acrossCredit && (sc > bestScore || sc == bestScore && k < best) {
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

// statesFact reports whether sentence d (sorted unit ids ds, total weight
// td) states the fact of sentence k, and how closely (the weighted share of
// d in k): most of d's weight is in k, and every number of d is one of k's.
func (u units) statesFact(ds, ks []int32, td float64) (float64, bool) {
	if td == 0 {
		return 0, false
	}
	shared := 0.0
	j := 0
	for _, x := range ds {
		for j < len(ks) && ks[j] < x {
			j++
		}
		if j < len(ks) && ks[j] == x {
			shared += u.weight[x]
			continue
		}
		// A number d gives and k does not makes d another fact ("20
		// companies joined" is not "Putin announced the alliance").
		if u.num[x] {
			return 0, false
		}
	}
	sc := shared / td
	return sc, sc >= acrossContain
}

// losesDetail reports whether dropping d for k would lose a detail: a name
// or number of d that neither k nor any other kept sentence carries, or
// words no other kept sentence carries weighing more than a share
// acrossDetail of d.
func (u units) losesDetail(ds, ks []int32, td float64, carried []int) bool {
	extra := 0.0
	for _, x := range ds {
		if _, in := slices.BinarySearch(ks, x); in || carried[x] > 1 {
			continue
		}
		if u.fact[x] {
			return true
		}
		extra += u.weight[x]
	}
	return extra > acrossDetail*td
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
	// acrossDetail is the largest share of its weight a dropped sentence
	// may say that no kept sentence says (its wording of the fact, a
	// comment: "modest", "currently").
	acrossDetail = 0.35
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
