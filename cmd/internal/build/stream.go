package build

import (
	"crypto/sha256"
	"html/template"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// A streamed build (BuildTo) writes every page into the output tree as soon
// as its layout has run, and keeps of it only what the rest of the build
// needs: its name (for the link check's "is there such a file") and the
// href, src, id and name values of its HTML (for the link check itself).
// The files that are not pages (feed, sitemap, search index, print pack,
// aliases, static files) are made from the page model at the end, as in a
// build held in memory, and written then; the tree is swapped in only
// when everything passed, so a failing build leaves dest as it was.
// The pages of content directories are read twice: once for their front
// matter (the page model needs every page's), and again, one at a time,
// when their Markdown is converted, so that their bodies are never all in
// memory at once. Between the Markdown and the layout stage the rendered Markdown of the
// pages of content directories (KindPage: the bulk of a site, articles and
// sources) waits in a spill file, not in memory; their Content reads it back
// each time a layout asks (any layout may, so none is cut off).
// A streamed build keeps no caches: the Builder is left as New made it.

// stream is a streamed build's output: the tree being written and what
// was recorded of each page written into it.
type stream struct {
	tree   *outTree
	mu     sync.Mutex
	err    error                 // the first write error
	links  map[string]*fileLinks // by output path, for every page written
	intern map[string]string     // one copy of each href and id value
	spill  *os.File              // rendered Markdown waiting for its layout
	// spillName is the spill file's path while it could not be unlinked
	// at once (elsewhere than on Unix); "" once removed.
	spillName string
	spillEnd  atomic.Int64 // bytes handed out in spill
}

// openSpill makes the spill file inside the tree being written (a killed
// build's tree, spill included, is removed by the next build), unlinked at
// once where the OS allows it.
func (st *stream) openSpill() error {
	f, err := os.CreateTemp(st.tree.tmp, ".spill-*")
	if err != nil {
		return err
	}
	st.spill, st.spillName = f, f.Name()
	if os.Remove(f.Name()) == nil {
		st.spillName = ""
	}
	return nil
}

func (st *stream) closeSpill() {
	if st.spill != nil {
		st.spill.Close()
	}
	if st.spillName != "" {
		os.Remove(st.spillName)
	}
	st.spillName = ""
}

func (st *stream) fail(err error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.err == nil {
		st.err = err
	}
}

// body is the Markdown body of the content file rel: doc.Body, or in a
// streamed build the file read again, which must hold the bytes its front
// matter was read from.
func (b *Builder) body(rel string, doc *content.Doc) ([]byte, error) {
	sf := b.sources[rel]
	if sf == nil || sf.bodyAt < 0 {
		return doc.Body, nil
	}
	dir := filepath.Join(b.opts.Source, "content")
	name := "content/" + rel
	data, err := content.ReadFile(dir, filepath.Join(dir, filepath.FromSlash(rel)), name)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(data) != sf.hash || sf.bodyAt > len(data) {
		return nil, diag.Errorf(name, 0, "changed while the build was reading it; build again")
	}
	return data[sf.bodyAt:], nil
}

// spillContent moves the rendered Markdown html of a page of a content
// directory into the spill file: r.content is emptied and r.load reads it
// back. Other pages' Markdown stays in memory (the sections, terms and
// topics, which the search index, print pack and term hovers read again and
// again). If the write fails, the content stays in memory and the build
// fails with the error.
func (st *stream) spillContent(p *content.Page, r *renderedMarkdown, html []byte) {
	if p.Kind != content.KindPage || len(html) == 0 {
		return
	}
	n := int64(len(html))
	off := st.spillEnd.Add(n) - n
	if _, err := st.spill.WriteAt(html, off); err != nil {
		st.fail(err)
		return
	}
	r.content = ""
	r.load = func() template.HTML {
		buf := make([]byte, n)
		if _, err := st.spill.ReadAt(buf, off); err != nil {
			st.fail(err)
			return ""
		}
		return template.HTML(buf)
	}
}

// fileLinks is what the link check reads of a file's HTML.
type fileLinks struct {
	hrefs []string // distinct href and src values, in order
	ids   []string // id and name values
}

// page writes one rendered page into the tree and records its links.
func (st *stream) page(name string, html []byte) {
	err := st.tree.write(name, html)
	fl := &fileLinks{}
	seen := map[string]bool{}
	var values []string
	attrValues(html, func(v []byte) { values = append(values, unescape(v)) }, "href", "src")
	n := len(values)
	attrValues(html, func(v []byte) { values = append(values, unescape(v)) }, "id", "name")
	st.mu.Lock()
	defer st.mu.Unlock()
	if err != nil && st.err == nil {
		st.err = err
	}
	for i, v := range values {
		if s, ok := st.intern[v]; ok {
			v = s
		} else {
			st.intern[v] = v
		}
		switch {
		case i >= n:
			fl.ids = append(fl.ids, v)
		case !seen[v]:
			seen[v] = true
			fl.hrefs = append(fl.hrefs, v)
		}
	}
	st.links[name] = fl
}

// BuildTo builds the whole site straight into dest, atomically, streaming
// each page to disk as it is rendered (see stream): what `briefing build`
// does. The Site it returns has the same Stats, Pages and Index as Build's,
// and Files holds every output name, with nil bytes for the pages (they
// are on disk); the Content of its pages of content directories is gone
// with the spill file. On error dest is left as it was.
func (b *Builder) BuildTo(dest string) (s *Site, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	t, err := openTree(dest)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			t.abort()
		}
	}()
	st := &stream{tree: t, links: map[string]*fileLinks{}, intern: map[string]string{}}
	if err := st.openSpill(); err != nil {
		return nil, err
	}
	defer st.closeSpill()
	b.stream = st
	defer b.forget()
	s, err = b.build(nil)
	if err == nil {
		err = st.err
	}
	if err != nil {
		return nil, err
	}
	st.closeSpill() // before the swap: the tree holds the site only
	var rest []string
	for name := range s.Files {
		if st.links[name] == nil {
			rest = append(rest, name)
		}
	}
	if err := t.writeAll(rest, s.Files); err != nil {
		return nil, err
	}
	if err := t.commit(); err != nil {
		return nil, err
	}
	return s, nil
}

// forget drops everything a streamed build kept, leaving b as New made it.
func (b *Builder) forget() {
	b.stream = nil
	b.sources, b.static, b.read = map[string]*sourceFile{}, nil, false
	b.rels, b.failing, b.carry = nil, map[string]bool{}, map[string]bool{}
	b.layouts, b.layoutFiles, b.layoutKey = nil, [32]byte{}, [32]byte{}
	b.workers, b.envs = nil, nil
	b.rendered, b.pageOut = map[[32]byte]*renderedMarkdown{}, nil
	b.deps, b.pageKey, b.last = nil, nil, nil
	b.first, b.early = nil, nil
	b.lastFiles, b.fragIn = nil, nil
}
