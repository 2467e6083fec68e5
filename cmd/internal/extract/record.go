package extract

import (
	"strings"
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
		}
		i = end
	}
}

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

// readRecordField takes the label off a title or text field.
func readRecordField(b *Block) {
	if m := labelValue.FindStringSubmatch(b.Text); m != nil && recordText[strings.ToLower(m[1])] {
		b.Text = m[2]
	}
}

// recordText are the fields that hold the article's own words.
var recordText = map[string]bool{"title": true, "headline": true, "summary": true, "description": true,
	"story text": true, "story": true, "text": true, "body": true, "article": true, "transcript": true}
