package extract

import "github.com/briefing-dev/briefing/cmd/internal/text"

// isProseWord is text.ProseWord: the function words whose density tells
// running prose from menus, tags and headlines (many functions here have a
// parameter named text).
var isProseWord = text.ProseWord

// shareWords make up share and social-media lines ("Share on Facebook").
var shareWords = toSet(`share shares shared sharing tweet facebook twitter x linkedin whatsapp email e-mail mail print copy
link copied pinterest reddit telegram on this article story page via save saved comments comment bookmark flipboard
messenger the gift listen to send follow us subscribe bluesky threads mastodon instagram youtube tiktok url and or
post sms more options`)

// shareVerbs: a share line must name at least one of these.
var shareVerbs = toSet(`share tweet facebook twitter linkedin whatsapp email e-mail print copy pinterest reddit
telegram save bookmark flipboard listen comments comment bluesky instagram youtube tiktok gift`)

// nameParticles may appear in lower case inside a person's name.
var nameParticles = toSet(`de da del della der di van von bin ibn al el la le du dos das ter ten`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	word := []rune{}
	flush := func() {
		if len(word) > 0 {
			m[string(word)] = true
			word = word[:0]
		}
	}
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			flush()
			continue
		}
		word = append(word, r)
	}
	flush()
	return m
}
