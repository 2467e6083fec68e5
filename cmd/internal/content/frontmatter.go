// Package content reads the Markdown files under content/: their front
// matter, their kind (home, section, page, list, term, topic) and the URL
// each one is published at. It is the page model shared by the build stage
// and, through the build, by the later stages (cross-links, serve).
package content

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v3"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// FrontMatter is the metadata at the top of a content file. Fields the build
// does not know are kept in Params, so layouts can still use them.
type FrontMatter struct {
	Title       string
	Description string
	Date        time.Time
	Lastmod     time.Time
	Draft       bool
	Weight      int
	Slug        string
	Aliases     []string
	Layout      string
	Keywords    []string
	// Sources, on a topic, are the source pages (by file name less .md)
	// of the story it comes from: its page lists only their passages.
	// Empty: passages of any story.
	Sources []string
	Term    string
	NoLink  bool
	// Site settings; only meaningful in content/_index.md.
	Language string
	BaseURL  string
	// Params holds every field as decoded, known or not.
	Params map[string]any
	// Lines maps a top-level field name to its 1-based line in the file, so
	// that later checks (an unknown layout, say) can point at it.
	Lines map[string]int
}

// Doc is one parsed content file.
type Doc struct {
	Path     string // as the user names it, e.g. "content/economics.md"
	FM       FrontMatter
	Body     []byte // the Markdown after the front matter
	BodyLine int    // 1-based line of the file on which Body starts
}

// front-matter formats the build accepts: YAML between "---" lines and TOML
// between "+++" lines. adrg/frontmatter detects which one a file uses.
var (
	yamlFormat = frontmatter.NewFormat("---", "---", yaml.Unmarshal)
	tomlFormat = frontmatter.NewFormat("+++", "+++", toml.Unmarshal)
)

// EmptySection reports whether d, the file of a section (content/<name>.md),
// is one of the briefing's sections (it has a weight) with nothing in it:
// the build leaves such a section out of the site rather than publish an
// empty page.
func (d *Doc) EmptySection() bool { return d.FM.Weight > 0 && len(bytes.TrimSpace(d.Body)) == 0 }

// Parse splits data (the file at path) into front matter and body and checks
// the type of every known field. Errors are *diag.Error with the line.
func Parse(path string, data []byte) (*Doc, error) {
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		return nil, diag.Errorf(path, line, "file is not valid UTF-8; save it as UTF-8")
	}
	open, delim := openingDelimiter(data)
	doc := &Doc{Path: path, BodyLine: 1, Body: data}
	doc.FM.Params = map[string]any{}
	doc.FM.Lines = map[string]int{}
	if open == 0 {
		return doc, nil
	}
	if !hasClosingDelimiter(data, open, delim) {
		return nil, diag.Errorf(path, open, "front matter opened with %q is never closed; add a %q line after it", delim, delim)
	}
	var raw map[string]any
	var format *frontmatter.Format
	if delim == "---" {
		format = yamlFormat
	} else {
		format = tomlFormat
	}
	// Hand adrg/frontmatter only the front matter, so it does not copy the body.
	fmEnd := closingEnd(data, open, delim)
	if _, err := frontmatter.Parse(bytes.NewReader(data[:fmEnd]), &raw, format); err != nil {
		line, msg := decodeErrorPosition(err, open)
		return nil, diag.Errorf(path, line, "bad front matter: %s", msg)
	}
	doc.Body = data[fmEnd:]
	doc.BodyLine = 1 + bytes.Count(data[:fmEnd], []byte("\n"))
	lines := fieldLines(data, open, doc.BodyLine, delim)
	doc.FM.Lines = lines
	if err := decodeFields(path, raw, lines, &doc.FM); err != nil {
		return nil, err
	}
	return doc, nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// openingDelimiter returns the 1-based line of a front-matter opening line
// ("---" or "+++", after optional blank lines, as adrg/frontmatter allows),
// or 0 when the file has no front matter.
func openingDelimiter(data []byte) (int, string) {
	line := 0
	for len(data) > 0 {
		line++
		l, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		t := string(bytes.TrimSpace(l))
		switch t {
		case "":
			continue
		case "---", "+++":
			return line, t
		}
		return 0, ""
	}
	return 0, ""
}

func hasClosingDelimiter(data []byte, open int, delim string) bool {
	return closingEnd(data, open, delim) >= 0
}

// closingEnd is the offset just past the line that closes the front matter
// opened on line open, or -1 when no line does.
func closingEnd(data []byte, open int, delim string) int {
	off := 0
	for line := 1; off < len(data); line++ {
		l, _, found := bytes.Cut(data[off:], []byte("\n"))
		next := off + len(l)
		if found {
			next++
		}
		if line > open && string(bytes.TrimSpace(l)) == delim {
			return next
		}
		off = next
	}
	return -1
}

var (
	yamlLineRe     = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlTypeLineRe = regexp.MustCompile(`^line (\d+): (.*)$`)
	atLineRe       = regexp.MustCompile(`at line (\d+)`)
	tomlLineRe     = regexp.MustCompile(`line (\d+)`)
)

// decodeErrorPosition turns a YAML or TOML decoder error, whose lines count
// from the first line inside the front matter, into a file line and message.
func decodeErrorPosition(err error, open int) (int, string) {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return open + perr.Position.Line, perr.Message
	}
	// go.yaml.in/yaml/v3: decoding problems (a key given twice, say) come
	// as a TypeError of "line N: ..." strings; syntax errors as one string.
	var terr *yaml.TypeError
	if errors.As(err, &terr) && len(terr.Errors) > 0 {
		if m := yamlTypeLineRe.FindStringSubmatch(terr.Errors[0]); m != nil {
			n, _ := strconv.Atoi(m[1])
			return open + n, shiftLines(m[2], open)
		}
		return open, terr.Errors[0]
	}
	msg := err.Error()
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		if yamlParserProblems[m[2]] {
			// yaml/v3 gives the line of a parser (not scanner) error
			// counted from 0 (decode.go, parser.fail): count it from 1.
			n++
		}
		return open + n, shiftLines(m[2], open)
	}
	if m := tomlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return open + n, msg
	}
	return open, strings.TrimPrefix(msg, "yaml: ")
}

// yamlParserProblems are the messages of go.yaml.in/yaml/v3's parser errors
// (parserc.go); its scanner's errors count lines from 1 already.
var yamlParserProblems = map[string]bool{
	"did not find expected node content":     true,
	"did not find expected key":              true,
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"did not find expected '-' indicator":    true,
	"did not find expected ',' or '}'":       true,
	"did not find expected ',' or ']'":       true,
	"found undefined tag handle":             true,
	"found incompatible YAML document":       true,
	"found duplicate %YAML directive":        true,
	"found duplicate %TAG directive":         true,
}

// shiftLines makes the "at line N" of a YAML message (counted inside the
// front matter) a line of the file.
func shiftLines(msg string, open int) string {
	return atLineRe.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(m[len("at line "):])
		return "at line " + strconv.Itoa(n+open)
	})
}

// fieldLines finds the line of every top-level key in the front matter:
// YAML "key:" or TOML "key =" at the start of a line.
func fieldLines(data []byte, open, bodyLine int, delim string) map[string]int {
	lines := map[string]int{}
	sep := byte(':')
	if delim == "+++" {
		sep = '='
	}
	for i, l := range bytes.Split(data, []byte("\n")) {
		n := i + 1
		if n <= open {
			continue
		}
		if n >= bodyLine {
			break
		}
		if delim == "+++" && len(l) > 2 && l[0] == '[' {
			// A TOML table header names a top-level key too: [params] or [[list]].
			key := strings.Trim(strings.TrimSpace(string(l)), "[]")
			key, _, _ = strings.Cut(key, ".")
			if _, seen := lines[key]; !seen && key != "" {
				lines[key] = n
			}
			continue
		}
		if len(l) == 0 || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || l[0] == '-' || l[0] == '[' {
			continue
		}
		k, _, ok := bytes.Cut(l, []byte{sep})
		if !ok {
			continue
		}
		key := strings.Trim(strings.TrimSpace(string(k)), `"'`)
		if _, seen := lines[key]; !seen {
			lines[key] = n
		}
	}
	return lines
}

// field is one front-matter field the build understands: what its value
// must be (for the error message) and how it is stored into FrontMatter.
type field struct {
	want string
	set  func(fm *FrontMatter, v any) bool // false: v has the wrong type
}

// typed is a field whose value conv turns into a T, stored at dst.
func typed[T any](want string, conv func(any) (T, bool), dst func(*FrontMatter) *T) field {
	return field{want, func(fm *FrontMatter, v any) bool {
		x, ok := conv(v)
		if ok {
			*dst(fm) = x
		}
		return ok
	}}
}

const (
	aString  = "a string"
	aBool    = "true or false"
	aNumber  = "a whole number"
	aDate    = "a date such as 2026-01-31 or 2026-01-31T10:00:00Z"
	aStrings = "a list of strings"
)

// fields are the known front-matter fields by lower-case name: a new field
// is one line here (and its member of FrontMatter and Page).
var fields = map[string]field{
	"title":       typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Title }),
	"description": typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Description }),
	"slug":        typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Slug }),
	"layout":      typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Layout }),
	"term":        typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Term }),
	"language":    typed(aString, toString, func(fm *FrontMatter) *string { return &fm.Language }),
	"baseurl":     typed(aString, toString, func(fm *FrontMatter) *string { return &fm.BaseURL }),
	"draft":       typed(aBool, toBool, func(fm *FrontMatter) *bool { return &fm.Draft }),
	"nolink":      typed(aBool, toBool, func(fm *FrontMatter) *bool { return &fm.NoLink }),
	"weight":      typed(aNumber, toInt, func(fm *FrontMatter) *int { return &fm.Weight }),
	"date":        typed(aDate, toTime, func(fm *FrontMatter) *time.Time { return &fm.Date }),
	"lastmod":     typed(aDate, toTime, func(fm *FrontMatter) *time.Time { return &fm.Lastmod }),
	"aliases":     typed(aStrings, toStrings, func(fm *FrontMatter) *[]string { return &fm.Aliases }),
	"keywords":    typed(aStrings, toStrings, func(fm *FrontMatter) *[]string { return &fm.Keywords }),
	"sources":     typed(aStrings, toStrings, func(fm *FrontMatter) *[]string { return &fm.Sources }),
}

// decodeFields copies the known fields out of raw into fm, checking types.
// Every wrong field of the file is reported, not just the first.
func decodeFields(path string, raw map[string]any, lines map[string]int, fm *FrontMatter) error {
	var errs diag.List
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v := raw[key]
		fm.Params[key] = v
		f, known := fields[strings.ToLower(key)]
		if known && !f.set(fm, v) {
			errs = append(errs, diag.Errorf(path, lines[key], "front matter field %q must be %s, not %s", key, f.want, describe(v)))
		}
	}
	return errs.Err()
}

func toString(v any) (string, bool) {
	s, ok := v.(string)
	return s, ok
}

func toBool(v any) (bool, bool) {
	b, ok := v.(bool)
	return b, ok
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	}
	return 0, false
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "empty"
	case string:
		return strconv.Quote(v)
	case bool, int, int64, float64:
		return fmt.Sprint(v)
	case []any:
		return "a list"
	case map[any]any, map[string]any:
		return "a mapping"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}

var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02"}

func toTime(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, true
	case string:
		for _, l := range dateLayouts {
			if t, err := time.Parse(l, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func toStrings(v any) ([]string, bool) {
	items, ok := v.([]any)
	if !ok {
		if m, ok := v.([]string); ok {
			return m, true
		}
		return nil, false
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(string)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}
