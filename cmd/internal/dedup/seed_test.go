package dedup

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// fact is one distinct claim of a seed as keyword groups (see testdata/facts.txt).
type fact struct {
	name   string
	groups [][]string
}

func readFacts(t testing.TB, path string) []fact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fact
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, spec, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s: bad fact line %q", path, line)
		}
		fc := fact{name: name}
		for _, g := range strings.Split(spec, "|") {
			var alts []string
			for _, a := range strings.Split(g, "/") {
				if a = strings.TrimSpace(a); a != "" {
					alts = append(alts, a)
				}
			}
			fc.groups = append(fc.groups, alts)
		}
		out = append(out, fc)
	}
	return out
}

func (f fact) in(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, g := range f.groups {
		hit := false
		for _, a := range g {
			if strings.HasPrefix(a, "=") {
				hit = hit || containsWord(sentence, a[1:])
			} else {
				hit = hit || strings.Contains(low, strings.ToLower(a))
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !unicode.IsLetter(rune(s[j-1]))
		after := j+len(w) >= len(s) || !unicode.IsLetter(rune(s[j+len(w)]))
		if before && after {
			return true
		}
		i = j + 1
	}
}

// naiveSentences splits the long lines of a seed into sentences; it stands in
// for the extraction stage so that dedup can be tuned on its own.
func naiveSentences(t testing.TB, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	lines := strings.Split(string(data), "\n")
	for _, l := range lines {
		count[l]++
	}
	var out []string
	for _, l := range lines {
		if len(l) < 150 || count[l] > 1 {
			continue
		}
		start := 0
		for i := 0; i < len(l)-2; i++ {
			if (l[i] == '.' || l[i] == '?' || l[i] == '!') && l[i+1] == ' ' && unicode.IsUpper(rune(l[i+2])) && !(i >= 3 && l[i-2] == '.') {
				out = append(out, l[start:i+1])
				start = i + 2
			}
		}
		out = append(out, l[start:])
	}
	return out
}

func TestSeedTuning(t *testing.T) {
	seeds, _ := filepath.Glob("../../../seeds/*.txt")
	if len(seeds) == 0 {
		t.Skip("no seeds")
	}
	sents := naiveSentences(t, seeds[0])
	res := Select(sents, Options{})
	in, out := 0, 0
	var kept []string
	for i, s := range sents {
		w := len(strings.Fields(s))
		in += w
		if res.Keep[i] {
			out += w
			kept = append(kept, s)
			if testing.Verbose() {
				t.Logf("KEEP %s", s)
			}
		}
	}
	missing := 0
	for _, f := range readFacts(t, "../importer/testdata/facts.txt") {
		found := false
		for _, s := range kept {
			found = found || f.in(s)
		}
		if !found {
			missing++
			t.Logf("fact lost: %s", f.name)
		}
	}
	t.Logf("%d sentences, %d kept; words %d -> %d (%.1f%%); facts missing %d", len(sents), len(kept), in, out, 100*float64(out)/float64(in), missing)
}
