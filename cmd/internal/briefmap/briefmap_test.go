package briefmap

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/testutil"
)

var sample = Map{
	Sections: []Section{
		{"background", "Background"}, {"us-dominance", "US dominance"},
		{"economics", "Economics"}, {"geopolitics", "Geopolitics"},
	},
	Topics: []Topic{
		{"sanctions", "Sanctions"}, {"chips", "Chips"}, {"workforce-and-skills", "Workforce & skills"},
	},
	Counts: [][]int{
		{1, 0, 2},
		{0, 5, 1},
		{3, 4, 0},
		{6, 0, 0},
	},
}

func TestSVGGolden(t *testing.T) {
	tests := []struct {
		name string
		m    Map
		o    Options
	}{
		{"sample", sample, Options{BaseURL: "/"}},
		{"subpath", sample, Options{BaseURL: "https://user.github.io/repo", IDPrefix: "print-map"}},
		{"empty", Map{Sections: sample.Sections, Topics: sample.Topics[:1], Counts: [][]int{{0}, {0}, {0}, {0}}}, Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SVG(tt.m, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".golden.svg")
			testutil.Golden(t, golden, got)
			// Well-formed XML, so it also works as a standalone .svg file.
			d := xml.NewDecoder(bytes.NewReader(got))
			for {
				if _, err := d.Token(); err != nil {
					if err.Error() != "EOF" {
						t.Errorf("not well-formed XML: %v", err)
					}
					break
				}
			}
		})
	}
}

func TestSVGLinksEveryNonEmptyCell(t *testing.T) {
	out, err := SVG(sample, Options{BaseURL: "/repo/"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for i, row := range sample.Counts {
		for j, n := range row {
			href := `href="/repo/topics/` + sample.Topics[j].Slug + `/#` + sample.Sections[i].Slug + `"`
			if has := strings.Contains(s, href); has != (n > 0) {
				t.Errorf("cell %s × %s (count %d): link present = %v", sample.Sections[i].Slug, sample.Topics[j].Slug, n, has)
			}
		}
	}
	for _, want := range []string{
		`aria-label="Geopolitics, Sanctions: 6 passages"`,
		`aria-label="Background, Sanctions: 1 passage"`,
		`Workforce &amp; skills`,
		`<title id="bmap-title">`,
		`Most passages (6): Geopolitics on Sanctions.`,
		`href="/repo/economics/"`,
		`href="/repo/topics/chips/"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestSVGShadesByShareOfMax(t *testing.T) {
	out, err := SVG(sample, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The fullest cell is the darkest shade, a cell at 1/6 of it the lightest.
	re := regexp.MustCompile(`aria-label="([^"]+)"><rect class="bmap-l(\d)"`)
	got := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		got[m[1]] = m[2]
	}
	for label, want := range map[string]string{
		"Geopolitics, Sanctions: 6 passages": "4",
		"Background, Sanctions: 1 passage":   "1",
		"Economics, Sanctions: 3 passages":   "2",
		"Economics, Chips: 4 passages":       "3",
	} {
		if got[label] != want {
			t.Errorf("%s: shade %q, want %q", label, got[label], want)
		}
	}
}

func TestSVGRejectsBadCounts(t *testing.T) {
	tests := []struct {
		name string
		m    Map
		want string
	}{
		{"rows", Map{Sections: sample.Sections, Topics: sample.Topics, Counts: sample.Counts[:2]}, "2 rows of counts for 4 sections"},
		{"cols", Map{Sections: sample.Sections[:1], Topics: sample.Topics, Counts: [][]int{{1}}}, `section "background" has 1 counts for 3 topics`},
		{"negative", Map{Sections: sample.Sections[:1], Topics: sample.Topics[:1], Counts: [][]int{{-1}}}, "negative count"},
	}
	for _, tt := range tests {
		if _, err := SVG(tt.m, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestRelatedTerms(t *testing.T) {
	tests := []struct {
		name     string
		mentions map[string][]string
		want     map[string][]string
	}{
		{"none", map[string][]string{}, map[string][]string{}},
		{"alone", map[string][]string{"BRICS": {"p1"}, "WTO": {"p2"}}, map[string][]string{}},
		{
			"ranked by shared passages, then by name",
			map[string][]string{
				"BRICS":     {"p1", "p2", "p3"},
				"SCO":       {"p1"},
				"sanctions": {"p2", "p3", "p3"}, // a repeated passage counts once
				"AI":        {"p1"},
				"chips":     {"p9"},
			},
			map[string][]string{
				"BRICS":     {"sanctions", "AI", "SCO"},
				"SCO":       {"AI", "BRICS"},
				"AI":        {"BRICS", "SCO"},
				"sanctions": {"BRICS"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RelatedTerms(tt.mentions); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("RelatedTerms = %v, want %v", got, tt.want)
			}
		})
	}
}

// The table is the transposed map: a row per topic, a column per section,
// counts linked, zeros plain; a bad map is refused as by SVG.
func TestTableGolden(t *testing.T) {
	got, err := Table(sample, Options{BaseURL: "/repo/"})
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "sample.golden.table.html")
	testutil.Golden(t, golden, got)
	if rows := strings.Count(string(got), `<th scope="row">`); rows != len(sample.Topics) {
		t.Errorf("%d rows, want one per topic (%d)", rows, len(sample.Topics))
	}
	if _, err := Table(Map{Sections: sample.Sections, Topics: sample.Topics, Counts: [][]int{{1}}}, Options{}); err == nil {
		t.Error("a map whose counts do not match was accepted")
	}
}
