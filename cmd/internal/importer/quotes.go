package importer

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Quotation: dropped, kept again because it holds part of a quotation
// that a kept sentence of its paragraph holds the rest of.
const Quotation dedup.Reason = "kept with the rest of its quotation"

// keepQuotationsWhole keeps the sentences of a quotation that runs over
// several sentences of one paragraph together ("As the storm makes
// landfall, now is the time to shelter in place. First responders are
// ready," the governor wrote): a kept sentence without the one that opens
// its quote, or the one that closes it, misquotes the speaker, and
// another outlet's paraphrase is no quote. A part dropped as a copy of
// another seed's words is not written twice: the kept sentence follows
// that copy instead.
func keepQuotationsWhole(m *Model) {
	if m.follows == nil {
		m.follows = map[int]int{}
	}
	open := openQuotes(m)
	for i := 1; i < len(m.Sentences); i++ {
		prev, s := &m.Sentences[i-1], &m.Sentences[i]
		if prev.Art != s.Art || prev.Block != s.Block || !open[i-1] {
			continue
		}
		if prev.Keep && s.Keep {
			// Both kept: one quotation, in one place.
			s.Section = prev.Section
			if _, ok := m.follows[i]; !ok {
				m.follows[i] = i - 1
			}
			continue
		}
		if prev.Keep == s.Keep {
			continue
		}
		if s.Keep {
			// The quote opens in the sentences before: keep them back
			// to its opening.
			for j := i; j > 0; j-- {
				p, cur := &m.Sentences[j-1], &m.Sentences[j]
				if p.Art != cur.Art || p.Block != cur.Block || !open[j-1] {
					break
				}
				if p.Keep {
					m.follows[j] = j - 1
					break
				}
				if d := quotedCopy(m, j-1); d >= 0 {
					m.follows[j] = d
					break
				}
				p.Keep, p.Reason, p.DupOf, p.Section = true, Quotation, -1, cur.Section
				m.follows[j] = j - 1
			}
			continue
		}
		// The quote goes on in this dropped sentence: keep it after the
		// one before, unless another seed's copy of its words is kept
		// where it goes on that seed's quotation.
		if d := quotedCopy(m, i); d >= 0 {
			if !orphaned(m, open, d) {
				continue
			}
			// The copy lost the start of its own quotation: the words
			// stand here, where the quotation is whole.
			m.Sentences[d].Keep, m.Sentences[d].Reason, m.Sentences[d].DupOf = false, dedup.Duplicate, i
			for k, f := range m.follows {
				if f == d {
					m.follows[k] = i
				}
			}
			delete(m.follows, d)
		}
		s.Keep, s.Reason, s.DupOf, s.Section = true, Quotation, -1, prev.Section
		m.follows[i] = i - 1
	}
}

// dropQuotedCopies drops a kept sentence whose quotations another seed's
// kept sentence quotes too, within a longer quotation of the speaker or
// the same one with more said of who spoke, and
// that says nothing else but who spoke: "“These people are heroes,” Moore
// lamented." beside "\"Literally by being able to stop cars from coming
// over the bridge, these people are heroes,\" Moore said." The fuller
// quotation stands and credits the other seed (DupOf).
func dropQuotedCopies(m *Model) {
	type quoted struct {
		i      int
		inner  string // the quotations' words, lower case, one space apart
		pieces []string
		rest   string // the sentence outside its quotations
	}
	var qs []quoted
	for i, s := range m.Sentences {
		if !s.Keep || text.UnbalancedQuotes(s.Text) {
			continue
		}
		pieces, rest := quotations(s.Text)
		if len(pieces) == 0 {
			continue
		}
		qs = append(qs, quoted{i, " " + strings.Join(pieces, " ") + " ", pieces, rest})
	}
	for _, d := range qs {
		sd := &m.Sentences[d.i]
		rest := d.rest
		if !onlySpeaker(rest) {
			continue
		}
		words := 0
		for _, p := range d.pieces {
			words += len(strings.Fields(p))
		}
		if words < minQuotedCopy {
			continue
		}
		for _, k := range qs {
			sk := m.Sentences[k.i]
			if k.i == d.i || !sk.Keep || sk.Art == sd.Art || len(k.inner) < len(d.inner) {
				continue
			}
			if k.inner == d.inner {
				// The same quotation in both: the one that says more
				// of who spoke, when, stands ("Sarah Cardell, Chief
				// Executive of the CMA, said on Friday" over "Ms
				// Cardell said"); of two alike, the first.
				if len(k.rest) < len(rest) || len(k.rest) == len(rest) && k.i > d.i {
					continue
				}
			}
			inside := true
			for _, p := range d.pieces {
				inside = inside && strings.Contains(k.inner, " "+p+" ")
			}
			if !inside || !speakerNamed(rest, sk.Text) {
				continue
			}
			sd.Keep, sd.Reason, sd.DupOf = false, dedup.SameFact, k.i
			break
		}
	}
}

// minQuotedCopy is the fewest words of quotation a sentence must give for
// a longer quotation of them to stand for it: "yes" is anyone's word.
const minQuotedCopy = 3

// quotations returns the quoted pieces of sentence s, lower case, their
// words one space apart, and the text outside them.
func quotations(s string) (pieces []string, rest string) {
	var out strings.Builder
	in := false
	var cur strings.Builder
	for _, r := range s {
		switch {
		case r == '“' || r == '"' && !in:
			in = true
			cur.Reset()
		case r == '”' || r == '"' && in:
			in = false
			if p := strings.Join(text.WordTexts(strings.ToLower(cur.String())), " "); p != "" {
				pieces = append(pieces, p)
			}
		case in:
			cur.WriteRune(r)
		default:
			out.WriteRune(r)
		}
	}
	return pieces, out.String()
}

// onlySpeaker reports whether rest, a sentence without its quotations,
// says only who spoke: at most four words that are no function words
// ("Moore lamented", "the governor told reporters").
func onlySpeaker(rest string) bool {
	n := 0
	for _, w := range text.WordTexts(rest) {
		if !text.StopWord(strings.ToLower(w)) {
			n++
		}
	}
	return n > 0 && n <= 4
}

// speakerNamed reports whether every capitalised word of rest (the
// speaker's name, titles aside: "Ms Cardell") is in sentence other: the
// same speaker quoted.
func speakerNamed(rest, other string) bool {
	for _, w := range text.WordTexts(rest) {
		lw := strings.ToLower(w)
		if text.IsCapitalized(w) && !text.StopWord(lw) && !text.TitleWord(lw) && !strings.Contains(other, w) {
			return false
		}
	}
	return true
}

// keepSpeakers keeps, beside a kept sentence that opens with a quote, the
// sentence right before it that names the speaker of the quote before it
// ('"The changing conditions ...," he said. "We will still have surface
// ships out overnight."'), in its paragraph or ending the paragraph
// before: alone, the quote says nobody's words. Both stand in one section,
// the quote right after; where the speaker's sentence was dropped as
// another seed's copy of the words, the quote follows that copy instead.
func keepSpeakers(m *Model) {
	for i := 1; i < len(m.Sentences); i++ {
		prev, s := &m.Sentences[i-1], &m.Sentences[i]
		// The sentence before in its paragraph, or, for a quote that
		// opens a paragraph, the last of the paragraph before ('...,"
		// Luna said.' / '"As these searches continue, ..."').
		sameQuote := prev.Block == s.Block || s.Index == 0 && adjacentBlocks(m.Articles[s.Art], prev.Block, s.Block)
		if !s.Keep || prev.Art != s.Art || !sameQuote || !opensQuote(s.Text) || !namesSpeaker(prev.Text) {
			continue
		}
		if prev.Keep {
			// Both kept: the quote stays with its speaker, in one
			// section, right after, and so do the sentences its
			// quotation runs on in (keepQuotationsWhole).
			s.Section = prev.Section
			if _, ok := m.follows[i]; !ok {
				m.follows[i] = i - 1
			}
			for j := i + 1; j < len(m.Sentences) && m.follows[j] == j-1 && m.Sentences[j].Block == s.Block && m.Sentences[j].Art == s.Art; j++ {
				m.Sentences[j].Section = s.Section
			}
			continue
		}
		if d := quotedCopy(m, i-1); d >= 0 {
			if _, ok := m.follows[i]; !ok {
				m.follows[i] = d
				s.Section = m.Sentences[d].Section
			}
			continue
		}
		prev.Keep, prev.Reason, prev.DupOf, prev.Section = true, Quotation, -1, s.Section
		m.follows[i] = i - 1
	}
}

// opensQuote reports whether sentence s opens with a quotation mark: a
// quote, whole or running on in the sentences after it.
func opensQuote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“")
}

// namesSpeaker reports whether sentence s quotes someone and says who: a
// closing quote mark, then a reporting verb ('..." he said.', '...," the
// mayor told reporters').
func namesSpeaker(s string) bool {
	k := max(strings.LastIndex(s, "\""), strings.LastIndex(s, "”"))
	if k < 0 {
		return false
	}
	for _, w := range text.WordTexts(s[k:]) {
		if text.ReportingVerb(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// quotedCopy is the kept sentence that dropped sentence i is a copy of
// (a near-duplicate in nearly the same words: another outlet's copy of
// the quote), or -1: a paraphrase of a quote is no copy of it.
func quotedCopy(m *Model, i int) int {
	s := m.Sentences[i]
	if s.Reason != dedup.Duplicate || s.DupOf < 0 || s.DupOf == i || !m.Sentences[s.DupOf].Keep {
		return -1
	}
	if !wordsOf(s.Text, m.Sentences[s.DupOf].Text) {
		return -1
	}
	return s.DupOf
}

// orphaned reports whether kept sentence d goes on a quotation its
// paragraph opens in a sentence that is not kept.
func orphaned(m *Model, open []bool, d int) bool {
	if d == 0 {
		return false
	}
	p, s := m.Sentences[d-1], m.Sentences[d]
	return p.Art == s.Art && p.Block == s.Block && open[d-1] && !p.Keep
}

// wordsOf reports whether b writes nearly all the words of a (four in
// five, in any case): a copy of a, maybe with other punctuation or an
// attribution added.
func wordsOf(a, b string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(sameWords(b)) {
		in[w] = true
	}
	ws := strings.Fields(sameWords(a))
	n := 0
	for _, w := range ws {
		if in[w] {
			n++
		}
	}
	return len(ws) > 0 && 5*n >= 4*len(ws)
}

// openQuotes says of each sentence whether its paragraph has a quotation
// open at its end: read from the paragraph's start, since a straight quote
// mark closes or opens by the count before it.
func openQuotes(m *Model) []bool {
	open := make([]bool, len(m.Sentences))
	var para strings.Builder
	for i, s := range m.Sentences {
		if i == 0 || s.Art != m.Sentences[i-1].Art || s.Block != m.Sentences[i-1].Block {
			para.Reset()
		}
		para.WriteString(s.Text)
		para.WriteByte(' ')
		open[i] = text.InsideQuote(para.String(), para.Len())
	}
	return open
}
