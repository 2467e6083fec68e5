// Package build renders content/, layouts/ and static/ into a site. Build
// makes every output file in memory (Site.Files; Site.Write puts them at the
// destination with one atomic directory swap), and a Builder keeps the
// parsed and rendered pages between builds, so that live preview rebuilds
// only what changed. BuildTo, a one-shot build, streams each page to disk
// as it is rendered and swaps the tree in at the end (stream.go), so that
// its memory grows with the page model, not with the HTML.
package build

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/markdown"
	"github.com/briefing-dev/briefing/cmd/internal/xlink"
)

// Options are the inputs of a build; the briefing build flags map onto them.
type Options struct {
	Source  string // site directory holding content/, layouts/, static/ ("." by default)
	Dest    string // output directory (Source/public by default); used by the caller for Write
	BaseURL string // overrides baseURL from content/_index.md
	Drafts  bool   // include pages with draft: true
	Verbose bool   // log detail to Log
	Log     io.Writer
	// Layouts and Static override Source/layouts and Source/static (a theme
	// kept elsewhere; tests and benchmarks use the repository's own).
	Layouts, Static string
}

// Site is one finished build, all in memory.
type Site struct {
	// Files maps a slash path under the public root ("economics/index.html")
	// to its bytes. The bytes are shared with the Builder's caches: replace
	// an entry rather than modify it in place.
	Files map[string][]byte
	// Pages are the rendered pages, ordered by URL: the page model (with
	// links, anchors and headings) for checkers, backlinks and topic pages.
	// A Builder's next Build may update them in place (an edit of one
	// page's Markdown updates that page of the last site).
	Pages []*content.Page
	Info  *content.Site
	// Index is what the site knows across its pages: mentions,
	// backlinks, topic passages (the lists the layouts show).
	Index *Index
	Stats Stats
}

// Stats summarise a build.
type Stats struct {
	Pages    int // HTML pages rendered from content (aliases and 404 not counted)
	Terms    int // glossary entries (content/glossary/*.md)
	Topics   int // topic pages (content/topics/*.md)
	Links    int // internal links: Markdown links to pages, wiki-links and glossary links
	Files    int // files in the output
	Aliases  int
	Static   int
	Duration time.Duration
}

// String is the one-line summary a build prints.
func (s Stats) String() string {
	return fmt.Sprintf("built %d pages, %d terms, %d topics, %d links, %d files in %d ms",
		s.Pages, s.Terms, s.Topics, s.Links, s.Files, s.Duration.Milliseconds())
}

// Builder builds a site repeatedly, keeping what did not change.
type Builder struct {
	opts Options

	mu      sync.Mutex
	sources map[string]*sourceFile // by content-relative path
	// rels are the keys of sources, sorted; nil once a file was added or
	// removed. failing are those whose file could not be read or parsed.
	rels    []string
	failing map[string]bool
	static  map[string][]byte // by static-relative path
	// layouts parsed for one (files, base URL) pair
	layoutFiles [32]byte // hash of the layout files
	layoutKey   [32]byte // ... and of the base URL
	layouts     *layouts
	read        bool // content/ has been walked once
	// rendered Markdown, by a key of the page's bytes and the base path;
	// reused only while its links still resolve to the same URLs
	rendered map[[32]byte]*renderedMarkdown
	renderID uint64 // last renderedMarkdown.id given out
	// pages converted and executed (not taken from the caches) in this build, for -v
	converted, executed atomic.Int64
	// rendered pages, by a key of everything their layout can see
	pageOut map[[32]byte]*pageOutput
	// workers are the parsed layouts, one per page-executing goroutine,
	// each with the funcEnv its template functions read (layouts is
	// workers[0]).
	workers []*layouts
	envs    []*funcEnv
	// deps is what each page's last execution read of other pages, by
	// content path (deps.go); pageKey the key its output is cached under.
	deps    map[string]*pageDeps
	pageKey map[string][32]byte
	// first and early are BuildFirst's, for the build in progress.
	first []string
	early func(map[string][]byte)
	// last is the last successful build, which an edit of Markdown bodies
	// only updates (quickBuild); nil after a failed build.
	last *lastBuild
	// lastFiles are the files of the last build whose links all passed
	// the check; fragIn which files link to an anchor in each (linkScan).
	lastFiles map[string][]byte
	fragIn    map[string]map[string]bool
	// stream, during BuildTo, is where pages go as they are rendered.
	stream *stream
	// ctx, during BuildFirstContext, stops the build when done.
	ctx context.Context
	// carry are the changes of a build that failed or was interrupted
	// while b.last was kept: the next build builds them (again).
	carry map[string]bool
}

// renderedMarkdown is a cached markdown.Result with its HTML already as the
// strings the layouts take (converting 10,000 pages again costs as much as a
// one-page rebuild).
type renderedMarkdown struct {
	res          *markdown.Result // without HTML and TOC: content and toc hold them
	content, toc template.HTML
	summary      string // the page's Summary (meta.go), derived once per rendering
	// load, in a streamed build, reads content back from disk (stream.go)
	load func() template.HTML
	id   uint64 // distinguishes renderings in the page cache key
	// wiki is set when the page has wiki-links, resolved with the
	// targets of targetsKey.
	wiki    bool
	targets [32]byte
}

// newRendered keeps a conversion (numbered id, with the wiki-link targets
// of targetsKey) for the cache.
func newRendered(res *markdown.Result, id uint64, targetsKey [32]byte) *renderedMarkdown {
	r := &renderedMarkdown{res: res, content: template.HTML(res.HTML), toc: template.HTML(res.TOC), id: id,
		wiki: hasWikiLinks(res.Cross), targets: targetsKey}
	r.summary = summarize(string(r.content))
	return r
}

// stillValid reports whether a cached rendering is right for m: its links
// resolve to the same URLs, and its wiki-links (if any) were resolved with
// the same targets.
func (r *renderedMarkdown) stillValid(m *model, targetsKey [32]byte) bool {
	return linksStillResolve(r.res, m.resolve) && (!r.wiki || r.targets == targetsKey)
}

// sourceFile is one content file as last read.
type sourceFile struct {
	hash   [32]byte // of the file
	fmHash [32]byte // of its front matter: what other pages' layouts can show of it
	doc    *content.Doc
	err    error
	// bodyAt, in a streamed build, is where the body of a page of a
	// content directory starts in the file: doc.Body is nil until the
	// Markdown stage reads the file again (Builder.body); -1 otherwise.
	bodyAt int
}

// New returns a Builder for opts; nothing is read until Build.
func New(opts Options) *Builder {
	if opts.Source == "" {
		opts.Source = "."
	}
	if opts.Layouts == "" {
		opts.Layouts = filepath.Join(opts.Source, "layouts")
	}
	if opts.Static == "" {
		opts.Static = filepath.Join(opts.Source, "static")
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	return &Builder{opts: opts, sources: map[string]*sourceFile{}, failing: map[string]bool{}, carry: map[string]bool{}, rendered: map[[32]byte]*renderedMarkdown{}}
}

// Build renders the whole site. changed lists the source-relative paths
// ("content/economics.md", "layouts/_default/page.html") changed since the
// last Build; nil means anything may have changed. Unchanged pages reuse
// their parsed front matter and rendered Markdown. Errors are diag.List.
//
// The stages: read the sources, settle the settings and layouts, make the
// page model, render Markdown, execute the layouts, add the files that are
// not pages (outputs.go) and the static files, check every link.
func (b *Builder) Build(changed []string) (*Site, error) { return b.BuildFirst(changed, nil, nil) }

// BuildFirst is Build, except that the pages at the output paths in first
// ("economics/index.html": the pages a browser shows) are executed before
// the others, and early gets their files as soon as they are ready, while
// the rest of the site is built (not called when none of them needed
// executing). The site may still fail to build after early was called.
func (b *Builder) BuildFirst(changed, first []string, early func(map[string][]byte)) (*Site, error) {
	return b.BuildFirstContext(context.Background(), changed, first, early)
}

// ErrInterrupted is what a build stopped by its context returns: a newer
// change is to be built. The next Build picks up where it stopped (the
// changes it was given are built then, as if given again), and its result
// is that of a cold build of the files as they are by then.
var ErrInterrupted = errors.New("build interrupted by a newer change")

// BuildFirstContext is BuildFirst, stopped early when ctx is done: between
// pages when executing layouts, between stages otherwise. It then returns
// ErrInterrupted; the pages already handed to early stay valid for the
// files they were made of.
func (b *Builder) BuildFirstContext(ctx context.Context, changed, first []string, early func(map[string][]byte)) (*Site, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.first, b.early, b.ctx = first, early, ctx
	defer func() { b.first, b.early, b.ctx = nil, nil, nil }()
	return b.build(changed)
}

// stopped reports whether the build in progress is to stop (a newer change).
func (b *Builder) stopped() bool { return b.ctx != nil && b.ctx.Err() != nil }

// build is BuildFirst with b.mu held.
func (b *Builder) build(changed []string) (*Site, error) {
	r := b.newRun(changed)
	if err := b.readSources(r); err != nil {
		return nil, b.failed(r, b.last, err)
	}
	r.phase("read")
	l := b.last
	s, touched, err := b.quickBuild(r)
	if s != nil || err != nil {
		r.phase(fmt.Sprintf("quick (%d pages converted, %d executed)", b.converted.Load(), b.executed.Load()))
		if s != nil {
			s.Stats.Duration = time.Since(r.start)
		}
		return s, err
	}
	b.last = nil
	if touched {
		l = nil // the last model is gone
	}
	// Until the pages' layouts are executed, a failing or interrupted build
	// leaves the last one as it was (failed).
	site, err := b.settings(r)
	if err != nil {
		return nil, b.failed(r, l, err)
	}
	r.phase("layouts")
	static := make([]string, 0, len(b.static))
	for p := range b.static {
		static = append(static, p)
	}
	m, err := newModel(site, b.sources, r.rels, static, b.opts.Drafts)
	if err != nil {
		return nil, b.failed(r, l, err)
	}
	r.phase("model")
	if err := b.markdownStage(m); err != nil {
		return nil, b.failed(r, l, err)
	}
	if b.stopped() {
		return nil, b.failed(r, l, ErrInterrupted)
	}
	r.phase(fmt.Sprintf("markdown (%d pages converted, the others cached)", b.converted.Load()))
	files, err := b.layoutStage(m)
	if err == ErrInterrupted {
		return nil, b.failed(r, l, err)
	}
	if err != nil {
		return nil, err
	}
	r.phase(fmt.Sprintf("templates (%d pages executed, the others cached)", b.executed.Load()))
	if err := b.filesStage(m, files); err != nil {
		return nil, err
	}
	r.phase("files (feed, sitemap, aliases, 404, static, link check)")
	s = b.result(m, files)
	b.last = &lastBuild{m: m, files: files, stats: s.Stats, static: b.static}
	s.Stats.Duration = time.Since(r.start)
	return s, nil
}

// failed ends a build that failed (or was interrupted) before it replaced
// anything the last build l left (nil: nothing to keep): the next build
// starts from l again, with this build's changes carried over.
func (b *Builder) failed(r *run, l *lastBuild, err error) error {
	b.last = nil
	if l == nil || r.everything {
		return err
	}
	b.last = l
	b.useIndex(l.m.index)
	for c := range r.changed {
		b.carry[c] = true
	}
	return err
}

// run is one Build in progress: what changed, and the timing -v prints.
type run struct {
	start, lap time.Time
	log        io.Writer // nil unless verbose
	everything bool      // no list of changes: anything may have changed
	changed    map[string]bool
	rels       []string // every content file, sorted (set by readSources)
}

func (b *Builder) newRun(changed []string) *run {
	r := &run{start: time.Now(), everything: changed == nil, changed: map[string]bool{}}
	r.lap = r.start
	if b.opts.Verbose {
		r.log = b.opts.Log
	}
	for _, c := range changed {
		r.changed[filepath.ToSlash(filepath.Clean(c))] = true
	}
	if changed != nil {
		for c := range b.carry { // changes of a failed build, built again
			r.changed[c] = true
		}
	}
	clear(b.carry)
	b.converted.Store(0)
	b.executed.Store(0)
	return r
}

// phase logs the time since the last phase, with -v.
func (r *run) phase(name string) {
	if r.log == nil {
		return
	}
	now := time.Now()
	ms, label, _ := strings.Cut(name, " ")
	fmt.Fprintf(r.log, "  %-10s %6.1f ms %s\n", ms, float64(now.Sub(r.lap).Microseconds())/1000, strings.TrimSpace(label))
	r.lap = now
}

// touched reports whether anything under prefix ("layouts/") may have changed.
func (r *run) touched(prefix string) bool {
	if r.everything {
		return true
	}
	for c := range r.changed {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// readSources brings the content files and static files up to date, and
// lists the content files; a file that cannot be read or parsed fails the build.
func (b *Builder) readSources(r *run) error {
	if err := b.readContent(r.everything, r.changed); err != nil {
		return err
	}
	if r.touched("static/") || b.static == nil {
		st, err := readTree(b.opts.Static)
		if err != nil {
			return err
		}
		b.static = st
	}
	if b.rels == nil {
		b.rels = make([]string, 0, len(b.sources))
		for rel := range b.sources {
			b.rels = append(b.rels, rel)
		}
		sort.Strings(b.rels)
	}
	r.rels = b.rels // replaced, never modified
	var errs diag.List
	for rel := range b.failing {
		errs = append(errs, diag.All(b.sources[rel].err)...)
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	return nil
}

// settings reads the site settings from content/_index.md (and the flags),
// and parses the layouts, which need them (relURL depends on the base URL).
func (b *Builder) settings(r *run) (*content.Site, error) {
	var errs diag.List
	site := &content.Site{Language: "en", BaseURL: "/"}
	if home := b.sources["_index.md"]; home != nil && home.doc != nil {
		fm := home.doc.FM
		site.Title, site.Description = fm.Title, fm.Description
		if fm.Language != "" {
			site.Language = fm.Language
		}
		if fm.BaseURL != "" {
			site.BaseURL = fm.BaseURL
		}
	}
	if b.opts.BaseURL != "" {
		site.BaseURL = b.opts.BaseURL
	}
	var err error
	site.BaseURL, site.BasePath, err = normalizeBaseURL(site.BaseURL)
	if err != nil {
		errs = append(errs, diag.Errorf("content/_index.md", 0, "%v", err))
	}
	if err := b.loadLayouts(site, r.touched("layouts/")); err != nil {
		errs = append(errs, diag.All(err)...)
	}
	if len(errs) > 0 {
		return nil, sorted(errs)
	}
	return site, nil
}

// markdownStage renders every page's Markdown (reusing what is unchanged;
// a page's summary is derived with its rendering), checks anchors, then
// dates the section pages. Broken links and
// broken anchors are reported together, not in rounds.
func (b *Builder) markdownStage(m *model) error {
	var errs diag.List
	if err := b.renderMarkdown(m); err != nil {
		if errs = diag.All(err); errs == nil {
			return err
		}
	}
	if err := checkAnchors(m); err != nil {
		errs = append(errs, diag.All(err)...)
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	datePages(m) // outputs.go: sections take their sources' dates
	return nil
}

// layoutStage executes every page's layout against this build's Index.
func (b *Builder) layoutStage(m *model) (map[string][]byte, error) {
	b.setIndex(m)
	return b.renderPages(m)
}

// filesStage adds the files that are not pages and the static files, then
// checks every internal link of the output.
func (b *Builder) filesStage(m *model, files map[string][]byte) error {
	if err := addSiteFiles(m, files, b.layouts, nil); err != nil {
		return err
	}
	var clashes diag.List
	for p, data := range b.static {
		if _, taken := files[p]; taken {
			clashes = append(clashes, diag.Errorf("static/"+p, 0, "static file would overwrite the generated %s; rename or remove it", p))
		}
		files[p] = data
	}
	if len(clashes) > 0 {
		return sorted(clashes)
	}
	return b.checkLinks(m, files)
}

// checkLinks checks every internal link of files (linkcheck.go). When the
// last build's files passed and the file names are the same, only the files
// whose bytes changed, and those linking to an anchor in one of them, are
// scanned; if one of them is broken, the whole site is, for the messages.
func (b *Builder) checkLinks(m *model, files map[string][]byte) error {
	if b.stream != nil { // the pages are on disk: check what was recorded of them
		c := newLinkScan(m, files, map[string]map[string]bool{})
		c.recorded = b.stream.links
		return c.checkSiteLinks()
	}
	prev := b.lastFiles
	b.lastFiles = nil
	if prev != nil && len(prev) == len(files) {
		var changed []string
		same := true
		for name, data := range files {
			old, ok := prev[name]
			if !ok {
				same = false
				break
			}
			if !sameBytes(old, data) {
				changed = append(changed, name)
			}
		}
		if same && newLinkScan(m, files, b.fragIn).checkChanged(changed) {
			b.lastFiles = files
			return nil
		}
	}
	b.fragIn = map[string]map[string]bool{}
	if err := newLinkScan(m, files, b.fragIn).checkSiteLinks(); err != nil {
		return err
	}
	b.lastFiles = files
	return nil
}

// sameBytes reports whether a and b hold the same bytes, quickly when they
// are the same cached slice.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || bytes.Equal(a, b)
}

// result is the finished Site with its stats; unknown wiki-links are
// logged as warnings.
func (b *Builder) result(m *model, files map[string][]byte) *Site {
	s := &Site{Files: files, Pages: m.pages, Info: m.site, Index: m.index}
	s.Stats = Stats{Pages: len(m.pages), Files: len(files), Aliases: m.aliases, Static: len(b.static)}
	for _, p := range m.pages {
		switch p.Kind {
		case content.KindTerm:
			s.Stats.Terms++
		case content.KindTopic:
			s.Stats.Topics++
		}
		s.Stats.Links += len(p.Links)
		if p.Cross != nil {
			s.Stats.Links += len(p.Cross.Links)
		}
	}
	warnUnknown(b.opts.Log, m.pages)
	return s
}

// warnUnknown logs the unknown wiki-links of pages as warnings: they render
// as plain text, and briefing check makes them errors, but an editor's typo
// should not pass unseen.
func warnUnknown(log io.Writer, pages []*content.Page) {
	for _, p := range pages {
		if p.Cross != nil {
			for _, u := range p.Cross.Unknown {
				fmt.Fprintf(log, "%s:%d: warning: unknown wiki-link [[%s]]: no glossary term, topic or page by that name (briefing check reports it as an error)\n", p.SourcePath, u.Line, u.Target)
			}
		}
	}
}

// readContent brings b.sources up to date with content/. With everything
// set (or on the first build) it walks content/ and re-reads every file;
// otherwise it looks only at the changed paths, so that live preview does
// not stat a thousand files per keystroke. A file whose bytes did not change
// keeps its parsed front matter.
func (b *Builder) readContent(everything bool, changed map[string]bool) error {
	dir := filepath.Join(b.opts.Source, "content")
	var todo []string
	if everything || !b.read {
		var rels []string
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == dir && os.IsNotExist(err) {
					return filepath.SkipDir
				}
				rel, _ := filepath.Rel(b.opts.Source, p)
				return diag.Errorf(filepath.ToSlash(rel), 0, "cannot read: %v", unwrapPathError(err))
			}
			if p != dir && content.Ignored(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil // an editor's lock, swap or backup file
			}
			if d.IsDir() {
				return nil
			}
			if !strings.HasSuffix(d.Name(), ".md") {
				// A symlinked directory is refused (content.ReadFile says
				// why), as in static/: the build does not follow them.
				if fi, err := os.Stat(p); err != nil || !fi.IsDir() || d.Type()&fs.ModeSymlink == 0 {
					return nil
				}
			}
			rel, _ := filepath.Rel(dir, p)
			rels = append(rels, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			return err
		}
		present := make(map[string]bool, len(rels))
		for _, rel := range rels {
			present[rel] = true
		}
		for rel := range b.sources {
			if !present[rel] {
				b.dropSource(rel)
			}
		}
		b.rels = nil
		todo = rels
	} else {
		for c := range changed {
			rel, ok := strings.CutPrefix(c, "content/")
			if !ok {
				continue
			}
			if content.Ignored(path.Base(rel)) {
				continue
			}
			if !strings.HasSuffix(rel, ".md") {
				// A directory may have been removed or renamed: forget what was under it.
				for known := range b.sources {
					if strings.HasPrefix(known, rel+"/") {
						if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(known))); err != nil {
							b.dropSource(known)
						}
					}
				}
				continue
			}
			if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(rel))); os.IsNotExist(err) {
				b.dropSource(rel)
				continue
			}
			todo = append(todo, rel)
		}
		sort.Strings(todo)
	}
	b.read = true
	results := make([]*sourceFile, len(todo))
	parallel(len(todo), func(i int) {
		rel := todo[i]
		name := "content/" + rel
		data, err := content.ReadFile(dir, filepath.Join(dir, filepath.FromSlash(rel)), name)
		if err != nil {
			results[i] = &sourceFile{err: err}
			return
		}
		sum := sha256.Sum256(data)
		if old := b.sources[rel]; old != nil && old.hash == sum && old.err == nil {
			results[i] = old
			return
		}
		doc, err := content.Parse(name, data)
		sf := &sourceFile{hash: sum, doc: doc, err: err, bodyAt: -1}
		if doc != nil {
			sf.fmHash = sha256.Sum256(data[:len(data)-len(doc.Body)])
			if b.stream != nil && content.KindOf(rel) == content.KindPage {
				sf.bodyAt, doc.Body = len(data)-len(doc.Body), nil // stream.go
			}
		}
		results[i] = sf
	})
	for i, rel := range todo {
		if b.sources[rel] == nil {
			b.rels = nil
		}
		b.sources[rel] = results[i]
		if results[i].err != nil {
			b.failing[rel] = true
		} else {
			delete(b.failing, rel)
		}
	}
	return nil
}

// dropSource drops a content file that is gone.
func (b *Builder) dropSource(rel string) {
	if _, ok := b.sources[rel]; ok {
		delete(b.sources, rel)
		delete(b.failing, rel)
		b.rels = nil
	}
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readTree reads every published file under dir (see content.Published;
// editors' temporary files are skipped), keyed by slash path relative to dir.
func readTree(dir string) (map[string][]byte, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && os.IsNotExist(err) {
				return filepath.SkipDir
			}
			return err
		}
		if p == dir {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if content.Ignored(d.Name()) || !content.Published(filepath.ToSlash(rel)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(paths))
	var errs diag.List
	for _, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		data, err := content.ReadFile(dir, p, filepath.ToSlash(filepath.Join(filepath.Base(dir), rel)))
		if err != nil {
			errs = append(errs, diag.All(err)...)
			continue
		}
		out[filepath.ToSlash(rel)] = data
	}
	return out, errs.Err()
}

func (b *Builder) loadLayouts(site *content.Site, reread bool) error {
	if !reread && b.layouts != nil && layoutKey(b.layoutFiles, site) == b.layoutKey {
		return nil // same files, same base URL
	}
	files, sum, err := readLayouts(b.opts.Layouts)
	if err != nil {
		return diag.Errorf("layouts", 0, "cannot read: %v", err)
	}
	key := layoutKey(sum, site)
	if b.layouts != nil && key == b.layoutKey {
		return nil
	}
	n := max(1, runtime.GOMAXPROCS(0))
	workers, envs := make([]*layouts, n), make([]*funcEnv, n)
	for w := range workers {
		envs[w] = &funcEnv{}
		ls, err := parseLayouts(files, site.BaseURL, templateFuncs(site.BaseURL, site.BasePath, envs[w]))
		if err != nil {
			b.layouts, b.workers, b.envs = nil, nil, nil
			return err
		}
		workers[w] = ls
	}
	b.layouts, b.workers, b.envs, b.layoutKey, b.layoutFiles = workers[0], workers, envs, key, sum
	return nil
}

// layoutKey identifies a parsed layout set: the files, and the base URL the
// template functions are bound to.
func layoutKey(files [32]byte, site *content.Site) [32]byte {
	h := sha256.New()
	h.Write(files[:])
	h.Write([]byte(site.BaseURL))
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}

// normalizeBaseURL returns the base URL ending in "/" and its path.
func normalizeBaseURL(s string) (string, string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		s = "/"
	}
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	u, err := url.Parse(s)
	if err != nil {
		return "/", "/", fmt.Errorf("bad baseURL %q: %v", s, err)
	}
	if u.Scheme == "" && u.Host == "" {
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
		return s, s, nil
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "/", "/", fmt.Errorf("bad baseURL %q: want https://host/path/ or /path/", s)
	}
	p := u.EscapedPath()
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return s, p, nil
}

// renderMarkdown converts every page's Markdown, in parallel, reusing the
// result of an earlier build when the page's bytes and everything a link
// could resolve to are unchanged.
func (b *Builder) renderMarkdown(m *model) error {
	cl := newCrossLinks(m)
	static := b.static
	conv := b.converter(m, cl)
	// Which static files exist decides whether an image is missing: a
	// rendering is reused only while that set is the same.
	staticNames := make([]string, 0, len(static))
	for p := range static {
		staticNames = append(staticNames, p)
	}
	sort.Strings(staticNames)
	sk := sha256.Sum256([]byte(strings.Join(staticNames, "\x00")))
	// What every page's rendering depends on: the base path, the glossary,
	// the static files images may name (the wiki-link targets only matter
	// to pages with wiki-links: stillValid).
	mdHead := sha256.Sum256([]byte(m.site.BasePath + "\x00" + string(cl.termsKey[:]) + string(sk[:])))
	keys := make([][32]byte, len(m.pages))
	results := make([]*renderedMarkdown, len(m.pages))
	var failed []error
	var mu sync.Mutex
	parallel(len(m.pages), func(i int) {
		p := m.pages[i]
		doc := m.docs[p]
		if doc == nil {
			return
		}
		keys[i] = markdownKey(mdHead, m.sources[p.Rel].hash, p.Rel)
		mu.Lock()
		r := b.rendered[keys[i]]
		mu.Unlock()
		if r != nil && !r.stillValid(m, cl.targetsKey) {
			r = nil
		}
		if r == nil {
			b.converted.Add(1)
			body, err := b.body(p.Rel, doc)
			var res *markdown.Result
			if err == nil {
				res, err = conv.Convert(body, markdown.Source{Path: p.SourcePath, Rel: p.Rel, BodyLine: doc.BodyLine, NoLink: doc.FM.NoLink})
				if err != nil {
					err = diag.Errorf(p.SourcePath, 0, "cannot render Markdown: %v", err)
				}
			}
			if err == nil {
				// The strings are the copies the layouts read; the byte
				// buffers (with their growth slack) would double what every
				// page holds until the build ends.
				r = newRendered(res, 0, cl.targetsKey) // numbered below
				if b.stream != nil {
					doc.Body = nil // converted: nothing reads it again
					b.stream.spillContent(p, r, res.HTML)
				}
				res.HTML, res.TOC = nil, nil
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed = append(failed, err)
				return
			}
			b.renderID++
			r.id = b.renderID
		}
		results[i] = r
	})
	if len(failed) > 0 {
		return failed[0]
	}
	m.conv, m.cl, m.mdHead = conv, cl, mdHead
	next := make(map[[32]byte]*renderedMarkdown, len(m.pages))
	var errs diag.List
	for i, p := range m.pages {
		r := results[i]
		if r == nil {
			continue
		}
		next[keys[i]] = r
		m.mdKey[p] = keys[i]
		m.mdID[p] = r.id
		errs = append(errs, r.res.Errors...)
		p.SetContent(r.content, r.load)
		p.TableOfContents, p.Summary = r.toc, r.summary
		p.Headings, p.Links, p.Anchors, p.URLLinks = r.res.Headings, r.res.Links, r.res.IDs, r.res.URLs
		p.RawHTML = r.res.RawHTML
		p.Cross = r.res.Cross
	}
	b.rendered = next
	if b.stream != nil {
		b.rendered = map[[32]byte]*renderedMarkdown{} // nothing is built again
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	return nil
}

// converter is the Markdown converter of model m with the glossary and
// wiki-link targets of cl.
func (b *Builder) converter(m *model, cl *crossLinks) *markdown.Converter {
	static := b.static
	return markdown.New(markdown.WithResolver(m.resolve), markdown.WithBasePath(m.site.BasePath),
		markdown.WithAssets(func(p string) bool { _, ok := static[p]; return ok }),
		markdown.WithExtension(xlink.New(xlink.WithTerms(cl.entries), xlink.WithResolver(cl))))
}

// markdownKey is the rendered-Markdown cache key of a page: what every
// rendering depends on (head), the file's bytes (body and body line), its path.
func markdownKey(head, file [32]byte, rel string) [32]byte {
	h := sha256.New()
	h.Write(head[:])
	h.Write(file[:])
	h.Write([]byte(rel))
	var k [32]byte
	copy(k[:], h.Sum(nil))
	return k
}

// linksStillResolve reports whether a cached rendering is still right: it
// had no errors (a missing page may have appeared since), and every page it
// links to is still at the URL it was rewritten to.
func linksStillResolve(res *markdown.Result, resolve markdown.Resolver) bool {
	if len(res.Errors) > 0 {
		return false
	}
	for _, l := range res.Links {
		if strings.HasPrefix(l.URL, "#") {
			continue // an anchor on the page itself
		}
		href, ok := resolve(l.Target)
		if l.Fragment != "" {
			href += "#" + l.Fragment
		}
		if !ok || href != l.URL {
			return false
		}
	}
	return true
}

// checkAnchors fails links to an anchor the target page does not have.
func checkAnchors(m *model) error {
	var errs diag.List
	anchors := map[*content.Page]map[string]bool{}
	for _, p := range m.pages {
		for _, l := range p.Links {
			if l.Fragment == "" {
				continue
			}
			t := m.byRel[l.Target]
			if t == nil {
				continue
			}
			set := anchors[t]
			if set == nil {
				set = make(map[string]bool, len(t.Anchors))
				for _, a := range t.Anchors {
					set[a] = true
				}
				anchors[t] = set
			}
			if !set[l.Fragment] {
				errs = append(errs, diag.Errorf(p.SourcePath, l.Line, "link to %s#%s: content/%s has no anchor #%s; fix the link or the anchor", l.Target, l.Fragment, l.Target, l.Fragment))
			}
		}
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	return nil
}

// renderPages executes each page's layout, in parallel, reusing the output
// of pages whose key is unchanged. Pages failing on the same template error
// are reported once.
func (b *Builder) renderPages(m *model) (map[string][]byte, error) {
	out := make([][]byte, len(m.pages))
	errsAt := make([]error, len(m.pages))
	deps := make([]*pageDeps, len(m.pages))
	shape := m.shape()
	keys := make([][32]byte, len(m.pages))
	run := func(w, i int) {
		p := m.pages[i]
		l, err := b.workers[w].lookup(p)
		if err != nil {
			errsAt[i] = err
			return
		}
		h := sha256.New()
		h.Write(l.key[:]) // the files of its layout
		h.Write(shape[:])
		fmt.Fprintf(h, "%d\x00", m.mdID[p])
		h.Write(crossDeps(m, p, l, b.deps[p.Rel])) // crosslinks.go: what the page shows of other pages' Markdown
		h.Write([]byte(p.Rel))
		copy(keys[i][:], h.Sum(nil))
		if o, ok := b.pageOut[keys[i]]; ok {
			out[i], deps[i] = o.html, o.deps
			return
		}
		if b.stopped() {
			return
		}
		b.executed.Add(1)
		out[i], deps[i], errsAt[i] = b.execute(w, l, p)
		if b.stream != nil && errsAt[i] == nil {
			b.stream.page(outputPath(p.URL), out[i])
			out[i] = nil // on disk now
		}
	}
	b.inOrder(m.pages, run, func(i int) []byte { return out[i] })
	if b.stream != nil && b.stream.err != nil {
		return nil, b.stream.err
	}
	if b.stopped() {
		return nil, ErrInterrupted // before the caches are replaced
	}
	next := make(map[[32]byte]*pageOutput, len(m.pages))
	b.deps, b.pageKey = make(map[string]*pageDeps, len(m.pages)), make(map[string][32]byte, len(m.pages))
	for i, p := range m.pages {
		if errsAt[i] == nil && b.stream == nil {
			next[keys[i]] = &pageOutput{html: out[i], deps: deps[i]}
			b.deps[p.Rel], b.pageKey[p.Rel] = deps[i], keys[i]
		}
	}
	b.pageOut = next
	files := make(map[string][]byte, len(m.pages)*2)
	type failure struct {
		err   *diag.Error
		first *content.Page
		more  int
	}
	var failures []*failure
	byMsg := map[string]*failure{}
	for i, p := range m.pages {
		if err := errsAt[i]; err != nil {
			for _, e := range diag.All(err) {
				if f := byMsg[e.Error()]; f != nil && e.Path != p.SourcePath {
					f.more++
					continue
				}
				f := &failure{err: e, first: p}
				byMsg[e.Error()] = f
				failures = append(failures, f)
			}
			continue
		}
		files[outputPath(p.URL)] = out[i]
	}
	if len(failures) > 0 {
		var errs diag.List
		for _, f := range failures {
			e := *f.err
			if e.Path != f.first.SourcePath {
				switch f.more {
				case 0:
					e.Msg += " (rendering " + orName(f.first) + ")"
				case 1:
					e.Msg += " (rendering " + orName(f.first) + " and 1 other page)"
				default:
					e.Msg += fmt.Sprintf(" (rendering %s and %d other pages)", orName(f.first), f.more)
				}
			}
			errs = append(errs, &e)
		}
		return nil, sorted(errs)
	}
	return files, nil
}

// inOrder calls run(w, i) for every page of pages, in parallel: the pages
// of BuildFirst's first paths before the others, handing their outputs to
// early (those executed; out gives them) before going on.
func (b *Builder) inOrder(pages []*content.Page, run func(w, i int), out func(i int) []byte) {
	var firstPages, rest []int
	if len(b.first) > 0 {
		want := map[string]bool{}
		for _, f := range b.first {
			want[f] = true
		}
		for i, p := range pages {
			if want[outputPath(p.URL)] {
				firstPages = append(firstPages, i)
			}
		}
	}
	if len(firstPages) == 0 {
		parallelWorkers(len(b.workers), len(pages), run)
		return
	}
	before := b.executed.Load()
	parallelWorkers(len(b.workers), len(firstPages), func(w, k int) { run(w, firstPages[k]) })
	if b.early != nil && b.executed.Load() > before {
		files := map[string][]byte{}
		for _, i := range firstPages {
			if o := out(i); o != nil {
				files[outputPath(pages[i].URL)] = o
			}
		}
		b.early(files)
	}
	isFirst := map[int]bool{}
	for _, i := range firstPages {
		isFirst[i] = true
	}
	for i := range pages {
		if !isFirst[i] {
			rest = append(rest, i)
		}
	}
	// The pages shown are served while the rest is built: between pages,
	// the server's goroutines (a browser fetching them) go first.
	parallelWorkers(len(b.workers), len(rest), func(w, k int) { run(w, rest[k]); runtime.Gosched() })
}

// pageOutput is one page's executed layout and what it read of other pages.
type pageOutput struct {
	html []byte
	deps *pageDeps
}

// renderPage executes p's layout without recording what it reads (the
// pages made by the build itself: 404, search, print).
func renderPage(ls *layouts, p *content.Page) ([]byte, error) {
	l, err := ls.lookup(p)
	if err != nil {
		return nil, err
	}
	return executeLayout(l, p)
}

// execute runs layout l (of worker w's layouts) for p, recording what it
// reads of other pages.
func (b *Builder) execute(w int, l *layout, p *content.Page) ([]byte, *pageDeps, error) {
	d := &pageDeps{othersBodies: l.othersBodies, othersPages: l.othersPages, layout: l.key}
	b.envs[w].deps = d
	defer func() { b.envs[w].deps = nil }()
	html, err := executeLayout(l, p)
	return html, d, err
}

func executeLayout(l *layout, p *content.Page) ([]byte, error) {
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer pageBuffers.Put(buf)
	buf.Reset()
	if err := l.tmpl.ExecuteTemplate(buf, l.entry, p); err != nil {
		return nil, templateError(err, strings.TrimPrefix(l.file, "layouts/"))
	}
	// A copy without the buffer's spare room (every page is held until the
	// site is written), clipped so that appending to a page (live reload
	// injects a script) copies it instead of writing into the Builder's cache.
	return slices.Clip(bytes.Clone(buf.Bytes())), nil
}

// pageBuffers are the buffers layouts execute into, reused across pages.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func orName(p *content.Page) string {
	if p.SourcePath != "" {
		return p.SourcePath
	}
	return "the page for content/" + path.Dir(p.Rel) + "/"
}

// outputPath is the file a pretty URL is served from.
func outputPath(u string) string {
	if u == "" || strings.HasSuffix(u, "/") {
		return u + "index.html"
	}
	return u
}

func sorted(l diag.List) diag.List {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Path != l[j].Path {
			return l[i].Path < l[j].Path
		}
		return l[i].Line < l[j].Line
	})
	return l
}

// parallel calls f(0..n-1) on at most GOMAXPROCS goroutines.
func parallel(n int, f func(int)) {
	parallelWorkers(runtime.GOMAXPROCS(0), n, func(_, i int) { f(i) })
}

// parallelWorkers calls f(w, 0..n-1) on at most workers goroutines, w being
// the goroutine's number (0 <= w < workers), never used by two at once.
func parallelWorkers(workers, n int, f func(w, i int)) {
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(0, i)
		}
		return
	}
	var next int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				f(w, i)
			}
		}()
	}
	wg.Wait()
}
