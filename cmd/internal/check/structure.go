package check

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// Structure checks that the site has what every briefing has: a home page
// (content/_index.md, which also holds the site settings) and at least one
// section (content/<name>.md; empty ones, which the build leaves out and
// EmptySections warns of, count). A content/ emptied by mistake builds an
// empty site without them; check fails instead.
func Structure(pages []*content.Page, empty int) Findings {
	home, sections := false, empty > 0
	for _, p := range pages {
		if p.SourcePath == "" {
			continue // made up by the build
		}
		home = home || p.Kind == content.KindHome
		sections = sections || p.Kind == content.KindSection
	}
	var out Findings
	if !home {
		out = append(out, errorf("content/_index.md", 0, "no home page: write content/_index.md (title, description and the briefing's lead), or run 'briefing import'"))
	}
	if !sections {
		out = append(out, errorf("content", 0, "no sections: a briefing needs at least one content/<name>.md; run 'briefing import' to write them from the seeds"))
	}
	return out
}

// conflictMarkers are the lines that open an unresolved conflict import
// left in an edited file (Git's markers; in front matter, as a comment).
var conflictMarkers = []string{"<<<<<<< ", "# <<<<<<< "}

// Conflicts reports every unresolved import conflict in contentDir's *.md
// files, at the line of its opening marker, named content/<file> as the
// build names them.
func Conflicts(contentDir string) Findings {
	var out Findings
	filepath.WalkDir(contentDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for n := 1; sc.Scan(); n++ {
			for _, m := range conflictMarkers {
				if strings.HasPrefix(sc.Text(), m) {
					rel, _ := filepath.Rel(contentDir, p)
					out = append(out, errorf(filepath.ToSlash(filepath.Join("content", rel)), n, "unresolved import conflict: the editor and the seeds both changed this passage; keep the text you want and delete the marker lines (<<<<<<<, |||||||, =======, >>>>>>>)"))
				}
			}
		}
		return nil
	})
	return out
}

// EmptySections warns of each section file in contentDir with no body,
// which the build leaves out of the site (links to it are then broken,
// and the warning says why).
func EmptySections(contentDir string) Findings {
	entries, err := os.ReadDir(contentDir)
	if err != nil {
		return nil
	}
	var out Findings
	for _, e := range entries {
		if !e.Type().IsRegular() || content.KindOf(e.Name()) != content.KindSection {
			continue
		}
		rel := "content/" + e.Name()
		data, err := os.ReadFile(filepath.Join(contentDir, e.Name()))
		if err != nil {
			continue
		}
		if doc, err := content.Parse(rel, data); err == nil && doc.EmptySection() {
			out = append(out, warnf(rel, 1, "section with no passages is left out of the site: nothing in the seeds fits its keywords; write its text, edit its keywords and re-import, or delete the file"))
		}
	}
	return out
}
