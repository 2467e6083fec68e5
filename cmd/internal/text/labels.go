package text

import "regexp"

// BoxLabel finds the label of a box of highlights glued to the box's first
// line, as a dump prints it: "Highlights Real Madrid secure ...", "Key
// points: ...", "The Brief NASA, SpaceX's Crew-9 successfully splashed
// down ...", "Quick Answer: The iPhone 16 was announced ...". Submatch 1
// is the first letter after the label.
var BoxLabel = regexp.MustCompile(`^(?i:highlights|key points|key takeaways|in brief|the brief|at a glance|summary|quick read|tl;dr|quick answer|short answer|the short answer|the bottom line)\s*:?\s+(\p{Lu})`)
