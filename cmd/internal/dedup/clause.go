package dedup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Clause kinds. A sentence is split into a main clause and the clauses that
// hang off it; each kind says what the clause needs to stand in a sentence
// of its own.
const (
	// KindMain is the main clause: subject and verb of the sentence.
	KindMain = iota
	// KindLead is a phrase before the main clause ("In recent years,",
	// "If successful,", "By forming an alliance, ...").
	KindLead
	// KindFinite is a clause with its own subject and verb, joined by
	// "; ", ", and", ", but", "while", "whereas": it can stand alone once
	// its connective goes.
	KindFinite
	// KindRelative is a relative clause (", which ...", ", who ..."): it
	// needs the clause before it, which holds its antecedent.
	KindRelative
	// KindAdjunct is a participle, infinitive or adverbial phrase
	// (", ensuring ...", ", to address ...", ", capable of ...",
	// ", thereby ...") or a phrase set off by a dash: it needs the main
	// clause.
	KindAdjunct
)

// Clause is one clause of a sentence: Text runs from Start to End (byte
// offsets into the sentence, without the separator before it and without
// the sentence's final punctuation); Sep is what joined it to the clause
// before (", ", "; ", " — ", " "); Kind is one of the Kind constants.
type Clause struct {
	Start, End int
	Sep        string
	Kind       int
	Text       string
	// Cont marks the rest of a clause after a dash aside ("The tribunal
	// — sitting since 2019 — rejected ..."): it belongs to the clause
	// before the aside and goes or stays with it.
	Cont bool
}

// SplitClauses splits a sentence into clauses (see Clause). A sentence
// without any split point is one main clause.
func SplitClauses(s string) []Clause {
	body := strings.TrimRight(s, " ")
	end := len(body)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:end])
		if r == '.' || r == '!' || r == '?' || r == '"' || r == '”' || r == '\'' || r == '’' || r == ')' {
			end -= n
			continue
		}
		break
	}
	body = body[:end]
	type cut struct {
		at, next int // separator start, clause start
		sep      string
		kind     int
	}
	var cuts []cut
	inDash := false
	for i := 0; i < len(body); {
		switch {
		case strings.HasPrefix(body[i:], "; "):
			cuts = append(cuts, cut{i, i + 2, "; ", KindFinite})
			i += 2
			continue
		case strings.HasPrefix(body[i:], " — ") || strings.HasPrefix(body[i:], " – ") || strings.HasPrefix(body[i:], " -- "):
			w := len(" — ")
			if strings.HasPrefix(body[i:], " – ") {
				w = len(" – ")
			} else if strings.HasPrefix(body[i:], " -- ") {
				w = 4
			}
			if inDash {
				// The closing dash: what follows continues the
				// clause the aside interrupted.
				cuts = append(cuts, cut{i, i + w, body[i : i+w], -1})
			} else {
				cuts = append(cuts, cut{i, i + w, body[i : i+w], KindAdjunct})
			}
			inDash = !inDash
			i += w
			continue
		case strings.HasPrefix(body[i:], ", "):
			// Inside a list ("including enhancing X, promoting Y,
			// and ensuring Z") a participle is a list item, not a
			// clause.
			inList := len(cuts) > 0 && (strings.HasPrefix(body[cuts[len(cuts)-1].next:], "including ") || strings.HasPrefix(body[cuts[len(cuts)-1].next:], "such as "))
			if k, ok := commaClause(body[i+2:]); ok && !(k == KindFinite && listBefore(body[:i])) && !(inList && k == KindAdjunct) {
				cuts = append(cuts, cut{i, i + 2, ", ", k})
			}
			i += 2
			continue
		case strings.HasPrefix(body[i:], " while ") || strings.HasPrefix(body[i:], " whereas "):
			w := strings.Index(body[i+1:], " ") + 2
			if i > 0 && body[i-1] != ',' && startsFinite(body[i+w:]) {
				cuts = append(cuts, cut{i, i + 1, " ", KindFinite})
			}
			i += w
			continue
		}
		_, n := utf8.DecodeRuneInString(body[i:])
		i += n
	}
	// A first comma clause may close a lead phrase instead.
	out := []Clause{}
	start, sep, kind, cont := 0, "", KindMain, false
	if lc := strings.Index(body, ", "); lc > 0 && isLead(body[:lc]) && (len(cuts) == 0 || cuts[0].at >= lc) {
		out = append(out, Clause{Start: 0, End: lc, Kind: KindLead, Text: body[:lc]})
		if len(cuts) > 0 && cuts[0].at == lc {
			cuts = cuts[1:]
		}
		start, sep = lc+2, ", "
	}
	for _, c := range cuts {
		if c.kind == -1 {
			// Continuation after a closing dash: a new piece of
			// the clause before the aside; it keeps that kind and
			// is marked Cont.
			out = append(out, Clause{Start: start, End: c.at, Sep: sep, Kind: kind, Text: body[start:c.at]})
			if len(out) >= 2 {
				kind = out[len(out)-2].Kind
			}
			start, sep = c.next, c.sep
			cont = true
			continue
		}
		out = append(out, Clause{Start: start, End: c.at, Sep: sep, Kind: kind, Text: body[start:c.at], Cont: cont})
		start, sep, kind, cont = c.next, c.sep, c.kind, false
	}
	out = append(out, Clause{Start: start, End: len(body), Sep: sep, Kind: kind, Text: body[start:], Cont: cont})
	// "Forming a parallel ecosystem, this alliance could ...": a
	// participle phrase before a finite clause is its lead.
	if fw := strings.ToLower(firstWord(body)); len(out) > 1 && out[0].Kind == KindMain && out[1].Kind == KindFinite &&
		out[1].Sep == ", " && len(fw) > 4 && strings.HasSuffix(fw, "ing") {
		out[0].Kind, out[1].Kind = KindLead, KindMain
	}
	return out
}

// commaClause reports whether the text after a comma opens a clause, and
// its kind.
func commaClause(rest string) (int, bool) {
	w := firstWord(rest)
	lw := strings.ToLower(w)
	switch {
	case text.RelativePronoun(lw):
		return KindRelative, true
	case text.ClauseJoin(lw) && startsFinite(rest[len(w):]):
		return KindFinite, true
	case lw == "while" || lw == "whereas":
		return KindFinite, true
	case text.AdjunctOpener(lw) || len(lw) > 5 && strings.HasSuffix(lw, "ing") && !unicode.IsUpper([]rune(w)[0]):
		return KindAdjunct, true
	case startsFinite(rest) && !unicode.IsUpper([]rune(w + " ")[0]):
		// ", others doubt ..." (comma splice after a lead).
		return KindFinite, true
	}
	return 0, false
}

// listBefore reports whether the text before a comma ends in a list item
// ("Brazil, India, and ..."): a short stretch since an earlier comma, so
// that ", and" joins list items, not clauses.
func listBefore(s string) bool {
	c := strings.LastIndex(s, ", ")
	return c >= 0 && len(strings.Fields(s[c+2:])) <= 3
}

// startsFinite reports whether s opens with a subject and a finite verb:
// a subject word or a name, then a finite verb (text.FiniteVerb) within four words.
func startsFinite(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	first := strings.Trim(ws[0], `,;:"“”'`)
	r, _ := utf8.DecodeRuneInString(first)
	if !text.SubjectOpener(strings.ToLower(first)) && !unicode.IsUpper(r) {
		return false
	}
	// A past tense ("the mayor promised") counts after the subject's
	// head noun: not right after a determiner ("the elected mayor").
	det := text.SubjectOpener(strings.ToLower(first)) && !unicode.IsUpper(r) || first == "The" || first == "This" || first == "These" || first == "Its" || first == "Their"
	for x, w := range ws[1:min(len(ws), 5)] {
		lw := strings.ToLower(strings.Trim(w, `,;:`))
		if text.FiniteVerb(lw) || strings.HasSuffix(lw, "ed") && len(lw) > 4 && (x >= 1 || !det) {
			return true
		}
		if strings.ContainsAny(w, ",;") {
			return false
		}
	}
	return false
}

// isLead reports whether s, the text before a sentence's first comma, is a
// phrase before the main clause: at most 12 words opened by a lead word.
func isLead(s string) bool {
	ws := strings.Fields(s)
	return len(ws) > 0 && len(ws) <= 12 && text.LeadWord(strings.ToLower(strings.TrimPrefix(ws[0], Elision)))
}

// firstWord is the leading run of letters and hyphens of s, after the
// elision mark of a sentence whose opening was cut ("…in countries ..."
// opens on "in").
func firstWord(s string) string {
	s = strings.TrimPrefix(s, Elision)
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if k < 0 {
		return s
	}
	return s[:k]
}

// Elision marks where JoinClauses left words of the original out: a
// sentence that loses its opening starts with it ("…the mayor promised
// new buses"), one that loses words inside has it between spaces ("The
// tribunal … rejected the appeal"), and one that loses its end stops on it
// ("The vaccine cut deaths by half…").
const Elision = "…"

// JoinClauses rebuilds a sentence from the clauses of orig (from
// SplitClauses) marked in keep. It never writes a word or a mark the
// original does not have, other than Elision where words were left out.
// That is what a careful editor does when quoting part of a sentence: a
// clause cut and the sentence "repaired" with a new capital or full stop
// would put words in the source's mouth that it never printed, and a
// reader checking the source would not find them. So kept clauses keep
// their separators; a first kept clause that was not the sentence's first
// loses its connective ("and", "while", ...) inside the elision that opens
// the sentence, keeping its case; the sentence ends with the original's
// own final punctuation (and closing quotes) when its last clause is kept,
// and on the elision otherwise.
func JoinClauses(orig string, cl []Clause, keep []bool) string {
	var b strings.Builder
	last := -1 // the last clause written
	for i, c := range cl {
		if !keep[i] {
			continue
		}
		text := c.Text
		switch {
		case last < 0 && i > 0:
			b.WriteString(Elision)
			text = dropConnective(text)
		case last < 0:
		case last < i-1:
			b.WriteString(" " + Elision + " ")
		default:
			sep := c.Sep
			if sep == "" {
				sep = ", "
			}
			b.WriteString(sep)
		}
		b.WriteString(text)
		last = i
	}
	switch {
	case last < 0:
		return ""
	case last == len(cl)-1:
		// The original's end: its full stop, closing quotes and
		// brackets, exactly as written.
		b.WriteString(strings.TrimRight(orig[cl[last].End:], " "))
	default:
		b.WriteString(Elision)
	}
	return b.String()
}

// dropConnective strips a leading joining word ("and", "while", ...) from a
// finite clause that now opens a sentence.
func dropConnective(s string) string {
	w := firstWord(s)
	if text.ClauseJoin(strings.ToLower(w)) && strings.HasPrefix(s, w) && len(s) > len(w) {
		return strings.TrimLeft(s[len(w):], " ")
	}
	return s
}

// conditionalLead reports whether a lead phrase changes what the main
// clause claims ("If successful", "Unless ..."), so that it must stay
// with it.
func conditionalLead(s string) bool {
	return text.ConditionalLead(strings.ToLower(firstWord(s)))
}

// Reduce returns a sentence built from clause k of s: the clause alone when
// it is finite, the main clause when k is the main clause (with a
// conditional lead), and otherwise the main clause with clause k (and, for a
// relative clause, the clause that holds its antecedent). It reports false
// when no readable sentence can be built.
func Reduce(s string, cl []Clause, k int) (string, bool) {
	keep := reduceMask(cl, k)
	if keep == nil {
		return "", false
	}
	return JoinClauses(s, cl, keep), true
}

// reduceMask returns the clauses Reduce keeps for clause k, or nil.
func reduceMask(cl []Clause, k int) []bool {
	main := slices.IndexFunc(cl, func(c Clause) bool { return c.Kind == KindMain })
	if main < 0 {
		return nil
	}
	keep := make([]bool, len(cl))
	switch cl[k].Kind {
	case KindFinite:
		if strings.HasPrefix(cl[k].Text, "while") || strings.HasPrefix(cl[k].Text, "whereas") || startsFinite(dropConnective(cl[k].Text)) {
			keep[k] = true
			break
		}
		keep[main], keep[k] = true, true
	case KindMain:
		keep[k] = true
	case KindRelative:
		keep[main], keep[k] = true, true
		if k > 0 {
			keep[k-1] = true
		}
	default:
		keep[main], keep[k] = true, true
	}
	if cl[k].Kind == KindMain {
		keep[k], keep[main] = false, true
	}
	// A clause may run on after a dash aside: keep all its pieces.
	for i := 1; i < len(cl); i++ {
		if cl[i].Cont {
			for j := i - 1; j >= 0; j-- {
				if !cl[j].Cont && cl[j].Kind == cl[i].Kind && j != i-1 || j == 0 {
					keep[i] = keep[i] || keep[j]
					break
				}
			}
		}
	}
	if keep[main] && main > 0 && conditionalLead(cl[0].Text) {
		keep[0] = true
	}
	return keep
}
