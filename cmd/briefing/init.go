package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/importer"
	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
	"github.com/briefing-dev/briefing/cmd/internal/theme"
)

func init() {
	register(command{name: "init", summary: "start a new briefing site in a directory: theme, starter content, seeds/, Pages workflow", run: runInit})
}

// runInit is `briefing init [--title TITLE] DIR`: it writes a new site from
// the files embedded in the binary, so that nothing but the binary is
// needed: the theme (layouts/, static/), content/_index.md and the four
// section files (recorded as import's output, so the first import fills
// them), an empty seeds/, .gitignore and the GitHub Pages workflow.
func runInit(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("init", stderr)
	title := fs.String("title", "", "the site's `title` (default: the directory's name)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: briefing init [--title TITLE] DIR")
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fs.Usage()
		return errUsage
	}
	dir := rest[0]
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("briefing init: %s is not empty; name a new or empty directory", dir)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("briefing init: %w", err)
	}
	if *title == "" {
		abs, _ := filepath.Abs(dir)
		*title = strings.ReplaceAll(filepath.Base(abs), "-", " ")
	}
	if err := initSite(dir, *title, moduleVersion()); err != nil {
		return fmt.Errorf("briefing init: %w", err)
	}
	fmt.Fprintf(stdout, "new site in %s: put article text dumps (.txt) in %s, then run\n  briefing import -s %s && briefing serve -s %s\n",
		dir, filepath.Join(dir, "seeds"), dir, dir)
	return nil
}

func initSite(dir, title, version string) error {
	if err := os.MkdirAll(filepath.Join(dir, "seeds"), 0o755); err != nil {
		return err
	}
	if err := os.CopyFS(dir, theme.FS()); err != nil {
		return err
	}
	other := map[string][]byte{
		".gitignore":                  []byte("public/\n"),
		"seeds/.gitkeep":              nil,
		".github/workflows/pages.yml": theme.PagesWorkflow(version),
	}
	for rel, data := range other {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return importer.WriteStarter(filepath.Join(dir, "content"), starterContent(title))
}

// starterContent is the home page and the four sections of a new site: the
// sections are import's starting ones (classify.Starter), front matter only
// (title, weight, keywords, which editors tune); import fills them. Until
// it does, the build leaves them out (empty sections), so the home page
// does not link them yet.
func starterContent(title string) map[string][]byte {
	files := map[string][]byte{}
	for _, s := range classify.Starter() {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: %s\nweight: %d\nkeywords:\n", mdtext.Quote(s.Title), s.Weight)
		for _, k := range s.Keywords {
			fmt.Fprintf(&b, "  - %s\n", mdtext.Quote(k))
		}
		b.WriteString("---\n")
		files[importer.SectionFile(s)] = []byte(b.String())
	}
	files["_index.md"] = []byte("---\ntitle: " + mdtext.Quote(title) + "\nlanguage: \"en\"\n---\n\n" +
		"This briefing is built from the article text dumps in `seeds/`: run `briefing import` to write its sections, " +
		"and `briefing serve` to preview it.\n")
	return files
}

// moduleVersion is the version `go install` records (v1.2.3), for the new
// site's workflow to install the same briefing; "latest" for a development
// build.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && strings.HasPrefix(bi.Main.Version, "v") && !strings.Contains(bi.Main.Version, "+dirty") {
		return bi.Main.Version
	}
	return "latest"
}
