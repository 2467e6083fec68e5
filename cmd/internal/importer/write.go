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
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/atomicfile"
	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// ManifestName is the file in content/ where import records what it wrote.
// It is a dotfile so that the build does not take it for a page.
const ManifestName = ".import.json"

// JournalName is the manifest an import is about to commit, written before
// any content file: if it is still there on the next run, that import was
// killed, and the next run finishes recording what it wrote.
const JournalName = ".import.journal.json"

// Manifest records, for each content file import wrote, the checksum of what
// it wrote, and the merge base: what import would have written for it, so
// that the next import can tell the editor's changes from the seeds'.
type Manifest struct {
	Version int               `json:"version"`
	Files   map[string]string `json:"files"`          // path relative to content/ -> "sha256:<hex>"
	Base    map[string]string `json:"base,omitempty"` // path -> import's output last time
	// Ignored are entries that name a path outside content/: never read,
	// written or removed.
	Ignored []string `json:"-"`
	// Fresh says that none of the recorded files existed: content/ was
	// emptied, and everything is written again.
	Fresh bool `json:"-"`
}

func checksum(data []byte) string {
	h := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(h[:])
}

// confined reports whether a manifest path names a file inside content/.
func confined(rel string) bool {
	return rel != "" && rel != "." && !strings.Contains(rel, "\\") && path.Clean(rel) == rel &&
		filepath.IsLocal(filepath.FromSlash(rel)) && rel != ManifestName && rel != JournalName
}

func decodeManifest(p string, data []byte) (*Manifest, error) {
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
	if m.Base == nil {
		m.Base = map[string]string{}
	}
	for k := range m.Files {
		if !confined(k) {
			m.Ignored = append(m.Ignored, k)
			delete(m.Files, k)
		}
	}
	for k := range m.Base {
		if !confined(k) {
			delete(m.Base, k)
		}
	}
	sort.Strings(m.Ignored)
	m.Version = 2
	return &m, nil
}

// ReadManifest reads content/.import.json; a missing file is an empty
// manifest. Entries naming a path outside content/ are dropped (listed in
// Ignored).
func ReadManifest(contentDir string) (*Manifest, error) {
	p := filepath.Join(contentDir, ManifestName)
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return &Manifest{Version: 2, Files: map[string]string{}, Base: map[string]string{}}, nil
	}
	if err != nil {
		return nil, diag.Errorf(p, 0, "cannot read: %v", err)
	}
	return decodeManifest(p, data)
}

func (m *Manifest) encode() []byte {
	data, _ := json.MarshalIndent(m, "", "  ") // map keys come out sorted
	return append(data, '\n')
}

func (m *Manifest) clone() *Manifest {
	c := &Manifest{Version: 2, Files: map[string]string{}, Base: map[string]string{}}
	for k, v := range m.Files {
		c.Files[k] = v
	}
	for k, v := range m.Base {
		c.Base[k] = v
	}
	return c
}

// Recover finishes the record of an import that was killed: for each file
// its journal names, a file that holds what that import wrote is recorded
// as import's; any other keeps its old entry. Import's temporary files left
// in content/ are removed. With write false it only updates man (for
// --diff). It returns how many entries the journal settled (-1: no journal).
func Recover(contentDir string, man *Manifest, write bool) (int, error) {
	jp := filepath.Join(contentDir, JournalName)
	data, err := os.ReadFile(jp)
	if errors.Is(err, fs.ErrNotExist) {
		if write {
			removeTemps(contentDir)
		}
		return -1, nil
	}
	if err != nil {
		return 0, diag.Errorf(jp, 0, "cannot read: %v", err)
	}
	n := 0
	if j, err := decodeManifest(jp, data); err == nil { // a torn journal is never renamed in: ignore it
		for rel, sum := range j.Files {
			cur, err := os.ReadFile(filepath.Join(contentDir, filepath.FromSlash(rel)))
			if err != nil || checksum(cur) != sum || man.Files[rel] == sum {
				continue
			}
			man.Files[rel] = sum
			if b, ok := j.Base[rel]; ok {
				man.Base[rel] = b
			}
			n++
		}
	}
	if !write {
		return n, nil
	}
	if err := atomicfile.Write(filepath.Join(contentDir, ManifestName), man.encode(), 0o644); err != nil {
		return n, err
	}
	removeTemps(contentDir)
	if err := os.Remove(jp); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return n, err
	}
	return n, nil
}

// removeTemps deletes the temporary files a killed write left in content/.
func removeTemps(contentDir string) {
	filepath.WalkDir(contentDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Type().IsRegular() && atomicfile.IsTemp(d.Name()) {
			os.Remove(p)
		}
		return nil
	})
}

// LoadSections returns the briefing's sections: every top-level page of
// content/ (content/<name>.md, _index.md aside) whose front matter gives a
// weight, in the order the site lists them, with the title, weight and keywords of its
// front matter. A site with no section page yet gets classify.Starter(),
// which import then writes.
func LoadSections(contentDir string) ([]classify.Section, error) {
	ents, err := os.ReadDir(contentDir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, diag.Errorf(contentDir, 0, "cannot read: %v", err)
	}
	var secs []classify.Section
	var errs diag.List
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".md")
		if !ok || !e.Type().IsRegular() || content.KindOf(e.Name()) != content.KindSection {
			continue
		}
		p := filepath.Join(contentDir, e.Name())
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, diag.Errorf(p, 0, "cannot read: %v", err))
			continue
		}
		s, err := classify.ReadSection(name, data)
		if err != nil {
			line := 1
			var ke *classify.KeywordError
			if errors.As(err, &ke) {
				line = ke.Line
			}
			errs = append(errs, diag.Errorf(p, line, "%v; fix the front matter so import can read the section", err))
			continue
		}
		if s.Weight != 0 {
			secs = append(secs, s) // a top-level page without weight is a page, not a section
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if len(secs) == 0 {
		return classify.Starter(), nil
	}
	classify.SortSections(secs)
	return secs, nil
}

// Action is what import does with one content file.
type Action int

const (
	Create    Action = iota // new file
	Update                  // still as import wrote it: rewritten
	Unchanged               // already what import would write
	Adopt                   // not in the manifest, but identical: recorded
	Merge                   // edited: the seeds' changes merged into the editor's file
	KeepEdit                // edited, and no record of import's last output to merge with: left alone
	KeepOwn                 // not written by import and different: left alone
	KeepGone                // import wrote it, an editor deleted it: not recreated
	KeepRaced               // changed by someone else while import ran: left alone
)

// Planned is the decision for one file.
type Planned struct {
	File   File
	Old    []byte // current content; nil when the file does not exist
	Exists bool
	Action Action
	// Data is what import writes: File.Data, or for Merge the merged file.
	Data     []byte
	Merge    MergeResult
	Problems []LinkProblem // source links Relink could not resolve
}

// Kept reports whether the file is left alone although import would write
// something else.
func (p Planned) Kept() bool {
	return p.Action >= KeepEdit || p.Action == Merge && bytes.Equal(p.Old, p.Data)
}

// Why explains a kept file, in the words the user sees.
func (p Planned) Why() string {
	switch p.Action {
	case Merge:
		return "kept: edited since the last import, and nothing new from the seeds for it"
	case KeepEdit:
		return "kept: edited since the last import, and the manifest has no record of import's last output to merge with; run 'briefing import --diff' to see the file import would write"
	case KeepOwn:
		return "kept: not written by import (no checksum in content/" + ManifestName + "); run 'briefing import --diff' to see what import would change"
	case KeepGone:
		return "kept deleted: removed since the last import; delete its entry in content/" + ManifestName + " to have import write it again"
	case KeepRaced:
		return "kept: changed while import ran; run 'briefing import' again to merge the seeds' changes into it"
	}
	return ""
}

// Describe is the per-file line of the import summary.
func (p Planned) Describe() string {
	if p.Kept() {
		return p.Why()
	}
	switch p.Action {
	case Create:
		return "written (new)"
	case Update:
		return "written"
	case Unchanged:
		return "unchanged"
	case Adopt:
		return "adopted (identical to import's output)"
	}
	m := p.Merge
	if m.Added+m.Updated+m.Removed+len(m.Conflicts) == 0 {
		return "merged: source links moved to the seeds' new lines; the editor's changes kept"
	}
	s := fmt.Sprintf("merged: %s added, %s updated from the seeds", plural(m.Added, "passage"), plural(m.Updated, "passage"))
	if m.Removed > 0 {
		s += fmt.Sprintf(", %s removed", plural(m.Removed, "passage"))
	}
	s += "; the editor's changes kept"
	if len(m.Conflicts) > 0 {
		s += fmt.Sprintf("; %s", plural(len(m.Conflicts), "conflict"))
	}
	return s
}

// sourcesOf returns the blocks of every source page among files.
func sourcesOf(files map[string][]byte) map[string]map[int]string {
	out := map[string]map[int]string{}
	for p, data := range files {
		if seed, ok := strings.CutPrefix(p, "sources/"); ok && strings.HasSuffix(seed, ".md") && !strings.Contains(seed, "/") {
			out[strings.TrimSuffix(seed, ".md")] = sourceBlocks(data)
		}
	}
	return out
}

// Plan decides, for each rendered file, whether import may write it, and
// merges the seeds' changes into the files editors changed. When none of
// the files the manifest records exists (content/ was emptied), it starts
// afresh: man is reset and marked Fresh.
func Plan(contentDir string, files []File, man *Manifest) ([]Planned, error) {
	if len(man.Files) > 0 {
		gone := true
		for rel := range man.Files {
			if _, err := os.Lstat(filepath.Join(contentDir, filepath.FromSlash(rel))); err == nil {
				gone = false
				break
			}
		}
		if gone {
			*man = Manifest{Version: 2, Files: map[string]string{}, Base: map[string]string{}, Ignored: man.Ignored, Fresh: true}
		}
	}
	var out []Planned
	for _, f := range files {
		p := Planned{File: f, Data: f.Data}
		old, err := os.ReadFile(filepath.Join(contentDir, filepath.FromSlash(f.Path)))
		switch {
		case err == nil:
			p.Old, p.Exists = old, true
		case !errors.Is(err, fs.ErrNotExist):
			return nil, diag.Errorf(filepath.Join(contentDir, f.Path), 0, "cannot read: %v", err)
		}
		sum, recorded := man.Files[f.Path]
		base, hasBase := man.Base[f.Path]
		switch {
		case !p.Exists && recorded:
			p.Action = KeepGone
		case !p.Exists:
			p.Action = Create
		case bytes.Equal(p.Old, f.Data) && recorded && sum == checksum(p.Old):
			p.Action = Unchanged
		case bytes.Equal(p.Old, f.Data):
			p.Action = Adopt
		case recorded && sum == checksum(p.Old) && (!hasBase || checksum([]byte(base)) == sum):
			p.Action = Update
		case recorded && hasBase:
			p.Action = Merge
		case recorded:
			p.Action = KeepEdit
		case startedSection(f.Path, p.Old):
			p.Action = Update // a new section's front matter, for import to fill
		default:
			p.Action = KeepOwn
		}
		out = append(out, p)
	}
	// Source pages before this import (as import wrote them, else as they
	// are) and after it, for Relink.
	oldSrc, newSrc := map[string][]byte{}, map[string][]byte{}
	for _, p := range out {
		newSrc[p.File.Path] = p.File.Data
		if b, ok := man.Base[p.File.Path]; ok {
			oldSrc[p.File.Path] = []byte(b)
		} else if p.Exists {
			oldSrc[p.File.Path] = p.Old
		}
	}
	oldBlocks, newBlocks := sourcesOf(oldSrc), sourcesOf(newSrc)
	for i := range out {
		p := &out[i]
		if p.Action != Merge {
			continue
		}
		// Base and ours link to the seeds' old lines: move both to the new
		// lines first, so that a passage untouched but for its line
		// numbers still counts as untouched.
		base, _ := Relink([]byte(man.Base[p.File.Path]), oldBlocks, newBlocks)
		ours, _ := Relink(p.Old, oldBlocks, newBlocks)
		p.Merge = Merge3(base, ours, p.File.Data)
		if bytes.Equal(p.Merge.Data, ours) && bytes.Equal(ours, p.Old) {
			p.Merge.Data = p.Old
		}
		// What is left unresolved (and links an editor wrote) is reported.
		p.Data, p.Problems = Relink(p.Merge.Data, newBlocks, newBlocks)
	}
	return out, nil
}

// errRaced is what the check before a rename returns when the file changed
// since Plan read it.
var errRaced = errors.New("changed while import ran")

// beforeRename, when set (by tests), is called right before each rename
// Apply makes and before it removes the journal, with the path.
var beforeRename func(path string)

// Apply writes the planned files import may write, each atomically, then
// the manifest. Before renaming a file into place it reads it again: one
// that changed since Plan read it (an editor saved it meanwhile) is left
// alone and its Action becomes KeepRaced. The manifest to be is written
// first as content/.import.journal.json, so that a killed import is
// finished by the next one (Recover).
func Apply(contentDir string, plan []Planned, man *Manifest) (written int, err error) {
	next := man.clone() // files import no longer produces stay recorded: never deleted
	for _, p := range plan {
		switch p.Action {
		case Create, Update, Merge:
			next.Files[p.File.Path] = checksum(p.Data)
			next.Base[p.File.Path] = string(p.File.Data)
		case Unchanged, Adopt:
			next.Files[p.File.Path] = checksum(p.File.Data)
			next.Base[p.File.Path] = string(p.File.Data)
		case KeepEdit:
			// From now on the seeds' changes can be merged into it.
			next.Base[p.File.Path] = string(p.File.Data)
		}
	}
	if bytes.Equal(next.encode(), man.encode()) && manifestExists(contentDir) && len(man.Ignored) == 0 {
		return 0, nil
	}
	journal := filepath.Join(contentDir, JournalName)
	if err := atomicfile.Write(journal, next.encode(), 0o644); err != nil {
		return 0, err
	}
	for i := range plan {
		p := &plan[i]
		if p.Action != Create && p.Action != Update && (p.Action != Merge || bytes.Equal(p.Old, p.Data)) {
			continue
		}
		dst := filepath.Join(contentDir, filepath.FromSlash(p.File.Path))
		check := func() error {
			if beforeRename != nil {
				beforeRename(dst)
			}
			cur, err := os.ReadFile(dst)
			if exists := err == nil; exists != p.Exists || !bytes.Equal(cur, p.Old) {
				return errRaced
			}
			return nil
		}
		switch err := atomicfile.WriteIf(dst, p.Data, 0o644, check); {
		case errors.Is(err, errRaced):
			p.Action = KeepRaced
			if v, ok := man.Files[p.File.Path]; ok {
				next.Files[p.File.Path] = v
			} else {
				delete(next.Files, p.File.Path)
			}
			if v, ok := man.Base[p.File.Path]; ok {
				next.Base[p.File.Path] = v
			} else {
				delete(next.Base, p.File.Path)
			}
		case err != nil:
			return written, fmt.Errorf("%s: cannot write: %w", dst, err)
		default:
			written++
		}
	}
	if beforeRename != nil {
		beforeRename(filepath.Join(contentDir, ManifestName))
	}
	if err := atomicfile.Write(filepath.Join(contentDir, ManifestName), next.encode(), 0o644); err != nil {
		return written, err
	}
	*man = *next
	if beforeRename != nil {
		beforeRename(journal)
	}
	return written, os.Remove(journal)
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
		// A file whose record differs from import's own output holds an
		// editor's merged changes: edited too.
		b, hasBase := man.Base[p]
		edited := checksum(data) != man.Files[p] || hasBase && checksum([]byte(b)) != man.Files[p]
		out = append(out, StaleFile{Path: p, Old: data, Edited: edited})
	}
	return out
}

// RemoveStale deletes an unedited file import no longer produces and drops
// it from the manifest. The manifest is rewritten first, so that an
// interrupted removal leaves an untracked file, never a tracked missing one.
// A file that is no longer old (an editor saved it while import ran) is
// left alone, and removed reports false.
func RemoveStale(contentDir, rel string, old []byte) (removed bool, err error) {
	p := filepath.Join(contentDir, filepath.FromSlash(rel))
	same := func() bool {
		cur, err := os.ReadFile(p)
		return err == nil && bytes.Equal(cur, old)
	}
	if !same() {
		return false, nil
	}
	man, err := ReadManifest(contentDir)
	if err != nil {
		return false, err
	}
	delete(man.Files, rel)
	delete(man.Base, rel)
	if err := atomicfile.Write(filepath.Join(contentDir, ManifestName), man.encode(), 0o644); err != nil {
		return false, err
	}
	if beforeRename != nil {
		beforeRename(p)
	}
	if !same() {
		return false, nil // the editor's now: untracked, kept
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("%s: cannot remove: %w", p, err)
	}
	return true, nil
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
