package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/briefing-dev/briefing/cmd/internal/importer"
)

func init() {
	register(command{
		name:    "import",
		summary: "turn seeds/*.txt into the briefing's content/ (de-duplicated sections, source pages)",
		run:     runImport,
	})
}

// runImport is `briefing import [-s SOURCE_DIR] [--diff] [--strict] [-v]`.
func runImport(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", stderr)
	src := fs.String("s", ".", "site `directory` holding seeds/ and content/ (a directory of *.txt seeds also works; content/ is then written in the current directory)")
	diff := fs.Bool("diff", false, "print a unified diff of what import would change, and write nothing")
	verbose := fs.Bool("v", false, "print details: every file, per-section figures, why sentences were dropped")
	strict := fs.Bool("strict", false, "stop, writing nothing, when a seed has no article text (by default it is skipped with a warning and the others are imported)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: briefing import [-s SOURCE_DIR] [--diff] [--strict] [-v]")
		fs.PrintDefaults()
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fs.Usage()
		return errUsage
	}
	seedDir, contentDir := filepath.Join(*src, "seeds"), filepath.Join(*src, "content")
	if st, err := os.Stat(seedDir); err != nil || !st.IsDir() {
		// -s names the seeds themselves.
		if m, _ := filepath.Glob(filepath.Join(*src, "*.txt")); len(m) > 0 {
			seedDir, contentDir = *src, "content"
		}
	}
	opt := importer.Options{
		SeedDir: seedDir, ContentDir: contentDir,
		Diff: *diff, Verbose: *verbose, Strict: *strict,
		Out: stdout, Log: stderr,
	}
	if isTerminal(stderr) {
		opt.Progress = func(stage string, done, total int) {
			fmt.Fprintf(stderr, "\r\033[Kimport: %s (%d/%d)", stage, done+1, total)
		}
	}
	res, err := importer.Run(opt)
	if opt.Progress != nil {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(stderr, res.Summary(*diff))
	return nil
}

// isTerminal reports whether w is a terminal (a character device), where
// progress lines help; in a pipe or a log they would be noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
