package build

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/content"
)

// TestSourceFiles: what the build reads of content/ and static/, and what it
// refuses with the file's name: editors' temporary files are ignored, links
// leaving the tree and non-regular files are refused, dotfiles of static/
// are not published except .well-known/.
func TestSourceFiles(t *testing.T) {
	type setup func(t *testing.T, src, static string)
	link := func(target, name string) setup {
		return func(t *testing.T, src, static string) {
			t.Helper()
			name = strings.NewReplacer("SRC", src, "STATIC", static).Replace(name)
			target = strings.NewReplacer("SRC", src, "STATIC", static).Replace(target)
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, name); err != nil {
				t.Skip("no symlinks:", err)
			}
		}
	}
	file := func(name, data string) setup {
		return func(t *testing.T, src, static string) {
			writeFile(t, strings.NewReplacer("SRC", src, "STATIC", static).Replace(name), data)
		}
	}
	outside := filepath.Join(t.TempDir(), "secret.md")
	writeFile(t, outside, "---\ntitle: secret\n---\nThe secret.\n")
	tests := []struct {
		name   string
		setup  []setup
		errs   []string // error prefixes; none: the build succeeds
		has    []string // output files that must exist
		hasNot []string // ... and that must not
	}{
		{name: "emacs lock file (dangling symlink)", setup: []setup{link("root@host.1234:1", "SRC/content/.#economics.md")}},
		{name: "editor backups and swaps", setup: []setup{
			file("SRC/content/economics.md~", "---\ntitle: [\n"),
			file("SRC/content/#economics.md#", "---\ntitle: [\n"),
			file("SRC/content/.economics.md.swp", "\x00\x01"),
			file("STATIC/css/.site.css.swp", "x"),
			file("STATIC/css/site.css~", "x")},
			hasNot: []string{"css/site.css~", "css/.site.css.swp"}},
		{name: "symlink to a file outside content/", setup: []setup{link(outside, "SRC/content/leak.md")},
			errs: []string{"content/leak.md: is a symlink to "}},
		{name: "symlink to a file outside static/", setup: []setup{link(outside, "STATIC/leak.txt")},
			errs: []string{"static/leak.txt: is a symlink to "}},
		{name: "symlink inside content/ is followed", setup: []setup{link("first.md", "SRC/content/notes/eco.md")},
			has: []string{"notes/eco/index.html"}},
		{name: "symlink inside static/ is followed", setup: []setup{link("site.css", "STATIC/css/copy.css")},
			has: []string{"css/copy.css"}},
		{name: "symlinked directory in content/", setup: []setup{link(filepath.Dir(outside), "SRC/content/more")},
			errs: []string{"content/more: is a symlink to "}},
		{name: "symlinked directory in static/", setup: []setup{link("css", "STATIC/css2")},
			errs: []string{"static/css2: is a symlink to a directory"}},
		{name: "dotfiles of static/", setup: []setup{
			file("STATIC/.env", "SECRET=1"), file("STATIC/.git/config", "x"), file("STATIC/css/.hidden", "x"),
			file("STATIC/.well-known/security.txt", "Contact: mailto:x@example.org\n")},
			has: []string{".well-known/security.txt"}, hasNot: []string{".env", ".git/config", "css/.hidden"}},
		{name: "content file over the cap", setup: []setup{file("SRC/content/big.md", strings.Repeat("a", content.MaxFileBytes+1))},
			errs: []string{"content/big.md:1: file is 8388609 bytes, larger than the 8 MiB limit"}},
		{name: "FIFO in content/", setup: []setup{func(t *testing.T, src, _ string) {
			if err := syscall.Mkfifo(filepath.Join(src, "content", "pipe.md"), 0o644); err != nil {
				t.Skip("no FIFOs:", err)
			}
		}}, errs: []string{"content/pipe.md: not a regular file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := copyTree(t, "testdata/site")
			static := filepath.Join(t.TempDir(), "static")
			if err := os.CopyFS(static, os.DirFS(repoStatic)); err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.setup {
				s(t, src, static)
			}
			site, err := build(t, Options{Source: src, Static: static})
			if len(tt.errs) > 0 {
				checkErrors(t, err, tt.errs)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range tt.has {
				if _, ok := site.Files[f]; !ok {
					t.Errorf("%s not published", f)
				}
			}
			for _, f := range tt.hasNot {
				if _, ok := site.Files[f]; ok {
					t.Errorf("%s published", f)
				}
			}
		})
	}
}

// TestWriteSurvivesKill kills a process that rewrites the site in a loop,
// at a different moment each round (a bounded loop, no timing assertion):
// after every kill the output is a whole build, and the next Write leaves
// nothing of the killed ones beside it.
func TestWriteSurvivesKill(t *testing.T) {
	if dest := os.Getenv("BRIEFING_WRITE_LOOP"); dest != "" {
		site := mustBuild(t, Options{Source: "testdata/site"})
		for i := 0; ; i++ {
			if err := site.Write(dest); err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				os.Stdout.WriteString("ready\n")
			}
		}
	}
	if testing.Short() {
		t.Skip("spawns processes")
	}
	site := mustBuild(t, Options{Source: "testdata/site"})
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	const rounds = 12
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriteSurvivesKill$")
		cmd.Env = append(os.Environ(), "BRIEFING_WRITE_LOOP="+dest)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if _, err := bufio.NewReader(out).ReadString('\n'); err != nil {
			cmd.Process.Kill()
			t.Fatalf("round %d: writer did not start: %v", round, err)
		}
		time.Sleep(time.Duration(round) * time.Millisecond) // a different moment of the loop each round
		cmd.Process.Kill()
		cmd.Wait()
		if got := readDir(t, dest); !equalTrees(site.Files, got) {
			t.Fatalf("round %d: after kill -9 the output is not a whole build (%d files of %d)", round, len(got), len(site.Files))
		}
	}
	if err := site.Write(dest); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left beside the output after %d kills: %v", rounds, names)
	}
}

// TestWriteRecoversMovedAside: where no atomic exchange exists, Write moves
// the old site aside first; a kill then leaves no public/, and the next
// Write puts the old one back before anything else.
func TestWriteRecoversMovedAside(t *testing.T) {
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip(err)
	}
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	aside := filepath.Join(parent, fmt.Sprintf(".public-old-%d-123", dead.Process.Pid))
	writeFile(t, filepath.Join(aside, "public", ".nojekyll"), "")
	writeFile(t, filepath.Join(aside, "public", "index.html"), "old")
	writeFile(t, filepath.Join(parent, fmt.Sprintf(".public-tmp-%d-456", dead.Process.Pid), "index.html"), "half")
	running := filepath.Join(parent, fmt.Sprintf(".public-tmp-%d-789", os.Getpid()))
	writeFile(t, filepath.Join(running, "index.html"), "being written")
	recoverStale(dest)
	if data, err := os.ReadFile(filepath.Join(dest, "index.html")); err != nil || string(data) != "old" {
		t.Errorf("old site not put back: %q, %v", data, err)
	}
	entries, _ := os.ReadDir(parent)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{filepath.Base(running), "public"}; !slices.Equal(names, want) {
		t.Errorf("left %v, want %v (a live process's tree stays)", names, want)
	}
}

// TestEditorFilesIncremental: serve's rebuilds get the changed paths; an
// editor's lock file appearing and going away never fails a build, so the
// preview cannot get stuck on "Build failed" for it.
func TestEditorFilesIncremental(t *testing.T) {
	src := copyTree(t, "testdata/site")
	b := New(Options{Source: src, Layouts: repoLayouts, Static: repoStatic})
	first, err := b.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	lock := filepath.Join(src, "content", ".#economics.md")
	if err := os.Symlink("user@host.1:1", lock); err != nil {
		t.Skip("no symlinks:", err)
	}
	for _, step := range []string{"lock created", "lock removed"} {
		s, err := b.Build([]string{"content/.#economics.md"})
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if !equalTrees(first.Files, s.Files) {
			t.Errorf("%s: output changed", step)
		}
		os.Remove(lock)
	}
	if _, err := New(Options{Source: src, Layouts: repoLayouts, Static: repoStatic}).Build(nil); err != nil {
		t.Fatal(err)
	}
}
