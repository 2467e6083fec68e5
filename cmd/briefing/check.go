package main

import (
	"fmt"
	"io"

	"github.com/briefing-dev/briefing/cmd/internal/check"
)

func init() {
	register(command{name: "check", summary: "validate content/ (front matter, links, anchors, wiki-links, glossary) without building", run: runCheck})
}

// errCheckFailed makes the command exit 1 after the findings are printed.
type errCheckFailed struct{ errors int }

func (e errCheckFailed) Error() string { return fmt.Sprintf("briefing check: %d errors", e.errors) }

func runCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", stderr)
	source := fs.String("s", ".", "site `directory` holding content/, layouts/ and static/")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "briefing check: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	findings, err := check.Run(check.Options{Source: *source})
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, check.Report(findings))
	if n := findings.Errors(); n > 0 {
		return errCheckFailed{n}
	}
	return nil
}
