// Package theme holds, embedded in the binary, the theme every briefing site
// starts from (layouts/ and static/) and the starter files of `briefing
// init` (the GitHub Pages workflow).
//
// One source: the repository's own layouts/ and static/ at the top level
// are the theme. go:embed cannot reach directories above a package, and the
// top level of the repository holds no Go package, so the binary embeds
// theme.zip, an archive generated from them (data, not a second copy to
// edit): `go test ./cmd/internal/theme -update` writes it, and
// TestEmbeddedThemeIsTheRepositoryTheme fails whenever its files differ from
// the repository's, so a change to the theme that was not archived cannot
// pass the tests.
package theme

import (
	"archive/zip"
	"bytes"
	_ "embed"
	"fmt"
	"io/fs"
	"strings"
)

// archiveName is the generated archive of the theme, beside this file (the
// go:embed line below names it too).
const archiveName = "theme.zip"

//go:embed theme.zip
var archive []byte

//go:embed starter/pages.yml
var pagesWorkflow string

// Dirs are the theme's top-level directories, as in a site.
var Dirs = []string{"layouts", "static"}

// FS is the theme: "layouts/..." and "static/...".
func FS() fs.FS {
	r, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		// The archive is embedded above and read by the tests.
		panic(fmt.Sprintf("cmd/internal/theme/%s: %v; regenerate it with go test ./cmd/internal/theme -update", archiveName, err))
	}
	return r
}

// PagesWorkflow is the GitHub Actions workflow of a new site: it installs
// this version of briefing (a module version such as v1.2.0, or "latest")
// and publishes the site on GitHub Pages.
func PagesWorkflow(version string) []byte {
	return []byte(strings.ReplaceAll(pagesWorkflow, "{{VERSION}}", version))
}
