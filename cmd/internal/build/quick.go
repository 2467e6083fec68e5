package build

import (
	"maps"
	"path"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/markdown"
)

// lastBuild is what quickBuild updates: the model and files of the last
// successful build.
type lastBuild struct {
	m     *model
	files map[string][]byte
}

// setIndex gives m a new Index and points every worker's template functions at it.
func (b *Builder) setIndex(m *model) {
	m.index = newIndex(m.site)
	for _, e := range b.envs {
		e.ix = m.index
	}
}

// sourcesBefore are the content files of the changed paths as the last
// build read them, for quickBuild to compare.
func (b *Builder) sourcesBefore(r *run) map[string]*sourceFile {
	before := map[string]*sourceFile{}
	for c := range r.changed {
		if rel, ok := strings.CutPrefix(c, "content/"); ok {
			before[rel] = b.sources[rel]
		}
	}
	return before
}

// quickBuild is the build after edits of Markdown bodies and layouts only:
// every changed content file is a page of the last build whose front matter
// is unchanged (so titles, URLs, lists, menus and the settings are), none a
// glossary term (whose definition every mention shows), and no static file
// changed. It parses the layouts again if they changed, renders the edited
// pages' Markdown, re-executes them, the pages whose recorded deps the edit
// touches (deps.go) and those whose layout's files changed, makes the site
// files again and checks the links of the files that changed. It returns
// nil, having changed nothing the full build relies on, when the edit is
// not of that kind or anything fails; the full build then says why.
func (b *Builder) quickBuild(r *run, before map[string]*sourceFile) *Site {
	l := b.last
	if l == nil || r.everything || r.touched("static/") || len(b.workers) == 0 {
		return nil
	}
	m := l.m
	if r.touched("layouts/") && b.loadLayouts(m.site, true) != nil {
		return nil
	}
	var edited []*content.Page
	for c := range r.changed {
		rel, ok := strings.CutPrefix(c, "content/")
		if !ok || content.Ignored(path.Base(rel)) {
			continue // not a source the build reads
		}
		old, cur := before[rel], b.sources[rel]
		if old == cur && old != nil {
			continue // the same bytes
		}
		if old == nil || cur == nil || old.doc == nil || cur.doc == nil || old.err != nil || cur.err != nil || old.fmHash != cur.fmHash {
			return nil
		}
		p := m.byRel[rel]
		if p == nil || m.docs[p] != old.doc || p.Kind == content.KindTerm {
			return nil
		}
		edited = append(edited, p)
	}
	b.last = nil             // until this build succeeds
	dated := m.site.Sections // a section's date orders the menu: it must not move
	dates := make([]time.Time, len(dated))
	for i, s := range dated {
		dates[i] = s.Date
	}
	editedRel, linked := map[string]bool{}, map[string]bool{}
	sections := false
	for _, p := range edited {
		editedRel[p.Rel] = true
		sections = sections || p.Kind == content.KindSection
		b.linkTargets(m, p, linked)
		if !b.rerender(m, p) {
			return nil
		}
		b.linkTargets(m, p, linked)
	}
	if checkAnchors(m) != nil {
		return nil
	}
	datePages(m)
	for i, s := range dated {
		if !s.Date.Equal(dates[i]) {
			return nil
		}
	}
	b.setIndex(m)
	var dirty []*content.Page
	for _, q := range m.pages {
		d := b.deps[q.Rel]
		if d == nil || editedRel[q.Rel] || d.touchedBy(editedRel, linked, sections) {
			dirty = append(dirty, q)
		} else if lay, err := b.layouts.lookup(q); err != nil || lay.key != d.layout {
			dirty = append(dirty, q)
		}
	}
	files, ok := b.reexecute(m, l.files, dirty)
	if !ok || addSiteFiles(m, files, b.layouts) != nil || b.checkLinks(m, files) != nil {
		return nil
	}
	b.last = &lastBuild{m: m, files: files}
	return b.result(m, files)
}

// linkTargets adds the pages p links to (Markdown links, glossary links,
// wiki-links) to set, by content path.
func (b *Builder) linkTargets(m *model, p *content.Page, set map[string]bool) {
	for _, l := range p.Links {
		set[l.Target] = true
	}
	if p.Cross == nil {
		return
	}
	for _, l := range p.Cross.Links {
		if t := m.byURL[l.URL]; t != nil {
			set[t.Rel] = true
		}
	}
}

// rerender renders p's edited Markdown with the last build's converter, as
// renderMarkdown would have; false if it has errors.
func (b *Builder) rerender(m *model, p *content.Page) bool {
	sf := b.sources[p.Rel]
	doc := sf.doc
	key := markdownKey(m.mdHead, sf.hash, p.Rel)
	r := b.rendered[key]
	if r == nil || !r.stillValid(m, m.targetsKey) {
		b.converted.Add(1)
		res, err := m.conv.Convert(doc.Body, markdown.Source{Path: p.SourcePath, Rel: p.Rel, BodyLine: doc.BodyLine, NoLink: doc.FM.NoLink})
		if err != nil || len(res.Errors) > 0 {
			return false
		}
		b.renderID++
		r = newRendered(res, b.renderID, m.targetsKey)
		res.HTML, res.TOC = nil, nil
	}
	delete(b.rendered, m.mdKey[p])
	b.rendered[key] = r
	m.mdKey[p], m.mdID[p], m.docs[p] = key, r.id, doc
	p.SetContent(r.content, nil)
	p.TableOfContents, p.Summary = r.toc, r.summary
	p.Headings, p.Links, p.Anchors, p.URLLinks = r.res.Headings, r.res.Links, r.res.IDs, r.res.URLs
	p.RawHTML = r.res.RawHTML
	p.Cross = r.res.Cross
	if p.Kind == content.KindSection && (p.FrontMatter == nil || p.FrontMatter.Date.IsZero() && p.FrontMatter.Lastmod.IsZero()) {
		p.Date = time.Time{} // datePages dates it again
	}
	return true
}

// reexecute runs the layouts of the dirty pages on a copy of files; their
// cached outputs under the full build's keys are dropped, since they no
// longer say what the page shows.
func (b *Builder) reexecute(m *model, last map[string][]byte, dirty []*content.Page) (map[string][]byte, bool) {
	out := make([][]byte, len(dirty))
	deps := make([]*pageDeps, len(dirty))
	errs := make([]error, len(dirty))
	b.inOrder(dirty, func(w, i int) {
		l, err := b.workers[w].lookup(dirty[i])
		if err != nil {
			errs[i] = err
			return
		}
		b.executed.Add(1)
		out[i], deps[i], errs[i] = b.execute(w, l, dirty[i])
	}, func(i int) []byte { return out[i] })
	files := maps.Clone(last)
	for i, p := range dirty {
		if errs[i] != nil {
			return nil, false
		}
		delete(b.pageOut, b.pageKey[p.Rel])
		delete(b.pageKey, p.Rel)
		b.deps[p.Rel] = deps[i]
		files[outputPath(p.URL)] = out[i]
	}
	return files, true
}
