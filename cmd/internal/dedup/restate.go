package dedup

import (
	"math"
	"regexp"
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
}

// restate runs the restatement pass over the kept texts of res (see the
// comment at the top of the file).
func restate(res *Result, idx *entityIndex, maxDF int) {
	n := len(res.Keep)
	// Concept units and their rarity over all sentences.
	df := map[string]int{}
	for _, us := range res.Units {
		for _, u := range conceptUnits(us) {
			if u[:2] != pairUnit {
				df[u]++
			}
		}
	}
	single := math.Log(1 + float64(n))
	w := func(u string) float64 {
		x := math.Log(1+float64(n)/float64(max(1, df[u]))) / single
		if IsFact(u) {
			x *= factWeight
		}
		return x
	}
	sents := map[int]*restateSent{}
	var order []int
	post := map[string][]int{}
	count := map[string]int{}
	build := func(i int) *restateSent {
		toks := text.Tokenize(res.Text[i])
		s := &restateSent{}
		norms := map[string]bool{}
		for _, t := range toks {
			norms[t.Norm] = true
		}
		for _, u := range conceptUnits(idx.units(toks)) {
			// An initialism a run of names makes ("South Africa"
			// -> "sa") matches acronyms elsewhere; here it would
			// count the run twice.
			if u[:2] == entityUnit && !norms[u[2:]] {
				continue
			}
			if u[:2] != pairUnit {
				s.units = append(s.units, u)
				s.weight += w(u)
			}
		}
		s.frame, s.cues = stanceFrame(toks)
		if s.frame != 0 {
			if cl := SplitClauses(res.Text[i]); cl[0].Kind == KindLead {
				var hs []string
				for _, u := range idx.units(text.Tokenize(cl[0].Text)) {
					if u[:2] == entityUnit {
						hs = append(hs, u)
					}
				}
				s.holder = strings.Join(hs, " ")
			}
		}
		s.items, s.enumUs = enumeration(res.Text[i], idx)
		return s
	}
	for i := 0; i < n; i++ {
		if !res.Keep[i] {
			continue
		}
		s := build(i)
		sents[i] = s
		order = append(order, i)
		for _, u := range s.units {
			post[u] = append(post[u], i)
			count[u]++
		}
	}
	live := func(j int) bool { return res.Keep[j] }
	// Later first: the first wording of a stance or a list stays, as a
	// reader meets it.
	sort.Sort(sort.Reverse(sort.IntSlice(order)))
	for _, i := range order {
		s := sents[i]
		if res.Reason[i] == Reduced || res.Reason[i] == ForcedFact && !hasFact(s.units) {
			// Rescued for a point (a clause, or a recurring
			// word): an earlier pass found no other text says it.
			// (A sentence kept for its names is judged here: they
			// may be a list said already.)
			continue
		}
		skip := map[string]bool{}
		shared := false
		if s.frame != 0 {
			for _, u := range s.units {
				for _, j := range post[u] {
					if j < i && live(j) && sents[j].frame&s.frame != 0 && sents[j].holder == s.holder {
						shared = true
						break
					}
				}
				if shared {
					break
				}
			}
			if shared {
				for _, u := range s.units {
					if u[:2] == wordUnit && (s.cues[u[2:]] || s.cues[Concept(u[2:])]) {
						skip[u] = true
					}
				}
				for c := range s.cues {
					skip[wordUnit+Concept(c)] = true
				}
			}
		}
		if len(s.items) > 0 {
			enumShared := false
			for j := range sents {
				if j >= i || !live(j) || len(sents[j].items) < len(s.items) {
					continue
				}
				sub := true
				for it := range s.items {
					sub = sub && sents[j].items[it]
				}
				if sub {
					enumShared = true
					break
				}
			}
			if enumShared {
				shared = true
				for u := range s.enumUs {
					skip[u] = true
				}
			}
		}
		// The rest of the sentence: how much of it do the best one to
		// three other kept sentences say?
		var rest []string
		tot := 0.0
		for _, u := range s.units {
			if !skip[u] && !genericStems[strings.TrimPrefix(u, wordUnit)] {
				rest = append(rest, u)
				tot += w(u)
			}
		}
		if tot == 0 {
			if shared {
				drop(res, i, post, sents, count)
			}
			continue
		}
		covered := map[string]bool{}
		first := 0.0 // the share the best single coverer says
		for round := 0; round < restateCovers; round++ {
			share := map[int]float64{}
			for _, u := range rest {
				if covered[u] {
					continue
				}
				for _, j := range post[u] {
					if j != i && live(j) {
						share[j] += w(u)
					}
				}
			}
			best, bw := -1, 0.0
			for j, x := range share {
				if x > bw || x == bw && j < best {
					best, bw = j, x
				}
			}
			if best < 0 {
				break
			}
			for _, u := range sents[best].units {
				covered[u] = true
			}
			if round == 0 {
				first = bw / tot
			}
		}
		said := 0.0
		for _, u := range rest {
			if covered[u] {
				said += w(u)
			}
		}
		need := restateShareBare
		if shared {
			need = restateShare
		}
		if said < need*tot && first < restateOne {
			continue
		}
		// Names and numbers no single other kept sentence says
		// together make a claim of their own ("Intel", "2024",
		// "Magdeburg").
		var facts []string
		for _, u := range rest {
			if IsFact(u) && df[u] <= maxDF {
				facts = append(facts, u)
			}
		}
		together := len(facts) < 2
		for _, j := range post[firstOr(facts)] {
			if j == i || !live(j) || together {
				continue
			}
			all := true
			for _, u := range facts {
				all = all && has1(sents[j].units, u)
			}
			together = all
		}
		// A point no other kept text says keeps the clause carrying it.
		point := func(u string) bool {
			if IsFact(u) && !skip[u] && (!covered[u] || !together) {
				// A name or number the covering sentences
				// lack: they do not make this claim.
				return true
			}
			if count[u] > 1 || skip[u] && u[:2] != entityUnit && u[:2] != numberUnit {
				return false
			}
			return IsFact(u)
		}
		hasPoint := false
		for _, u := range s.units {
			hasPoint = hasPoint || point(u)
		}
		if !hasPoint {
			drop(res, i, post, sents, count)
			continue
		}
		cl := SplitClauses(res.Text[i])
		// A clause split inside a list of names ("such as Brazil,
		// India, ...") would cut the list: no reduction there.
		if len(cl) < 2 || enumRE.MatchString(res.Text[i]) {
			continue
		}
		var keep []bool
		for k, c := range cl {
			carries := false
			for _, u := range conceptUnits(idx.units(text.Tokenize(c.Text))) {
				carries = carries || point(u)
			}
			if !carries {
				continue
			}
			m := reduceMask(cl, k)
			if m == nil {
				keep = nil
				break
			}
			if keep == nil {
				keep = make([]bool, len(cl))
			}
			for x := range m {
				keep[x] = keep[x] || m[x]
			}
		}
		all := keep != nil
		for _, k := range keep {
			all = all && k
		}
		if keep == nil || all {
			continue
		}
		text := JoinClauses(res.Text[i], cl, keep)
		old := sents[i]
		for _, u := range old.units {
			count[u]--
		}
		res.Text[i] = text
		res.Reason[i] = Reduced
		ns := build(i)
		sents[i] = ns
		for _, u := range ns.units {
			count[u]++
			post[u] = append(post[u], i)
		}
	}
}

func drop(res *Result, i int, post map[string][]int, sents map[int]*restateSent, count map[string]int) {
	res.Keep[i] = false
	res.Reason[i] = Redundant
	for _, u := range sents[i].units {
		count[u]--
	}
}

func firstOr(us []string) string {
	if len(us) == 0 {
		return ""
	}
	return us[0]
}

func has1(us []string, u string) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

func hasFact(us []string) bool {
	for _, u := range us {
		if IsFact(u) {
			return true
		}
	}
	return false
}
