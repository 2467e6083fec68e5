package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// A record is the metadata of an archive or wire page printed as one
// "Label: value" line a field ("Title: …", "Date: …", "Keywords: …",
// "Story Text: …"), often as a bulleted list. Its title and text fields
// hold the article: readRecords takes their labels off, so the headline
// pass sees the headline and the briefing the story's own words; the other
// fields are left to the passes that know them (date lines, tags, fact
// boxes).
func readRecords(bs []Block) {
	for i := 0; i < len(bs); {
		fields, end := recordRun(bs, i)
		if fields == nil {
			i++
			continue
		}
		if fields["title"] || fields["headline"] {
			for j := i; j < end; j++ {
				readRecordField(&bs[j])
			}
			untailFields(bs, end)
		}
		i = end
	}
}

// untailFields cuts, from the lines after a record's field run up to its
// next field line (a text field's paragraphs), a field the dump ran into
// the end of the paragraph before it: "... had joined the network. -
// Copyright Holder: POOL (CAN SELL)" above "- Copyright Notice: ...".
func untailFields(bs []Block, from int) {
	for j := from; j < len(bs); j++ {
		if bs[j].Text == "" {
			continue
		}
		if labelValue.MatchString(bs[j].Text) {
			return
		}
		if m := gluedField.FindStringSubmatchIndex(bs[j].Text); m != nil {
			bs[j].Text = bs[j].Text[:m[3]]
		}
	}
}

// gluedField is a record field glued to the end of a sentence: ". -
// Copyright Holder: POOL".
var gluedField = regexp.MustCompile(`([.!?]["”’]?)\s+-\s+` + fieldLabel + `:\s+\S.*$`)

// fieldLabel is the label of a "Label: value" field (labelValue,
// gluedField): a capital, then at most 24 letters, spaces and the like.
const fieldLabel = `\p{Lu}[\p{L}'’&/ -]{0,24}?`

// recordRun is the run of field lines starting at block i (blank blocks
// between them allowed), with its labels, lower-cased; nil when fewer than
// four distinct fields stand there.
func recordRun(bs []Block, i int) (map[string]bool, int) {
	fields := map[string]bool{}
	j := i
	for ; j < len(bs); j++ {
		if bs[j].Text == "" {
			continue
		}
		m := labelValue.FindStringSubmatch(bs[j].Text)
		if m == nil || fields[strings.ToLower(m[1])] {
			break
		}
		fields[strings.ToLower(m[1])] = true
	}
	if len(fields) < 4 {
		return nil, i + 1
	}
	return fields, j
}

// readRecordField takes the label off a title or text field; a text field
// is a paragraph, not an item of the record's list. A summary that is a
// video's shot list ("MOSCOW, RUSSIA (DECEMBER 11, 2024) (RUSSIAN POOL)
// VARIOUS OF ... (SOUNDBITE) ...": what the pictures show, in capitals) is
// furniture.
func readRecordField(b *Block) {
	m := labelValue.FindStringSubmatch(b.Text)
	if m == nil || !recordText[strings.ToLower(m[1])] {
		return
	}
	b.Text = m[2]
	if l := strings.ToLower(m[1]); l != "title" && l != "headline" {
		b.Item = ""
	}
	if shotList(b.Text) {
		b.Kind, b.Reason = Furniture, ShotList
	}
}

// shotList reports a video's shot list: a soundbite cue, or most of its
// words (ten or more) in capitals.
func shotList(s string) bool {
	if strings.Contains(s, "(SOUNDBITE)") || strings.Contains(s, "(SOUNDBITE ") {
		return true
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		words++
		if strings.ToUpper(w) == w {
			caps++
		}
	}
	return words >= 10 && caps*3 >= words*2
}

// recordText are the fields that hold the article's own words.
var recordText = map[string]bool{"title": true, "headline": true, "summary": true, "description": true,
	"story text": true, "story": true, "text": true, "body": true, "article": true, "transcript": true}
