package sitequality

import (
	"path/filepath"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/build"
)

// builtRepoSite builds the repository's own site (content/, layouts/,
// static/ at the root of the module) with base URL "/" into a temporary
// directory, as `briefing build` would, and returns that directory.
func builtRepoSite(t *testing.T) string {
	t.Helper()
	root := filepath.Join("..", "..", "..")
	site, err := build.New(build.Options{Source: root, BaseURL: "/"}).Build(nil)
	if err != nil {
		t.Fatalf("building the repository site: %v", err)
	}
	if len(site.Info.Sections) == 0 {
		t.Fatal("the repository site has no section pages (content/*.md)")
	}
	dir := filepath.Join(t.TempDir(), "public")
	if err := site.Write(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}
