package topics

import "strings"

// Stem reduces an English word to a crude stem so that inflected forms
// meet: "sanctions", "sanctioned" -> "sanction"; "skills", "skilled" ->
// "skill"; "economies" -> "economy". It lower-cases and strips
// possessives, plurals and the commonest verb and adverb endings; it is
// deliberately light, because a stem is also shown to editors as a keyword.
func Stem(w string) string {
	w = strings.ToLower(w)
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case n > 5 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 6 && strings.HasSuffix(w, "ing"):
		w = undouble(w[:n-3])
	case n > 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		w = undouble(w[:n-2])
	case n > 6 && strings.HasSuffix(w, "ly"):
		w = w[:n-2]
	}
	return w
}

// undouble turns "planning"'s "plann" into "plan".
func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
