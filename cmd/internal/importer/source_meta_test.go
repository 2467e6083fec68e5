package importer

import (
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

// TestSourceMetaListsCut checks what the source page keeps of the block
// model: the metadata in front matter, list items as list items, and a cut
// last paragraph kept on the page but its unfinished sentence left out of
// the briefing's sentences.
func TestSourceMetaListsCut(t *testing.T) {
	text := "Ministers Agree On A Common Line For Chip Exports\n" +
		"By Jane Doe\n" +
		"4 March 2025\n" +
		"PARIS (Wirecorp) - Ministers from five countries agreed on Tuesday to pool their research on chips and to share the cost of two new plants.\n" +
		"The agreement sets out three steps:\n" +
		"- The first plant opens in the north in 2027, with a staff of about 900.\n" +
		"- The second plant follows in the south two years later, at a cost of 4 billion euros.\n" +
		"The ministers said the talks would resume in the spring. They expect to agree on the terms of a new US technolo\n"
	a, err := extract.ExtractOne("seeds/chips.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	src := string(renderSource(a))
	for _, want := range []string{"author: \"Jane Doe\"\n", "date: 2025-03-04\n", "outlet: \"Wirecorp\"\n", "cut: 8\n",
		"\n- The first plant opens in the north", "\n- The second plant follows", "of a new US technolo {#L8}"} {
		if !strings.Contains(src, want) {
			t.Errorf("source page lacks %q:\n%s", want, src)
		}
	}
	if strings.Contains(src, "(Wirecorp)") {
		t.Errorf("source page keeps the wire prefix:\n%s", src)
	}
	all := segmentedText(t, a)
	for _, want := range []string{"The ministers said the talks would resume in the spring.", "The first plant opens in the north in 2027, with a staff of about 900."} {
		if !strings.Contains(all, want) {
			t.Errorf("sentences lack %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "technolo") {
		t.Errorf("the unfinished sentence reached the briefing:\n%s", all)
	}
}
