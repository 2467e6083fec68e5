package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/briefing-dev/briefing/cmd/internal/sentences"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// cutInlineFurniture cuts out of the article's paragraphs the furniture a
// dump ran into them, where a page printed as one line leaves header,
// caption and promotion inside the text (see headerRun, captionCredit,
// captionLede, promoSentence, signpost). It runs after the metadata passes, which read the date and
// the outlet from those very words. Only words are taken out; the rest of
// the paragraph stays as it was.
func cutInlineFurniture(bs []Block) {
	first := true
	for i := range bs {
		b := &bs[i]
		if b.Kind != Paragraph || b.Embed {
			continue
		}
		t := b.Text
		if first {
			t = headerRun(t)
			first = false
		}
		// "The Brief NASA, SpaceX's Crew-9 ...": a box's label glued to
		// its first line is no word of the text.
		if m := text.BoxLabel.FindStringSubmatchIndex(t); m != nil {
			t = t[m[2]:]
		}
		t = captionCredit(t)
		t = captionLede(t)
		t = gluedSentence.ReplaceAllString(t, "$1. $2")
		// The sentences of the outlet's own voice run into the text, in
		// one pass over them: a call to sign up for its newsletter (in a
		// paragraph of two sentences or more: alone, it is a block the
		// line rules read), a signpost to the page, a sub-heading in
		// capitals, a call to visit a web address.
		ss := sentences.Split(t)
		signposts := 0
		rest := cutSplit(t, ss, func(s string) bool {
			if signpost(s) {
				signposts++
				return true
			}
			return len(ss) >= 2 && promoSentence(s) || shoutedQuestion(s) || visitCall.MatchString(strings.TrimSpace(s))
		})
		switch {
		case rest != b.Text && len(strings.Fields(rest)) >= minInlineRest:
			b.Text = rest
		case len(ss) > 0 && signposts == len(ss) && t == b.Text:
			// Nothing but signposts: the paragraph is one.
			b.Kind, b.Reason = Furniture, Signpost
		case t != b.Text && allSignposts(b.Text):
			b.Kind, b.Reason = Furniture, Signpost
		}
	}
}

var (
	// tickerTag is a share's ticker set after its company's name: with
	// its exchange ("(NASDAQ:NVDA)", "(NYSE: ORCL)"), a wire's code with
	// its market's letter ("(9984.T)", "(ORCL.N)"), or spaced inside
	// its brackets ("( AAPL )"). The name says who; the code is the
	// market page's.
	tickerTag = regexp.MustCompile(`\s*\(\s*(?:(?:NASDAQ|Nasdaq|NYSE|NYSE American|NYSEArca|AMEX|LSE|TSX|TSE|HKEX|ASX|OTC|SIX|Euronext)\s*:\s*[A-Z][A-Z.]{0,6}|[0-9A-Z]{1,6}\.[A-Z]{1,2}|\s[A-Z]{1,5}\s)\s*\)`)
	// gluedSentence is a full stop with no space after it between two
	// words ("the United States.These companies"): a dump's lost space,
	// not an abbreviation (its letters are lower case before the stop)
	// nor an address (lower case after).
	gluedSentence = regexp.MustCompile(`(\p{Ll}{2,})\.(\p{Lu}\p{Ll}+)\b`)
)

// allSignposts reports whether every sentence of t is a signpost.
func allSignposts(t string) bool {
	ss := sentences.Split(t)
	for _, s := range ss {
		if !signpost(s.Text) {
			return false
		}
	}
	return len(ss) > 0
}

// shoutedQuestion reports a sentence that is a sub-heading in capitals a
// dump ran into the paragraph before it ("... police said. ARE THERE ANY
// CASUALTIES?"): a question of three words or more, no letter in lower
// case. It heads what follows; no claim.
func shoutedQuestion(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "?") || len(strings.Fields(s)) < 3 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 10
}

// cutSplit is t, split into sentences ss, without the sentences drop
// reports, its spaces tidied; t itself when drop reports none.
func cutSplit(t string, ss []sentences.Sentence, drop func(string) bool) string {
	var b strings.Builder
	last, cut := 0, false
	for _, s := range ss {
		if !drop(s.Text) {
			continue
		}
		b.WriteString(t[last:s.Start])
		last, cut = s.End, true
	}
	if !cut {
		return t
	}
	b.WriteString(t[last:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// signpost reports a sentence that points to the page itself: the
// outlet's page, blog or list "below" or "above", or "Here's a look at":
// furniture of the page, no claim. A quotation is someone's words.
func signpost(s string) bool {
	return !strings.ContainsAny(s, `"“”`) && (pageBelow.MatchString(s) || hereIsALook.MatchString(s) || theMoment.MatchString(s))
}

var (
	pageBelow = regexp.MustCompile(`(?i)\b(our|this)\s+(live\s+)?(blog|article|story|page|coverage|explainer|guide|timeline|list|gallery|video)\b[^.!?]{0,60}\b(below|above)\b|\b(see|read|scroll|follow)\b[^.!?]{0,30}\b(below|above)\b[^.!?]{0,20}\bfor\b`)
	// theMoment introduces an embedded video: "Here is the moment that
	// SpaceX's Dragon capsule deployed the iconic parachutes".
	theMoment   = regexp.MustCompile(`(?i)^here\s+is\s+the\s+moment\b|^here[’']s\s+the\s+moment\b|^watch\s+(the\s+moment|as)\b`)
	hereIsALook = regexp.MustCompile(`(?i)^here[’']?s\s+(a|an|our|the)\s+((close|closer|quick|full|first)\s+)?(look|rundown|breakdown|guide|recap|roundup|round-up|timeline)\s+(at|of)\b`)
)

// minInlineRest is the fewest words left of a paragraph that had
// furniture cut out of it: less is no paragraph, and the cut is not made.
const minInlineRest = 6

// publishStamp is a page's publication stamp run into the text: the verb
// in capitals, a whole date, perhaps a time and its zone, perhaps the
// comments link after it ("Published on October 9, 2025 08:38PM EDT
// Comments").
var publishStamp = regexp.MustCompile(`\b(Published|Updated|Posted|First published)(\s+on)?\s*:?\s+(?i:` + dateExpr.String()[4:] + `)` +
	`(\s*(at\s+)?\d{1,2}[:.]\d{2}\s*(?i:am|pm|a\.m\.|p\.m\.)?(\s*\p{Lu}{2,4}T?)?)?(\s+(\d+\s+)?Comments?)?\s+`)

// maxHeaderRun is the most words of a page header run into the first
// paragraph: section labels, headline, standfirst, bylines and their bios.
const maxHeaderRun = 200

// headerRun cuts the page header a dump ran into the article's first
// paragraph: everything up to the publication stamp (publishStamp), when
// the stamp is glued to a header line (no sentence ends right before it)
// and the words before it are a header's few. "Published on ..." in a
// sentence of the story is in lower case or ends no header.
func headerRun(t string) string {
	m := publishStamp.FindStringIndex(t)
	if m == nil || m[0] == 0 || len(strings.Fields(t[:m[0]])) > maxHeaderRun || endsSentence(t[:m[0]]) {
		return t
	}
	rest := t[m[1]:]
	if !unicode.IsUpper(firstRune(rest)) && !strings.ContainsRune(`"“‘`, firstRune(rest)) {
		return t
	}
	return rest
}

// creditLabel opens a photo's credit: "Photo:", "Image:", "Credit:".
const creditLabel = `(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Image credit)s?\s*:\s*`

// gluedCredit is a photo's credit run into the text after its caption and
// before the next sentence: the label, a photographer and an agency
// ("Photo: Jane Doe/AFP via Getty"), or an agency alone ("Image: Getty
// Images"), then the capital that opens the story's next sentence.
var gluedCredit = regexp.MustCompile(`(^|\s)` + creditLabel + `(` + slashCredit + `(\s+via\s+(Getty Images|Getty|AP))?|` + agencyNames + `)\s+[\p{Lu}"“]`)

// bracketCredit is a photographer's credit in brackets, with the outlet
// after a slash, closing a caption run into the text before the story's
// next sentence: "... protest. (Jane Doe/Example Radio) Later, ...".
var bracketCredit = regexp.MustCompile(`\s\((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*/\s*\p{Lu}[^()]{1,50}\)\s+[\p{Lu}"“]`)

// captionCredit cuts a photo's caption and its credit out of a paragraph
// (gluedCredit): the credit, and the sentence right before it, which is the
// caption it credits.
func captionCredit(t string) string {
	m := gluedCredit.FindStringIndex(t)
	if m == nil {
		m = bracketCredit.FindStringIndex(t)
	}
	if m == nil {
		return t
	}
	end := m[1] - 1 // the capital that opens the next sentence stays
	start := 0
	if ss := sentences.Split(t[:m[0]]); len(ss) > 0 {
		start = ss[len(ss)-1].Start
	}
	return strings.TrimSpace(t[:start] + t[end:])
}

// pictureDated closes a news photo's caption as the agencies write it:
// the day and the place the picture was taken ("... on March 3, 2025 in
// Port Ellin, Norland.").
var pictureDated = regexp.MustCompile(`(?i:\bon\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\s+in\s+` +
	`\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)*(,\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)*)*\.$`)

// captionLede cuts a photo's caption run into the start of a paragraph
// with no credit: a first sentence of eight words or more that ends on the
// day and place of the picture (pictureDated) and is written in the
// present, as captions are ("Jane Doe speaks during a meeting of the
// harbour board on March 3, 2025 in Port Ellin, Norland."); a report of
// what happened on that day is in the past ("signed", "was").
func captionLede(t string) string {
	ss := sentences.Split(t)
	if len(ss) < 2 || len(strings.Fields(ss[0].Text)) < 8 || !pictureDated.MatchString(ss[0].Text) || strings.ContainsAny(ss[0].Text, `"“”`) {
		return t
	}
	for _, w := range text.WordTexts(ss[0].Text) {
		if text.PastForm(strings.ToLower(w)) {
			return t
		}
	}
	return t[ss[1].Start:]
}

// newsletterCall asks the reader to sign up for a newsletter.
var newsletterCall = regexp.MustCompile(`(?i)\b(sign up|subscribe|register)(\s+now|\s+today)?\s+(for|to)\b[^.!?]{0,60}\bnewsletters?\b`)

// promoSentence reports a sentence of the outlet's promotion that a dump
// ran into a paragraph ("Never miss a story — sign up for Example's free
// daily newsletter ..."): a call to sign up for a newsletter that speaks
// to the reader and reports nothing (no quote, no reporting verb). A
// sentence about a subscription service is the story's.
func promoSentence(s string) bool {
	if strings.ContainsAny(s, `"“”`) || !youCtx.MatchString(s) || !newsletterCall.MatchString(s) {
		return false
	}
	for _, w := range text.WordTexts(s) {
		if text.ReportingVerb(strings.ToLower(w)) {
			return false
		}
	}
	return true
}
