package main

import (
	"fmt"
	"io"

	"github.com/briefing-dev/briefing/cmd/internal/check"
)

func init() {
	register(command{name: "check", summary: "validate content/ (front matter, links, anchors, wiki-links, glossary) without building", run: runCheck})
}

func runCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", stderr)
	source := fs.String("s", ".", "site `directory` holding content/, layouts/ and static/")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "briefing check: unexpected argument %q\n", rest[0])
		return errUsage
	}
	findings, err := check.Run(check.Options{Source: *source})
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, check.Report(findings))
	if findings.Errors() > 0 {
		return errReported // the report ends with the count
	}
	return nil
}
