package importer

import (
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

// TestSegmentLeavesOutEmbeds checks that a post embedded in an article
// (its text, its credit line) stays out of the briefing's sentences while
// the article's own paragraphs around it are in.
func TestSegmentLeavesOutEmbeds(t *testing.T) {
	lead := "Storm Closes The Harbour At Port Ellin\n\nThe storm closed the harbour at Port Ellin on Tuesday, the council said, and the ferry to the islands stayed in port for the second day running while crews checked the quay.\n\n"
	tail := "\n\nThe ferry is expected to sail again on Thursday, officials said, once the wind has dropped and the harbour master has inspected the damage to the sea wall and the moorings.\n"
	tests := []struct {
		name       string
		text       string
		keep, drop []string
	}{
		{
			name: "post and credit in one block",
			text: lead + "Shelter in place now. Crews are ready to go as soon as the wind drops… — Jane Doe (@janedoe_port) March 3, 2025" + tail,
			keep: []string{"The storm closed the harbour", "The ferry is expected to sail"},
			drop: []string{"Shelter in place", "@janedoe_port"},
		},
		{
			name: "credit under the post",
			text: lead + "The quay is open again for all boats and the ferry is back on the water.\n\n— Port Ellin Council (@PortEllin) March 4, 2025" + tail,
			keep: []string{"The storm closed the harbour", "The ferry is expected to sail"},
			drop: []string{"The quay is open again", "@PortEllin"},
		},
		{
			name: "a newsletter's label opening a paragraph",
			text: lead + "By the numbers: The ferry carried 1,200 passengers a day before the storm, and 300 since it hit the quay." + tail,
			keep: []string{"\nThe ferry carried 1,200 passengers a day"},
			drop: []string{"By the numbers"},
		},
		{
			name: "post with its short link",
			text: lead + "Watch the ferry come home live on https://t.co/AbCd12Ef, now!" + tail,
			keep: []string{"The storm closed the harbour", "The ferry is expected to sail"},
			drop: []string{"t.co"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := extract.ExtractOne("seeds/post.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			all := segmentedText(t, a)
			for _, k := range tt.keep {
				if !strings.Contains(all, k) {
					t.Errorf("sentences lack %q:\n%s", k, all)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(all, d) {
					t.Errorf("sentences keep %q:\n%s", d, all)
				}
			}
		})
	}
}

// segmentedText is the briefing's sentences of article a (Segment), one a
// line.
func segmentedText(t *testing.T, a *extract.Article) string {
	t.Helper()
	m, err := Segment(&Model{Articles: []*extract.Article{a}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range m.Sentences {
		got = append(got, s.Text)
	}
	return strings.Join(got, "\n")
}
