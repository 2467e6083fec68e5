package build

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// layouts is the parsed theme: one template set per layout file under
// layouts/_default/ (plus layouts/*.html), each a clone of the base
// (baseof.html and the partials) with that layout's blocks. Sets are parsed
// once per build and shared by every page, never cloned per page.
type layouts struct {
	sets map[string]*layout // by layout name: "page", "section", "404"...
}

type layout struct {
	tmpl  *template.Template
	entry string // name of the template to execute
	file  string // layouts/... path, for messages
	// key identifies the files the layout is made of (its own, baseof.html
	// and the partials) and the base URL: a page whose layout key is
	// unchanged needs no new execution for a layout edit.
	key [32]byte
	// othersBodies is set when the layout can show what another page's
	// Markdown rendered (its Content, Summary...): see readsOthersBodies.
	othersBodies bool
	// othersPages is set when it can list other pages than its own
	// children through page fields: see readsOthersPages.
	othersPages bool
}

const baseofName = "_default/baseof.html"

// readLayouts reads every file under dir (the layouts directory) into a map
// keyed by slash path relative to it, and returns a hash of them all.
func readLayouts(dir string) (map[string][]byte, [32]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == dir {
				return filepath.SkipDir
			}
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".html") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	h := sha256.New()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(files[n]))
		h.Write(files[n])
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return files, sum, err
}

// parseLayouts builds the template sets. Every parse error of every file is
// reported, as layouts/<file>:<line>: message.
func parseLayouts(files map[string][]byte, baseURL string, funcs template.FuncMap) (*layouts, error) {
	var errs diag.List
	base := template.New("briefing").Funcs(funcs)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	baseHash := sha256.New()
	baseHash.Write([]byte(baseURL + "\x00"))
	for _, n := range names {
		if n == baseofName || strings.HasPrefix(n, "partials/") {
			fmt.Fprintf(baseHash, "%s\x00%d\x00", n, len(files[n]))
			baseHash.Write(files[n])
			if _, err := base.New(n).Parse(string(files[n])); err != nil {
				errs = append(errs, templateError(err, n))
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	ls := &layouts{sets: map[string]*layout{}}
	for _, n := range names {
		if n == baseofName || strings.HasPrefix(n, "partials/") {
			continue
		}
		dir, file := path.Split(n)
		if dir != "_default/" && dir != "" {
			continue
		}
		name := strings.TrimSuffix(file, ".html")
		set, err := base.Clone()
		if err == nil {
			_, err = set.New(n).Parse(string(files[n]))
		}
		if err != nil {
			errs = append(errs, templateError(err, n))
			continue
		}
		l := &layout{tmpl: set, entry: n, file: "layouts/" + n, othersBodies: readsOthersBodies(set), othersPages: readsOthersPages(set)}
		h := sha256.New()
		h.Write(baseHash.Sum(nil))
		fmt.Fprintf(h, "%s\x00", n)
		h.Write(files[n])
		copy(l.key[:], h.Sum(nil))
		if set.Lookup(baseofName) != nil && onlyDefinitions(set.Lookup(n).Tree) {
			l.entry = baseofName
		}
		// A top-level layout file (layouts/404.html) wins over _default/.
		if _, dup := ls.sets[name]; dup && dir == "_default/" {
			continue
		}
		ls.sets[name] = l
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ls, nil
}

// onlyDefinitions reports whether a layout file consists of {{define}}
// blocks only, so that it fills in baseof.html rather than being a whole page.
func onlyDefinitions(t *parse.Tree) bool {
	if t == nil || t.Root == nil {
		return true
	}
	for _, n := range t.Root.Nodes {
		if tn, ok := n.(*parse.TextNode); ok && len(bytes.TrimSpace(tn.Text)) == 0 {
			continue
		}
		return false
	}
	return true
}

// lookup finds the layout for page p: its front matter layout, then its
// kind, then "single" for pages or "list" for pages that list others.
func (ls *layouts) lookup(p *content.Page) (*layout, error) {
	if p.Layout != "" {
		if l, ok := ls.sets[p.Layout]; ok {
			return l, nil
		}
		line := 0
		if p.FrontMatter != nil {
			line = p.FrontMatter.Lines["layout"]
		}
		return nil, diag.Errorf(p.SourcePath, line, "unknown layout %q: there is no layouts/_default/%s.html", p.Layout, p.Layout)
	}
	candidates := []string{string(p.Kind)}
	switch p.Kind {
	case content.KindHome, content.KindList, content.KindTopic:
		candidates = append(candidates, "list", "single")
	case "404":
		candidates = append(candidates, "page", "single")
	default:
		candidates = append(candidates, "page", "single", "list")
	}
	for _, c := range candidates {
		if l, ok := ls.sets[c]; ok {
			return l, nil
		}
	}
	src := p.SourcePath
	if src == "" {
		src = "content/" + p.Rel
	}
	return nil, diag.Errorf(src, 0, "no layout for a %s page: add layouts/_default/%s.html", p.Kind, p.Kind)
}

// templateErrRe picks the template name and line out of text/template errors:
// "template: _default/page.html:12:3: executing ..." or "template: x.html:4: ...".
var templateErrRe = regexp.MustCompile(`^template: ([^:]+):(\d+)(?::\d+)?: (.*)$`)

func templateError(err error, fallback string) *diag.Error {
	msg := err.Error()
	if m := templateErrRe.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		return diag.Errorf("layouts/"+m[1], line, "%s", m[3])
	}
	return diag.Errorf("layouts/"+fallback, 0, "%s", strings.TrimPrefix(msg, "template: "))
}
