package text

import (
	"regexp"
	"strings"
	"unicode"
)

// BoxLabel finds the label of a box of highlights glued to the box's first
// line, as a dump prints it: "Highlights Real Madrid secure ...", "Key
// points: ...", "The Brief NASA, SpaceX's Crew-9 successfully splashed
// down ...", "Quick Answer: The iPhone 16 was announced ...". Submatch 1
// is the first letter after the label.
var BoxLabel = regexp.MustCompile(`^(?i:highlights|key points|key takeaways|in brief|the brief|at a glance|summary|quick read|tl;dr|quick answer|short answer|the short answer|the bottom line)\s*:?\s+(\p{Lu})`)

// LeadLabel returns the length in bytes of a label that opens paragraph s
// in a newsletter's house style ("Why it matters: ", "By the numbers: ",
// "What they're saying: ", "The big picture: "), or 0: two to four words
// in lower case but the first, no name, no verb of saying, a colon, and a
// sentence of six words or more after it. The label sorts the text; it is
// no part of the sentence.
func LeadLabel(s string) int {
	k := strings.Index(s, ": ")
	if k <= 0 || k > 40 {
		return 0
	}
	label, rest := s[:k], s[k+2:]
	ws := Words(label)
	if len(ws) < 2 || len(ws) > 4 || ws[len(ws)-1].End != len(label) || strings.ContainsAny(label, `"“”,;()`) {
		return 0
	}
	for i, w := range ws {
		lw := strings.ToLower(w.Text)
		if i > 0 && w.Text != lw || SpeechVerb(lw) {
			return 0
		}
	}
	if r := []rune(rest); len(r) == 0 || !unicode.IsUpper(r[0]) || len(strings.Fields(rest)) < 6 {
		return 0
	}
	return k + 2
}
