package extract

import (
	"fmt"
	"strings"
	"testing"
)

// menu returns n distinct one-line menus.
func menu(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Home %s | News | Sport\n", letters(i))
	}
	return b.String()
}

// TestKinds checks, per kind of furniture and per structure case, what a
// page keeps and what it drops: each fixture is a small page written for
// the test, and keep/drop are substrings of the Markdown that clean prints.
func TestKinds(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		keep, drop []string
	}{
		{
			name: "related link between paragraphs",
			text: "A Title For The Test Page\n\nThe council met on Monday night.\n\nIts members voted to close the depot.\n\n• Man Rescued From River After Storm\n\nThe vote was close, officials said.\n\nA second vote is due next week.\n",
			keep: []string{"The council met on Monday night.", "Its members voted to close the depot.", "The vote was close, officials said.", "A second vote is due next week."},
			drop: []string{"Man Rescued From River"},
		},
		{
			name: "story cards after the article",
			text: "A Title For The Test Page\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\n\nWhy the river keeps rising every spring\nJohn Roe\nMonday March 3, 2025\nThe floods came early this year, and the town was not ready for the water that reached the market square.\n\nA new bridge for the old town at last\nMary Major\nSunday March 2, 2025\nAfter ten years of argument the council has at last agreed on a design for the crossing near the mill.\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"The floods came early", "After ten years of argument"},
		},
		{
			name: "glued headline and blurb cards",
			text: "Latest Headlines\n[img]\nPolice Arrest Two After Fire At Old MillA man and a woman were arrested on Friday after a fire destroyed part of the old mill.\n[img]\nCouncil Approves New Budget For Harbour WorksThe council approved a new budget for the harbour on Thursday night after a long debate.\n\nA Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"Police Arrest Two", "Council Approves New Budget"},
		},
		{
			name: "prose far below the article",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n" + prose(3) + "\n" + menu(25) +
				"A dog that learned to ride the bus to the park on its own has become the best-known passenger in the city.\n",
			keep: []string{prose(1), prose(3)},
			drop: []string{"A dog that learned"},
		},
		{
			name: "article split by a gallery kept whole",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n" + menu(14) + prose(3) + "\n" + prose(4) + "\n",
			keep: []string{prose(1), prose(2), prose(3), prose(4)},
		},
		{
			name: "camel-case name in prose kept",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe company said its PlayStation sales rose by a third in the year to March, helped by new games.\n" + prose(2) + "\n",
			keep: []string{"PlayStation sales rose"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			md := a.Markdown()
			for _, k := range tt.keep {
				if !strings.Contains(md, k) {
					t.Errorf("lost %q\n%s", k, dumpBlocks(a))
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(md, d) {
					t.Errorf("kept %q\n%s", d, dumpBlocks(a))
				}
			}
		})
	}
}
