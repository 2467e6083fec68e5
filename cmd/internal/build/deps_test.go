package build

import (
	"html/template"
	"testing"
)

// TestReadsOthersBodies: a layout that can show another page's rendered
// Markdown through its fields is told apart from one that shows only its
// own, since an edit re-executes every page using the first kind.
func TestReadsOthersBodies(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"own content", `{{ .Content }}{{ with .TableOfContents }}{{ . }}{{ end }}`, false},
		{"own in a with", `{{ with .Content }}<div>{{ . }}</div>{{ end }}`, false},
		{"titles of children", `{{ range .Pages }}{{ .Title }}{{ .Description }}{{ end }}`, false},
		{"$ inside range", `{{ range .Pages }}{{ $.Summary }}{{ end }}`, false},
		{"summaries of children", `{{ range .Pages }}{{ .Summary }}{{ end }}`, true},
		{"parent's content", `{{ .Parent.Content }}`, true},
		{"a variable", `{{ $p := .Parent }}{{ $p.Content }}`, true},
		{"inside with", `{{ with .Parent }}{{ .Content }}{{ end }}`, true},
		{"template with another dot", `{{ define "x" }}{{ .Content }}{{ end }}{{ template "x" .Parent }}`, true},
		{"template with dot", `{{ define "x" }}{{ .Content }}{{ end }}{{ template "x" . }}`, false},
	}
	for _, tt := range tests {
		set := template.Must(template.New("t").Parse(tt.src))
		if got := readsOthersBodies(set); got != tt.want {
			t.Errorf("%s: readsOthersBodies(%s) = %v, want %v", tt.name, tt.src, got, tt.want)
		}
	}
}
