package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/briefing-dev/briefing/cmd/internal/atomicfile"
	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// ManifestName is the file in content/ where import records what it wrote.
// It is a dotfile so that the build does not take it for a page.
const ManifestName = ".import.json"

// Manifest records, for each content file import wrote, the checksum of what
// it wrote. A file whose checksum still matches is import's to rewrite; any
// other file belongs to the editors.
type Manifest struct {
	Version int               `json:"version"`
	Files   map[string]string `json:"files"` // path relative to content/ -> "sha256:<hex>"
}

func checksum(data []byte) string {
	h := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(h[:])
}

// ReadManifest reads content/.import.json; a missing file is an empty
// manifest.
func ReadManifest(contentDir string) (*Manifest, error) {
	p := filepath.Join(contentDir, ManifestName)
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return &Manifest{Version: 1, Files: map[string]string{}}, nil
	}
	if err != nil {
		return nil, diag.Errorf(p, 0, "cannot read: %v", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		line := 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line = 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		}
		return nil, diag.Errorf(p, line, "not a valid import manifest (%v); fix it, or delete it to treat every content file as edited", err)
	}
	if m.Files == nil {
		m.Files = map[string]string{}
	}
	m.Version = 1
	return &m, nil
}

func (m *Manifest) encode() []byte {
	data, _ := json.MarshalIndent(m, "", "  ") // map keys come out sorted
	return append(data, '\n')
}

// LoadSections returns the default sections with the keywords editors keep
// in the existing section files, where those files have any.
func LoadSections(contentDir string) ([]classify.Section, error) {
	secs := classify.Defaults()
	var errs diag.List
	for i, s := range secs {
		p := filepath.Join(contentDir, SectionFile(s))
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, diag.Errorf(p, 0, "cannot read: %v", err))
			continue
		}
		kws, found, err := classify.ReadKeywords(data)
		if err != nil {
			line := 1
			var ke *classify.KeywordError
			if errors.As(err, &ke) {
				line = ke.Line
			}
			errs = append(errs, diag.Errorf(p, line, "%v; fix the front matter so import can read the section keywords", err))
			continue
		}
		if found && len(kws) > 0 {
			secs[i].Keywords = kws
		}
	}
	return secs, errs.Err()
}

// Action is what import does with one content file.
type Action int

const (
	Create    Action = iota // new file
	Update                  // still as import wrote it: rewritten
	Unchanged               // already what import would write
	Adopt                   // not in the manifest, but identical: recorded
	KeepEdit                // edited since the last import: left alone
	KeepOwn                 // not written by import and different: left alone
	KeepGone                // import wrote it, an editor deleted it: not recreated
)

// Planned is the decision for one file.
type Planned struct {
	File   File
	Old    []byte // current content; nil when the file does not exist
	Exists bool
	Action Action
}

// Kept reports whether the file is left alone although import would write
// something else.
func (p Planned) Kept() bool { return p.Action >= KeepEdit }

// Why explains a kept file, in the words the user sees.
func (p Planned) Why() string {
	switch p.Action {
	case KeepEdit:
		return "kept: edited since the last import (checksum differs); run 'briefing import --diff' to see what import would change"
	case KeepOwn:
		return "kept: not written by import (no checksum in content/" + ManifestName + "); run 'briefing import --diff' to see what import would change"
	case KeepGone:
		return "kept deleted: removed since the last import; delete its entry in content/" + ManifestName + " to have import write it again"
	}
	return ""
}

// Plan decides, for each rendered file, whether import may write it.
func Plan(contentDir string, files []File, man *Manifest) ([]Planned, error) {
	var out []Planned
	for _, f := range files {
		p := Planned{File: f}
		old, err := os.ReadFile(filepath.Join(contentDir, filepath.FromSlash(f.Path)))
		switch {
		case err == nil:
			p.Old, p.Exists = old, true
		case !errors.Is(err, fs.ErrNotExist):
			return nil, diag.Errorf(filepath.Join(contentDir, f.Path), 0, "cannot read: %v", err)
		}
		sum, recorded := man.Files[f.Path]
		switch {
		case !p.Exists && recorded:
			p.Action = KeepGone
		case !p.Exists:
			p.Action = Create
		case bytes.Equal(p.Old, f.Data) && recorded && sum == checksum(p.Old):
			p.Action = Unchanged
		case bytes.Equal(p.Old, f.Data):
			p.Action = Adopt
		case recorded && sum == checksum(p.Old):
			p.Action = Update
		case recorded:
			p.Action = KeepEdit
		default:
			p.Action = KeepOwn
		}
		out = append(out, p)
	}
	return out, nil
}

// Apply writes the planned files import may write, each atomically, then
// the manifest. Kept files keep their old manifest entry, so they stay
// "edited" until an editor makes them identical to import's output again.
func Apply(contentDir string, plan []Planned, man *Manifest) (written int, err error) {
	next := &Manifest{Version: 1, Files: map[string]string{}}
	for k, v := range man.Files {
		next.Files[k] = v // files import no longer produces stay recorded: never deleted
	}
	for _, p := range plan {
		switch p.Action {
		case Create, Update:
			dst := filepath.Join(contentDir, filepath.FromSlash(p.File.Path))
			if err := atomicfile.Write(dst, p.File.Data, 0o644); err != nil {
				return written, fmt.Errorf("%s: cannot write: %w", dst, err)
			}
			written++
			next.Files[p.File.Path] = checksum(p.File.Data)
		case Unchanged, Adopt:
			next.Files[p.File.Path] = checksum(p.File.Data)
		}
	}
	if !bytes.Equal(next.encode(), man.encode()) || !manifestExists(contentDir) {
		if err := atomicfile.Write(filepath.Join(contentDir, ManifestName), next.encode(), 0o644); err != nil {
			return written, err
		}
	}
	return written, nil
}

func manifestExists(contentDir string) bool {
	_, err := os.Stat(filepath.Join(contentDir, ManifestName))
	return err == nil
}

// StaleFile is a file recorded in the manifest that import no longer produces.
type StaleFile struct {
	Path   string // relative to content/
	Old    []byte // its current bytes
	Edited bool   // changed since import wrote it: never removed
}

// ClassifyStale returns the recorded files import no longer produces that
// still exist, each marked edited or not by its checksum.
func ClassifyStale(contentDir string, files []File, man *Manifest) []StaleFile {
	var out []StaleFile
	for _, p := range Stale(files, man) {
		data, err := os.ReadFile(filepath.Join(contentDir, filepath.FromSlash(p)))
		if err != nil {
			continue // already gone (or unreadable): nothing to remove
		}
		out = append(out, StaleFile{Path: p, Old: data, Edited: checksum(data) != man.Files[p]})
	}
	return out
}

// RemoveStale deletes an unedited file import no longer produces and drops
// it from the manifest. The manifest is rewritten first, so that an
// interrupted removal leaves an untracked file, never a tracked missing one.
func RemoveStale(contentDir, rel string) error {
	man, err := ReadManifest(contentDir)
	if err != nil {
		return err
	}
	delete(man.Files, rel)
	if err := atomicfile.Write(filepath.Join(contentDir, ManifestName), man.encode(), 0o644); err != nil {
		return err
	}
	p := filepath.Join(contentDir, filepath.FromSlash(rel))
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: cannot remove: %w", p, err)
	}
	return nil
}

// Stale returns the recorded files import no longer produces.
func Stale(files []File, man *Manifest) []string {
	have := map[string]bool{}
	for _, f := range files {
		have[f.Path] = true
	}
	var out []string
	for p := range man.Files {
		if !have[p] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
