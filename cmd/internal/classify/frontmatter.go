package classify

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/adrg/frontmatter"
)

// KeywordError is front matter that cannot be read; Line is the line of the
// file (1-based) when the parser says where, else 1.
type KeywordError struct {
	Line int
	Msg  string
}

func (e *KeywordError) Error() string { return e.Msg }

// ReadKeywords returns the `keywords:` list of a content file's front matter
// (YAML between --- lines, TOML between +++ lines, or JSON). found is false
// when the file has no front matter or no keywords in it. A keywords value
// written as one string is split at commas, so "a, b" is a and b.
func ReadKeywords(data []byte) (keywords []string, found bool, err error) {
	var fm struct {
		Keywords any `yaml:"keywords" toml:"keywords" json:"keywords"`
	}
	if _, err := frontmatter.Parse(bytes.NewReader(data), &fm); err != nil {
		return nil, false, &KeywordError{Line: errorLine(err), Msg: "cannot read front matter: " + err.Error()}
	}
	switch v := fm.Keywords.(type) {
	case nil:
		return nil, false, nil
	case string:
		for _, k := range strings.Split(v, ",") {
			if k = normKeyword(k); k != "" {
				keywords = append(keywords, k)
			}
		}
	case []any:
		for i, x := range v {
			var s string
			switch x := x.(type) {
			case string:
				s = x
			case int, int64, float64, bool:
				s = fmt.Sprint(x)
			default:
				return nil, false, &KeywordError{Line: 1, Msg: fmt.Sprintf("keywords: item %d is not a word or phrase; write keywords as a list of strings", i+1)}
			}
			if s = normKeyword(s); s != "" {
				keywords = append(keywords, s)
			}
		}
	default:
		return nil, false, &KeywordError{Line: 1, Msg: "keywords: want a list of strings"}
	}
	return keywords, true, nil
}

var lineRE = regexp.MustCompile(`line (\d+)`)

// errorLine turns a front matter parser's "line N" (counted inside the front
// matter) into a line of the file, whose first line is the opening fence.
func errorLine(err error) int {
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		if n, e := strconv.Atoi(m[1]); e == nil && n > 0 {
			return n + 1
		}
	}
	return 1
}
