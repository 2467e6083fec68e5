package importer

import "github.com/briefing-dev/briefing/cmd/internal/dedup"

// The lead of a story is what its outlets open with: who did what, when,
// where. Each article's first sentence is its outlet's lead; the kept
// sentence that says it (the opening itself, the wording de-duplication
// credited it to, or the one it was cut to add its details to) is a lead
// fact of the briefing. A lead
// fact stands in the first section (the background), whatever its
// keywords, and the story opens there with its lead facts, the one the
// most outlets agree on first, before context and commentary.

// leadFacts maps each kept sentence that is a lead fact to how much its
// story's outlets agree on it: one for each article whose opening it is,
// or is credited to, plus, for every other article of the story, the share
// of its units that article's opening holds too (the same names, numbers
// and words in a wording of its own). An opening that tells the event the
// others open with outweighs one that opens on a detail of its own.
func leadFacts(m *Model) map[int]float64 {
	var openings []int // the first sentence of each article that has one
	seen := map[int]bool{}
	for i, s := range m.Sentences {
		if !seen[s.Art] {
			seen[s.Art] = true
			openings = append(openings, i)
		}
	}
	resolved := map[int]int{} // opening -> the kept sentence that says it
	for _, o := range openings {
		k := o
		for steps := 0; k >= 0 && !m.Sentences[k].Keep && steps < len(m.Sentences); steps++ {
			k = m.Sentences[k].DupOf
		}
		// An opening cut to the details it adds to another outlet's
		// wording of its fact says that wording's fact.
		for steps := 0; k >= 0 && m.Sentences[k].Keep && m.Sentences[k].Reason == dedup.Detail && steps < len(m.Sentences); steps++ {
			f, ok := m.follows[k]
			if !ok {
				break
			}
			k = f
		}
		if k >= 0 && m.Sentences[k].Keep && m.Sentences[k].Story == m.Sentences[o].Story {
			resolved[o] = k
		}
	}
	// An opening dropped as said already by several kept sentences
	// together names none of them: it says the fact of the kept
	// sentence of its story that holds most of its units, when that is
	// a fair share (leadShare). Without this, the outlets whose
	// openings were covered so (most of them, in a story told by many)
	// would not count in what the story leads with.
	var post map[string][]int // unit -> kept sentences
	for _, o := range openings {
		if _, ok := resolved[o]; ok || len(m.Sentences[o].Units) == 0 {
			continue
		}
		if post == nil {
			post = map[string][]int{}
			for i, s := range m.Sentences {
				if s.Keep {
					for _, u := range s.Units {
						post[u] = append(post[u], i)
					}
				}
			}
		}
		hits := map[int]int{}
		for _, u := range m.Sentences[o].Units {
			for _, i := range post[u] {
				if m.Sentences[i].Story == m.Sentences[o].Story {
					hits[i]++
				}
			}
		}
		best, bn := -1, 0
		for i, n := range hits {
			if n > bn || n == bn && i < best {
				best, bn = i, n
			}
		}
		if best >= 0 && float64(bn) >= leadShare*float64(len(m.Sentences[o].Units)) {
			resolved[o] = best
		}
	}
	told := make([]map[string]bool, len(m.Articles)) // article -> the units it says
	for _, s := range m.Sentences {
		if told[s.Art] == nil {
			told[s.Art] = map[string]bool{}
		}
		for _, u := range s.Units {
			told[s.Art][u] = true
		}
	}
	leads := map[int]float64{}
	for _, k := range resolved {
		if _, done := leads[k]; done {
			continue
		}
		agree := 0.0
		for _, o := range openings {
			r, isResolved := resolved[o]
			switch a := m.Sentences[o].Art; {
			case m.Sentences[o].Story != m.Sentences[k].Story:
			case isResolved && r == k:
				agree++
			case a != m.Sentences[k].Art:
				agree += unitShareOf(m.Sentences[k].Units, told[a])
			}
		}
		leads[k] = agree
	}
	return leads
}

// leadShare is the least share of a covered opening's units that one kept
// sentence must hold to say the opening's fact.
const leadShare = 0.25

// unitShareOf is the share of the units of a that the set in holds too.
func unitShareOf(a []string, in map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, u := range a {
		if in[u] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
