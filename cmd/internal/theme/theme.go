// Package theme holds, embedded in the binary, the theme every briefing site
// starts from (layouts/ and static/) and the starter files of `briefing
// init` (the GitHub Pages workflow).
//
// One copy: the repository's own layouts/ and static/ at the top level are
// the theme's source. go:embed cannot reach directories above a package, and
// the top level of the repository holds no Go package, so files/ is a copy
// of them, refreshed with `go test ./cmd/internal/theme -update`;
// TestEmbeddedThemeIsTheRepositoryTheme fails whenever the two differ, so a
// change to the theme that was not copied cannot pass the tests.
package theme

import (
	"embed"
	"io/fs"
	"strings"
)

//go:embed all:files
var files embed.FS

//go:embed starter/pages.yml
var pagesWorkflow string

// Dirs are the theme's top-level directories, as in a site.
var Dirs = []string{"layouts", "static"}

// FS is the theme: "layouts/..." and "static/...".
func FS() fs.FS {
	sub, err := fs.Sub(files, "files")
	if err != nil {
		panic(err) // the directory is embedded above
	}
	return sub
}

// PagesWorkflow is the GitHub Actions workflow of a new site: it installs
// this version of briefing (a module version such as v1.2.0, or "latest")
// and publishes the site on GitHub Pages.
func PagesWorkflow(version string) []byte {
	return []byte(strings.ReplaceAll(pagesWorkflow, "{{VERSION}}", version))
}
