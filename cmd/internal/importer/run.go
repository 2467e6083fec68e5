package importer

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Options configure one import.
type Options struct {
	SeedDir    string // where the seeds/*.txt are
	ContentDir string // where content/ is
	// Diff prints what import would change (unified diff) to Out and
	// writes nothing.
	Diff    bool
	Verbose bool
	Out     io.Writer // diffs
	Log     io.Writer // kept files, details with Verbose
	// Progress, when set, is told when each stage starts (done stages of
	// total).
	Progress func(stage string, done, total int)
	Dedup    dedup.Options
	// Strict makes a seed with no article text an error that stops the
	// import, as it is when no seed has any; otherwise it is skipped with
	// a warning (see skipEmpty).
	Strict bool
}

// Result is what an import did.
type Result struct {
	Stats   Stats
	Plan    []Planned
	Written int
	// Skipped are the warnings for the seeds left out (no article text,
	// or text in another language).
	Skipped []*diag.Error
	Elapsed time.Duration
	// Renamed are the glossary and topic pages that got a new address
	// ("glossary/old -> glossary/new"); the old one redirects.
	Renamed []string
}

// Summary is the one line an import prints.
func (r *Result) Summary(diff bool) string {
	s := r.Stats
	pct := 0.0
	if s.WordsIn > 0 {
		pct = 100 * float64(s.WordsOut) / float64(s.WordsIn)
	}
	files := fmt.Sprintf("%d files written", r.Written)
	if diff {
		files = "nothing written (--diff)"
	}
	kept, merged, conflicts := 0, 0, 0
	for _, p := range r.Plan {
		switch {
		case p.Kept():
			kept++
		case p.Action == Merge:
			merged++
		}
		conflicts += len(p.Merge.Conflicts)
	}
	if merged > 0 {
		files += fmt.Sprintf(" (%d merged into edited files)", merged)
	}
	if kept > 0 {
		files += fmt.Sprintf(", %d kept", kept)
	}
	if conflicts > 0 {
		files += ", " + plural(conflicts, "conflict")
	}
	if n := len(r.Renamed); n > 0 {
		files += fmt.Sprintf(", %d renamed (old addresses redirect)", n)
	}
	seeds := plural(s.Seeds, "seed")
	if n := len(r.Skipped); n > 0 {
		foreign := 0
		for _, e := range r.Skipped {
			if strings.Contains(e.Msg, notEnglish) {
				foreign++
			}
		}
		switch foreign {
		case 0:
			seeds += fmt.Sprintf(" (%d skipped: no article text)", n)
		case n:
			seeds += fmt.Sprintf(" (%d skipped: not in English)", n)
		default:
			seeds += fmt.Sprintf(" (%d skipped: %d with no article text, %d not in English)", n, n-foreign, foreign)
		}
	}
	return fmt.Sprintf("import: %s, %s, %d sentences kept, %d dropped, %d words in, %d out (%.1f%%), %s, %d ms",
		seeds, plural(s.Sections, "section"), s.Kept, s.Sentences-s.Kept, s.WordsIn, s.WordsOut, pct, files, r.Elapsed.Milliseconds())
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// seedName is what a seed's file name (less .txt) may be.
var seedName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// ReadSeeds reads every *.txt of dir, in name order.
func ReadSeeds(dir string) ([]extract.Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		return nil, diag.Errorf(dir, 0, "no seeds (*.txt) to import; put page dumps in %s or name the site directory with -s", dir)
	}
	var docs []extract.Doc
	var errs diag.List
	for _, p := range paths {
		// A seed's name becomes its source page's URL and every provenance
		// link to it: keep it to characters that need no escaping.
		if name := strings.TrimSuffix(filepath.Base(p), ".txt"); !seedName.MatchString(name) {
			errs = append(errs, diag.Errorf(p, 0, "seed name %q would make a broken source link: rename the file using letters, digits, '.', '-' and '_' only", name))
			continue
		}
		d, err := extract.ReadFile(p)
		if err != nil {
			errs = append(errs, diag.All(err)...)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs.Err()
}

// Build runs extraction and the stages over docs, reading section keywords
// from contentDir. It writes nothing.
func Build(docs []extract.Doc, contentDir string, opt Options) (*Model, error) {
	progress := opt.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	total := len(Stages) + 2 // extract, the stages, write
	progress("extract", 0, total)
	arts, err := extractDocs(docs)
	arts, skipped, err := skipEmpty(arts, err, opt.Strict)
	if err != nil {
		return nil, err
	}
	secs, err := LoadSections(contentDir)
	if err != nil {
		return nil, err
	}
	m := &Model{Articles: arts, Sections: secs, Dedup: opt.Dedup, crossAnalysis: startCrossAnalysis(arts), previous: loadPrevious(contentDir), Skipped: skipped}
	m.SourceMeta = loadSourceMeta(contentDir)
	for i, st := range Stages {
		progress(st.Name, i+1, total)
		if m, err = runStage(st.Name, st.Run, m, docs); err != nil {
			return nil, err
		}
	}
	progress("write", total-1, total)
	return m, nil
}

// StagePanic is the error of a stage that panicked: import stops before
// writing anything, naming the stage and the seeds it was processing.
type StagePanic struct {
	Stage string
	Seeds []string // the seed being processed, or all of them for a stage over the whole briefing
	Value any
	Stack []byte
}

func (e *StagePanic) Error() string {
	where := ""
	switch n := len(e.Seeds); {
	case n == 1:
		where = " while processing " + e.Seeds[0]
	case n > 1:
		where = fmt.Sprintf(" while processing the %d seeds together (%s ... %s)", n, e.Seeds[0], e.Seeds[n-1])
	}
	return fmt.Sprintf("import: stage %q crashed%s: %v; nothing was written to content/. This is a bug in briefing: report it with the seeds named and the trace below\n%s",
		e.Stage, where, e.Value, e.Stack)
}

// recoverStage turns a panic of stage into a *StagePanic in *err.
func recoverStage(stage string, seeds []string, err *error) {
	if v := recover(); v != nil {
		*err = &StagePanic{Stage: stage, Seeds: seeds, Value: v, Stack: debug.Stack()}
	}
}

func docPaths(docs []extract.Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.Path
	}
	return out
}

// runStage runs one stage, a panic of it becoming an error.
func runStage(name string, run Stage, m *Model, docs []extract.Doc) (out *Model, err error) {
	defer recoverStage(name, docPaths(docs), &err)
	return run(m)
}

// extractDocs is extract.Extract with a panic turned into an error that
// names the seed: on a panic each seed is extracted alone to find the one
// that causes it.
func extractDocs(docs []extract.Doc) (arts []*extract.Article, err error) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		stack := debug.Stack()
		seeds := docPaths(docs)
		for _, d := range docs {
			if _, e := extractDocs([]extract.Doc{d}); e != nil {
				if sp, ok := e.(*StagePanic); ok {
					seeds = sp.Seeds
					break
				}
			}
		}
		err = &StagePanic{Stage: "extract", Seeds: seeds, Value: v, Stack: stack}
	}()
	return extract.Extract(docs)
}

// skipEmpty takes the seeds with no article text (a menu page, a page
// whose copy holds only its headline) out of the import. Like a site
// generator that warns of one bad page and builds the others, import goes on
// with the other seeds and names each one left out in a warning; it stops,
// writing nothing, when strict is set, when no seed has article text, or
// on any other error of extraction (broken input: fix the file).
func skipEmpty(arts []*extract.Article, err error, strict bool) ([]*extract.Article, []*diag.Error, error) {
	if _, ok := err.(*StagePanic); ok || err != nil && len(diag.All(err)) == 0 {
		return nil, nil, err
	}
	empty := map[string]*diag.Error{}
	var kept []*extract.Article
	for _, a := range arts {
		switch line, english := inEnglish(a); {
		case !hasParagraph(a):
			empty[a.Path] = diag.Errorf(a.Path, 1, "no article text found: every block looks like page furniture (menus, promos, bylines); check the file is a news page dump")
		case !english:
			// The stages read English (sentences, stems, function
			// words): another language's text would be cut and
			// matched by the wrong rules.
			empty[a.Path] = diag.Errorf(a.Path, line, "%s; briefing reads English articles only: translate the seed or remove it", notEnglish)
		default:
			kept = append(kept, a)
		}
	}
	var errs, skipped diag.List
	for _, e := range diag.All(err) {
		if _, ok := empty[e.Path]; ok {
			empty[e.Path] = e // extract's message says more (how many blocks)
		} else {
			errs = append(errs, e)
		}
	}
	for _, a := range arts {
		if e := empty[a.Path]; e != nil {
			skipped = append(skipped, e)
		}
	}
	if len(errs) > 0 || strict || len(kept) == 0 {
		return nil, nil, append(errs, skipped...).Err()
	}
	warns := make([]*diag.Error, len(skipped))
	for i, e := range skipped {
		warns[i] = diag.Errorf(e.Path, e.Line, "warning: %s (skipped: the other seeds are imported; import --strict makes this an error)", e.Msg)
	}
	return kept, warns, nil
}

// notEnglish opens the warning for a seed whose text is in another language.
const notEnglish = "the article text is not in English"

// inEnglish reports whether the article's body reads as English
// (text.LooksEnglish), and the line its body starts on.
func inEnglish(a *extract.Article) (int, bool) {
	var body strings.Builder
	line := 1
	for _, b := range a.Body() {
		if b.Kind == extract.Paragraph {
			if body.Len() == 0 {
				line = b.Line
			}
			body.WriteString(b.Text)
			body.WriteByte(' ')
		}
	}
	return line, text.LooksEnglish(body.String())
}

func hasParagraph(a *extract.Article) bool {
	for _, b := range a.Blocks {
		if b.Kind == extract.Paragraph {
			return true
		}
	}
	return false
}

// Run is a whole import: read the seeds, build, and write (or diff).
func Run(opt Options) (*Result, error) {
	start := time.Now()
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	docs, err := ReadSeeds(opt.SeedDir)
	if err != nil {
		return nil, err
	}
	m, err := Build(docs, opt.ContentDir, opt)
	if err != nil {
		return nil, err
	}
	for _, w := range m.Skipped {
		fmt.Fprintln(logw, w)
	}
	man, err := ReadManifest(opt.ContentDir)
	if err != nil {
		return nil, err
	}
	show := func(p string) string { return filepath.Join(opt.ContentDir, filepath.FromSlash(p)) }
	for _, p := range man.Ignored {
		fmt.Fprintf(logw, "%s: ignored manifest entry %q: it names a path outside %s, which import never touches; dropped\n", show(ManifestName), p, opt.ContentDir)
	}
	if n, err := Recover(opt.ContentDir, man, !opt.Diff); err != nil {
		return nil, err
	} else if n >= 0 {
		fmt.Fprintf(logw, "%s: the last import was interrupted; recorded the %s it had written\n", show(JournalName), plural(n, "file"))
	}
	plan, err := Plan(opt.ContentDir, m.Files, man)
	if err != nil {
		return nil, err
	}
	if man.Fresh {
		fmt.Fprintf(logw, "%s: none of the files %s records exists: starting afresh, writing the whole briefing\n", opt.ContentDir, ManifestName)
	}
	res := &Result{Stats: m.Stats(), Plan: plan, Renamed: m.Renamed, Skipped: m.Skipped}
	for _, r := range m.Renamed {
		fmt.Fprintf(logw, "%s: renamed; the old address redirects to the new one\n", r)
	}
	if opt.Diff {
		for _, p := range plan {
			if p.Kept() || string(p.Old) == string(p.Data) {
				continue
			}
			old := "a/" + filepath.ToSlash(show(p.File.Path))
			if !p.Exists {
				old = "/dev/null"
			}
			fmt.Fprint(opt.Out, UnifiedDiff(old, "b/"+filepath.ToSlash(show(p.File.Path)), p.Old, p.Data))
		}
	} else {
		if res.Written, err = Apply(opt.ContentDir, plan, man); err != nil {
			return nil, err
		}
	}
	for _, p := range plan {
		if p.Action != Unchanged || opt.Verbose {
			pre := ""
			if opt.Diff && !p.Kept() {
				pre = "would be "
			}
			fmt.Fprintf(logw, "%s: %s%s\n", show(p.File.Path), pre, p.Describe())
		}
		for _, l := range p.Merge.Conflicts {
			fmt.Fprintf(logw, "%s:%d: conflict: the editor and the seeds both changed this; the editor's text is kept, the versions are between the markers: keep what you want and delete the markers\n", show(p.File.Path), l)
		}
		for _, lp := range p.Problems {
			fmt.Fprintf(logw, "%s:%d: %s\n", show(p.File.Path), lp.Line, lp.Msg)
		}
	}
	// Files import wrote before but no longer produces (a seed was removed,
	// a topic or term is no longer derived): an unedited one goes, since
	// import still owns it; an edited one stays, named, like any edited file.
	for _, st := range ClassifyStale(opt.ContentDir, m.Files, man) {
		switch {
		case st.Edited:
			fmt.Fprintf(logw, "%s: kept: import no longer produces it, but it was edited since the last import; delete it by hand if it is not wanted\n", show(st.Path))
		case opt.Diff:
			fmt.Fprint(opt.Out, UnifiedDiff("a/"+filepath.ToSlash(show(st.Path)), "/dev/null", st.Old, nil))
		default:
			removed, err := RemoveStale(opt.ContentDir, st.Path, st.Old)
			switch {
			case err != nil:
				return nil, err
			case !removed:
				fmt.Fprintf(logw, "%s: kept: import no longer produces it, and it changed while import ran; delete it by hand if it is not wanted\n", show(st.Path))
			default:
				fmt.Fprintf(logw, "%s: removed: import no longer produces it and it was not edited\n", show(st.Path))
			}
		}
	}
	if opt.Verbose {
		s := res.Stats
		for i, sec := range m.Sections {
			fmt.Fprintf(logw, "section %s: %d sentences, %d words\n", sec.Name, s.SectionSentences[i], s.SectionWords[i])
		}
		fmt.Fprintf(logw, "dropped: %d near-duplicates, %d already covered, %d other; %d kept only for a name or number\n",
			s.DroppedDuplicate, s.DroppedCovered, s.DroppedOther, s.KeptForFact)
		logDecisions(logw, m)
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// logDecisions prints, for -v, each sentence import did not keep as it
// stands: where it is, why, and the sentence that says it instead.
func logDecisions(w io.Writer, m *Model) {
	at := func(i int) string {
		st := m.Sentences[i]
		a := m.Articles[st.Art]
		return fmt.Sprintf("%s:%d", filepath.Base(a.Path), a.Blocks[st.Block].Line)
	}
	// Text extraction took for the page's furniture: a block of prose
	// (minLoggedFurniture words or more) is listed, so that a fact the
	// page's chrome rules took can be found; menus and credits are not.
	for _, a := range m.Articles {
		for _, b := range a.Blocks {
			if b.Kind == extract.Furniture && b.Reason != extract.BlankRun && len(strings.Fields(b.Text)) >= minLoggedFurniture {
				fmt.Fprintf(w, "%s:%d: not article text (%s): %s\n", filepath.Base(a.Path), b.Line, b.Reason, clip(b.Text, 90))
			}
		}
	}
	for i, st := range m.Sentences {
		// A sentence kept as written, for what it says alone, is not
		// listed; one kept for another reason (a name or number only
		// it gives, a quotation's rest, a lead-in) or cut is.
		if st.Keep && (st.Reason == dedup.Kept || st.Reason == "") && st.PartOf < 0 {
			continue
		}
		what, reason := "dropped", string(st.Reason)
		if st.Keep {
			what = "kept"
		}
		like := ""
		if st.DupOf >= 0 && st.DupOf < len(m.Sentences) && st.DupOf != i {
			like = ", like " + at(st.DupOf)
		}
		if st.Keep && st.PartOf >= 0 && st.PartOf < len(m.Sentences) {
			reason, like = "a part cut that another source tells", ", like "+at(st.PartOf)
		}
		fmt.Fprintf(w, "%s: %s (%s%s): %s\n", at(i), what, reason, like, clip(st.Text, 90))
	}
}

// minLoggedFurniture is the fewest words of a furniture block import -v
// lists: a sentence's worth.
const minLoggedFurniture = 8

// clip shortens s to about n bytes at a word boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if k := strings.LastIndexByte(s[:n], ' '); k > 0 {
		n = k
	}
	return s[:n] + " …"
}
