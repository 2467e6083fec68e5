package classify

import (
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/adrg/frontmatter"
)

// starter holds the sections import writes on the first import of an empty
// site: content files with front matter only, as an editor writes a new
// section (see README, "Add a section").
//
//go:embed starter/*.md
var starter embed.FS

// Starter returns the starting sections, in weight order.
func Starter() []Section {
	names, _ := starter.ReadDir("starter")
	var secs []Section
	for _, e := range names {
		data, err := starter.ReadFile("starter/" + e.Name())
		if err != nil {
			panic(err) // embedded: always there
		}
		s, err := ReadSection(strings.TrimSuffix(e.Name(), ".md"), data)
		if err != nil {
			panic(fmt.Sprintf("classify/starter/%s: %v", e.Name(), err))
		}
		secs = append(secs, s)
	}
	SortSections(secs)
	return secs
}

// ReadSection reads a section page's front matter: its title (the name when
// there is none), weight and keywords. name is the file name without ".md".
func ReadSection(name string, data []byte) (Section, error) {
	s := Section{Name: name, Title: name}
	var fm struct {
		Title  string `yaml:"title" toml:"title" json:"title"`
		Weight any    `yaml:"weight" toml:"weight" json:"weight"`
	}
	if _, err := frontmatter.Parse(bytes.NewReader(data), &fm); err != nil {
		return s, &KeywordError{Line: errorLine(err), Msg: "cannot read front matter: " + err.Error()}
	}
	if t := strings.TrimSpace(fm.Title); t != "" {
		s.Title = t
	}
	switch w := fm.Weight.(type) {
	case nil:
	case int:
		s.Weight = w
	case int64:
		s.Weight = int(w)
	case uint64:
		s.Weight = int(w)
	case float64:
		s.Weight = int(w)
	case string:
		n, err := strconv.Atoi(strings.TrimSpace(w))
		if err != nil {
			return s, &KeywordError{Line: 1, Msg: fmt.Sprintf("weight: %q is not a whole number", w)}
		}
		s.Weight = n
	default:
		return s, &KeywordError{Line: 1, Msg: "weight: want a whole number"}
	}
	kws, _, err := ReadKeywords(data)
	if err != nil {
		return s, err
	}
	s.Keywords = kws
	return s, nil
}

// SortSections orders sections as the site lists them (build's sortPages):
// by weight, unweighted last, then by title, then by name.
func SortSections(secs []Section) {
	sort.SliceStable(secs, func(i, j int) bool {
		a, b := secs[i], secs[j]
		if (a.Weight == 0) != (b.Weight == 0) {
			return a.Weight != 0
		}
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Name < b.Name
	})
}
