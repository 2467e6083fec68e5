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
		if prev.Art != s.Art || prev.Block != s.Block || !open[i-1] || prev.Keep == s.Keep {
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
				if p.Reason == dedup.Duplicate && p.DupOf >= 0 && m.Sentences[p.DupOf].Keep {
					m.follows[j] = p.DupOf
					break
				}
				p.Keep, p.Reason, p.DupOf, p.Section = true, Quotation, -1, cur.Section
				m.follows[j] = j - 1
			}
			continue
		}
		// The quote goes on in this dropped sentence: keep it after the
		// one before.
		if s.Reason == dedup.Duplicate {
			continue
		}
		s.Keep, s.Reason, s.DupOf, s.Section = true, Quotation, -1, prev.Section
		m.follows[i] = i - 1
	}
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
