//go:build unix

package importer

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestKilledImport kills an import (SIGKILL) at each of its write steps in
// turn, a bounded loop, then runs import again: it must finish the record
// of what the killed run wrote, so no file of import's is reported as
// edited, no temporary file is left, and the site ends as an uninterrupted
// import leaves it (issue 14, point 10).
func TestKilledImport(t *testing.T) {
	if os.Getenv("BRIEFING_KILL_AT") != "" {
		t.Skip("the helper process")
	}
	if testing.Short() {
		t.Skip("runs an import per write step")
	}
	// What an uninterrupted import leaves.
	refSeeds, refContent := windSite(t)
	runImport(t, refSeeds, refContent, nil)
	newMaterial(t, refSeeds)
	runImport(t, refSeeds, refContent, nil)
	want := snapContent(t, refContent)

	const maxSteps = 100
	for k := 1; k <= maxSteps; k++ {
		seedDir, contentDir := windSite(t)
		runImport(t, seedDir, contentDir, nil)
		newMaterial(t, seedDir)
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), "BRIEFING_KILL_AT="+strconv.Itoa(k), "BRIEFING_SEEDS="+seedDir, "BRIEFING_CONTENT="+contentDir)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		killed := errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signaled()
		if err != nil && !killed {
			t.Fatalf("step %d: helper failed: %v\n%s", k, err, out)
		}
		_, jerr := os.Stat(filepath.Join(contentDir, JournalName))
		_, _, log := runImport(t, seedDir, contentDir, nil)
		if jerr == nil && !strings.Contains(log, "interrupted") {
			t.Errorf("step %d: the killed import is not recognised:\n%s", k, log)
		}
		if strings.Contains(log, "kept") {
			t.Errorf("step %d: import's own files reported as kept after the kill:\n%s", k, log)
		}
		got := snapContent(t, contentDir)
		for p := range got {
			if strings.Contains(filepath.Base(p), ".tmp-") || p == JournalName {
				t.Errorf("step %d: %s left behind", k, p)
			}
		}
		if !equalSnap(got, want) {
			for p, w := range want {
				if got[p] != w {
					t.Errorf("step %d: %s differs from an uninterrupted import", k, p)
				}
			}
		}
		if !killed {
			if k < 3 {
				t.Fatalf("the helper finished at step %d: it was never killed while writing", k)
			}
			return // every step has been killed once
		}
	}
	t.Fatalf("the import still had write steps after %d", maxSteps)
}

// TestKillHelper is the import TestKilledImport kills: it SIGKILLs itself
// at write step BRIEFING_KILL_AT.
func TestKillHelper(t *testing.T) {
	at, _ := strconv.Atoi(os.Getenv("BRIEFING_KILL_AT"))
	if at == 0 {
		t.Skip("run by TestKilledImport")
	}
	n := 0
	beforeRename = func(string) {
		if n++; n == at {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {}
		}
	}
	if _, err := Run(Options{SeedDir: os.Getenv("BRIEFING_SEEDS"), ContentDir: os.Getenv("BRIEFING_CONTENT")}); err != nil {
		t.Fatal(err)
	}
}
