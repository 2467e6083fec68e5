package importer

import (
	"fmt"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"sort"
	"strconv"
	"strings"
)

// Passage-level three-way merge of one content file, as `git merge-file`
// does for lines: base is what import wrote last time (kept in the
// manifest), ours the editor's file, theirs what import would write now.
//
// A file is front matter plus passages: runs of non-blank lines (a fenced
// code block or a conflict block counts as one). Passages of base are
// matched to passages of ours and of theirs by their text without
// provenance links, then by their first source link, then by wording
// (most words shared). Then, for each passage of base:
//
//   - untouched by the editor: it follows the seeds (updated, or gone when
//     import no longer writes it);
//   - changed, moved or deleted by the editor: it stays as the editor left it;
//   - changed by both, differently: a conflict block takes its place, with
//     the editor's version first, then the last import's and the seeds' new
//     one, between Git's conflict markers (see conflictBlock).
//
// Passages only theirs has are new material: each is inserted after the
// passage that precedes it in theirs. Passages only ours has are the
// editor's own and stay where they are. Front matter merges key by key with
// the same rules.

// Conflict markers, the ones Git writes, so that an editor's tools (and
// `briefing check`) recognise them.
const (
	markerOurs   = "<<<<<<< editor"
	markerBase   = "||||||| last import"
	markerSep    = "======="
	markerTheirs = ">>>>>>> import"
	// markerFM starts a front matter conflict, written as comments so that
	// the front matter still parses.
	markerFM = "# <<<<<<< import would write:"
	// markerFMEnd ends it.
	markerFMEnd = "# >>>>>>> import"
)

// IsConflictMarker reports whether a line opens an unresolved import
// conflict (in the body or, as a comment, in the front matter).
func IsConflictMarker(line string) bool {
	return strings.HasPrefix(line, "<<<<<<< ") || strings.HasPrefix(line, markerFM)
}

// MergeResult is the merge of one file.
type MergeResult struct {
	Data      []byte
	Added     int   // passages of theirs inserted
	Updated   int   // passages the editor had not touched, updated from theirs
	Removed   int   // untouched passages import no longer writes
	Conflicts []int // 1-based lines of the conflict markers in Data
}

type passage struct {
	text string // as in the file, lines joined by "\n"
	key  string // text without provenance links, whitespace collapsed
	link string // its source list's first link target "sources/x.md#L14", or ""
}

func newPassage(text string) passage {
	p := passage{text: text}
	if l, ok := provenance.ListLink(text); ok {
		p.link = l.Target()
	}
	p.key = strings.Join(strings.Fields(provenance.StripLinks(text)), " ")
	return p
}

// splitDoc splits a file into its front matter (with delimiters, "" when
// none) and its body.
func splitDoc(s string) (fm, delim, body string) {
	for _, d := range []string{"---", "+++"} {
		if !strings.HasPrefix(s, d+"\n") {
			continue
		}
		rest := s[len(d)+1:]
		if i := strings.Index(rest, "\n"+d+"\n"); i >= 0 {
			return s[:len(d)+1+i+1+len(d)+1], d, rest[i+len(d)+2:]
		}
		if strings.HasPrefix(rest, d+"\n") {
			return s[:2*(len(d)+1)], d, rest[len(d)+1:]
		}
	}
	return "", "", s
}

// splitPassages cuts a body into passages.
func splitPassages(body string) []passage {
	var out []passage
	var cur []string
	fence, conflict := "", false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, newPassage(strings.Join(cur, "\n")))
			cur = nil
		}
	}
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case conflict:
			cur = append(cur, line)
			if strings.HasPrefix(line, ">>>>>>> ") {
				conflict = false
			}
			continue
		case fence != "":
			cur = append(cur, line)
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		case strings.HasPrefix(line, "<<<<<<< "):
			flush()
			cur = append(cur, line)
			conflict = true
			continue
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = t[:3]
		}
		if t == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

func joinPassages(ps []string) string {
	if len(ps) == 0 {
		return ""
	}
	return "\n" + strings.Join(ps, "\n\n") + "\n"
}

// words is the set of lower-case words of a passage's key.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		out[w] = true
	}
	return out
}

func wordJaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// minSimilar is the word overlap (Jaccard) above which two passages are
// taken for versions of one passage.
const minSimilar = 0.5

// maxPairs bounds the passages compared by wording in one file.
const maxPairs = 250_000

// match pairs passages of a with passages of b: equal keys first, then a
// first source link that is unique on both sides, then the most similar
// wording. It returns, for each passage of a, its partner in b or -1.
func match(a, b []passage) []int {
	out := make([]int, len(a))
	taken := make([]bool, len(b))
	for i := range out {
		out[i] = -1
	}
	byKey := map[string][]int{}
	for j, p := range b {
		byKey[p.key] = append(byKey[p.key], j)
	}
	for i, p := range a {
		for _, j := range byKey[p.key] {
			if !taken[j] {
				out[i], taken[j] = j, true
				break
			}
		}
	}
	count := func(ps []passage) map[string]int {
		n := map[string]int{}
		for _, p := range ps {
			if p.link != "" {
				n[p.link]++
			}
		}
		return n
	}
	na, nb := count(a), count(b)
	byLink := map[string]int{}
	for j, p := range b {
		if p.link != "" && nb[p.link] == 1 {
			byLink[p.link] = j
		}
	}
	for i, p := range a {
		if out[i] >= 0 || p.link == "" || na[p.link] != 1 {
			continue
		}
		if j, ok := byLink[p.link]; ok && !taken[j] {
			out[i], taken[j] = j, true
		}
	}
	type pair struct {
		i, j int
		sim  float64
	}
	var pairs []pair
	var ua, ub []int
	for i := range a {
		if out[i] < 0 {
			ua = append(ua, i)
		}
	}
	wb := make([]map[string]bool, len(b))
	for j, q := range b {
		if !taken[j] {
			ub = append(ub, j)
			wb[j] = words(q.key)
		}
	}
	if len(ua)*len(ub) > maxPairs {
		ua = nil // too many to compare: the rest counts as deleted and new
	}
	for _, i := range ua {
		wa := words(a[i].key)
		for _, j := range ub {
			if s := wordJaccard(wa, wb[j]); s >= minSimilar {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].sim > pairs[y].sim })
	for _, pr := range pairs {
		if out[pr.i] < 0 && !taken[pr.j] {
			out[pr.i], taken[pr.j] = pr.j, true
		}
	}
	return out
}

// conflictBlock holds the three versions of a passage both sides changed.
func conflictBlock(ours, base, theirs string) string {
	return markerOurs + "\n" + ours + "\n" + markerBase + "\n" + base + "\n" + markerSep + "\n" + theirs + "\n" + markerTheirs
}

// Merge3 merges one file; see the comment at the top of this file.
func Merge3(base, ours, theirs []byte) MergeResult {
	bfm, bd, bbody := splitDoc(string(base))
	ofm, od, obody := splitDoc(string(ours))
	tfm, td, tbody := splitDoc(string(theirs))
	var res MergeResult

	fm := ofm
	var fmConflicts bool
	if bd == od && od == td {
		fm, fmConflicts = mergeFrontMatter(bfm, ofm, tfm, od)
	} else if ofm == bfm {
		fm = tfm // the editor left it alone: import's
	}

	bp, op, tp := splitPassages(bbody), splitPassages(obody), splitPassages(tbody)
	bo, bt := match(bp, op), match(bp, tp)
	oFromB := make([]int, len(op))
	for j := range oFromB {
		oFromB[j] = -1
	}
	for i, j := range bo {
		if j >= 0 {
			oFromB[j] = i
		}
	}
	tFromB := make([]int, len(tp))
	for j := range tFromB {
		tFromB[j] = -1
	}
	for i, j := range bt {
		if j >= 0 {
			tFromB[j] = i
		}
	}

	var out []string
	outKeys := map[string]bool{}
	posOfBase := map[int]int{} // base passage -> index in out
	for j, o := range op {
		i := oFromB[j]
		if i < 0 {
			out = append(out, o.text) // the editor's own
			outKeys[o.key] = true
			continue
		}
		b := bp[i]
		t := -1
		if bt[i] >= 0 {
			t = bt[i]
		}
		oChanged := o.text != b.text
		tChanged := t < 0 || tp[t].key != b.key
		switch {
		case !oChanged && t < 0:
			res.Removed++ // import no longer writes it, the editor never touched it
			continue
		case !oChanged:
			if tp[t].text != o.text {
				res.Updated++
			}
			out = append(out, tp[t].text)
			outKeys[tp[t].key] = true
		case t >= 0 && tChanged && tp[t].key != o.key:
			out = append(out, conflictBlock(o.text, b.text, tp[t].text))
			outKeys[o.key], outKeys[tp[t].key] = true, true
		default:
			out = append(out, o.text)
			outKeys[o.key] = true
		}
		posOfBase[i] = len(out) - 1
	}
	// New passages go after the passage that precedes them in theirs.
	inserts := map[int][]string{}
	anchor := -1
	for j, t := range tp {
		if i := tFromB[j]; i >= 0 {
			if p, ok := posOfBase[i]; ok {
				anchor = p
			}
			continue
		}
		if outKeys[t.key] {
			continue // already there (the editor wrote it, or moved it here)
		}
		inserts[anchor] = append(inserts[anchor], t.text)
		outKeys[t.key] = true
		if !strings.HasPrefix(t.text, "#") {
			res.Added++ // a story's heading is no passage
		}
	}
	var final []string
	final = append(final, inserts[-1]...)
	for k, s := range out {
		final = append(final, s)
		final = append(final, inserts[k]...)
	}
	// Passages unchanged and front matter unchanged: keep ours byte for
	// byte (an editor's blank lines are theirs to choose).
	same := fm == ofm && len(final) == len(op)
	for k := 0; same && k < len(final); k++ {
		same = final[k] == op[k].text
	}
	if same {
		res.Data = ours
	} else {
		res.Data = []byte(fm + joinPassages(final))
	}
	for n, line := range strings.Split(string(res.Data), "\n") {
		if line == markerOurs || (fmConflicts && line == markerFM) {
			res.Conflicts = append(res.Conflicts, n+1)
		}
	}
	return res
}

// fmEntry is one top-level key of front matter with its continuation lines.
type fmEntry struct {
	key  string
	text string
}

// splitFrontMatter cuts the inside of front matter into top-level entries:
// a line that starts in column 0 with a key ("title:" in YAML, "title ="
// in TOML) opens one; indented lines, list items and comments belong to the
// entry before them.
func splitFrontMatter(inner string) []fmEntry {
	var out []fmEntry
	for _, line := range strings.SplitAfter(inner, "\n") {
		if line == "" {
			continue
		}
		key := ""
		if line[0] != ' ' && line[0] != '\t' && line[0] != '#' && line[0] != '-' && line[0] != '\n' && line[0] != '[' {
			if i := strings.IndexAny(line, ":="); i > 0 {
				key = strings.TrimSpace(line[:i])
			}
		}
		if key == "" && len(out) > 0 {
			out[len(out)-1].text += line
			continue
		}
		out = append(out, fmEntry{key, line})
	}
	return out
}

// mergeFrontMatter merges front matter key by key: a key the editor did not
// change follows theirs; a key the editor changed, added or removed stays
// so; a key both changed keeps the editor's value, followed by import's as
// a comment between conflict markers.
func mergeFrontMatter(base, ours, theirs, delim string) (string, bool) {
	inner := func(s string) string {
		if s == "" {
			return ""
		}
		return strings.TrimSuffix(strings.TrimPrefix(s, delim+"\n"), delim+"\n")
	}
	if ours == "" && base != "" {
		return "", false // the editor removed the front matter
	}
	if ours == base {
		return theirs, false
	}
	be, oe, te := splitFrontMatter(inner(base)), splitFrontMatter(inner(ours)), splitFrontMatter(inner(theirs))
	index := func(es []fmEntry) map[string]string {
		m := map[string]string{}
		for _, e := range es {
			if e.key != "" {
				m[e.key] = e.text
			}
		}
		return m
	}
	bm, om, tm := index(be), index(oe), index(te)
	var b strings.Builder
	b.WriteString(delim + "\n")
	conflict := false
	for _, e := range oe {
		bv, inBase := bm[e.key]
		tv, inTheirs := tm[e.key]
		switch {
		case e.key == "":
			b.WriteString(e.text)
		case inBase && e.text == bv && inTheirs:
			b.WriteString(tv)
		case inBase && e.text == bv:
			// import no longer writes it and the editor left it alone
		case inTheirs && tv != e.text && (!inBase || tv != bv):
			b.WriteString(e.text)
			b.WriteString(markerFM + "\n")
			for _, l := range strings.SplitAfter(strings.TrimSuffix(tv, "\n"), "\n") {
				b.WriteString("# " + strings.TrimSuffix(l, "\n") + "\n")
			}
			b.WriteString(markerFMEnd + "\n")
			conflict = true
		default:
			b.WriteString(e.text)
		}
	}
	for _, e := range te {
		if e.key == "" {
			continue
		}
		if _, inOurs := om[e.key]; inOurs {
			continue
		}
		if _, inBase := bm[e.key]; inBase {
			continue // the editor removed it
		}
		b.WriteString(e.text) // a key import writes now and did not before
	}
	b.WriteString(delim + "\n")
	return b.String(), conflict
}

// sourceBlocks reads a rendered source page (sources/<seed>.md): the text
// of each anchored block by its seed line.
func sourceBlocks(data []byte) map[int]string {
	out := map[int]string{}
	for _, line := range strings.Split(string(data), "\n") {
		i := strings.LastIndex(line, " {#L")
		if i < 0 || !strings.HasSuffix(line, "}") {
			continue
		}
		n, err := strconv.Atoi(line[i+4 : len(line)-1])
		if err != nil {
			continue
		}
		out[n] = strings.TrimPrefix(line[:i], "## ")
	}
	return out
}

// LinkProblem is a source link import could not resolve.
type LinkProblem struct {
	Line int
	Msg  string
}

// Relink resolves every source link of data again: a link names the seed
// lines of the passage it ends; when the seed's lines moved, the link
// follows its block's text (old names the source pages before this import,
// new after it, both by seed name). A block the seed no longer has is looked
// for by the passage's own words; a link that still finds nothing is
// reported.
func Relink(data []byte, old, new map[string]map[int]string) ([]byte, []LinkProblem) {
	var problems []LinkProblem
	fm, _, body := splitDoc(string(data))
	bodyLine := strings.Count(fm, "\n") + 1
	lines := strings.Split(body, "\n")
	changed := false
	for ln, line := range lines {
		if !strings.Contains(line, "sources/") {
			continue
		}
		passageWords := words(provenance.StripLinks(line))
		out := provenance.ReplaceLinks(line, func(l provenance.Link) string {
			link := l.Raw
			seed, n, end := l.Ref.Seed, l.Ref.Line, max(l.Ref.EndLine, l.Ref.Line)
			nb, ok := new[seed]
			if !ok {
				return link // not a seed import reads: the editor's business
			}
			ob := old[seed]
			find := func(line int) (int, bool) {
				if t, ok := ob[line]; ok {
					if nt, ok := nb[line]; ok && nt == t {
						return line, true
					}
					best, bestLine := 0.0, 0
					for l, nt := range nb {
						if nt == t {
							return l, true
						}
						if s := wordJaccard(words(t), words(nt)); s > best || s == best && l < bestLine {
							best, bestLine = s, l
						}
					}
					if best >= minSimilar {
						return bestLine, true
					}
				} else if _, ok := nb[line]; ok && ob == nil {
					return line, true // no record of the old page: trust it
				}
				return 0, false
			}
			nn, ok := find(n)
			if !ok {
				// The passage's own words, in the block that holds most of them.
				best, bestLine := 0.0, 0
				for l, nt := range nb {
					nw := words(nt)
					k := 0
					for w := range passageWords {
						if nw[w] {
							k++
						}
					}
					if s := float64(k) / float64(max(len(passageWords), 1)); s > best || s == best && l < bestLine {
						best, bestLine = s, l
					}
				}
				if best < minSimilar {
					problems = append(problems, LinkProblem{bodyLine + ln, fmt.Sprintf("source link sources/%s.md#L%d: %s.txt no longer has that passage; fix or remove the link", seed, n, seed)})
					return link
				}
				nn = bestLine
			}
			ne := nn + (end - n)
			if end != n {
				if e, ok := find(end); ok && e >= nn {
					ne = e
				}
			}
			if nn == n && ne == end {
				return link
			}
			return l.Renumbered(nn, ne)
		})
		if out != line {
			lines[ln] = out
			changed = true
		}
	}
	if !changed {
		return data, problems
	}
	return []byte(fm + strings.Join(lines, "\n")), problems
}
