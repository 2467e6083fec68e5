package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/build"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

func init() {
	register(command{name: "build", summary: "render content/ into a static site in public/", run: runBuild})
}

func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", stderr)
	source := fs.String("s", ".", "site `directory` holding content/, layouts/ and static/")
	dest := fs.String("d", "", "output `directory` (default SOURCE/public)")
	baseURL := fs.String("baseURL", "", "base `URL` the site is published at, e.g. https://user.github.io/repo/ (default: baseURL in content/_index.md, else /)")
	drafts := fs.Bool("drafts", false, "include pages marked draft: true")
	verbose := fs.Bool("v", false, "print timings and details")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "briefing build: unexpected argument %q\n", rest[0])
		return errUsage
	}
	if *dest == "" {
		*dest = filepath.Join(*source, "public")
	}
	start := time.Now()
	b := build.New(build.Options{Source: *source, Dest: *dest, BaseURL: *baseURL, Drafts: *drafts, Verbose: *verbose, Log: stderr})
	site, err := b.BuildTo(*dest)
	if err != nil {
		if diag.All(err) != nil {
			return err
		}
		return fmt.Errorf("briefing build: writing %s: %w", *dest, err)
	}
	st := site.Stats
	if *verbose {
		fmt.Fprintf(stderr, "  write      %6.1f ms\n", float64((time.Since(start)-st.Duration).Microseconds())/1000)
		fmt.Fprintf(stderr, "  %d pages, %d aliases, %d static files -> %s\n", st.Pages, st.Aliases, st.Static, *dest)
	}
	st.Duration = time.Since(start)
	fmt.Fprintln(stdout, st)
	return nil
}
