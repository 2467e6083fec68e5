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
// section (content/<name>.md). A content/ emptied by mistake builds an
// empty site without them; check fails instead.
func Structure(pages []*content.Page) Findings {
	home, sections := false, false
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
