package classify

import (
	"reflect"
	"slices"
	"testing"
)

func TestAssign(t *testing.T) {
	c := New(Starter())
	idx := map[string]int{}
	for i, s := range c.Sections() {
		idx[s.Name] = i
	}
	tests := []struct {
		text, heading, want string
	}{
		{"AI will create jobs for data scientists and lift GDP growth by 2030.", "", "economics"},
		{"The alliance challenges the dominance of the United States in AI.", "", "us-dominance"},
		{"Sanctions and rising geopolitical tensions push Russia toward a multipolar world order.", "", "geopolitics"},
		{"The BRICS acronym stands for Brazil, Russia, India, China and South Africa.", "Introduction", "background"},
		// The heading decides when the sentence itself says little.
		{"This matters a great deal.", "Economic and Workforce Implications", "economics"},
		{"This matters a great deal.", "Geopolitical Ramifications", "geopolitics"},
		// "us" the pronoun is not the United States.
		{"Let us consider what the workforce needs.", "", "economics"},
		// A sentence that lists who is involved introduces, even with
		// an economics word in it.
		{"By forming an alliance with emerging economies such as Brazil, India, China and South Africa, Russia positions itself as a key player.", "", "background"},
		// A country named alone says where, not what about.
		{"Storm Odile is the fifth storm to reach the US this year.", "", "background"},
		{"US President Ana Brel said the storm had passed.", "", "background"},
		{"The US seeks to keep its dominance over its rivals.", "", "us-dominance"},
		// A section named after someone takes no sentence that names
		// none of its names: a party leader in Tolby's parliament is no
		// passage on US dominance.
		{"The party leader said his rivals dominated the parliament in Tolby.", "", "background"},
		// A word that shares a keyword's stem but is no inflection of it
		// ("critical" is no "critics", "police" no "policy",
		// "tradition" no "trade", "busily" no "business").
		{"Two men were pulled from the water, and one of them was in critical condition.", "", "background"},
		{"Police closed the harbour road while divers searched the water.", "", "background"},
		{"In keeping with an old tradition, the crews sang as the boats left.", "", "background"},
		{"Staff were busily clearing the harbour road before dawn.", "", "background"},
		// Inflections still match: "sanctioned" is "sanction".
		{"Three banks were sanctioned by the bloc.", "", "geopolitics"},
		// Nothing to go on: background.
		{"Something else entirely.", "", "background"},
	}
	items := make([]Item, len(tests))
	for i, tt := range tests {
		items[i] = Item{Text: tt.text, Context: tt.text, Heading: tt.heading}
	}
	got := c.Assign(items)
	for i, tt := range tests {
		if got[i] != idx[tt.want] {
			t.Errorf("%q under %q: got %s, want %s", tt.text, tt.heading, c.Sections()[got[i]].Name, tt.want)
		}
	}
}

// TestSpecificity: a keyword that most sentences use weighs less than one
// only this sentence uses.
func TestSpecificity(t *testing.T) {
	c := New(Starter())
	items := []Item{
		{Text: "The market for chips is large."}, {Text: "The market for phones grew."},
		{Text: "The market for cars shrank."}, {Text: "The market for AI is new."},
		{Text: "The market now faces sanctions."},
	}
	got := c.Assign(items)
	if name := c.Sections()[got[4]].Name; name != "geopolitics" {
		t.Errorf("sentence with a common and a rare keyword went to %s, want geopolitics", name)
	}
	if unweighted := c.Scores(items[4].Text); unweighted[2] < unweighted[3] {
		t.Errorf("test does not exercise specificity: unweighted scores %v", unweighted)
	}
}

// TestAssignLeavesUnfitSectionsEmpty: each item goes where it fits best,
// and a section no item fits is left empty rather than filled with an item
// that is not about it (a storm's wind speeds under "US dominance").
func TestAssignLeavesUnfitSectionsEmpty(t *testing.T) {
	tests := []struct {
		name  string
		items []Item
		want  []string // section of each item
	}{
		{
			name: "every section fits one",
			items: []Item{
				{Text: "GDP growth and jobs."}, {Text: "The background and history of the plan."},
				{Text: "Sanctions and diplomacy between blocs."}, {Text: "US dominance and its rivals."},
			},
			want: []string{"economics", "background", "geopolitics", "us-dominance"},
		},
		{
			name: "only economics fits",
			items: []Item{
				{Text: "GDP growth and jobs."}, {Text: "Workforce upskilling and investment."},
				{Text: "Labour markets and trade."}, {Text: "Economic benefits for industry."},
			},
			want: []string{"economics", "economics", "economics", "economics"},
		},
		{
			name:  "nothing fits: the first section",
			items: []Item{{Text: "Winds of 120 mph tore roofs off."}, {Text: "GDP growth and jobs."}},
			want:  []string{"background", "economics"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(Starter())
			got := c.Assign(tt.items)
			var names []string
			for _, s := range got {
				names = append(names, c.Sections()[s].Name)
			}
			if !slices.Equal(names, tt.want) {
				t.Errorf("sections %v, want %v", names, tt.want)
			}
		})
	}
}

func TestEditedKeywordsWin(t *testing.T) {
	items := []Item{{Text: "Zebras, zebras everywhere at the market."}, {Text: "GDP"}, {Text: "US dominance"}, {Text: "sanctions"}, {Text: "background"}}
	if got := New(Starter()).Assign(items); got[0] != 2 {
		t.Fatalf("with default keywords: got section %d, want economics", got[0])
	}
	secs := Starter()
	secs[0].Keywords = []string{"zebra"}
	if got := New(secs).Assign(items); got[0] != 0 {
		t.Errorf("edited keyword ignored: got section %d, want background", got[0])
	}
}

func TestReadKeywords(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		found bool
		err   bool
	}{
		{"yaml list", "---\ntitle: X\nkeywords:\n  - a\n  - b c\n---\nbody\n", []string{"a", "b c"}, true, false},
		{"yaml flow", "---\nkeywords: [a, \"b\"]\n---\n", []string{"a", "b"}, true, false},
		{"yaml string", "---\nkeywords: a, b ,c\n---\n", []string{"a", "b", "c"}, true, false},
		{"toml", "+++\nkeywords = [\"x\", \"y\"]\n+++\n", []string{"x", "y"}, true, false},
		{"no keywords", "---\ntitle: X\n---\n", nil, false, false},
		{"no front matter", "just text\n", nil, false, false},
		{"bad yaml", "---\nkeywords: [a\n---\n", nil, false, true},
		{"map", "---\nkeywords: {a: 1}\n---\n", nil, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, found, err := ReadKeywords([]byte(tt.in))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if found != tt.found || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, %v; want %q, %v", got, found, tt.want, tt.found)
			}
		})
	}
}

func FuzzReadKeywords(f *testing.F) {
	f.Add([]byte("---\nkeywords:\n  - a\n---\n"))
	f.Add([]byte("+++\nkeywords = [\"x\"]\n+++\n"))
	f.Add([]byte("---\nkeywords: [a\n---\n"))
	f.Add([]byte("{\"keywords\": [\"a\"]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		kws, found, err := ReadKeywords(data)
		if err != nil && (found || kws != nil) {
			t.Fatalf("error with result: %v %v %v", kws, found, err)
		}
		for _, k := range kws {
			if k == "" || k != normKeyword(k) {
				t.Fatalf("keyword not normalised: %q", k)
			}
		}
		if err != nil {
			if ke, ok := err.(*KeywordError); !ok || ke.Line < 1 {
				t.Fatalf("error without a line: %v", err)
			}
		}
	})
}
