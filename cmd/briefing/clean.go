package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
)

func init() {
	register(command{
		name:    "clean",
		summary: "print page dumps as clean Markdown, furniture removed (extraction only)",
		run:     runClean,
	})
}

// runClean is `briefing clean [--json] FILE...`: the extraction stage alone,
// so editors can see what import will keep from a page dump.
func runClean(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("clean", stderr)
	asJSON := fs.Bool("json", false, "print metadata (title, subtitle, author, role, date) and every block with its kind, reason and lines, as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: briefing clean [--json] FILE...")
		fs.PrintDefaults()
	}
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		fs.Usage()
		return errUsage
	}
	var docs []extract.Doc
	var errs diag.List
	for _, path := range files {
		d, err := extract.ReadFile(path)
		if err != nil {
			errs = append(errs, diag.All(err)...)
			continue
		}
		docs = append(docs, d)
	}
	arts, err := extract.Extract(docs)
	if err != nil && len(diag.All(err)) == 0 {
		return err
	}
	errs = append(errs, diag.All(err)...)
	if *asJSON {
		metas := make([]extract.Meta, 0, len(arts))
		for _, a := range arts {
			metas = append(metas, a.Meta())
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(metas); err != nil {
			return err
		}
	} else {
		for i, a := range arts {
			if len(a.Body()) == 0 {
				continue
			}
			if len(arts) > 1 {
				if i > 0 {
					fmt.Fprintln(stdout)
				}
				fmt.Fprintf(stdout, "<!-- %s -->\n\n", a.Path)
			}
			io.WriteString(stdout, a.Markdown())
		}
	}
	// Report in the order the files were named.
	order := map[string]int{}
	for i, p := range files {
		if _, ok := order[p]; !ok {
			order[p] = i
		}
	}
	sort.SliceStable(errs, func(i, j int) bool { return order[errs[i].Path] < order[errs[j].Path] })
	return errs.Err()
}
