package dedup

import (
	"sort"
	"strings"
)

// coverer answers, for a sentence, how much of its weight is not said by the
// few kept sentences that say the most of it. It keeps an inverted index from
// unit to kept sentences, so a query costs the postings of the sentence's
// units, not the whole kept set.
type coverer struct {
	sets   [][]int32
	weight []float64
	fact   []bool
	k      int
	post   map[int32][]int
	alive  []bool
	// common marks units the text uses everywhere (in at least a share
	// CommonShare of all sentences): such a unit is said once any kept
	// sentence says it; it tells nothing about which claim a sentence
	// makes. count is how many live kept sentences carry each unit.
	common []bool
	count  []int
	// recurring marks content words the text uses in at least
	// RecurAt sentences: a point it keeps making. Such a word that no
	// kept sentence carries yet is a point the briefing would lose.
	recurring []bool
	// word marks content units that are words, names or numbers (not
	// pairs of neighbouring words).
	word []bool
	// df is how many sentences use each unit.
	df []int
	// actor is each sentence's actor (actorOf, as a unit id, or -1) and
	// num marks number units, when set (withActors): a number is said
	// only by a sentence that does not name another actor.
	actor []int32
	num   []bool
	// who is, when set (withWho), each sentence's units that name its
	// actor (actorUnits), sorted: they say who acts, not what the
	// sentence says, and distinct leaves them out.
	who [][]int32
}

// withWho makes distinct weigh what a sentence says of its actor, not the
// actor's name (see coverer.who).
func (c *coverer) withWho(who [][]int32) *coverer {
	c.who = who
	return c
}

// isWho reports whether unit u names sentence i's actor.
func (c *coverer) isWho(i int, u int32) bool { return c.who != nil && has(c.who[i], u) }

// withActors makes the coverer tell actors apart (see coverer.actor).
func (c *coverer) withActors(actor []int32, num []bool) *coverer {
	c.actor, c.num = actor, num
	return c
}

// saysNumber reports whether kept sentence j says number unit u of
// sentence i for i's actor: "Norland pledged 40 million euros" does not
// say the 40 million of "Port Avel pledged 40 million euros".
func (c *coverer) saysNumber(i, j int, u int32) bool {
	if c.actor == nil || !c.num[u] {
		return true
	}
	si, sj := c.sets[i], c.sets[j]
	return !otherActors(c.actor[i], c.actor[j], -1, func(x int32) bool { return has(si, x) }, func(x int32) bool { return has(sj, x) })
}

// soleCarrier reports whether kept sentence i is the only one that carries
// some recurring word.
func (c *coverer) soleCarrier(i int) bool {
	for _, u := range c.sets[i] {
		if c.recurring[u] && c.count[u] == 1 {
			return true
		}
	}
	return false
}

// rescue keeps sentences until every recurring word some candidate carries
// is carried by a kept sentence: each round the candidate with the most
// lost weight per word of text. It returns the sentences it kept.
func rescue(texts []string, sets [][]int32, weight []float64, cand []bool, c *coverer) []int {
	var pool []int
	for i, ok := range cand {
		if !ok || c.alive[i] {
			continue
		}
		for _, u := range sets[i] {
			if c.recurring[u] && c.count[u] == 0 {
				pool = append(pool, i)
				break
			}
		}
	}
	var out []int
	for {
		best, bs := -1, 0.0
		for _, i := range pool {
			if c.alive[i] {
				continue
			}
			lost := 0.0
			for _, u := range sets[i] {
				if c.recurring[u] && c.count[u] == 0 {
					lost += weight[u]
				}
			}
			if sc := lost / float64(len(strings.Fields(texts[i]))+1); sc > bs {
				best, bs = i, sc
			}
		}
		if best < 0 {
			return out
		}
		c.add(best)
		out = append(out, best)
	}
}

// maxPostings bounds the postings a query walks for one unit: a unit that
// that many kept sentences carry is common currency of the briefing (its
// weight is small), and counts as said.
const maxPostings = 256

func newCoverer(sets [][]int32, weight []float64, fact, word []bool, df []int, k int, commonShare float64, minCommon, recurAt int) *coverer {
	c := &coverer{sets: sets, weight: weight, fact: fact, k: k, post: map[int32][]int{}, alive: make([]bool, len(sets)),
		common: make([]bool, len(df)), count: make([]int, len(df)), recurring: make([]bool, len(df)), word: make([]bool, len(df)), df: df}
	for u, d := range df {
		c.common[u] = float64(d) >= commonShare*float64(len(sets)) && d >= minCommon
		c.recurring[u] = recurAt > 0 && word[u] && d >= recurAt
		c.word[u] = word[u] || fact[u]
	}
	return c
}

func (c *coverer) add(i int) {
	c.alive[i] = true
	for _, u := range c.sets[i] {
		c.post[u] = append(c.post[u], i)
		c.count[u]++
	}
}

func (c *coverer) remove(i int) {
	c.alive[i] = false
	for _, u := range c.sets[i] {
		c.count[u]--
	}
}

func has(set []int32, u int32) bool {
	k := sort.Search(len(set), func(a int) bool { return set[a] >= u })
	return k < len(set) && set[k] == u
}

// novel returns the weight of sentence i's units that none of its best
// covering kept sentences (at most c.k of them, chosen greedily by shared
// weight; never skip itself) carries, and whether one of those units is a
// fact unit.
func (c *coverer) novel(i, skip int) (float64, bool) {
	g, f, _ := c.unsaid(i, skip)
	return g, f
}

// unsaid is novel that also returns which of sentence i's units are said.
func (c *coverer) unsaid(i, skip int) (float64, bool, []bool) {
	set := c.sets[i]
	covered := make([]bool, len(set))
	for x, u := range set {
		own := 0
		if c.alive[i] && i == skip {
			own = 1
		}
		if len(c.post[u]) > maxPostings || c.common[u] && c.count[u] > own {
			covered[x] = true
		}
	}
	for round := 0; round < c.k; round++ {
		share := map[int]float64{}
		for x, u := range set {
			if covered[x] {
				continue
			}
			for _, j := range c.post[u] {
				if j != skip && c.alive[j] {
					share[j] += c.weight[u]
				}
			}
		}
		best, _ := bestShare(share)
		if best < 0 {
			break
		}
		for x, u := range set {
			if !covered[x] && has(c.sets[best], u) && c.saysNumber(i, best, u) {
				covered[x] = true
			}
		}
	}
	g, f := 0.0, false
	for x, u := range set {
		if !covered[x] {
			g += c.weight[u]
			f = f || c.fact[u]
		}
	}
	return g, f, covered
}

// distinct reports whether sentence i is a distinct claim however short,
// one the kept sentences (never skip) do not say: they leave unsaid at
// least distinctGain of its weight and a share distinctShare of it, and
// among what they leave unsaid is a content word the text uses nowhere
// else. A short sentence adds little weight, so the absolute bar
// (Options.MinGain) alone would drop it because its few other words each
// occur somewhere; a word said only here, with most of the sentence
// unsaid, is a claim said only here. A restatement fails the share: most
// of its weight is said. Both are taken of what the sentence says of its
// actor (c.who left out of info and of what is unsaid): a sentence naming
// the actor another kept sentence names ("Governor Ana Velez said the
// stadium ...") has that much said, yet what it says the actor did ("...
// warned residents who could not evacuate to shelter in place") may be
// said nowhere else; "Cape Lerida is running out of water" says of Cape
// Lerida only words said elsewhere but one.
func (c *coverer) distinct(i, skip int, info float64) bool {
	_, _, covered := c.unsaid(i, skip)
	g := 0.0
	for x, u := range c.sets[i] {
		switch {
		case c.isWho(i, u):
			info -= c.weight[u]
		case !covered[x]:
			g += c.weight[u]
		}
	}
	if g < distinctGain || g < distinctShare*info {
		return false
	}
	for x, u := range c.sets[i] {
		if !covered[x] && c.word[u] && !c.fact[u] && c.df[u] == 1 {
			return true
		}
	}
	return false
}
