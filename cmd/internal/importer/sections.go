package importer

import (
	"bytes"
	"strings"

	"github.com/adrg/frontmatter"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// startedSection reports whether data, the file at rel (relative to
// content/), is a section an editor started: a top-level page with front
// matter and no body yet. Import fills such a file although it did not
// write it.
func startedSection(rel string, data []byte) bool {
	if content.KindOf(rel) != content.KindSection || !bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff"), []byte("---")) && !bytes.HasPrefix(data, []byte("+++")) {
		return false
	}
	var fm map[string]any
	body, err := frontmatter.Parse(bytes.NewReader(data), &fm)
	return err == nil && len(fm) > 0 && strings.TrimSpace(string(body)) == ""
}
