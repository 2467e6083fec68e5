package check

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/build"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/search"
)

// Options say which site to check.
type Options struct {
	Source string // site directory holding content/, layouts/, static/
	// Layouts and Static override Source/layouts and Source/static.
	Layouts, Static string
}

// Run checks the site at opts.Source without writing anything: it builds
// the site in memory (so every error the build reports — front matter,
// broken links and anchors, templates — is a finding), then checks what
// only a whole site shows: unknown wiki-links, the glossary, topics,
// section front matter and orphan pages.
func Run(opts Options) (Findings, error) {
	contentDir := filepath.Join(opts.Source, "content")
	b := build.New(build.Options{Source: opts.Source, Layouts: opts.Layouts, Static: opts.Static, Drafts: true})
	site, err := b.Build(nil)
	if err != nil {
		var de *diag.Error
		var dl diag.List
		if !errors.As(err, &de) && !errors.As(err, &dl) {
			return nil, err
		}
		var out Findings
		for _, e := range diag.All(err) {
			out = append(out, Finding{Err: e})
		}
		out = append(out, Conflicts(contentDir)...)
		out = append(out, EmptySections(contentDir)...)
		out.Sort()
		return out, nil
	}
	out := Pages(site)
	empty := EmptySections(contentDir)
	out = append(out, Structure(site.Pages, len(empty))...)
	out = append(out, Conflicts(contentDir)...)
	out = append(out, empty...)
	out.Sort()
	return out, nil
}

// Pages checks the pages of a built site, with the lists its Index gives
// (topic passages, backlinks).
func Pages(site *build.Site) Findings {
	ix := site.Index
	var out Findings
	var terms []TermFile
	var tops []TopicFile
	for _, p := range site.Pages {
		if p.SourcePath == "" {
			continue // made up by the build
		}
		if p.Cross != nil {
			for _, u := range p.Cross.Unknown {
				out = append(out, UnknownWikiLink(p.SourcePath, u.Line, u.Target))
			}
		}
		fm := p.FrontMatter
		lines := map[string]int{}
		if fm != nil {
			lines = fm.Lines
		}
		switch p.Kind {
		case content.KindTerm:
			tf := TermFile{Path: p.SourcePath, TermLine: lines["term"], AliasesLine: lines["aliases"],
				Body: search.PlainText([]byte(p.Content())), BodyLine: lines["term"]}
			if fm != nil {
				tf.Term, tf.Aliases = fm.Term, fm.Aliases
				tf.Mentioned, _ = fm.Params["mentioned"].(bool)
			}
			terms = append(terms, tf)
		case content.KindTopic:
			tops = append(tops, TopicFile{Path: p.SourcePath, Title: titleOf(p), TitleLine: lines["title"],
				Keywords: p.Keywords, KeywordsLine: lines["keywords"], Passages: len(ix.TopicPassages(p))})
		case content.KindSection:
			if titleOf(p) == "" {
				out = append(out, errorf(p.SourcePath, 1, "section page without a title: add `title: ...` to the front matter"))
			}
			if p.Weight <= 0 {
				out = append(out, warnf(p.SourcePath, max(lines["weight"], 1), "section page without a weight: add `weight: N` to place it among the sections"))
			}
		}
		for _, line := range p.RawHTML {
			out = append(out, warnf(p.SourcePath, line, "raw HTML is left out of the built page (the build renders Markdown only, for safety); write it in Markdown, or put the file in static/"))
		}
		if orphan(ix, p) {
			out = append(out, warnf(p.SourcePath, 1, "orphan page: no other page links to it; link it from a section or remove it"))
		}
	}
	out = append(out, Terms(terms)...)
	out = append(out, Topics(tops)...)
	return out
}

// titleOf is the title the front matter gives (the build falls back to the
// file name, which a section should not rely on).
func titleOf(p *content.Page) string {
	if p.FrontMatter != nil {
		return p.FrontMatter.Title
	}
	return p.Title
}

// orphan reports whether nothing links to a page that needs a link to be
// found: sources and other leaf pages. Home, sections and lists are in the
// menu; terms and topics are listed on /glossary/ and /topics/.
func orphan(ix *build.Index, p *content.Page) bool {
	if p.Kind != content.KindPage {
		return false
	}
	return len(ix.Backlinks(p)) == 0
}

// Report writes the findings, one per line, and a summary line.
func Report(fs Findings) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	warn := len(fs) - fs.Errors()
	fmt.Fprintf(&b, "check: %d errors, %d warnings\n", fs.Errors(), warn)
	return b.String()
}
