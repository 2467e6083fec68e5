package build

import (
	"bytes"
	"fmt"
	"html"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// The build checks every internal link of its own output, not only the
// .md links of Markdown: links written as URLs ("/nope/", "nope/",
// "/economics/#no-anchor") and links the layouts make. A link is internal
// when it has no scheme and no host; it must name an output file (a
// directory URL its index.html) and, with a fragment, an id on that page.
// The output is the build's own html/template HTML, so attributes are
// double-quoted and a plain scan finds them (a regular expression took
// longer than the rest of the build).

// attrValues calls f with the value of every attribute called one of names
// (`<a href="v">`: preceded by white space, double-quoted).
func attrValues(data []byte, f func(v []byte), names ...string) {
	for _, n := range names {
		pat := []byte(n + `="`)
		for i := 0; ; {
			j := bytes.Index(data[i:], pat)
			if j < 0 {
				break
			}
			j += i
			start := j + len(pat)
			end := bytes.IndexByte(data[start:], '"')
			if end < 0 {
				break
			}
			if j > 0 && (data[j-1] == ' ' || data[j-1] == '\n' || data[j-1] == '\t' || data[j-1] == '\r') {
				f(data[start : start+end])
			}
			i = start + end + 1
		}
	}
}

// linkScan checks the links of one build's files. Across builds it keeps
// fragIn: for every file, the files linking to an anchor in it, so that
// after an edit only the changed files and those linking into them are
// scanned again (checkChanged).
type linkScan struct {
	m      *model
	base   string
	files  map[string][]byte
	pageOf map[string]*content.Page // made on first use (page)
	ids    map[string]map[string]bool
	fragIn map[string]map[string]bool // target file -> files linking to an anchor in it
	// recorded, in a streamed build, is what was read of the files
	// written out before the check (their bytes in files are nil).
	recorded map[string]*fileLinks
}

func newLinkScan(m *model, files map[string][]byte, fragIn map[string]map[string]bool) *linkScan {
	return &linkScan{m: m, base: m.site.BasePath, files: files, ids: map[string]map[string]bool{}, fragIn: fragIn}
}

// page is the page of content whose output is file name, if any.
func (c *linkScan) page(name string) *content.Page {
	if c.pageOf == nil {
		c.pageOf = make(map[string]*content.Page, len(c.m.pages))
		for _, p := range c.m.pages {
			c.pageOf[outputPath(p.URL)] = p
		}
	}
	return c.pageOf[name]
}

func (c *linkScan) idsOf(file string) map[string]bool {
	if set, ok := c.ids[file]; ok {
		return set
	}
	set := map[string]bool{}
	if rec := c.recorded[file]; rec != nil {
		for _, id := range rec.ids {
			set[id] = true
		}
	}
	attrValues(c.files[file], func(v []byte) { set[unescape(v)] = true }, "id", "name")
	c.ids[file] = set
	return set
}

// hrefs are the distinct href and src values of file name, in order.
func (c *linkScan) hrefs(name string) []string {
	if rec := c.recorded[name]; rec != nil {
		return rec.hrefs
	}
	seen := map[string]bool{}
	var hrefs []string
	attrValues(c.files[name], func(v []byte) {
		if href := unescape(v); !seen[href] {
			seen[href] = true
			hrefs = append(hrefs, href)
		}
	}, "href", "src")
	return hrefs
}

// problem says what is wrong with href on file name, "" when nothing.
func (c *linkScan) problem(name, href string) string {
	dir := c.base + path.Dir(name) + "/"
	if path.Dir(name) == "." {
		dir = c.base
	}
	target, frag, why := resolveHref(href, dir, c.base, c.files)
	if why == "" && frag != "" && strings.HasSuffix(target, ".html") {
		set := c.fragIn[target]
		if set == nil {
			set = map[string]bool{}
			c.fragIn[target] = set
		}
		set[name] = true
		if !c.idsOf(target)[frag] {
			why = "has no anchor #" + frag
		}
	}
	return why
}

// checkChanged reports whether every link of the changed files, and of the
// files linking to an anchor in one of them, is fine. The set of file names
// must be the one the fragIn was recorded on.
func (c *linkScan) checkChanged(changed []string) bool {
	todo := map[string]bool{}
	for _, f := range changed {
		todo[f] = true
		for from := range c.fragIn[f] {
			todo[from] = true
		}
	}
	for name := range todo {
		if !strings.HasSuffix(name, ".html") || c.files[name] == nil {
			continue
		}
		for _, href := range c.hrefs(name) {
			if c.problem(name, href) != "" {
				return false
			}
		}
	}
	return true
}

// checkSiteLinks fails links and anchors that point at nothing in files.
// A broken link written in a content file is reported at its file:line; one
// the layouts make is reported once, at the first page it is on, with the
// count of the others; files not made from a content file (the print pack,
// aliases) only for links not already reported.
func (c *linkScan) checkSiteLinks() error {
	var pages, others []string
	for name := range c.files {
		switch {
		case !strings.HasSuffix(name, ".html"):
		case c.page(name) != nil:
			pages = append(pages, name)
		default:
			others = append(others, name)
		}
	}
	sort.Strings(pages)
	sort.Strings(others)
	var errs diag.List
	type layoutLink struct {
		err  *diag.Error
		more int
	}
	var layoutLinks []*layoutLink
	byHref := map[string]*layoutLink{}
	reported := map[string]bool{} // hrefs with an error already
	for _, name := range append(pages, others...) {
		p := c.page(name)
		for _, href := range c.hrefs(name) {
			why := c.problem(name, href)
			if why == "" {
				continue
			}
			msg := "link to " + href + ": " + why + "; fix the link or add the page"
			switch {
			case p == nil:
				if !reported[href] {
					errs = append(errs, diag.Errorf("public/"+name, 0, "%s", msg))
				}
			default:
				if line, ok := linkLine(p, href); ok {
					errs = append(errs, diag.Errorf(orPath(p), line, "%s", msg))
				} else if l := byHref[href]; l != nil {
					l.more++
				} else {
					l := &layoutLink{err: diag.Errorf(orPath(p), 0, "%s", msg)}
					byHref[href] = l
					layoutLinks = append(layoutLinks, l)
				}
			}
			reported[href] = true
		}
	}
	for _, l := range layoutLinks {
		switch l.more {
		case 0:
			l.err.Msg += " (a link the layouts make on this page)"
		default:
			l.err.Msg += fmt.Sprintf(" (a link the layouts make on this page and %d others)", l.more)
		}
		errs = append(errs, l.err)
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	return nil
}

func unescape(v []byte) string {
	if bytes.IndexByte(v, '&') < 0 {
		return string(v)
	}
	return html.UnescapeString(string(v))
}

// linkLine is the line of a link written as a URL on p, if it is one.
func linkLine(p *content.Page, href string) (int, bool) {
	for _, l := range p.URLLinks {
		if l.URL == href {
			return l.Line, true
		}
	}
	for _, l := range p.Links {
		if l.URL == href {
			return l.Line, true
		}
	}
	return 0, false
}

// resolveHref resolves href on a page in directory dir (a URL path ending
// in "/") to an output file. why is "" when the link is fine or not
// internal (a scheme, a host, mailto:, a bare "#").
func resolveHref(href, dir, base string, files map[string][]byte) (target, frag, why string) {
	if href == "" || strings.HasPrefix(href, "//") {
		return "", "", ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return "", "", "is not a valid URL"
	}
	if u.Scheme != "" || u.Host != "" || u.Opaque != "" {
		return "", "", ""
	}
	frag = u.Fragment
	p := u.Path
	if p == "" {
		p = dir // "#x" or "?q": this page
	} else if !strings.HasPrefix(p, "/") {
		p = dir + p
	}
	trailing := strings.HasSuffix(p, "/")
	p = path.Clean(p)
	if trailing && p != "/" {
		p += "/"
	}
	rel, ok := strings.CutPrefix(p, base)
	if !ok {
		if p+"/" == base {
			rel, ok = "", true
		} else {
			return "", "", "outside the site's base path " + base
		}
	}
	if strings.HasPrefix(rel, "../") || rel == ".." {
		return "", "", "leads outside the site"
	}
	key := outputPath(rel)
	if _, ok := files[key]; ok {
		return key, frag, ""
	}
	if _, ok := files[key+"/index.html"]; ok && !strings.HasSuffix(rel, "/") {
		return key + "/index.html", frag, "" // GitHub Pages redirects to the slash
	}
	return "", "", "there is no such page or file in the site"
}
