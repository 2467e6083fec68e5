package build

import (
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/markdown"
)

// lastBuild is what quickBuild updates: the model and files of the last
// successful build, or of a quick build a newer change interrupted.
type lastBuild struct {
	m     *model
	files map[string][]byte
	// stale are the pages (by content path) whose file an interrupted
	// quick build did not make again: the next one executes them.
	stale map[string]bool
	// unchecked are the files changed since the link check last passed
	// (on Builder.lastFiles), by an interrupted quick build.
	unchecked map[string]bool
	stats     Stats
	// static are the static files the build served.
	static map[string][]byte
}

// setIndex gives m a new Index and points every worker's template functions at it.
func (b *Builder) setIndex(m *model) {
	m.index = newIndex(m.site)
	b.useIndex(m.index)
}

// useIndex points every worker's template functions at ix.
func (b *Builder) useIndex(ix *Index) {
	for _, e := range b.envs {
		e.ix = ix
	}
}

// quickBuild is the build after edits of Markdown bodies and layouts only:
// every changed content file is a page of the last build whose front matter
// is unchanged (so titles, URLs, lists, menus and the settings are), none a
// glossary term (whose definition every mention shows), and no static file
// changed. It parses the layouts again if they changed, renders the edited
// pages' Markdown, re-executes them, the pages whose recorded deps the edit
// touches (deps.go), those whose layout's files changed and those an
// interrupted build left stale, makes the site files again and checks the
// links of the files that changed.
//
// It returns nil when the edit is not of that kind or anything fails; the
// full build then says why. touched reports whether it changed the last
// build's model before giving up (else the full build may fall back on it).
// A newer change (b.stopped) interrupts it between pages: what was executed
// is kept, the rest marked stale, and it returns ErrInterrupted.
func (b *Builder) quickBuild(r *run) (s *Site, touched bool, err error) {
	l := b.last
	if l == nil || r.everything || len(b.workers) == 0 || !sameNames(l.static, b.static) {
		return nil, false, nil // a static file added or removed: images may be missing or found
	}
	m := l.m
	layoutsEdited := r.touched("layouts/")
	if layoutsEdited && b.loadLayouts(m.site, true) != nil {
		return nil, false, nil
	}
	edited, retitled := b.editedPages(r, m)
	if edited == nil {
		return nil, false, nil
	}
	b.last = nil                 // until this build succeeds
	parents := map[string]bool{} // list pages showing a retitled page
	for _, p := range retitled {
		parents[p.Parent.Rel] = true
	}
	edited = append(edited, b.retitle(m, retitled, edited)...)
	dated := m.site.Sections // a section's date orders the menu: it must not move
	dates := make([]time.Time, len(dated))
	for i, s := range dated {
		dates[i] = s.Date
	}
	editedRel, linked := map[string]bool{}, map[string]bool{}
	sections, searched := false, false
	var links int
	for _, p := range edited {
		editedRel[p.Rel] = true
		sections = sections || p.Kind == content.KindSection
		searched = searched || p.Kind == content.KindSection || p.Kind == content.KindTopic
		links -= linkCount(p)
		b.linkTargets(m, p, linked)
		if !b.rerender(m, p) {
			return nil, true, nil
		}
		b.linkTargets(m, p, linked)
		links += linkCount(p)
	}
	if len(edited) > 0 && checkAnchors(m) != nil {
		return nil, true, nil
	}
	datePages(m)
	for i, s := range dated {
		if !s.Date.Equal(dates[i]) {
			return nil, true, nil
		}
	}
	b.setIndex(m)
	if len(retitled) == 0 {
		m.index.kinds = l.m.index.kinds // the same pages, titles and URLs
	}
	var fresh, stale []*content.Page
	for _, q := range m.pages {
		d := b.deps[q.Rel]
		switch {
		case l.stale[q.Rel]:
			stale = append(stale, q)
		case d == nil || editedRel[q.Rel] || d.touchedBy(editedRel, linked, sections):
			fresh = append(fresh, q)
		case len(retitled) > 0 && (parents[q.Rel] || d.showsTitles(content.KindPage)):
			fresh = append(fresh, q)
		case layoutsEdited:
			if lay, err := b.layouts.lookup(q); err != nil || lay.key != d.layout {
				fresh = append(fresh, q)
			}
		}
	}
	files, left, ok := b.reexecute(m, l.files, append(fresh, stale...))
	if !ok {
		return nil, true, nil
	}
	stats := l.stats
	stats.Links += links
	unchecked := maps.Clone(l.unchecked)
	if unchecked == nil {
		unchecked = map[string]bool{}
	}
	for _, p := range append(fresh, stale...) {
		if !left[p.Rel] {
			unchecked[outputPath(p.URL)] = true
		}
	}
	if len(left) > 0 {
		b.last = &lastBuild{m: m, files: files, stale: left, unchecked: unchecked, stats: stats, static: l.static}
		return nil, true, ErrInterrupted
	}
	// The search index holds the sections' and topics' text (terms take
	// the full build): kept unless one of them was edited.
	if addSiteFiles(m, files, b.layouts, map[string]bool{"search-index.json": !searched}) != nil {
		return nil, true, nil
	}
	for _, o := range siteOutputs {
		unchecked[o.file] = true
	}
	for out, q := range m.aliasOf {
		if slices.Contains(retitled, q) {
			files[out] = aliasPage(q)
			unchecked[out] = true
		}
	}
	if b.checkChangedLinks(m, files, unchecked) != nil {
		return nil, true, nil
	}
	for name, data := range b.static { // a static file edited: only itself changes
		if !sameBytes(l.static[name], data) {
			files[name] = data
			unchecked[name] = true
		}
	}
	b.last = &lastBuild{m: m, files: files, stats: stats, static: b.static}
	return b.quickResult(m, files, stats, edited), true, nil
}

// editedPages are the pages whose content file changed since the last
// build made its model (nil: the edit is not one quickBuild makes): every
// changed content file must be a page of that model whose front matter is
// unchanged, not a glossary term, or an article page (KindPage) whose title
// or description only changed (retitled, among edited). The model takes
// the new files.
func (b *Builder) editedPages(r *run, m *model) (edited, retitled []*content.Page) {
	edited = []*content.Page{}
	var cur []*sourceFile
	for c := range r.changed {
		rel, ok := strings.CutPrefix(c, "content/")
		if !ok || content.Ignored(path.Base(rel)) {
			continue // not a source the build reads
		}
		p, sf := m.byRel[rel], b.sources[rel]
		if p == nil || sf == nil || p.SourcePath == "" {
			return nil, nil // a new, removed or draft page, or a directory
		}
		old := m.src[p]
		if old == sf {
			continue // the same bytes
		}
		if old == nil || old.doc == nil || sf.doc == nil || old.err != nil || sf.err != nil || p.Kind == content.KindTerm {
			return nil, nil
		}
		if p.Kind == content.KindSection && sf.doc.EmptySection() {
			return nil, nil // the section leaves the site
		}
		if old.fmHash != sf.fmHash {
			if p.Kind != content.KindPage || !titleOnly(&old.doc.FM, &sf.doc.FM) {
				return nil, nil
			}
			retitled = append(retitled, p)
		}
		edited = append(edited, p)
		cur = append(cur, sf)
	}
	for i, p := range edited {
		m.src[p] = cur[i]
	}
	return edited, retitled
}

// titleOnly reports whether two front matters differ at most in their
// title and description.
func titleOnly(a, b *content.FrontMatter) bool {
	x, y := *a, *b
	x.Title, x.Description, y.Title, y.Description = "", "", "", ""
	x.Params, y.Params = maps.Clone(x.Params), maps.Clone(y.Params)
	for _, k := range []string{"title", "description"} {
		delete(x.Params, k)
		delete(y.Params, k)
	}
	return reflect.DeepEqual(x, y)
}

// retitle gives the retitled pages their new titles and descriptions (as
// newModel would) and orders their lists again. When that moved the
// wiki-link targets, Markdown is rendered with the new ones from now on: it
// returns the pages with wiki-links not in edited, to render again.
func (b *Builder) retitle(m *model, retitled, edited []*content.Page) []*content.Page {
	if len(retitled) == 0 {
		return nil
	}
	for _, p := range retitled {
		fm := &m.src[p].doc.FM
		p.Title, p.Description, p.FrontMatter, p.Params = fm.Title, fm.Description, fm, fm.Params
		if p.Title == "" {
			p.Title = titleFromName(strings.TrimSuffix(path.Base(p.Rel), ".md"))
		}
		sortPages(p.Parent.Pages)
	}
	cl := newCrossLinks(m)
	if cl.targetsKey == m.cl.targetsKey {
		return nil
	}
	old := m.cl
	m.conv, m.cl = b.converter(m, cl), cl
	var wiki []*content.Page
	for _, q := range m.pages {
		r := b.rendered[m.mdKey[q]]
		if r == nil || !r.wiki || slices.Contains(edited, q) {
			continue
		}
		if movedWikiLinks(q.Cross, old, cl) {
			wiki = append(wiki, q)
		} else {
			r.targets = cl.targetsKey // it resolves the same with them
		}
	}
	return wiki
}

// movedWikiLinks reports whether one of the wiki-links of c (known or not)
// resolves differently with the targets of b than with those of a.
func movedWikiLinks(c *content.CrossLinks, a, b *crossLinks) bool {
	if c == nil {
		return false
	}
	moved := func(target string) bool {
		u, ok := a.Resolve(target)
		v, ok2 := b.Resolve(target)
		return u != v || ok != ok2
	}
	for _, l := range c.Links {
		if l.Kind == "wiki" && moved(l.Target) {
			return true
		}
	}
	for _, u := range c.Unknown {
		if moved(u.Target) {
			return true
		}
	}
	return false
}

// sameNames reports whether two file sets have the same names.
func sameNames(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for name := range a {
		if _, ok := b[name]; !ok {
			return false
		}
	}
	return true
}

// linkCount is what a page adds to Stats.Links.
func linkCount(p *content.Page) int {
	n := len(p.Links)
	if p.Cross != nil {
		n += len(p.Cross.Links)
	}
	return n
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
	sf := m.src[p]
	doc := sf.doc
	key := markdownKey(m.mdHead, sf.hash, p.Rel)
	r := b.rendered[key]
	if r == nil || !r.stillValid(m, m.cl.targetsKey) {
		b.converted.Add(1)
		res, err := m.conv.Convert(doc.Body, markdown.Source{Path: p.SourcePath, Rel: p.Rel, BodyLine: doc.BodyLine, NoLink: doc.FM.NoLink})
		if err != nil || len(res.Errors) > 0 {
			return false
		}
		b.renderID++
		r = newRendered(res, b.renderID, m.cl.targetsKey)
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
// longer say what the page shows. left are the pages a newer change
// (b.stopped) kept it from executing.
func (b *Builder) reexecute(m *model, last map[string][]byte, dirty []*content.Page) (files map[string][]byte, left map[string]bool, ok bool) {
	out := make([][]byte, len(dirty))
	deps := make([]*pageDeps, len(dirty))
	errs := make([]error, len(dirty))
	done := make([]bool, len(dirty))
	b.inOrder(dirty, func(w, i int) {
		if b.stopped() {
			return
		}
		l, err := b.workers[w].lookup(dirty[i])
		if err != nil {
			errs[i] = err
			return
		}
		b.executed.Add(1)
		out[i], deps[i], errs[i] = b.execute(w, l, dirty[i])
		done[i] = errs[i] == nil
	}, func(i int) []byte { return out[i] })
	files = maps.Clone(last)
	for i, p := range dirty {
		if errs[i] != nil {
			return nil, nil, false
		}
		if !done[i] {
			if left == nil {
				left = map[string]bool{}
			}
			left[p.Rel] = true
			continue
		}
		delete(b.pageOut, b.pageKey[p.Rel])
		delete(b.pageKey, p.Rel)
		b.deps[p.Rel] = deps[i]
		files[outputPath(p.URL)] = out[i]
	}
	return files, left, true
}

// checkChangedLinks checks the links of the files in candidates whose
// bytes differ from those of the last check (Builder.lastFiles), and of the
// files linking to an anchor in them; the file names must be the same.
func (b *Builder) checkChangedLinks(m *model, files map[string][]byte, candidates map[string]bool) error {
	prev := b.lastFiles
	if prev == nil || len(prev) != len(files) {
		return b.checkLinks(m, files)
	}
	var changed []string
	for name := range candidates {
		if old, ok := prev[name]; !ok || !sameBytes(old, files[name]) {
			changed = append(changed, name)
		}
	}
	b.lastFiles = nil
	if newLinkScan(m, files, b.fragIn).checkChanged(changed) {
		b.lastFiles = files
		return nil
	}
	return b.checkLinks(m, files)
}

// quickResult is the Site of a quick build: the stats of the last one with
// the edited pages' links counted again; only the edited pages' unknown
// wiki-links are warned about again.
func (b *Builder) quickResult(m *model, files map[string][]byte, stats Stats, edited []*content.Page) *Site {
	stats.Files = len(files)
	warnUnknown(b.opts.Log, edited)
	return &Site{Files: files, Pages: m.pages, Info: m.site, Index: m.index, Stats: stats}
}
