package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/briefing-dev/briefing/cmd/internal/atomicfile"
)

// WriteStarter writes the starter content of a new site (briefing init):
// files maps content-relative paths to their bytes. Each is recorded in the
// manifest as import's own output, so that the first import replaces the
// starter pages an editor has not touched, and merges into (or keeps) the
// ones an editor changed, as for any file import wrote. It writes nothing
// over an existing file or manifest.
func WriteStarter(contentDir string, files map[string][]byte) error {
	if _, err := os.Stat(filepath.Join(contentDir, ManifestName)); err == nil {
		return fmt.Errorf("%s: exists; a site that was imported already needs no starter", filepath.Join(contentDir, ManifestName))
	}
	man := &Manifest{Version: 2, Files: map[string]string{}, Base: map[string]string{}}
	rels := make([]string, 0, len(files))
	for rel := range files {
		if !confined(rel) {
			return fmt.Errorf("starter file %q is not inside content/", rel)
		}
		rels = append(rels, rel)
	}
	sort.Strings(rels)
	for _, rel := range rels {
		p := filepath.Join(contentDir, filepath.FromSlash(rel))
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s: exists; init writes only into an empty site", p)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := atomicfile.Write(p, files[rel], 0o644); err != nil {
			return err
		}
		man.Files[rel] = checksum(files[rel])
		man.Base[rel] = string(files[rel])
	}
	return atomicfile.Write(filepath.Join(contentDir, ManifestName), man.encode(), 0o644)
}
