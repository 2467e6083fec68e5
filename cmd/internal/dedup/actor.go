package dedup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// actorOf is who sentence t says acts: the first name of its main clause
// (after a lead phrase: "According to TASS, ...", "In instructions posted
// on the Kremlin's website, ..." name a source and a place, not the
// subject) other than a day, a month or a title before a name
// ("President", "Judge"), as a unit, or "". isName reports
// whether a token is a name. "Norland pledged 40 million euros" names
// Norland; "On Monday Mayor Lena Ortiz opened ..." names the mayor.
func actorOf(t string, isName func(text.Token) bool) string {
	toks := text.Tokenize(mainClause(t))
	if k := actorToken(toks, isName); k >= 0 {
		return entityUnit + toks[k].Norm
	}
	return ""
}

// actorToken is the index of the actor among the tokens of a main clause
// (see actorOf), or -1.
func actorToken(toks []text.Token, isName func(text.Token) bool) int {
	for k, tok := range toks {
		if !isName(tok) && !(tok.Cap && text.TitleWord(tok.Norm)) || text.TimeWord(tok.Norm) || shouted(tok) {
			continue
		}
		// A title before a name is the person's role, not who acts:
		// "President Donald Trump" and "President Trump" are Trump
		// and Trump (the title opens one sentence, so is no name
		// there, and names the other's actor).
		for k+1 < len(toks) && text.TitleWord(tok.Norm) && toks[k+1].Cap && !toks[k+1].Number {
			k++
			tok = toks[k]
		}
		if isName(tok) {
			return k
		}
	}
	return -1
}

// actorUnits are the units of the name that holds sentence t's actor
// (actorOf): the run of capitalised words around it ("Florida Gov. Ron
// DeSantis"), as idx makes units of them. They say who acts, not what the
// sentence says the actor did.
func actorUnits(t string, idx *entityIndex, isName func(text.Token) bool) []string {
	toks := text.Tokenize(mainClause(t))
	i := actorToken(toks, isName)
	if i < 0 {
		return nil
	}
	runWord := func(tok text.Token) bool { return tok.Cap && !tok.Number && !text.StopWord(tok.Norm) }
	a, b := i, i+1
	for a > 0 && runWord(toks[a-1]) {
		a--
	}
	for b < len(toks) && runWord(toks[b]) {
		b++
	}
	return idx.units(toks[a:b])
}

// mainClause is sentence t without a dateline or wire tag before a dash
// (dashTag) and without its lead phrase (see SplitClauses), or a
// participle phrase before a named subject ("Speaking at an AI conference
// in Moscow, Putin emphasized ...").
func mainClause(t string) string {
	t = t[dashTag(t):]
	if cl := SplitClauses(t); len(cl) > 1 && cl[0].Kind == KindLead {
		return t[cl[1].Start:]
	}
	if fw := firstWord(t); len(fw) > 4 && strings.HasSuffix(fw, "ing") && unicode.IsUpper([]rune(fw)[0]) {
		if c := strings.Index(t, ", "); c > 0 && len(strings.Fields(t[:c])) <= 12 {
			if r, _ := utf8.DecodeRuneInString(t[c+2:]); unicode.IsUpper(r) {
				return t[c+2:]
			}
		}
	}
	return t
}

// unitNames is a name test for actorOf: the tokens us, a sentence's
// units, carries as names.
func unitNames(us []string) func(text.Token) bool {
	names := map[string]bool{}
	for _, u := range us {
		if strings.HasPrefix(u, entityUnit) {
			names[u[len(entityUnit):]] = true
		}
	}
	return func(t text.Token) bool { return !t.Number && names[t.Norm] }
}

// otherActors reports whether two sentences name different actors: each
// has one (x, y; none is "has none") and neither's is named by the other
// (inX, inY report whether a unit is in the first or the second). Such
// sentences state different facts however many words and numbers they
// share ("Norland pledged 40 million euros" / "Port Avel pledged 40
// million euros"); "Governor Ana Velez said ..." and "..., Velez said" do
// not, since the first names Velez too.
func otherActors[T comparable](x, y, none T, inX, inY func(T) bool) bool {
	return x != none && y != none && x != y && !inY(x) && !inX(y)
}

// shouted reports whether a name token is a stop word in capitals that
// opens its sentence ("THE Reserve Bank ..."): the article, not a name.
// Inside a sentence a stop word in capitals is an acronym ("the US
// government").
func shouted(t text.Token) bool { return t.Initial && text.StopWord(t.Norm) }
