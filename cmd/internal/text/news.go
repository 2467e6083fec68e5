package text

import (
	"slices"
	"strings"
)

// The vocabulary of news reports: the verbs that tell that something was
// said or happened, the nouns that stand for something said, the words
// that hedge a claim. Each stage asks here, so that a verb missing from
// one list is missing everywhere, and added once.

// ReportingVerb reports whether the lower-case word w says who reports a
// fact ("officials said", "the ministry confirmed"): a phrase that ends on
// one only attributes the fact.
func ReportingVerb(w string) bool { return reportingVerbs[w] }

var reportingVerbs = toSet(`said says told reported reports added adds stated announced confirmed`)

// SpeechVerb reports whether the lower-case word w says that someone
// spoke or wrote, in any of the ways a report introduces words
// ("warned", "explained", "wrote", "noted"): a ReportingVerb or another.
// "The ministry warned: ..." names a speaker; "it noted" leans on one.
func SpeechVerb(w string) bool { return reportingVerbs[w] || speechVerbs[w] }

var speechVerbs = toSet(`say tell add state announce confirm report warn warns warned explain explains
explained note notes noted write writes wrote argue argues argued insist insists insisted claim claims
claimed declare declares declared tweet tweets tweeted posted replied replies responded asked asks
stressed stresses urged urges cautioned admitted acknowledged conceded`)

// LeadVerb reports whether the lower-case word w is a verb of a news lead:
// it tells that something happened or was said ("announced", "signed",
// "struck"). A sentence with one reads as a lead fact.
func LeadVerb(w string) bool { return leadVerbs[w] }

var leadVerbs = toSet(`announced announces said says told unveiled launched
opened signed approved agreed joined declared revealed killed
struck hit raised cut elected appointed introduced named reported
confirmed ordered passed voted won lost died arrested founded formed`)

// HedgeWord reports whether the lower-case word w marks commentary: a
// possibility or a judgement ("could", "signifies", "underscores"), not an
// event.
func HedgeWord(w string) bool { return hedgeWords[w] }

var hedgeWords = toSet(`could may might would potentially possibly signifies
underscores highlights represents symbolizes symbolises suggests likely
perhaps arguably`)

// ActNoun reports whether the lower-case word w (singular or plural) names
// something said or decided ("announcement", "remarks", "decree"): after a
// demonstrative ("this announcement") it stands for a statement or a
// decision told before.
func ActNoun(w string) bool { return actNouns[w] }

var actNouns = func() map[string]bool {
	m := toSet(`announcement statement remark comment decision declaration directive
instruction order pledge promise warning speech proposal decree`)
	for w := range m {
		m[w+"s"] = true
	}
	return m
}()

// ReportNoun reports whether st, a KeywordStem, is the stem of a noun of
// news-speak ("report", "statement", "briefing"): a name it heads
// ("Kremlin statement", "press conference") names a source or the
// occasion of a statement, not a theme.
func ReportNoun(st string) bool { return reportNouns[st] }

var reportNouns = toSet(`report statement article story news interview comment remark source release briefing announcement conference post blog tweet`)

// NoComment reports whether sentence s only tells how the reporting went,
// not what happened: someone did not respond to a request for comment,
// declined to comment, could not be reached, or the outlet could not
// verify a claim ("Apple did not immediately respond to a request for
// comment."). A sentence that also tells something ("declined to comment
// but said it would appeal") is not one.
func NoComment(s string) bool {
	ws := WordTexts(s)
	if len(ws) < 3 || len(ws) > 30 {
		return false
	}
	lw := make([]string, len(ws))
	for i, w := range ws {
		lw[i] = strings.ToLower(w)
		if noCommentJoins[lw[i]] {
			return false // a second clause may tell a fact
		}
	}
	if strings.ContainsAny(s, ";:") {
		return false
	}
	for i, w := range lw {
		if i > 12 {
			return false // the subject is a name or a spokesperson, not a clause
		}
		j := i
		switch {
		case w == "declined" || w == "refused":
			j++
		case Negation(w) || w == "did" || w == "could" || w == "has" || w == "had" || w == "have" || w == "was" || w == "were":
			j++
			for j < len(lw) && j <= i+4 && (Negation(lw[j]) || lw[j] == "immediately" || lw[j] == "yet" || lw[j] == "be" || lw[j] == "been" || lw[j] == "independently") {
				j++
			}
			if !hasNegation(lw[i:j]) {
				continue
			}
		default:
			continue
		}
		if j < len(lw) && lw[j] == "to" {
			j++
		}
		if j >= len(lw) {
			return false
		}
		switch v := lw[j]; {
		case v == "comment" || v == "commenting":
			return true
		case v == "respond" || v == "responded" || v == "reply" || v == "replied" || v == "return" || v == "returned" || v == "reached" || v == "available":
			if lw[i] == "declined" || lw[i] == "refused" {
				return false
			}
			for _, x := range lw[j+1:] {
				if x == "comment" || x == "request" || x == "requests" || x == "inquiry" || x == "inquiries" || x == "enquiry" || x == "queries" || x == "emails" || x == "messages" || x == "calls" {
					return true
				}
			}
			return false // "Replacement parts were not immediately available.": a fact
		case v == "verify" || v == "confirm" || v == "verified" || v == "confirmed":
			return (lw[i] == "could" || lw[i] == "couldn't" || lw[i] == "couldn’t") && j+4 >= len(lw)
		}
		return false
	}
	return false
}

func hasNegation(ws []string) bool { return slices.ContainsFunc(ws, Negation) }

var noCommentJoins = toSet(`but while although though however whereas because after`)

// AddressesReader reports whether sentence s speaks to the reader rather
// than reports: "you" or "your" outside a quotation ("If you're having
// trouble restarting, you can start your PC in safe mode."), or an
// instruction opening on a verb of using a page or a device ("Type
// Troubleshoot in the search box.", "Follow the guided walkthrough.").
// Advice to the reader is no claim of the story. A sentence that opens or
// closes a quotation running over several sentences is the speaker's.
func AddressesReader(s string) bool {
	if UnbalancedQuotes(s) {
		return false // a part of a quotation that runs over sentences
	}
	ws := Words(s)
	for i, w := range ws {
		lw := strings.ToLower(w.Text)
		switch {
		case readerWords[lw] && !InsideQuote(s, w.Start):
			return true
		case instructionVerbs[lw] && i+1 < len(ws) && imperativeAt(s, ws, i):
			// "Type", "Follow": an imperative opening, its object next.
			if lw == "please" && !IsCapitalized(ws[i+1].Text) {
				return true
			}
			// After the opening word a capital is a name's ("Press
			// Association reported", "Visit Britain said"); after a
			// place set before the imperative it is what to type or
			// click ("..., type Troubleshoot BSOD error").
			next := strings.ToLower(ws[i+1].Text)
			if Determiner(next) || next == "in" || next == "on" || next == "to" || i > 0 && IsCapitalized(ws[i+1].Text) {
				return true
			}
		}
	}
	return false
}

// imperativeAt reports whether word i of s stands where an imperative
// does: opening the sentence, or right after a place or time set before
// it with a comma ("In the Get Help app, type ...").
func imperativeAt(s string, ws []Word, i int) bool {
	if i == 0 {
		return ws[0].Text != strings.ToLower(ws[0].Text)
	}
	if ws[i].Text != strings.ToLower(ws[i].Text) || !strings.HasSuffix(strings.TrimRight(s[ws[i-1].End:ws[i].Start], " "), ",") {
		return false
	}
	first := strings.ToLower(ws[0].Text)
	return i <= 8 && (first == "in" || first == "on" || first == "from" || first == "under" || first == "at" || first == "for" || first == "then" || first == "next" || first == "first")
}

var readerWords = toSet(`you your you're you’re yours yourself you've you’ve you'll you’ll`)

var instructionVerbs = toSet(`type click tap select press follow open restart reboot visit enter choose scroll swipe download install go please`)
