package text

import "strings"

// synonymGroups are sets of general-English words that news prose uses
// interchangeably when it restates a claim ("reduce its dependence" /
// "decrease its reliance"; "US dominance" / "US supremacy"). They are general
// lexical knowledge, not fitted to any text: each group is a paraphrase class
// of frequent news vocabulary. Words are written plainly and stemmed with
// Stem, so every inflection meets. A word belongs to one group at most.
var synonymGroups = [][]string{
	{"reduce", "decrease", "diminish", "cut", "lessen", "lower", "curb", "shrink", "mitigate"},
	{"reliance", "dependence", "dependency", "depend", "rely", "reliant", "dependent"},
	{"dominance", "supremacy", "hegemony", "dominate", "dominant", "predominance", "primacy", "preeminence"},
	{"aim", "goal", "seek", "intend", "objective", "aspire", "strive", "purpose", "ambition"},
	{"challenge", "counter", "confront", "contest", "counterbalance", "counterweight"},
	{"country", "nation", "state"},
	{"alliance", "coalition", "partnership", "consortium", "bloc", "pact"},
	{"collaboration", "cooperation", "collaborate", "cooperate", "collaborative", "cooperative", "ties"},
	{"significant", "substantial", "considerable", "major", "profound", "notable", "marked", "sizable"},
	{"important", "crucial", "critical", "essential", "vital", "key", "imperative", "pivotal"},
	{"create", "establish", "build", "form", "found", "set", "launch", "formation", "establishment", "creation"},
	{"develop", "advance", "progress", "advancement", "development"},
	{"shift", "change", "transformation", "realignment", "transform", "realign", "reshape"},
	{"potential", "possible", "possibly", "potentially", "likely"},
	{"concern", "worry", "fear", "anxiety", "apprehension", "wary"},
	{"skeptic", "skeptical", "skepticism", "sceptic", "sceptical", "scepticism", "doubt", "doubtful", "critic", "detractor"},
	{"supporter", "proponent", "advocate", "backer"},
	{"varied", "mixed", "divided", "diverse", "polarized", "polarised", "split", "vary"},
	{"opinion", "view", "perception", "sentiment", "attitude", "viewpoint", "reaction"},
	{"independence", "autonomy", "self-sufficiency", "independent", "autonomous", "self-reliance"},
	{"tension", "friction", "rivalry", "strain"},
	{"hinder", "impede", "hamper", "obstacle", "hurdle", "barrier", "constrain", "constraint", "slow"},
	{"increase", "boost", "raise", "grow", "rise", "expand", "enhance", "uplift"},
	{"help", "enable", "facilitate", "foster", "promote", "encourage"},
	{"technology", "tech", "technological"},
	{"expert", "analyst", "observer"},
	{"influence", "power", "sway", "clout"},
	{"global", "worldwide", "international"},
	{"effort", "initiative", "endeavor", "endeavour", "venture", "move", "step", "maneuver", "manoeuvre"},
	{"strategy", "strategic", "plan", "approach"},
	{"benefit", "advantage", "gain", "opportunity"},
	{"risk", "danger", "threat"},
	{"say", "state", "announce", "declare", "claim", "argue", "assert", "unveil"},
	{"order", "instruct", "direct", "task", "command", "mandate", "directive", "instruction"},
	{"halt", "stop", "cease", "suspend", "freeze", "end"},
	{"producer", "manufacturer", "maker", "supplier", "vendor"},
	{"chip", "microchip", "semiconductor"},
	{"show", "highlight", "underscore", "illustrate", "demonstrate", "signal", "indicate", "reflect", "emphasize", "emphasise", "stress"},
	{"ability", "capacity", "capability"},
	{"future", "long-term"},
	{"economy", "economic", "financial"},
	{"ban", "banned", "prohibit", "forbid", "outlaw"},
	{"rule", "regulation", "guideline", "framework", "norm", "standard"},
	{"cyberattack", "cyber-attack", "breach", "hack", "intrusion"},
	{"outage", "disruption", "blackout", "downtime"},
	{"flaw", "flawed", "bug", "defect", "faulty", "fault", "glitch", "buggy", "defective"},
	{"apologize", "apologise", "apology", "sorry"},
	{"person", "human"},
	{"modify", "modified", "edit", "edited", "alter", "altered"},
	// Events, the verb and its noun: a storm that "made landfall", "came
	// ashore" or "struck" the coast did one thing; a sale "approved",
	// "cleared", "allowed" or "permitted" is one decision.
	{"landfall", "ashore", "strike", "struck", "hit", "slam", "lash", "batter"},
	{"approve", "approval", "clear", "allow", "permit", "permission", "greenlight", "green-light"},
	// A prize "won" by someone is the prize "awarded to" them.
	{"win", "won", "award", "winner"},
	// What a company is worth: "market value", "market capitalization",
	// "valuation".
	{"valuation", "capitalization", "capitalisation", "value", "worth"},
}

// eventHeads are the first words of the synonymGroups that name an event
// (what happened, not how it is judged): two outlets' sentences that name
// one actor and one of these may tell one event in two wordings (see
// EventConcept).
var eventHeads = []string{"landfall", "approve", "reduce", "increase", "halt", "ban", "win"}

var eventConcepts = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range eventHeads {
		m[Stem(w)] = true
	}
	return m
}()

// EventConcept reports whether c, a paraphrase class (Concept), names an
// event: "made landfall" / "came ashore" / "struck", "approved" /
// "cleared" / "allowed", "cut" / "lowered".
func EventConcept(c string) bool { return eventConcepts[c] }

// concept maps a word's stem to the stem of its group's first word.
var concept = func() map[string]string {
	m := map[string]string{}
	for _, g := range synonymGroups {
		canon := Stem(strings.ToLower(g[0]))
		for _, w := range g {
			s := Stem(strings.ToLower(w))
			if _, dup := m[s]; !dup {
				m[s] = canon
			}
		}
	}
	return m
}()

// Concept returns the paraphrase class of a stem: the canonical stem of its
// synonym group, or the stem itself.
func Concept(stem string) string {
	if c, ok := concept[stem]; ok {
		return c
	}
	return stem
}

// GenericStem reports whether st, a Stem, is of a frequent general-English
// word (verbs of saying and seeing, time words, vague adjectives and
// adverbs) that news prose uses for framing: a sentence that loses one
// loses no point.
func GenericStem(st string) bool { return genericStems[st] }

var genericStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range toSet(`come comes came seen see seem seems year years time times way ways
question questions notable notably limit limits indicate indicates provide provides strength
strengths suggest suggests design designed rise rising lead leads led drive driven make makes
made take takes give gives use used various varied mixed response respond aimed aim set new
recent current currently major key large small high low good bad great part parts area areas
case cases point points fact facts issue issues thing things kind kinds number numbers level
levels form forms place places move moves step steps term terms view views need needs vast
successful success overall general particular specific certain clear clearly able unable
likely unlikely potential possible possibly significant significantly real really whole
express expresses reflect reflects remain remains become becomes became continue continues
include includes involve involves consider considers mark marks serve serves bring brings`) {
		m[Stem(w)] = true
	}
	return m
}()
