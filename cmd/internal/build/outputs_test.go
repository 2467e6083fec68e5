package build

import (
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/markdown"
)

// The feed carries sections and article pages, newest first, with their
// own or their sources' dates; stubs stay out; undated pages come last,
// with no date made up (no 1970).
func TestFeedEntries(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	src := func(rel string, d time.Time) *content.Page {
		return &content.Page{Kind: content.KindPage, Rel: rel, URL: strings.TrimSuffix(rel, ".md") + "/", Title: rel, Date: d}
	}
	cite := func(targets ...string) []markdown.Link {
		var ls []markdown.Link
		for _, t := range targets {
			ls = append(ls, markdown.Link{Target: t, Source: true})
		}
		return ls
	}
	tests := []struct {
		name  string
		pages []*content.Page
		want  []string // entry titles, in order
		dates []string // their <updated>
	}{
		{"sections take the newest cited source's date", []*content.Page{
			src("sources/a.md", day(2)), src("sources/b.md", day(5)),
			{Kind: content.KindSection, Rel: "econ.md", URL: "econ/", Title: "Econ", Links: cite("sources/a.md", "sources/b.md")},
			{Kind: content.KindSection, Rel: "geo.md", URL: "geo/", Title: "Geo", Date: day(1), Links: cite("sources/b.md")},
		}, []string{"Econ", "sources/b.md", "sources/a.md", "Geo"}, []string{"2026-03-05", "2026-03-05", "2026-03-02", "2026-03-01"}},
		{"stubs are left out, undated pages come last without a date", []*content.Page{
			src("sources/a.md", day(2)), src("sources/undated.md", time.Time{}),
			{Kind: content.KindTerm, Rel: "glossary/x.md", URL: "glossary/x/", Title: "Term", Date: day(9)},
			{Kind: content.KindTopic, Rel: "topics/y.md", URL: "topics/y/", Title: "Topic", Date: day(9)},
			{Kind: content.KindSection, Rel: "lone.md", URL: "lone/", Title: "Lone"},
		}, []string{"sources/a.md", "Lone", "sources/undated.md"}, []string{"2026-03-02", "", ""}},
		{"nothing dated: entries, and no date anywhere", []*content.Page{
			{Kind: content.KindSection, Rel: "lone.md", URL: "lone/", Title: "Lone"},
		}, []string{"Lone"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := &content.Site{Title: "T", Language: "en", BaseURL: "https://example.org/", BasePath: "/"}
			m := &model{site: site, byRel: map[string]*content.Page{}}
			for _, p := range tt.pages {
				p.Site = site
				p.Permalink = "https://example.org/" + p.URL
				m.pages = append(m.pages, p)
				m.byRel[p.Rel] = p
			}
			datePages(m)
			out := string(feed(m))
			if strings.Contains(out, "1970") {
				t.Errorf("feed has a 1970 date:\n%s", out)
			}
			var titles, dates []string
			for _, e := range strings.Split(out, "<entry>")[1:] {
				titles = append(titles, between(e, "<title>", "</title>"))
				dates = append(dates, between(e, "<updated>", "T"))
			}
			if strings.Join(titles, "|") != strings.Join(tt.want, "|") || strings.Join(dates, "|") != strings.Join(tt.dates, "|") {
				t.Errorf("entries %q %q, want %q %q", titles, dates, tt.want, tt.dates)
			}
			if strings.Join(tt.dates, "") == "" && strings.Contains(out, "<updated>") {
				t.Errorf("undated feed has a date:\n%s", out)
			}
		})
	}
}

func between(s, from, to string) string {
	_, s, _ = strings.Cut(s, from)
	s, _, _ = strings.Cut(s, to)
	return s
}
