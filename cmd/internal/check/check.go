// Package check validates a briefing's content without building it: front
// matter of each kind, glossary terms (duplicates, missing definitions),
// wiki-links, internal links and anchors, orphan pages. Each finding is
// "path:line: message"; errors fail `briefing check`, warnings do not.
package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
)

// Finding is one problem found. Warning findings are reported but do not
// make the check fail.
type Finding struct {
	Err     *diag.Error
	Warning bool
}

func (f Finding) String() string {
	if f.Warning {
		return f.Err.Error() + " (warning)"
	}
	return f.Err.Error()
}

// Findings is the report of one check, sorted by path and line.
type Findings []Finding

// Errors counts the findings that are not warnings.
func (fs Findings) Errors() int {
	n := 0
	for _, f := range fs {
		if !f.Warning {
			n++
		}
	}
	return n
}

// Sort orders findings by path, line and message, for stable output.
func (fs Findings) Sort() {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i].Err, fs[j].Err
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Msg < b.Msg
	})
}

func errorf(path string, line int, format string, args ...any) Finding {
	return Finding{Err: diag.Errorf(path, line, format, args...)}
}

func warnf(path string, line int, format string, args ...any) Finding {
	return Finding{Err: diag.Errorf(path, line, format, args...), Warning: true}
}

// TermFile is what the checker needs of a content/glossary/<slug>.md file.
type TermFile struct {
	Path        string // as the user names it: "content/glossary/brics.md"
	Term        string
	TermLine    int // line of the term field, 0 if absent
	Aliases     []string
	AliasesLine int
	// Body is the Markdown after the front matter; BodyLine its first line.
	Body     string
	BodyLine int
	// Mentioned is the front matter's `mentioned: true`: the term is
	// listed because the text uses it, which never says what it is, so it
	// needs no definition.
	Mentioned bool
}

// Terms checks the glossary: every entry names its term; no term or alias
// is claimed twice (ignoring case, since links match either way); a term
// without a definition is reported as needing one, unless it is marked
// as only mentioned.
func Terms(files []TermFile) Findings {
	var out Findings
	type claim struct {
		path string
		line int
		what string
	}
	claimed := map[string]claim{}
	claimName := func(f TermFile, name string, line int, what string) {
		key := strings.ToLower(strings.Join(strings.Fields(name), " "))
		if key == "" {
			out = append(out, errorf(f.Path, line, "empty %s; give the %s a name or remove it", what, what))
			return
		}
		if prev, ok := claimed[key]; ok {
			out = append(out, errorf(f.Path, line, "duplicate %s %q: already the %s of %s:%d; keep one, or make it an alias of one entry only", what, name, prev.what, prev.path, prev.line))
			return
		}
		claimed[key] = claim{f.Path, line, what}
	}
	sorted := append([]TermFile(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	for _, f := range sorted {
		if strings.TrimSpace(f.Term) == "" {
			out = append(out, errorf(f.Path, max(f.TermLine, 1), "glossary entry without a term: add `term: ...` to the front matter"))
		} else {
			claimName(f, f.Term, max(f.TermLine, 1), "term")
		}
		for _, a := range f.Aliases {
			claimName(f, a, max(f.AliasesLine, f.TermLine, 1), "alias")
		}
		if strings.TrimSpace(f.Body) == "" && !f.Mentioned {
			out = append(out, warnf(f.Path, max(f.BodyLine, 1), "term %q needs a definition: quote the source that defines it, with its [source](../sources/...) link, or mark it `mentioned: true` if the sources never say what it is", f.Term))
		}
	}
	return out
}

// TopicFile is what the checker needs of a content/topics/<slug>.md file.
type TopicFile struct {
	Path         string
	Title        string
	TitleLine    int
	Keywords     []string
	KeywordsLine int
	// Passages is how many section passages match the topic's keywords.
	Passages int
}

// Topics checks that every topic has a title and keywords, and that its
// keywords find at least one passage.
func Topics(files []TopicFile) Findings {
	var out Findings
	for _, f := range files {
		if strings.TrimSpace(f.Title) == "" {
			out = append(out, errorf(f.Path, max(f.TitleLine, 1), "topic without a title: add `title: ...` to the front matter"))
		}
		if len(f.Keywords) == 0 {
			out = append(out, errorf(f.Path, max(f.KeywordsLine, f.TitleLine, 1), "topic without keywords: add `keywords: [...]`, the words that find its passages"))
		} else if f.Passages == 0 {
			out = append(out, warnf(f.Path, max(f.KeywordsLine, 1), "no passage matches the keywords %s; the topic page will be empty", strings.Join(quoteAll(f.Keywords), ", ")))
		}
	}
	return out
}

// UnknownWikiLink is the finding for a wiki-link no page answers to;
// line is the line in the file.
func UnknownWikiLink(path string, line int, target string) Finding {
	return errorf(path, line, "unknown wiki-link [[%s]]: no glossary term, topic or page of that name; fix the name or add the page", target)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}
