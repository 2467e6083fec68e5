package importer

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestItemMarkers: list items are written with the source's own numbers;
// where the numbers jump, the delimiter changes so that Markdown starts a
// new list at the number written instead of renumbering.
func TestItemMarkers(t *testing.T) {
	tests := []struct {
		items, want []string
	}{
		{[]string{"1.", "2.", "3."}, []string{"1. ", "2. ", "3. "}},
		{[]string{"1.", "2.", "4.", "5."}, []string{"1. ", "2. ", "4) ", "5) "}},
		{[]string{"3.", "4.", "", "1."}, []string{"3. ", "4. ", "", "1. "}},
		{[]string{"-", "-", "1.", "-"}, []string{"- ", "- ", "1. ", "- "}},
		{[]string{"2.", "7.", "9."}, []string{"2. ", "7) ", "9. "}},
	}
	for _, tt := range tests {
		var w itemMarkers
		var got []string
		for _, it := range tt.items {
			got = append(got, w.marker(it))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.items, got, tt.want)
		}
	}
}

// TestListsInBriefing imports the structure fixtures and checks that an
// article written as a list keeps its items as Markdown list items, in
// order, on its source page and in the briefing, all of one list in one
// section.
func TestListsInBriefing(t *testing.T) {
	seedDir, contentDir := site(t, structureSeeds(t))
	runImport(t, seedDir, contentDir, nil)
	var sections []string
	for _, n := range sectionNames {
		sections = append(sections, read(t, filepath.Join(contentDir, n+".md")))
	}
	tests := []struct {
		seed  string
		items []string // marker + the item's opening words, in order
	}{
		{"numbered", []string{"1. Meridian Savings Bank", "2. Orchard Cooperative Bank", "3. Halden Trust", "4. Northgate Credit", "5. Caravel Bank"}},
		{"numbered", []string{"- Smaller banks will face", "- The bank will publish"}},
		{"bullets", []string{"- North Pier handled", "- South Pier came second", "- The Old Quay kept", "- Harbour master Ailsa Corrigan", "- The ferry terminal carried"}},
		{"markdown", []string{"- The repairs cost", "- The archive holds"}},
	}
	for _, tt := range tests {
		src := read(t, filepath.Join(contentDir, "sources", tt.seed+".md"))
		if k := inOrder(src, tt.items); k >= 0 {
			t.Errorf("sources/%s.md: list item %q missing or out of order:\n%s", tt.seed, tt.items[k], src)
		}
		found := false
		for si, sec := range sections {
			if strings.Contains(sec, "\n"+tt.items[0]) {
				found = true
				if k := inOrder(sec, tt.items); k >= 0 {
					t.Errorf("%s.md: list item %q missing, out of order or in another section:\n%s", sectionNames[si], tt.items[k], sec)
				}
			}
		}
		if !found {
			t.Errorf("no section has the list item %q", tt.items[0])
		}
	}
}

// inOrder returns -1 when every item starts a line of text, in the order
// given, else the index of the first item that does not.
func inOrder(text string, items []string) int {
	at := 0
	for k, it := range items {
		i := strings.Index(text[at:], "\n"+it)
		if i < 0 {
			return k
		}
		at += i + 1
	}
	return -1
}

// TestStandfirst: a subtitle written as a sentence is a claim of the
// briefing; one in headline style is not.
func TestStandfirst(t *testing.T) {
	tests := map[string]bool{
		"A survey by the port authority published on Monday ranked the piers by tonnage.":      true,
		"The library reopened on Saturday after eighteen months of repairs, the council said.": true,
		"Russia Joins Forces with BRICS for a New AI Power Bloc":                               false,
		"Demand is soaring.": false,
		"How a small port town rebuilt its quay after the storm of the century, and why": false,
	}
	for in, want := range tests {
		if got := standfirst(in); got != want {
			t.Errorf("standfirst(%q) = %v, want %v", in, got, want)
		}
	}
	seedDir, contentDir := site(t, structureSeeds(t))
	runImport(t, seedDir, contentDir, nil)
	var all strings.Builder
	for _, n := range sectionNames {
		all.WriteString(read(t, filepath.Join(contentDir, n+".md")))
	}
	for _, lead := range []string{
		"A survey by the Kestrel Port Authority published on Monday ranked the piers",
		"The Riverside Library reopened on Saturday after eighteen months of repairs",
	} {
		if !strings.Contains(all.String(), lead) {
			t.Errorf("the lead %q is in no section", lead)
		}
	}
}

// TestListLeadIn: the sentence that leads into a list ("... three
// weaknesses:") stands right before the list's items, in their section;
// one whose items are all left out (said word for word by another seed)
// is left out too, since it says nothing without them.
func TestListLeadIn(t *testing.T) {
	seeds := map[string]string{
		"a_quay.txt": `Harbour systems fail across Port Avel
By Jane Doe, Quay Courier
A faulty software update from the harbour's contractor Tarnvik stopped all of the cranes at Port Avel on Friday morning, the harbour board said, and ships queued outside the harbour for most of the day while engineers worked to restart them.
The board said the update had not been an attack, and that the cranes were running again by the evening after engineers had removed it by hand.
Why the failure matters
The failure was not just a glitch. The board's report named three weaknesses in the harbour's systems:
- A single firm writes the software of every crane on the quay.
- Updates reached the quay overnight, with no test before.
- Manual control lasted under an hour on each crane.
Tarnvik said it would pay for the lost day.
`,
		"b_wire.txt": `Cranes stop at Port Avel
(Wire) — A faulty update from the contractor Tarnvik stopped every crane at Port Avel on Friday, the harbour board said, leaving ships queued outside the harbour until the evening.
The board's report named three weaknesses in the harbour's systems, and Tarnvik said it would pay for the lost day.
Three things went wrong, the board found:
- A single firm writes the software of every crane on the quay.
- Updates reached the quay overnight, with no test before.
- Manual control lasted under an hour on each crane.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	all := ""
	for _, n := range sectionNames {
		sec := read(t, filepath.Join(contentDir, n+".md"))
		all += sec
		if i := strings.Index(sec, "three weaknesses in the harbour's systems:"); i >= 0 {
			rest := sec[i:]
			if k := inOrder(rest, []string{"- A single firm writes", "- Updates reached the quay", "- Manual control lasted"}); k >= 0 {
				t.Errorf("%s.md: the lead-in is not followed by its list (item %d):\n%s", n, k, sec)
			}
			if j := strings.Index(rest, "\n\n"); j < 0 || !strings.HasPrefix(rest[j+2:], "- A single firm writes") {
				t.Errorf("%s.md: a passage stands between the lead-in and its list:\n%s", n, sec)
			}
		}
	}
	if !strings.Contains(all, "three weaknesses in the harbour's systems:") {
		t.Errorf("the lead-in whose list is kept is lost:\n%s", all)
	}
	if strings.Contains(all, "Three things went wrong, the board found:") {
		t.Errorf("a lead-in whose items are all left out is kept:\n%s", all)
	}
}

// TestShortItemsKept: a list of items of a word or two that no kept
// sentence names (the colours a phone comes in) is a fact of its own:
// its items and its lead-in stay, though each item alone weighs too
// little to pass de-duplication.
func TestShortItemsKept(t *testing.T) {
	seeds := map[string]string{
		"s_post.txt": "Norvik unveils the Tern 5 phone\nTolby Post\nNorvik unveiled the Tern 5 phone at its Tolby event on Monday, with a faster chip and a new camera.\nThe Tern 5 starts at 799 crowns and goes on sale on Friday.\nThe phone keeps the rounded edges and the flat screen of last year's model, but its frame is now made of recycled aluminium from the Tolby smelter.\nNorvik said the battery lasts two hours longer than the Tern 4's, thanks to the new chip and a larger cell that fills most of the case.\nNorvik's Tern 5 now comes in four colours:\n- Saffron\n- Slate\n- Moss\n- Coral\nThe most visible change from the Tern 4 is the camera, which now sits in one corner of the back.\nReviewers praised the new camera of the Tern 5, though several said the price was high for a phone that looks so much like the last one.\nShops in Tolby and Port Avel expect queues on Friday morning, when the first phones go on sale at nine o'clock.\n",
		"t_wire.txt": "Norvik's Tern 5 on sale Friday\n(Wire) — Norvik unveiled the Tern 5 phone in Tolby on Monday, with a faster chip and a new camera.\nThe phone starts at 799 crowns and goes on sale on Friday, Norvik said.\n",
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	var all strings.Builder
	for _, p := range allSectionParas(t, contentDir) {
		all.WriteString(p.body + "\n")
	}
	for _, want := range []string{"four colours:", "Saffron", "Slate", "Moss", "Coral"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the briefing lacks %q:\n%s", want, all.String())
		}
	}
}

// TestLoneBullet: a bulleted line kept alone, no other item of its list
// beside it in the section, is a sentence of the briefing, written without
// the bullet (lists of several items keep theirs: TestListsInBriefing).
func TestLoneBullet(t *testing.T) {
	seeds := map[string]string{
		"a_wire.txt": `Ferry strike ends at Tolby
The Tolby ferry union ended its 48-hour strike on Monday after the operator agreed to a pay rise of 4 percent.
- The mayor said in a message on Monday evening: "The whole port was waiting, and the ferries sail again."
Crossings to Varn Island resumed at noon, the port authority said.
`,
	}
	seedDir, contentDir := site(t, seeds)
	runImport(t, seedDir, contentDir, nil)
	var all strings.Builder
	for _, name := range sectionNames {
		all.WriteString(read(t, filepath.Join(contentDir, name+".md")))
	}
	got := all.String()
	if strings.Contains(got, "\n- The mayor said") || !strings.Contains(got, "\nThe mayor said") {
		t.Errorf("the lone bullet is not a plain passage:\n%s", got)
	}
}
