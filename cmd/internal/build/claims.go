package build

import (
	"path"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// claimant is who wants an output file, and where to point when it clashes.
type claimant struct {
	who  string // "content/x.md", "static/css/site.css"
	as   string // how a later clash names this claim, if not who: "an alias of content/x.md"
	path string // file of the error
	line int
	what string // "URL /x/", "alias /old/"
	fix  string // what to do about a clash
}

// outputs is the one registry of every file a build writes: it refuses two
// claims on one file, and a file standing where another output needs a
// directory ("search.js" and "search.js/index.html"), each with the
// file:line of the claim that came second. Write can then never fail on a
// clash (the "mkdir: file exists" of an unchecked build).
type outputs struct {
	owner map[string]claimant
	errs  diag.List
}

func newOutputs() *outputs {
	o := &outputs{owner: map[string]claimant{}}
	for _, g := range siteOutputs {
		o.owner[g.file] = claimant{who: g.what}
	}
	return o
}

// claim records that c wants out; false if it was taken.
func (o *outputs) claim(out string, c claimant) bool {
	if prev, taken := o.owner[out]; taken {
		o.errs = append(o.errs, diag.Errorf(c.path, c.line, "%s is claimed by both %s and %s; %s", c.what, prev.who, c.who, c.fix))
		return false
	}
	if c.as != "" {
		c.who = c.as
	}
	o.owner[out] = c
	return true
}

// dirClashes reports every output whose directory is another output's file.
func (o *outputs) dirClashes() {
	outs := make([]string, 0, len(o.owner))
	for out := range o.owner {
		outs = append(outs, out)
	}
	sort.Strings(outs)
	for _, out := range outs {
		c := o.owner[out]
		for d := path.Dir(out); d != "."; d = path.Dir(d) {
			if prev, ok := o.owner[d]; ok {
				p, line := c.path, c.line
				if p == "" { // a generated file: point at the other claim
					p, line = prev.path, prev.line
				}
				o.errs = append(o.errs, diag.Errorf(p, line, "%s needs a directory %s/, but %s is %s; %s", c.what, d, d, prev.who, c.fix))
				break
			}
		}
	}
}

// sitePathProblem says why u, a site-relative slash path made from a slug
// or alias, cannot be an output path, or "" when it can: it must stay inside
// the site once cleaned, and hold no segment that serve and GitHub Pages
// would not serve (dot names) nor bytes no file name should have.
func sitePathProblem(u string) string {
	u = strings.TrimSuffix(u, "/")
	if u == "" {
		return ""
	}
	if strings.ContainsAny(u, "\\\x00") {
		return "holds a backslash or NUL"
	}
	for _, r := range u {
		if r < 0x20 || r == 0x7f {
			return "holds a control character"
		}
	}
	if c := path.Clean(u); c != u || strings.HasPrefix(u, "/") {
		return "is not a clean path"
	}
	for _, seg := range strings.Split(u, "/") {
		if seg == ".." {
			return "leads outside the site"
		}
		if strings.HasPrefix(seg, ".") {
			return "has a segment starting with a dot, which is never served"
		}
	}
	return ""
}
