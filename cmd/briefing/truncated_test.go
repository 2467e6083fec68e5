package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A page copy that stops mid-word, in whatever kind of block the copy
// stops: import keeps the unfinished sentence out of the briefing, and what
// it writes builds and checks (every source link points at an anchor of its
// source page). A list of one item is the case a real page showed: the
// item's anchor was lost, and the build rejected the import's own output.
func TestTruncatedSeedsBuild(t *testing.T) {
	const lead = "Harbour expansion approved\n\n" +
		"The port authority of Velmora approved a plan on Tuesday to deepen the northern channel by two metres, its director said.\n\n" +
		"The works will cost 40 million euros and take three years, according to the authority's budget office.\n\n"
	seeds := []struct{ name, seed string }{
		{"paragraph", lead + "Dredging firms from four countries have bid for the contract, and the authority expects to name the winner before the winter stor"},
		{"single item", lead + "The plan covers two areas of work:\n\n" +
			"1. Channel dredging: the authority will remove silt along the northern approach over three years. Through contracts with local firms, it aims to finish the work before the new termi"},
		{"list", lead + "The plan sets three stages:\n\n" +
			"- The first stage clears the outer basin of silt and wrecks.\n" +
			"- The second stage widens the turning circle for larger ships.\n" +
			"- The third stage rebuilds the quay walls along the eastern whar"},
		{"quote", lead + "> The harbour has waited thirty years for this decision, and the fishing fleet will be the first to gain from the deeper wat"},
		{"heading", lead + "Dredging contractors have until March to submit their final offers to the authority.\n\n## What the fishing fleet can expect from the new channel and its quays in the coming ye"},
	}
	for _, tt := range seeds {
		seed := tt.seed
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "site")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"init", dir}, &stdout, &stderr); code != 0 {
				t.Fatalf("init: exit %d: %s", code, stderr.String())
			}
			if err := os.WriteFile(filepath.Join(dir, "seeds", "000_port.txt"), []byte(seed), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"import", "-s", dir},
				{"build", "-s", dir, "-d", filepath.Join(t.TempDir(), "public")},
				{"check", "-s", dir},
			} {
				stderr.Reset()
				if code := run(args, &stdout, &stderr); code != 0 {
					t.Fatalf("%s: exit %d:\n%s", args[0], code, stderr.String())
				}
			}
			last := seed[strings.LastIndex(seed, " ")+1:]
			sections, _ := filepath.Glob(filepath.Join(dir, "content", "*.md"))
			for _, p := range sections {
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Contains(b, []byte(" "+last+" ")) || bytes.Contains(b, []byte(" "+last+"\n")) {
					t.Errorf("%s quotes the unfinished %q:\n%s", filepath.Base(p), last, b)
				}
			}
		})
	}
}
