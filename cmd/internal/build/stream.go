package build

import (
	"sync"
)

// A streamed build (BuildTo) writes every page into the output tree as soon
// as its layout has run, and keeps of it only what the rest of the build
// needs: its name (for the link check's "is there such a file") and the
// href, src, id and name values of its HTML (for the link check itself).
// The files that are not pages (feed, sitemap, search index, print pack,
// aliases, static files) are made from the page model at the end, as in a
// build held in memory, and written then; the tree is swapped in only
// when everything passed, so a failing build leaves dest as it was.
// A streamed build keeps no caches: the Builder is left as New made it.

// stream is a streamed build's output: the tree being written and what
// was recorded of each page written into it.
type stream struct {
	tree   *outTree
	mu     sync.Mutex
	err    error                 // the first write error
	links  map[string]*fileLinks // by output path, for every page written
	intern map[string]string     // one copy of each href and id value
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
// are on disk). On error dest is left as it was.
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
	b.stream = st
	defer b.forget()
	s, err = b.build(nil)
	if err != nil {
		return nil, err
	}
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
	b.layouts, b.layoutFiles, b.layoutKey = nil, [32]byte{}, [32]byte{}
	b.workers, b.envs = nil, nil
	b.rendered, b.pageOut = map[[32]byte]*renderedMarkdown{}, nil
	b.deps, b.pageKey, b.last = nil, nil, nil
	b.first, b.early = nil, nil
	b.lastFiles, b.fragIn = nil, nil
}
