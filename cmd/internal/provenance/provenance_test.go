package provenance

import (
	"reflect"
	"strings"
	"testing"
)

func TestFormatSplit(t *testing.T) {
	for _, tc := range []struct {
		name string
		refs []Ref
		want string // the formatted list
	}{
		{"outlet and date", []Ref{{Seed: "a", File: "a.txt", Line: 4, EndLine: 6, Title: "Wind farm opens", Outlet: "Coast News", Date: "2024-03-01"}},
			`[Coast News](sources/a.md#L4 "Wind farm opens · Coast News · 2024-03-01 · a.txt, lines 4–6")`},
		{"title only, shortened", []Ref{{Seed: "b", File: "b.txt", Line: 2, EndLine: 2, Title: "A very long headline about the new harbour, opened today"}},
			`[A very long headline about…](sources/b.md#L2 "A very long headline about the new harbour, opened today · b.txt, line 2")`},
		{"two sources, one list", []Ref{
			{Seed: "a", File: "a.txt", Line: 4, EndLine: 4, Title: "Wind farm opens", Outlet: "Coast News"},
			{Seed: "c", File: "c.txt", Line: 9, EndLine: 9, Title: "Turbines turn [live]", Date: "2024-03-02"},
			{Seed: "a", File: "a.txt", Line: 7, EndLine: 7, Title: "Wind farm opens", Outlet: "Coast News"},
		}, `[Coast News](sources/a.md#L4 "Wind farm opens · Coast News · a.txt, line 4"), [Turbines turn \[live\]](sources/c.md#L9 "Turbines turn [live] · 2024-03-02 · c.txt, line 9")`},
		{"no title", []Ref{{Seed: "d", File: "d.txt", Line: 1, EndLine: 1}}, `[d](sources/d.md#L1 "d.txt, line 1")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Format("", tc.refs)
			if got != tc.want {
				t.Fatalf("Format:\n got %s\nwant %s", got, tc.want)
			}
			body, refs, ok := Split("The claim. " + got)
			if !ok || body != "The claim." {
				t.Fatalf("Split: ok %v, body %q", ok, body)
			}
			want := tc.refs
			if len(want) == 3 {
				want = want[:2] // the seed named twice is listed once
			}
			if !reflect.DeepEqual(refs, want) {
				t.Errorf("Split refs:\n got %+v\nwant %+v", refs, want)
			}
		})
	}
}

func TestSplitNotProvenance(t *testing.T) {
	for _, p := range []string{
		"No link at all.",
		"A link [elsewhere](economics.md) at the end.",
		"A source link [a](sources/a.md#L3 \"a.txt, line 3\") in the middle, not at the end.",
	} {
		if _, _, ok := Split(p); ok {
			t.Errorf("Split(%q): ok, want not a provenance list", p)
		}
	}
	// The link format before links named the article still parses.
	body, refs, ok := Split(`Old claim. [source](sources/x.md#L3 "x.txt, lines 3–5")`)
	if !ok || body != "Old claim." || len(refs) != 1 || refs[0] != (Ref{Seed: "x", File: "x.txt", Line: 3, EndLine: 5}) {
		t.Errorf("old format: %q %+v %v", body, refs, ok)
	}
}

// FuzzSplit: any text splits without panicking, and a formatted list
// appended to it is found again with the same seeds and lines.
func FuzzSplit(f *testing.F) {
	f.Add("A claim.", "Headline", "Outlet")
	f.Add("", "[x]", "")
	f.Add("text [a](sources/a.md#L1)", "a · b", "2024-01-01")
	f.Fuzz(func(t *testing.T, text, title, outlet string) {
		Split(text)
		if strings.ContainsAny(text, "[]()\"\\\n") {
			return
		}
		refs := []Ref{{Seed: "s1", File: "s1.txt", Line: 3, EndLine: 3, Title: title, Outlet: outlet}, {Seed: "s2", File: "s2.txt", Line: 8, EndLine: 9}}
		_, got, ok := Split(text + " " + Format("", refs))
		if !ok || len(got) != 2 || got[0].Seed != "s1" || got[0].Line != 3 || got[1].Seed != "s2" || got[1].EndLine != 9 {
			t.Fatalf("Split(%q + list): %+v %v", text, got, ok)
		}
	})
}

// Links in an editor's line are found, stripped and renumbered as written:
// their text kept, the tooltip's line span rewritten, a link without a
// tooltip left without one.
func TestLinksInALine(t *testing.T) {
	tests := []struct {
		line, target, stripped, renumbered string
		end                                int
	}{
		{`Claim. [RT](sources/rt.md#L4 "T · RT · rt.txt, lines 4–6")`, "sources/rt.md#L4", "Claim. ", `[RT](sources/rt.md#L9 "T · RT · rt.txt, lines 9–11")`, 6},
		{`Claim [my note](../sources/a.md#L12) goes on.`, "../sources/a.md#L12", "Claim  goes on.", `[my note](../sources/a.md#L9)`, 12},
		{`Span moved [x](sources/a.md#L7 "a.txt, lines 4–6")`, "sources/a.md#L7", "Span moved ", `[x](sources/a.md#L9 "a.txt, lines 9–11")`, 7},
	}
	for _, tc := range tests {
		l, ok := FirstLink(tc.line)
		if !ok || l.Target() != tc.target || max(l.Ref.EndLine, l.Ref.Line) != tc.end {
			t.Errorf("FirstLink(%q) = %+v, %v; want target %s, end %d", tc.line, l, ok, tc.target, tc.end)
		}
		if got := StripLinks(tc.line); got != tc.stripped {
			t.Errorf("StripLinks(%q) = %q, want %q", tc.line, got, tc.stripped)
		}
		if got := l.Renumbered(9, 11); got != tc.renumbered {
			t.Errorf("Renumbered(%q) = %q, want %q", tc.line, got, tc.renumbered)
		}
		if got := ReplaceLinks(tc.line, func(l Link) string { return l.Raw }); got != tc.line {
			t.Errorf("ReplaceLinks with Raw changed %q to %q", tc.line, got)
		}
	}
}

func TestOpening(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", ""},
		{"Ferries stopped.", "“Ferries stopped.”"},
		{"Mayor Lena Ortiz opened the Kestrel Bridge in Port Avel on Monday.", "“Mayor Lena Ortiz opened the Kestrel…”"},
		{"The bridge over the estuary of the Avel opened.", "“The bridge over the estuary…”"}, // no small word before the ellipsis
		{`"We are ready," the mayor said at the opening.`, "“We are ready,\" the mayor said…”"},
	}
	for _, tt := range tests {
		if got := Opening(tt.text); got != tt.want {
			t.Errorf("Opening(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestListLink: a passage is named by its source list's first link, not
// by a link inside its text (a detail cited where it stands).
func TestListLink(t *testing.T) {
	for _, c := range []struct{ para, want string }{
		{`A claim. [A](sources/a.md#L3 "a.txt, line 3"), [B](sources/b.md#L5 "b.txt, line 5")`, "sources/a.md#L3"},
		{`A claim. …a detail. [B](sources/b.md#L5 "b.txt, line 5") More. [A](sources/a.md#L3 "a.txt, line 3")`, "sources/a.md#L3"},
		{`A link [a](sources/a.md#L7) inside, then text.`, "sources/a.md#L7"},
	} {
		l, ok := ListLink(c.para)
		if !ok || l.Target() != c.want {
			t.Errorf("ListLink(%q) = %q, %v; want %q", c.para, l.Target(), ok, c.want)
		}
	}
	if _, ok := ListLink("No link."); ok {
		t.Error("ListLink of a text without links: ok")
	}
}
