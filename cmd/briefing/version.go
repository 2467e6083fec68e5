package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

func init() {
	register(command{name: "version", summary: "print the version of briefing: module version, VCS revision, Go version", run: runVersion})
}

// runVersion is `briefing version`: the module version (v1.2.3 when
// installed with go install ...@v1.2.3, "(devel)" when built from a
// checkout) and the VCS revision the binary was built from, with "+dirty"
// when the checkout had uncommitted changes.
func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("version", stderr)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "briefing version: unexpected argument %q\n", rest[0])
		return errUsage
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintf(stdout, "briefing (unknown version: built without module support) %s\n", runtime.Version())
		return nil
	}
	fmt.Fprintln(stdout, versionLine(bi))
	return nil
}

// versionLine formats build information as
// "briefing v1.2.3 (revision 0123456789ab+dirty, 2026-12-01T22:00:00Z) go1.26.0".
func versionLine(bi *debug.BuildInfo) string {
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, when string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	vcs := "revision unknown"
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		vcs = "revision " + rev
		if dirty {
			vcs += "+dirty"
		}
		if when != "" {
			vcs += ", " + when
		}
	}
	return fmt.Sprintf("briefing %s (%s) %s", version, vcs, bi.GoVersion)
}
