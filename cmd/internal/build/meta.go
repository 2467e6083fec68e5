package build

import (
	"html"
	"regexp"
	"strings"

	"golang.org/x/text/language"
)

// summaryRunes is the longest derived summary: search engines show about
// 150-160 characters of a meta description.
const summaryRunes = 160

var (
	paragraphRe  = regexp.MustCompile(`(?s)<p(?:\s[^>]*)?>(.*?)</p>`)
	sourceLinkRe = regexp.MustCompile(`(?s)<a\s[^>]*class="source-link"[^>]*>.*?</a>`)
	supRe        = regexp.MustCompile(`(?s)<sup[\s>].*?</sup>`)
	tagRe        = regexp.MustCompile(`(?s)<[^>]*>`)
)

// summarize derives a page's summary (its meta description when the front
// matter gives none) from the rendered HTML: the text of its first
// paragraph that has any, without provenance links and footnote marks,
// cut at a word boundary. "" when the page has no paragraph of text.
func summarize(h string) string {
	for h != "" {
		// One paragraph at a time: most pages' first one has text, and
		// finding all of them first scanned every page to its end.
		loc := paragraphRe.FindStringSubmatchIndex(h)
		if loc == nil {
			break
		}
		s := sourceLinkRe.ReplaceAllString(h[loc[2]:loc[3]], "")
		h = h[loc[1]:]
		s = supRe.ReplaceAllString(s, "")
		s = html.UnescapeString(tagRe.ReplaceAllString(s, ""))
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			continue
		}
		return truncateWords(s, summaryRunes)
	}
	return ""
}

// truncateWords cuts s to at most n runes, at the last space, adding "…".
func truncateWords(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.–—-") + "…"
}

// ogLocale turns a BCP 47 language ("en", "en-GB", "pt-BR") into the
// language_TERRITORY form Open Graph wants ("en_US", "en_GB", "pt_BR"),
// taking the most likely territory for a bare language.
func ogLocale(lang string) string {
	tag, err := language.Parse(lang)
	if err != nil {
		return "en_US"
	}
	base, _ := tag.Base()
	region, _ := tag.Region()
	return base.String() + "_" + region.String()
}
