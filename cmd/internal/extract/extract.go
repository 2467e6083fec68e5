// Package extract turns the raw text dump of a news web page (copied from a
// browser, or dumped by a text-mode browser such as w3m or lynx) into the
// article it carries: title, subtitle, byline metadata, headings and
// paragraphs, with every piece of page furniture (menus, promos, bylines,
// cookie notices, captions, related-article lists, footers) marked as such.
//
// It decides from structure and statistics, not from the strings of any one
// site: blocks repeated within a dump or across dumps, byline and date
// patterns, and a jusText-style classifier (length, stop-word density, link
// markers, capitalisation, and the class of the neighbours).
package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"golang.org/x/text/unicode/norm"
)

// Kind is the kind of a block of a page dump.
type Kind string

const (
	Title     Kind = "title"
	Subtitle  Kind = "subtitle"
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	// Furniture is removed: promo, byline, date line, nav/share/menu,
	// cookie/newsletter notice, caption, related list, footer, [image]
	// placeholders, runs of blank lines.
	Furniture Kind = "furniture"
)

// Block is one block of a page dump: one source line, or a run of lines that
// a text-mode browser wrapped.
type Block struct {
	Kind Kind `json:"kind"`
	// Text is normalised (NFC, white space collapsed, quotes kept as in the
	// source). A blank run has empty Text.
	Text string `json:"text"`
	// Line and EndLine are the 1-based source lines of the block (inclusive).
	Line    int `json:"line"`
	EndLine int `json:"endLine"`
	// Reason says why a Furniture block was removed.
	Reason Reason `json:"reason,omitempty"`
	// Item is the marker of a list item ("-", or "1." for a numbered one),
	// taken off Text; Level is the level of a Markdown heading ("## " is 2).
	Item  string `json:"item,omitempty"`
	Level int    `json:"level,omitempty"`
	// Cut marks a paragraph cut off mid-sentence at the end of the text (a
	// truncated copy) or by an excerpt mark ("[…] More"): it stays on the
	// source page, and its last sentence, unfinished, is no claim of the
	// briefing.
	Cut bool `json:"cut,omitempty"`
	// Embed marks a post of a social network embedded in the article (its
	// text, or the line that credits it: "— Jane Doe (@janedoe) March 3,
	// 2025"). The article shows it, so it stays on the source page; but it
	// is another account's words set out as the platform prints them, not
	// the outlet's report, and no claim of the briefing.
	Embed bool `json:"embed,omitempty"`

	// row marks a line of a table as the dump printed it: three or more
	// cells set apart by runs of spaces (see tableRow).
	row bool
}

// Article is the extraction of one page dump.
type Article struct {
	Name     string // seed name without extension, e.g. "000_c04abfce862fae5e"
	Path     string // as given
	Title    string
	Subtitle string
	Author   string
	Role     string
	Date     string // only when the text has one; never invented
	Outlet   string // the outlet the text names ("(Agency) —", "Read the full article at ..."), or ""
	Blocks   []Block

	repeated []bool // per block: repeated within the dump or across dumps
	// copies is, per block, how often its text occurs in this dump; first
	// marks the first of them; across marks text found in other dumps too.
	copies []int
	first  []bool
	across []bool
}

// Body returns the Title, Subtitle, Heading and Paragraph blocks, in order.
func (a *Article) Body() []Block {
	var out []Block
	for _, b := range a.Blocks {
		if b.Kind != Furniture {
			out = append(out, b)
		}
	}
	return out
}

// Markdown renders the body as Markdown: "# Title", the subtitle in italics,
// "## Heading"s and paragraphs. It removes furniture and keeps everything
// else verbatim: no rewriting, no de-duplication.
func (a *Article) Markdown() string {
	var b strings.Builder
	for _, bl := range a.Body() {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		switch bl.Kind {
		case Title:
			b.WriteString("# " + bl.Text)
		case Subtitle:
			b.WriteString("*" + bl.Text + "*")
		case Heading:
			b.WriteString("## " + bl.Text)
		default:
			if bl.Item != "" {
				b.WriteString(bl.Item + " ")
			}
			b.WriteString(bl.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// Doc is one page dump to extract.
type Doc struct {
	Path string
	Data []byte
}

// MaxSeedBytes caps the size of one page dump. Real pages are well under a
// megabyte; anything near the cap is not a page dump, and reading it whole
// would only exhaust memory.
const MaxSeedBytes = 50 << 20

// ReadDoc reads one page dump from r, refusing more than MaxSeedBytes.
func ReadDoc(path string, r io.Reader) (Doc, error) {
	return readDoc(path, r, MaxSeedBytes)
}

// ReadFile reads the page dump at path (see ReadDoc); errors name the file.
func ReadFile(path string) (Doc, error) {
	// Only regular files: opening a FIFO would wait for a writer forever.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return Doc{}, diag.Errorf(path, 0, "not a regular file (%s); remove it or replace it with the page's text", fi.Mode().Type())
	}
	f, err := os.Open(path)
	if err != nil {
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		return Doc{}, diag.Errorf(path, 0, "cannot open: %v", err)
	}
	defer f.Close()
	return ReadDoc(path, f)
}

func readDoc(path string, r io.Reader, max int64) (Doc, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return Doc{}, diag.Errorf(path, 0, "cannot read: %v", err)
	}
	if int64(len(data)) > max {
		return Doc{}, diag.Errorf(path, 1, "file is larger than %d MiB, too big for a page dump; split it or remove it", max>>20)
	}
	return Doc{Path: path, Data: data}, nil
}

// ExtractOne extracts a single page dump.
func ExtractOne(path string, data []byte) (*Article, error) {
	arts, err := Extract([]Doc{{Path: path, Data: data}})
	if len(arts) == 1 {
		return arts[0], err
	}
	return nil, err
}

// Extract extracts several page dumps together, so that a block repeated
// across dumps (a site's promo box, its footer) counts as furniture too.
// Errors name the file and line (diag.List). An article whose every block is
// furniture is returned with an error, so that callers can show why.
func Extract(docs []Doc) ([]*Article, error) {
	var errs diag.List
	var arts []*Article
	for _, d := range docs {
		lines, err := splitLines(d.Path, d.Data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		a := &Article{Name: seedName(d.Path), Path: d.Path}
		a.Blocks = segment(unquote(lines))
		tidy(a)
		arts = append(arts, a)
	}
	markRepeats(arts)
	for _, a := range arts {
		classify(a)
		if len(a.Body()) == 0 {
			n := 0
			for _, b := range a.Blocks {
				if b.Text != "" {
					n++
				}
			}
			errs = append(errs, diag.Errorf(a.Path, 1, "no article text found: all %d text blocks look like page furniture (menus, promos, bylines); is this a page dump?", n))
		}
	}
	return arts, errs.Err()
}

func seedName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// splitLines validates data and returns its lines without line ends, NFC
// normalised. CRLF and lone CR line ends are accepted.
func splitLines(path string, data []byte) ([]string, *diag.Error) {
	if len(data) > MaxSeedBytes {
		return nil, diag.Errorf(path, 1, "file is %d bytes, larger than the %d MiB limit for a page dump; split it or remove it", len(data), MaxSeedBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // byte order mark
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, diag.Errorf(path, 1, "empty file: no text to extract")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, diag.Errorf(path, lineAt(data, i), "binary file (NUL byte at offset %d): expected a UTF-8 text dump of a page", i)
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		ln := lineAt(data, i)
		col := i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1
		return nil, diag.Errorf(path, ln, "invalid UTF-8 (byte 0x%02x at column %d); re-save the file as UTF-8", data[i], col)
	}
	s := string(data)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = norm.NFC.String(l)
	}
	return lines, nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w == 1 {
			return i
		}
		i += w
	}
	return len(data)
}

// lineAt returns the 1-based line of byte offset i, counting LF, CRLF and
// lone CR as line ends (as splitLines does).
func lineAt(data []byte, i int) int {
	pre := data[:i]
	return 1 + bytes.Count(pre, []byte("\n")) + bytes.Count(pre, []byte("\r")) - bytes.Count(pre, []byte("\r\n"))
}

// clean collapses white space, drops invisible characters and trims.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// segment cuts lines into blocks. A browser copy-paste has one paragraph per
// line, so each line is a block. A text-mode browser wraps paragraphs at a
// fixed width; there, a line that filled the width continues on the next.
func segment(lines []string) []Block {
	width := wrapWidth(lines)
	var out []Block
	for i := 0; i < len(lines); {
		if clean(lines[i]) == "" {
			j := i
			for j < len(lines) && clean(lines[j]) == "" {
				j++
			}
			out = append(out, Block{Kind: Furniture, Line: i + 1, EndLine: j, Reason: BlankRun})
			i = j
			continue
		}
		if dropCap(lines, i) {
			// "T" / "he last time...": a magazine's drop cap printed on a
			// line of its own is the first letter of the next line.
			lines = slices.Clone(lines)
			lines[i+1] = strings.Repeat(" ", indent(lines[i+1])) + strings.TrimSpace(lines[i]) + strings.TrimSpace(lines[i+1])
			j := i + 2
			if width > 0 {
				for j < len(lines) && continues(lines[i+1], lines[j-1], lines[j], width) {
					j++
				}
			}
			out = append(out, Block{Text: clean(strings.Join(lines[i+1:j], " ")), Line: i + 1, EndLine: j})
			i = j
			continue
		}
		j := i + 1
		for j < len(lines) && (width > 0 && continues(lines[i], lines[j-1], lines[j], width) || hardWrapped(lines[i], lines[j-1], lines[j], j-1 > i)) {
			j++
		}
		parts := make([]string, 0, j-i)
		for _, l := range lines[i:j] {
			parts = append(parts, l)
		}
		out = append(out, Block{Text: clean(strings.Join(parts, " ")), Line: i + 1, EndLine: j, row: j == i+1 && tableRow(lines[i])})
		i = j
	}
	return out
}

// cellGap sets the cells of a table row apart: two or more spaces, or a tab.
var cellGap = regexp.MustCompile(`  +|\t+`)

// tableRow reports a line of a table printed as text ("HD    THE HOME DEPOT
// INC.    225.86  -12.99  -5.44%"): three or more cells of a few words each,
// set apart by runs of spaces.
func tableRow(line string) bool {
	cells := cellGap.Split(strings.TrimSpace(line), -1)
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if len(strings.Fields(c)) > 6 {
			return false
		}
	}
	return true
}

// unquote takes the quote marks off the lines of a quoted passage (an
// e-mail's or Markdown's "> " at the start of each line, nested "> > "
// too), keeping the line's indentation, so that the passage's hard-wrapped
// lines join into one paragraph like any other (see segment) and no mark
// stays in its text. A line that is only marks becomes blank: it separates
// paragraphs of the quote. Lines are not added or removed: line numbers
// stay the source's.
func unquote(lines []string) []string {
	var out []string
	for i, l := range lines {
		t := strings.TrimLeftFunc(l, unicode.IsSpace)
		if !strings.HasPrefix(t, ">") {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		for strings.HasPrefix(t, ">") {
			t = strings.TrimLeft(t[1:], " \t")
		}
		out[i] = l[:len(l)-len(strings.TrimLeftFunc(l, unicode.IsSpace))] + t
	}
	if out == nil {
		return lines
	}
	return out
}

// dropCap reports a line that is one capital letter alone, followed by a
// line that starts in lower case: the first letter of a paragraph, set large.
func dropCap(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if i+1 >= len(lines) || utf8.RuneCountInString(t) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	n, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1]))
	return unicode.IsUpper(r) && unicode.IsLower(n)
}

// wrapWidth returns the width a dump was wrapped at, or 0 when its lines
// were not wrapped (one paragraph per line, as a browser copy-paste gives).
// The width is a high percentile of the longer lines, so that a few lines
// the browser did not wrap (a long URL, a preformatted line) do not skew it.
func wrapWidth(lines []string) int {
	var lens []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimRightFunc(l, unicode.IsSpace)); n >= 30 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 3 {
		return 0
	}
	slices.Sort(lens)
	width := lens[len(lens)*9/10]
	if width > 132 || lens[len(lens)*3/4] > 132 {
		return 0
	}
	// Wrapped text has many lines close to the width.
	near := 0
	for _, n := range lens {
		if n >= width*8/10 && n <= width+2 {
			near++
		}
	}
	if near < 3 || near*3 < len(lens) {
		return 0
	}
	return width
}

// continues reports whether next carries on the paragraph of prev in a dump
// wrapped at width: prev was broken because the next word did not fit, and
// next is indented as a continuation (lynx indents a bullet's continuation
// lines to the text after the bullet).
func continues(first, prev, next string, width int) bool {
	p := strings.TrimRightFunc(prev, unicode.IsSpace)
	n := strings.TrimSpace(next)
	if n == "" || isBulletStart(n) {
		return false
	}
	if in := indent(next); in != contIndent(first) && in != indent(first) {
		return false
	}
	word := n
	if k := strings.IndexFunc(n, unicode.IsSpace); k > 0 {
		word = n[:k]
	}
	return utf8.RuneCountInString(p)+1+utf8.RuneCountInString(word) > width-3
}

// hardWrapped reports a line break inside a sentence, as a text wrapped by
// hand or by a mail client has it (the width varies, so continues cannot
// see it): prev is a long line that ends with no sentence punctuation, and
// next carries on the sentence: it starts in lower case or with a digit, or
// prev ends with a comma or a small word ("in", "the") that cannot end one.
// Wrapped lines are short; a longer line is a paragraph of its own.
//
// Inside a paragraph already seen to be wrapped (prev continues the lines
// before it: inWrap), a next line in capitals carries on too ("... said\n
// Greta Lindqvist, who ..."), unless it reads as a heading: a few words
// with no sentence end ("Frost protection") is not glued to the text
// above it.
func hardWrapped(first, prev, next string, inWrap bool) bool {
	p := strings.TrimSpace(prev)
	n := strings.TrimSpace(next)
	if n == "" || isBulletStart(n) || utf8.RuneCountInString(p) < narrowWrap || utf8.RuneCountInString(p) > 100 || indent(next) != contIndent(first) && indent(next) != indent(first) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if endsSentence(p) || last == ':' || last == ';' || isCloseQuote(last) || strings.HasPrefix(n, "#") {
		return false
	}
	if _, d := dateStamp(n); d != "" {
		return false // "date 2025-07-08 The ministers ...": a stamp opens a paragraph
	}
	if r, _ := utf8.DecodeRuneInString(n); utf8.RuneCountInString(p) >= 40 && (unicode.IsLower(r) || unicode.IsDigit(r)) {
		// A figure alone on its line is a count the page prints under
		// a photo or a button (a gallery's "6", a share count), unless
		// the line above cannot end there ("... rose to" / "6").
		return !figureOnly(n) || openWords[p[strings.LastIndexFunc(p, unicode.IsSpace)+1:]]
	} else if unicode.IsLower(r) {
		// A narrow column (a phone-width copy, 20 to 40 characters a
		// line) wraps too: a line of four words or more that a line of
		// three or more in lower case carries on, unless that line
		// credits an author ("by Jane Doe" under a short headline).
		return len(strings.Fields(p)) >= 4 && len(strings.Fields(n)) >= 3 && !strings.HasPrefix(n, "by ")
	}
	if utf8.RuneCountInString(p) < 40 && !inWrap {
		return false
	}
	if last == ',' || glossCarriesOn(n) {
		return true
	}
	if inWrap && (endsSentence(n) || len(strings.Fields(n)) >= 6) {
		return true
	}
	return openWords[p[strings.LastIndexFunc(p, unicode.IsSpace)+1:]]
}

// figureOnly reports a line that is one figure and nothing else ("6",
// "1,204").
func figureOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789,.") == ""
}

// narrowWrap is the shortest line that hardWrapped takes as broken inside
// a sentence; below 40 characters it must be carried on in lower case, or
// be inside a paragraph already seen to be wrapped.
const narrowWrap = 20

// glossCarriesOn reports a line that opens with a short gloss in brackets
// and carries on in lower case ("(EU) member states have ..."): the name
// it glosses ended the line before.
func glossCarriesOn(n string) bool {
	if !strings.HasPrefix(n, "(") {
		return false
	}
	k := strings.IndexByte(n, ')')
	if k < 0 || len(strings.Fields(n[:k])) > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(n[k+1:]))
	return unicode.IsLower(r)
}

// openWords cannot end a sentence: a line that ends with one is cut.
var openWords = toSet(`a an the of in into to for with and or but nor at by from on as that which who whose
whom than between among about under over after before during through against without within is are was were
be been has have had its their his her our my your this these those`)

func indent(s string) int {
	return utf8.RuneCountInString(s) - utf8.RuneCountInString(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// contIndent is the indentation of the continuation lines of a block whose
// first line is first.
func contIndent(first string) int {
	in := indent(first)
	t := strings.TrimLeftFunc(first, unicode.IsSpace)
	if isBulletStart(t) {
		k := strings.IndexFunc(t, unicode.IsSpace)
		rest := t[k:]
		return in + utf8.RuneCountInString(t[:k]) + utf8.RuneCountInString(rest) - utf8.RuneCountInString(strings.TrimLeftFunc(rest, unicode.IsSpace))
	}
	return in
}

func isBulletStart(s string) bool {
	for _, p := range []string{"* ", "• ", "- ", "– ", "· ", "+ ", "o "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return numberedItem.MatchString(s) || lynxBullet.MatchString(s)
}

// String renders a block for debugging and test failures.
func (b Block) String() string {
	if b.Kind == Furniture {
		return fmt.Sprintf("%d-%d %s (%s) %q", b.Line, b.EndLine, b.Kind, b.Reason, b.Text)
	}
	return fmt.Sprintf("%d-%d %s %q", b.Line, b.EndLine, b.Kind, b.Text)
}

// Meta is the metadata and block list of an article as `briefing clean
// --json` prints it.
type Meta struct {
	Name     string  `json:"name"`
	Path     string  `json:"path"`
	Title    string  `json:"title"`
	Subtitle string  `json:"subtitle,omitempty"`
	Author   string  `json:"author,omitempty"`
	Role     string  `json:"role,omitempty"`
	Date     string  `json:"date,omitempty"`
	Outlet   string  `json:"outlet,omitempty"`
	Blocks   []Block `json:"blocks"`
}

// Meta returns the metadata and blocks of a for JSON output.
func (a *Article) Meta() Meta {
	return Meta{Name: a.Name, Path: a.Path, Title: a.Title, Subtitle: a.Subtitle, Author: a.Author, Role: a.Role, Date: a.Date, Outlet: a.Outlet, Blocks: a.Blocks}
}
