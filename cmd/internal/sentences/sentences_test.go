package sentences

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "One thing. Another thing.", []string{"One thing.", "Another thing."}},
		{"question and exclamation", "Is it? Yes! It is.", []string{"Is it?", "Yes!", "It is."}},
		{"U.S. mid-sentence", "The U.S. President spoke. He left.", []string{"The U.S. President spoke.", "He left."}},
		{"U.S. at end", "They moved to the U.S. The next year was hard.", []string{"They moved to the U.S.", "The next year was hard."}},
		{"U.K. lower", "the U.K. and France agreed.", []string{"the U.K. and France agreed."}},
		{"titles", "Dr. Smith met Mr. Jones and Mrs. Brown. They talked.", []string{"Dr. Smith met Mr. Jones and Mrs. Brown.", "They talked."}},
		{"e.g. i.e.", "Some nations, e.g. India, agreed, i.e. most of them. Others did not.", []string{"Some nations, e.g. India, agreed, i.e. most of them.", "Others did not."}},
		{"etc. continues", "Brazil, India, etc. are members. Fine.", []string{"Brazil, India, etc. are members.", "Fine."}},
		{"etc. ends", "Brazil, India, etc. The list grows.", []string{"Brazil, India, etc.", "The list grows."}},
		{"Inc.", "Acme Inc. Chief Executive Jane Roe said so. Then she left.", []string{"Acme Inc. Chief Executive Jane Roe said so.", "Then she left."}},
		{"month", "On Jan. 5 the plan began. It failed.", []string{"On Jan. 5 the plan began.", "It failed."}},
		{"initials", "J. K. Rowling and George W. Bush met. It was odd.", []string{"J. K. Rowling and George W. Bush met.", "It was odd."}},
		{"decimal", "GDP grew 3.5% in 2024. Prices rose by 1.2 points.", []string{"GDP grew 3.5% in 2024.", "Prices rose by 1.2 points."}},
		{"ellipsis lower", "Well... maybe not. Next.", []string{"Well... maybe not.", "Next."}},
		{"ellipsis upper", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"quote after stop", `He said, "It is over." Then he left.`, []string{`He said, "It is over."`, "Then he left."}},
		{"curly quote after stop", "She said, “We won.” The crowd cheered.", []string{"She said, “We won.”", "The crowd cheered."}},
		{"question in quote", "“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"bracket", "It grew (by a lot.) Then it shrank.", []string{"It grew (by a lot.)", "Then it shrank."}},
		{"next starts with quote", `It ended. "Good," she said.`, []string{"It ended.", `"Good," she said.`}},
		{"number after No.", "See No. 5 on the list. Done.", []string{"See No. 5 on the list.", "Done."}},
		{"a short word shortened before its number", "It was a major Cat. 3 storm. The pressure fell.", []string{"It was a major Cat. 3 storm.", "The pressure fell."}},
		{"a sentence after a figure still ends", "The rate rose to 4.5. The bank met in May.", []string{"The rate rose to 4.5.", "The bank met in May."}},
		{"paragraph break", "No stop here\n\nNew paragraph", []string{"No stop here", "New paragraph"}},
		{"single newline", "Line one\nline two.", []string{"Line one\nline two."}},
		{"empty", "", nil},
		{"spaces", "   \n\t ", nil},
		{"no terminator", "  just words  ", []string{"just words"}},
		{"interrobang", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"url-ish", "Visit example.com today. Bye.", []string{"Visit example.com today.", "Bye."}},
		{"space dropped after a stop", "The winds reached 90 mph, the office added.As of 9 pm the storm was inland.", []string{"The winds reached 90 mph, the office added.", "As of 9 pm the storm was inland."}},
		{"space dropped before a possessive", "The Greens won 4 seats.Labour’s lead grew.", []string{"The Greens won 4 seats.", "Labour’s lead grew."}},
		{"space dropped after a quote", `He said it was "over."Then he left.`, []string{`He said it was "over."`, "Then he left."}},
		{"dotted names stay", "Crews in St.Petersburg and the U.S.Army helped, per ExampleNews.TV reports.", []string{"Crews in St.Petersburg and the U.S.Army helped, per ExampleNews.TV reports."}},
		{"space dropped after a year", "The king appoints her on July 17, 2024.Despite the rain, crowds came.", []string{"The king appoints her on July 17, 2024.", "Despite the rain, crowds came."}},
		{"dotted figures stay", "Version 1.2.30.Beta and 3.75.Next were out, as was model A21.Pro.", []string{"Version 1.2.30.Beta and 3.75.Next were out, as was model A21.Pro."}},
		{"abbreviation glued", "See fig.Two and Mr.Smith later.", []string{"See fig.Two and Mr.Smith later."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if !reflect.DeepEqual(texts(got), tt.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.in, texts(got), tt.want)
			}
			checkOffsets(t, tt.in, got)
		})
	}
}

func checkOffsets(t *testing.T, in string, got []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range got {
		if s.Start < prev || s.End <= s.Start || s.End > len(in) {
			t.Fatalf("bad offsets %d..%d (prev end %d, len %d) in %q", s.Start, s.End, prev, len(in), in)
		}
		if in[s.Start:s.End] != s.Text {
			t.Fatalf("Text %q != input[%d:%d] %q", s.Text, s.Start, s.End, in[s.Start:s.End])
		}
		if s.Text != strings.TrimFunc(s.Text, unicode.IsSpace) && utf8.ValidString(s.Text) {
			t.Fatalf("sentence %q not trimmed", s.Text)
		}
		prev = s.End
	}
	// Nothing but white space may fall between sentences.
	var b strings.Builder
	last := 0
	for _, s := range got {
		b.WriteString(in[last:s.Start])
		last = s.End
	}
	b.WriteString(in[last:])
	if strings.TrimFunc(b.String(), unicode.IsSpace) != "" && utf8.ValidString(in) {
		t.Fatalf("text lost between sentences: %q", b.String())
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "A. B.", "U.S. The", "“Why?” he", "3.5%. Next", "...", "a\n\nb", "\xff.\xfe ", "Dr. X. Y… z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkOffsets(t, in, Split(in))
	})
}
