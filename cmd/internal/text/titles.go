package text

import "strings"

// TitleWord reports whether the lower-case word w is a title, office or
// honorific written before a person's name ("President Vladimir Putin",
// "Sberbank CEO German Gref", "Gov. Ron DeSantis"): the name is who acts,
// the title the person's role.
func TitleWord(w string) bool { return titleWords[w] }

var titleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "chancellor": true, "king": true, "queen": true,
	"prince": true, "princess": true, "ceo": true, "cfo": true, "coo": true, "cto": true, "chief": true, "executive": true,
	"chairman": true, "chairwoman": true, "chair": true, "director": true, "secretary": true, "senator": true,
	"governor": true, "mayor": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true,
	"lord": true, "lady": true, "general": true, "judge": true, "justice": true, "pope": true, "commissioner": true,
	"deputy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "dictator": true, "leader": true,
	"founder": true, "professor": true, "prof": true, "rep": true, "sen": true, "gov": true, "ambassador": true,
	"premier": true, "sheikh": true, "emir": true, "sultan": true, "elect": true, "first": true, "head": true,
	"officer": true, "manager": true, "analyst": true, "economist": true, "reporter": true, "editor": true,
	"correspondent": true, "colonel": true, "captain": true, "admiral": true, "lieutenant": true, "sergeant": true,
	"czar": true, "tsar": true,
}

// PersonNoun reports whether the lower-case word w, heading a noun phrase,
// names a person by an office or a part they play ("president",
// "nominee", "challenger"): "the Republican nominee" is someone.
func PersonNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if TitleWord(w) || personNouns[w] {
		return true
	}
	// "chemist", "physicist", "economist": one who practises a science
	// or a cause; "list", "twist", "exist" are none.
	return strings.HasSuffix(w, "ist") && len(w) >= 7 && !notIst[w]
}

var notIst = map[string]bool{"persist": true, "consist": true, "playlist": true, "checklist": true, "shortlist": true, "waitlist": true, "blacklist": true, "whitelist": true, "wishlist": true}

var personNouns = map[string]bool{
	"nominee": true, "candidate": true, "challenger": true, "incumbent": true, "rival": true, "successor": true,
	"predecessor": true, "frontrunner": true, "front-runner": true, "runner-up": true, "contender": true,
	"spokesman": true, "spokeswoman": true, "official": true, "lawmaker": true, "legislator": true, "envoy": true,
	"coach": true, "manager": true, "boss": true, "captain": true, "goalkeeper": true, "defender": true,
	"striker": true, "midfielder": true, "forward": true, "referee": true, "winger": true, "keeper": true,
	"playmaker": true, "fullback": true, "full-back": true, "winner": true, "champion": true,
	"scientist": true, "researcher": true, "expert": true, "analyst": true, "economist": true, "journalist": true,
	"reporter": true, "correspondent": true, "lawyer": true, "attorney": true, "author": true, "writer": true,
	"doctor": true, "physician": true, "engineer": true, "activist": true, "historian": true, "player": true,
	"athlete": true, "investor": true, "entrepreneur": true, "billionaire": true, "consultant": true,
	"astronaut": true, "cosmonaut": true, "pilot": true, "commander": true, "officer": true, "singer": true,
	"actor": true, "actress": true, "director": true, "founder": true, "judge": true, "prosecutor": true,
	"detective": true, "firefighter": true, "survivor": true, "witness": true, "victim": true,
}
