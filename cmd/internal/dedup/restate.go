package dedup

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Restatement pass. Whole-sentence coverage counts every unit a sentence
// carries, so two kinds of restatement survive it:
//
//   - stance sentences: "While some see X, others doubt Y", "Proponents ...;
//     critics ...", "Public opinion is divided". The stance words (some,
//     others, critics, skeptical, divided, opinion, view ...) and a few
//     fresh wordings of the same claim make the sentence look new. When a
//     kept sentence already carries the same stance frame, the stance
//     words count as said and the rest of the sentence is judged alone.
//   - sentences that repeat an enumeration ("Brazil, India, China, and
//     South Africa") a kept sentence already gives: the names are facts, so
//     coverage never drops them. The enumeration counts as said; the rest
//     of the sentence is judged alone.
//
// A sentence whose remaining content one to three other kept sentences
// mostly say is dropped, or reduced to the clauses that carry a point (a
// name, a number, or a word the text uses more than once) no other kept text
// says.

// Stance classes: a sentence's frame is the set of classes its cue words
// signal.
const (
	stancePro   = 1 << iota // supporters, proponents, optimism, embrace
	stanceCon               // critics, skeptics, doubt, wary, caution
	stanceSplit             // some ... others; opinion is mixed/divided
)

var (
	proCues = stemSet(`supporter proponent advocate backer optimism optimistic embrace enthusiasm
		enthusiastic welcome champion hopeful`)
	conCues = stemSet(`critic detractor skeptic skeptical skepticism sceptic sceptical scepticism
		doubt doubtful wary caution cautious pessimism pessimistic opponent`)
	splitCues = stemSet(`mixed varied vary varies divided polarized polarised split divergent
		differ differing debate debated`)
	opinionNouns = stemSet(`opinion view viewpoint perception sentiment attitude reaction public
		people individual observer`)
	// stanceVerbs say that someone holds a view: with a shared frame
	// they carry no claim of their own.
	stanceVerbs = stemSet(`see saw seen seeing view viewed viewing argue argued believe believed
		express expressed emphasize emphasized emphasise warn warned think feel regard regarded
		consider considered highlight stress question embrace embraced`)
)

// stemSet returns the set of the words of s and their plurals. Cues match
// whole words, not stems: the stem of "critical" is that of "critic".
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w], m[w+"s"] = true, true
	}
	return m
}

// stanceFrame returns the stance classes of a tokenized sentence and the
// stems of its cue words.
func stanceFrame(toks []text.Token) (int, map[string]bool) {
	frame := 0
	cues := map[string]bool{}
	some, others, opinion, split := false, false, false, false
	for _, t := range toks {
		switch {
		case t.Norm == "some":
			some = true
		case t.Norm == "others":
			others = true
		case proCues[t.Norm]:
			frame |= stancePro
			cues[t.Stem] = true
		case conCues[t.Norm]:
			frame |= stanceCon
			cues[t.Stem] = true
		case splitCues[t.Norm]:
			split = true
			cues[t.Stem] = true
		case opinionNouns[t.Norm]:
			opinion = true
			cues[t.Stem] = true
		}
	}
	if some && others || split && opinion {
		frame |= stanceSplit
	}
	if frame == 0 {
		return 0, nil
	}
	for _, t := range toks {
		if stanceVerbs[t.Norm] {
			cues[t.Stem] = true
		}
	}
	return frame, cues
}

// enumRE matches an enumeration of three or more names: "Brazil, Russia,
// India, China, and South Africa".
var enumRE = regexp.MustCompile(`(?:[A-Z][\p{L}’'.-]*(?: [A-Z][\p{L}’'.-]*){0,2}, ){2,}(?:and |or )?[A-Z][\p{L}’'.-]*(?: [A-Z][\p{L}’'.-]*){0,2}`)

// enumeration returns the items of the names enumerations in text,
// lower-cased, and the entity units they make.
func enumeration(s string, idx *entityIndex) (map[string]bool, map[string]bool) {
	items, units := map[string]bool{}, map[string]bool{}
	for _, m := range enumRE.FindAllString(s, -1) {
		for _, it := range strings.Split(m, ", ") {
			it = strings.TrimPrefix(strings.TrimPrefix(it, "and "), "or ")
			items[strings.ToLower(it)] = true
		}
		for _, u := range idx.units(text.Tokenize(m)) {
			if u[:2] == entityUnit {
				units[u] = true
			}
		}
	}
	if len(items) == 0 {
		return nil, nil
	}
	return items, units
}

// restateCovers is how many other kept sentences may jointly say the rest
// of a stance or enumeration sentence.
const restateCovers = 3

// restateShare is the share of its remaining weight other kept sentences
// must say for a sentence to be a restatement: "most" of it when a frame or
// an enumeration is shared, nearly all otherwise.
var restateShare, restateShareBare = 0.5, 0.8

// restateOne is the share of a sentence's weight one other kept sentence
// must say for the sentence to be a paraphrase of it.
var restateOne = 0.6

type restateSent struct {
	units  []string // concept units, no pairs
	frame  int
	cues   map[string]bool
	items  map[string]bool
	enumUs map[string]bool
	weight float64
	// holder names whom a stance is attributed to, by the names in the
	// sentence's lead phrase ("In Russia, there is optimism"): the same
	// stance held by someone else is a new claim.
	holder string
	// actor is who the sentence says acts (actorOf): a sentence naming
	// another actor does not say its numbers.
	actor string
}

// restate runs the restatement pass over the kept texts of res (see the
// comment at the top of the file): later sentences first, so that the first
// wording of a stance or a list stays, as a reader meets it, each is judged
// and then kept, dropped or reduced.
func restate(res *Result, idx *entityIndex, maxDF int) {
	r := newRestatement(res, idx, maxDF)
	for _, i := range r.order {
		switch v, point := r.judge(i); v {
		case restates:
			r.drop(i)
		case carriesPoint:
			r.reduce(i, point)
		}
	}
}

// restateVerdict is what the restatement pass decides for one kept sentence.
type restateVerdict int

const (
	// stands: it says enough that the other kept sentences do not.
	stands restateVerdict = iota
	// restates: the other kept sentences say it; it is dropped as
	// Redundant.
	restates
	// carriesPoint: the others say most of it, but some clause carries a
	// point they lack; it is reduced to those clauses where it can be.
	carriesPoint
)

// restatement is what the steps of the restatement pass share: the kept
// sentences as restateSents, in the order they are judged, an inverted
// index from concept unit to the sentences carrying it (it only grows: a
// posting of a dropped sentence is skipped by live), and how many live
// sentences carry each unit.
type restatement struct {
	res    *Result
	idx    *entityIndex
	maxDF  int
	df     map[string]int // concept units' rarity over all sentences
	single float64
	sents  map[int]*restateSent
	order  []int
	post   map[string][]int
	count  map[string]int
}

func newRestatement(res *Result, idx *entityIndex, maxDF int) *restatement {
	n := len(res.Keep)
	r := &restatement{res: res, idx: idx, maxDF: maxDF, df: map[string]int{}, single: math.Log(1 + float64(n)),
		sents: map[int]*restateSent{}, post: map[string][]int{}, count: map[string]int{}}
	for _, us := range res.Units {
		for _, u := range ConceptUnits(us) {
			if u[:2] != pairUnit {
				r.df[u]++
			}
		}
	}
	for i := 0; i < n; i++ {
		if res.Keep[i] {
			r.index(i)
			r.order = append(r.order, i)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(r.order)))
	return r
}

// w is the weight of concept unit u.
func (r *restatement) w(u string) float64 {
	x := math.Log(1+float64(len(r.res.Keep))/float64(max(1, r.df[u]))) / r.single
	if IsFact(u) {
		x *= factWeight
	}
	return x
}

func (r *restatement) live(j int) bool { return r.res.Keep[j] }

// index makes sentence i's restateSent from its kept wording and adds it to
// the postings and counts.
func (r *restatement) index(i int) {
	s := r.build(i)
	r.sents[i] = s
	for _, u := range s.units {
		r.post[u] = append(r.post[u], i)
		r.count[u]++
	}
}

func (r *restatement) build(i int) *restateSent {
	toks := text.Tokenize(r.res.Text[i])
	s := &restateSent{}
	norms := map[string]bool{}
	for _, t := range toks {
		norms[t.Norm] = true
	}
	for _, u := range ConceptUnits(r.idx.units(toks)) {
		// An initialism a run of names makes ("South Africa" -> "sa")
		// matches acronyms elsewhere; here it would count the run
		// twice.
		if u[:2] == entityUnit && !norms[u[2:]] {
			continue
		}
		if u[:2] != pairUnit {
			s.units = append(s.units, u)
			s.weight += r.w(u)
		}
	}
	s.frame, s.cues = stanceFrame(toks)
	if s.frame != 0 {
		if cl := SplitClauses(r.res.Text[i]); cl[0].Kind == KindLead {
			var hs []string
			for _, u := range r.idx.units(text.Tokenize(cl[0].Text)) {
				if u[:2] == entityUnit {
					hs = append(hs, u)
				}
			}
			s.holder = strings.Join(hs, " ")
		}
	}
	s.items, s.enumUs = enumeration(r.res.Text[i], r.idx)
	s.actor = actorOf(r.res.Text[i], unitNames(r.idx.units(toks)))
	return s
}

// otherActors reports whether sentences i and j name different actors
// (see otherActors).
func (r *restatement) otherActors(i, j int) bool {
	a, b := r.sents[i], r.sents[j]
	return otherActors(a.actor, b.actor, "", func(u string) bool { return slices.Contains(a.units, u) }, func(u string) bool { return slices.Contains(b.units, u) })
}

// judge decides kept sentence i: the units a stance frame or an enumeration
// an earlier kept sentence shares count as said (sharedFrame, sharedEnum);
// the rest is judged against the one to three other kept sentences that
// say most of it (coverRest). point, for carriesPoint, reports the units
// that make a point no other kept text says.
func (r *restatement) judge(i int) (restateVerdict, func(string) bool) {
	s := r.sents[i]
	if r.res.Reason[i] == Reduced || r.res.Reason[i] == ForcedFact && !hasFact(s.units) {
		// Rescued for a point (a clause, or a recurring word): an
		// earlier pass found no other text says it. (A sentence kept
		// for its names is judged here: they may be a list said
		// already.)
		return stands, nil
	}
	skip := map[string]bool{}
	shared := r.sharedFrame(i, skip)
	shared = r.sharedEnum(i, skip) || shared
	var rest []string
	tot := 0.0
	for _, u := range s.units {
		if !skip[u] && !text.GenericStem(strings.TrimPrefix(u, wordUnit)) {
			rest = append(rest, u)
			tot += r.w(u)
		}
	}
	if tot == 0 {
		if shared {
			return restates, nil
		}
		return stands, nil
	}
	covered, said, first := r.coverRest(i, rest)
	need := restateShareBare
	if shared {
		need = restateShare
	}
	if said < need*tot && first/tot < restateOne {
		return stands, nil
	}
	together := r.factsTogether(i, rest)
	// A point no other kept text says keeps the clause carrying it.
	point := func(u string) bool {
		if IsFact(u) && !skip[u] && (!covered[u] || !together) {
			// A name or number the covering sentences lack: they
			// do not make this claim.
			return true
		}
		if r.count[u] > 1 || skip[u] && u[:2] != entityUnit && u[:2] != numberUnit {
			return false
		}
		return IsFact(u)
	}
	for _, u := range s.units {
		if point(u) {
			return carriesPoint, point
		}
	}
	return restates, nil
}

// sharedFrame reports whether an earlier live sentence carries the stance
// frame of sentence i, held by the same holder, and sharing one of its
// units; if so the stance words of i go into skip.
func (r *restatement) sharedFrame(i int, skip map[string]bool) bool {
	s := r.sents[i]
	if s.frame == 0 {
		return false
	}
	shared := false
	for _, u := range s.units {
		for _, j := range r.post[u] {
			if j < i && r.live(j) && r.sents[j].frame&s.frame != 0 && r.sents[j].holder == s.holder {
				shared = true
				break
			}
		}
		if shared {
			break
		}
	}
	if !shared {
		return false
	}
	for _, u := range s.units {
		if u[:2] == wordUnit && (s.cues[u[2:]] || s.cues[text.Concept(u[2:])]) {
			skip[u] = true
		}
	}
	for c := range s.cues {
		skip[wordUnit+text.Concept(c)] = true
	}
	return true
}

// sharedEnum reports whether an earlier live sentence enumerates every item
// of sentence i's enumeration; if so the enumeration's names go into skip.
func (r *restatement) sharedEnum(i int, skip map[string]bool) bool {
	s := r.sents[i]
	if len(s.items) == 0 {
		return false
	}
	for j, o := range r.sents {
		if j >= i || !r.live(j) || len(o.items) < len(s.items) {
			continue
		}
		sub := true
		for it := range s.items {
			sub = sub && o.items[it]
		}
		if sub {
			for u := range s.enumUs {
				skip[u] = true
			}
			return true
		}
	}
	return false
}

// coverRest finds the one to three (restateCovers) other live sentences
// that say the most of units rest of sentence i, greedily; it returns the
// units they carry, the weight of rest they say and the weight the best
// single one says.
func (r *restatement) coverRest(i int, rest []string) (map[string]bool, float64, float64) {
	covered := map[string]bool{}
	first := 0.0
	for round := 0; round < restateCovers; round++ {
		share := map[int]float64{}
		for _, u := range rest {
			if covered[u] {
				continue
			}
			for _, j := range r.post[u] {
				if j != i && r.live(j) {
					share[j] += r.w(u)
				}
			}
		}
		best, bw := bestShare(share)
		if best < 0 {
			break
		}
		for _, u := range r.sents[best].units {
			covered[u] = covered[u] || !strings.HasPrefix(u, numberUnit) || !r.otherActors(i, best)
		}
		if round == 0 {
			first = bw
		}
	}
	said := 0.0
	for _, u := range rest {
		if covered[u] {
			said += r.w(u)
		}
	}
	return covered, said, first
}

// factsTogether reports whether the rare names and numbers of rest (at
// least two) all stand in one other live sentence: if not, together they
// make a claim of their own ("Intel", "2024", "Magdeburg").
func (r *restatement) factsTogether(i int, rest []string) bool {
	var facts []string
	for _, u := range rest {
		if IsFact(u) && r.df[u] <= r.maxDF {
			facts = append(facts, u)
		}
	}
	if len(facts) < 2 {
		return true
	}
	for _, j := range r.post[facts[0]] {
		if j == i || !r.live(j) {
			continue
		}
		all := true
		for _, u := range facts {
			all = all && slices.Contains(r.sents[j].units, u)
		}
		if all {
			return true
		}
	}
	return false
}

// reduce cuts sentence i to the clauses that carry a point (with what
// they need to stand; see reduceMask), when it has clauses to cut and no
// list of names a cut would split.
func (r *restatement) reduce(i int, point func(string) bool) {
	t := r.res.Text[i]
	cl := SplitClauses(t)
	// A clause split inside a list of names ("such as Brazil, India,
	// ...") would cut the list: no reduction there.
	if len(cl) < 2 || enumRE.MatchString(t) {
		return
	}
	var keep []bool
	for k, c := range cl {
		carries := false
		for _, u := range ConceptUnits(r.idx.units(text.Tokenize(c.Text))) {
			carries = carries || point(u)
		}
		if !carries {
			continue
		}
		m := reduceMask(cl, k)
		if m == nil {
			return
		}
		if keep == nil {
			keep = make([]bool, len(cl))
		}
		for x := range m {
			keep[x] = keep[x] || m[x]
		}
	}
	if keep == nil || !slices.Contains(keep, false) {
		return
	}
	for _, u := range r.sents[i].units {
		r.count[u]--
	}
	r.res.Text[i] = JoinClauses(t, cl, keep)
	r.res.Reason[i] = Reduced
	r.index(i)
}

// drop drops sentence i as Redundant.
func (r *restatement) drop(i int) {
	r.res.Keep[i] = false
	r.res.Reason[i] = Redundant
	for _, u := range r.sents[i].units {
		r.count[u]--
	}
}

func hasFact(us []string) bool {
	return slices.ContainsFunc(us, IsFact)
}

// bestShare returns the sentence with the largest share (the lowest index
// among equals), or -1, and its share.
func bestShare(share map[int]float64) (int, float64) {
	best, bw := -1, 0.0
	for j, w := range share {
		if w > bw || w == bw && j < best {
			best, bw = j, w
		}
	}
	return best, bw
}
