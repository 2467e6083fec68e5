package extract

// stopWords are common English function words. Their density tells running
// prose (about 40-50% stop words) from menus, tags and headlines (few).
var stopWords = toSet(`a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
back be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can cannot could did do does doing done down due during each either else elsewhere enough
even ever every everyone everything everywhere except few for former formerly from further had has have having he
hence her here hereafter hereby herein hers herself him himself his how however i if in indeed instead into is it
its itself just last latter least less made make many may me meanwhile might mine more moreover most mostly much
must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps rather re same seem seemed
seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein these they this
those though through throughout thru thus to together too toward towards under until up upon us very via was we
well were what whatever when whence whenever where whereas whereby wherein whether which while who whoever whole
whom whose why will with within without would yet you your yours yourself yourselves said says say new like get
got also its it's that's there's he's she's they're we're i'm don't doesn't didn't isn't aren't wasn't weren't
won't can't couldn't wouldn't shouldn't has hasn't haven't hadn't let let's go going way two three first year years
time people according including`)

// shareWords make up share and social-media lines ("Share on Facebook").
var shareWords = toSet(`share shares shared sharing tweet facebook twitter x linkedin whatsapp email e-mail mail print copy
link copied pinterest reddit telegram on this article story page via save saved comments comment bookmark flipboard
messenger the gift listen to send follow us subscribe bluesky threads mastodon instagram youtube tiktok url and or
post sms more options`)

// shareVerbs: a share line must name at least one of these.
var shareVerbs = toSet(`share tweet facebook twitter linkedin whatsapp email e-mail print copy pinterest reddit
telegram save bookmark flipboard listen comments comment bluesky instagram youtube tiktok gift`)

// nameParticles may appear in lower case inside a person's name.
var nameParticles = toSet(`de da del della der di van von bin ibn al el la le du dos das ter ten`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	word := []rune{}
	flush := func() {
		if len(word) > 0 {
			m[string(word)] = true
			word = word[:0]
		}
	}
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' {
			flush()
			continue
		}
		word = append(word, r)
	}
	flush()
	return m
}
