package text

import (
	"regexp"
	"strings"
)

// CopyrightHolder reads the copyright notice a line opens with and returns
// the holder it names, "All rights reserved" and the company form ("Inc.",
// "Limited") left off, or "" when the line opens with no notice. The notice
// gives a year before or after the holder ("© 2025 Example Media Ltd",
// "Copyright 2025. Example Post.", "© Example Wire, 2005–2025"), or, with
// no year, a holder in its company form ("© Example Media, Inc. 1 Quay
// Street"); up to three capitalised words may stand before it ("IPSO
// Regulated Copyright ©2025 Example Express"), none of them a picture
// library's word ("Image © 2025 ...": a photograph's credit).
func CopyrightHolder(line string) string {
	m := copyrightNotice.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	for _, w := range strings.Fields(m[1]) {
		if PictureWord(strings.ToLower(w)) {
			return ""
		}
	}
	name := m[2]
	for _, g := range m[3:] {
		if name == "" {
			name = g
		}
	}
	name = allRightsReserved.ReplaceAllString(name, "")
	name = strings.TrimSpace(companyForm.ReplaceAllString(name, ""))
	return strings.TrimSpace(strings.TrimSuffix(name, "."))
}

const (
	// noticeOpen is the notice's sign, with the words a page may set
	// before it; its group is those words.
	noticeOpen = `^((?:\p{Lu}\p{L}+\s+){0,3})(?:[-–—]\s*)?(?i:copyright notice\s*:\s*)?(?i:©|\(c\)|copyright)(?:\s*(?i:©|\(c\)|copyright))*\s*`
	yearSpan   = `\d{4}(?:\s*[-–]\s*\d{4})?`
	// companyWords are the company forms after a holder's name.
	companyWords = `(?i:inc|llc|ltd|limited|plc|corp|corporation|co|gmbh|pty|s\.a)`
)

var (
	// copyrightNotice: the year, then the holder; the holder, then the
	// year; the holder in its company form.
	copyrightNotice = regexp.MustCompile(noticeOpen + `(?:` + yearSpan + `[.,]?\s*([^|]+?)\s*(?:[.|,]|$)` +
		`|([^|\d]+?),?\s+` + yearSpan + `\s*(?:[.|,]|$)` +
		`|([^|\d.,]+?,?\s+` + companyWords + `)\b)`)
	// allRightsReserved is the reservation a copyright notice makes.
	allRightsReserved = regexp.MustCompile(`(?i)\s*all rights reserved\.?\s*`)
	// companyForm is the company form after a holder's name.
	companyForm = regexp.MustCompile(`,?\s+` + companyWords + `\.?(\s.*)?$`)
)
