package extract

import (
	"slices"
	"testing"
)

// TestEmbeds checks which blocks are marked as an embedded post: they stay
// in the article (its source page) but are no claim of the briefing.
func TestEmbeds(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		embed []int // lines of the blocks marked Embed
	}{
		{
			name:  "post and its credit in one block",
			text:  "A Title For The Test Page\n\n" + prose(1) + "\n\nThe harbour is closed until further notice. Crews are ready to go as soon as the wind drops… — Jane Doe (@janedoe_port) March 3, 2025\n\n" + prose(2) + "\n",
			embed: []int{5},
		},
		{
			name:  "credit on a line of its own under the post",
			text:  "A Title For The Test Page\n\n" + prose(1) + "\n\nThe ferry is back on the water and the quay is open again for all boats.\n\n— Port Ellin Council (@PortEllin) March 4, 2025\n\n" + prose(2) + "\n",
			embed: []int{5, 7},
		},
		{
			name:  "post text with its short link",
			text:  "A Title For The Test Page\n\n" + prose(1) + "\n\nWATCH THE FERRY COME HOME!!! Live on https://t.co/AbCd12Ef, now!\n\n" + prose(2) + "\n",
			embed: []int{5},
		},
		{
			name:  "post in capitals above its short link",
			text:  "A Title For The Test Page\n\n" + prose(1) + "\n\nTHE FERRY IS HOME!!! PORT ELLIN 2 WESTMARCH 0.\n\n\n\nWatch it live on https://t.co/AbCd12Ef, now!\n\n" + prose(2) + "\n",
			embed: []int{5, 9},
		},
		{
			name:  "prose above a post with its link is the article's",
			text:  "A Title For The Test Page\n\n" + prose(1) + "\n\nA good many people on social media pointed out what was wrong with the sign.\n\nYes this is real and the council paid for it: https://t.co/AbCd12Ef\n\n" + prose(2) + "\n",
			embed: []int{7},
		},
		{
			name: "prose naming a handle is no post",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nThe council, which posts as @PortEllin, said on March 4, 2025 that the quay was open again.\n\n" + prose(2) + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			var got []int
			for _, b := range a.Blocks {
				if b.Embed {
					got = append(got, b.Line)
				}
			}
			if !slices.Equal(got, tt.embed) {
				t.Errorf("embedded posts at lines %v, want %v\n%s", got, tt.embed, dumpBlocks(a))
			}
		})
	}
}
