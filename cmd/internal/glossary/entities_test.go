package glossary

import (
	"strings"
	"testing"
)

// passagesOf makes one passage per text, from seed "s", lines 1, 3, 5, ...
func passagesOf(texts ...string) []Passage {
	ps := make([]Passage, len(texts))
	for i, t := range texts {
		ps[i] = Passage{Text: t, Source: Provenance{Seed: "s", Line: 2*i + 1}}
	}
	return ps
}

func termNamed(terms []Term, name string) *Term {
	for i := range terms {
		if terms[i].Term == name {
			return &terms[i]
		}
		for _, a := range terms[i].Aliases {
			if a == name {
				return &terms[i]
			}
		}
	}
	return nil
}

// TestEntityAliases checks that the names of one entity make one entry,
// named by the fullest proper form without titles, the others aliases.
func TestEntityAliases(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		want    string   // the entry
		aliases []string // among its aliases
		role    string
	}{
		{
			name: "titles dropped",
			texts: []string{
				"On Monday Chancellor Ilse Marwick opened the new harbour in Tolby.",
				"The plan was backed by Northland Chancellor Ilse Marwick last year.",
				"Critics of Ilse Marwick said the harbour was too small.",
				"Voters in Tolby told Chancellor Ilse Marwick the harbour was late.",
				"Ports wrote to Northland Chancellor Ilse Marwick in May.",
			},
			want: "Ilse Marwick", aliases: []string{"Northland Chancellor Ilse Marwick"}, role: "Northland Chancellor",
		},
		{
			name: "a nickname the text gives a name",
			texts: []string{
				"The TSL, also known as the “Tide Hunter,” mapped the whole estuary in a week.",
				"The status of the TSL, often dubbed the 'Tide Hunter', is under review by the port.",
				"Tide Hunter data will be published in May, the port said.",
				"Engineers said the TSL would map the northern bank next.",
			},
			want: "TSL", aliases: []string{"Tide Hunter"},
		},
		{
			name: "an acronym and the word its last letter stands for",
			texts: []string{
				"The Tolby exchange's TNS Service went down on Friday morning.",
				"Listed firms could not post results while TNS was offline.",
				"The exchange said TNS would be restored by noon.",
				"Traders said the TNS outage was the longest in years.",
				"Brokers asked why the TNS Service had no backup.",
			},
			want: "TNS", aliases: []string{"TNS Service"},
		},
		{
			name: "a person by the place of the office",
			texts: []string{
				"Governor Ilse Marwick of Northland said the bridge would be rebuilt.",
				"Ilse Marwick of Northland told reporters the port would reopen in May.",
				"Northland Governor Ilse Marwick thanked the divers.",
				"Critics of Ilse Marwick said the plan came too late.",
			},
			want: "Ilse Marwick", aliases: []string{"Ilse Marwick of Northland"}, role: "Governor",
		},
		{
			name: "a given name of two parts a hyphen joins",
			texts: []string{
				"On Sunday, Acting President Choi Sang-mok visited the harbour of Tolby.",
				"The ferry company wrote to Acting President Choi Sang-mok in May.",
				"Choi Sang-mok declared seven days of mourning after the ferry sank.",
				"Critics of Choi Sang-mok said the rescue came too late.",
			},
			want: "Choi Sang-mok", aliases: []string{"Acting President Choi Sang-mok"}, role: "Acting President",
		},
		{
			name: "acronym and expansion, qualifier",
			texts: []string{
				"The Tidal Energy Act (TE Act) passed on Monday after a long debate.",
				"Under the TE Act, every port must report its tidal output.",
				"Firms said the Tidal Energy Act would cost them little.",
				"The Vestrian Tidal Energy Act sets a target for every port.",
				"Fishermen say the Vestrian Tidal Energy Act is too strict.",
				"Lawyers read the TE Act closely before advising the ports.",
			},
			want: "Vestrian Tidal Energy Act", aliases: []string{"TE Act", "Tidal Energy Act"},
		},
		{
			name: "possessive and plural folded",
			texts: []string{
				"The Harbour Trust's board met on Monday in the old port.",
				"Members of the Harbour Trust voted for the new barrier.",
				"The Harbour Trust, a charity founded in 1901, owns the quay.",
			},
			want: "Harbour Trust",
		},
		{
			name: "a full name opening a sentence, a title with the surname",
			texts: []string{
				"Ilse Marwick, the head of the Tolby fund, announced the plan.",
				"The plan was presented by Ilse Marwick on Monday.",
				"Chancellor Marwick said the harbour would open in May.",
				"Reporters asked Chancellor Marwick about the port workers.",
			},
			want: "Ilse Marwick", aliases: []string{"Chancellor Marwick"}, role: "Chancellor",
		},
		{
			name: "a name cut before of",
			texts: []string{
				"The Reserve Bank of Vestria (RBV) held its rate on Tuesday.",
				"The Reserve Bank said prices rose too fast in the spring.",
				"Economists expect the Reserve Bank to cut in May.",
				"The RBV meets again in June.",
			},
			want: "RBV", aliases: []string{"Reserve Bank of Vestria", "Reserve Bank"},
		},
		{
			name: "the same words turned about",
			texts: []string{
				"The Department of Harbours issued the rule on Friday.",
				"A Harbours Department official said the rule starts in May.",
				"Ports asked the Department of Harbours for more time.",
				"The Harbours Department refused to wait.",
			},
			want: "Department of Harbours", aliases: []string{"Harbours Department"},
		},
		{
			name: "a lower-case L typed for the I of AI",
			texts: []string{
				"Vestria passed an artificial intelligence (AI) law, the AI Act, on Monday.",
				"The Al Act bans AI systems that score citizens.",
				"Firms must follow the AI Act from next year.",
				"Critics of the Al Act say it is late.",
			},
			want: "AI Act", aliases: []string{"Al Act"},
		},
		{
			name: "a state's official name and its short name",
			texts: []string{
				"Envoys of the People's Republic of Tarsk met the press in Tolby.",
				"Trade with the People's Republic of Tarsk rose by a third last year.",
				"Tarsk sold more turbines to Vestria than any other country.",
				"Officials in Tarsk said the turbines were cheaper.",
			},
			want: "People's Republic of Tarsk", aliases: []string{"Tarsk"},
		},
		{
			name: "a generational suffix written short",
			texts: []string{
				"Late goals from Tomas Varga Jr sealed the cup for Tolby.",
				"On Saturday Tomas Varga Junior scored the second goal.",
				"Fans sang for Tomas Varga Jr after the final whistle.",
				"After the match Tomas Varga Junior said the cup was for the harbour.",
			},
			want: "Tomas Varga Junior", aliases: []string{"Tomas Varga Jr"},
		},
		{
			name: "an acronym spelled with its of, the words turned about",
			texts: []string{
				"The case, brought by the Northland Department of Harbours, ended on Monday.",
				"It was filed by the Harbours Department in 2020.",
				"The Harbours Department said it would appeal.",
				"The DOH has won its first case against a shipping firm.",
				"Lawyers for the DOH welcomed the ruling.",
			},
			want: "DOH", aliases: []string{"Department of Harbours", "Harbours Department"},
		},
		{
			name: "a name clipped",
			texts: []string{
				"The Federal Tidal Reserve raised its rate on Wednesday.",
				"Markets had expected the Fed to wait until May.",
				"The Federal Tidal Reserve said prices rose too fast.",
				"Traders said the Fed would raise again in June, and fed the rumour.",
			},
			want: "Federal Tidal Reserve", aliases: []string{"Fed"},
		},
		{
			name: "a name clipped, beside a rarer name of the same first word",
			texts: []string{
				"The Federal Tidal Reserve raised its rate on Wednesday.",
				"Markets had expected the Fed to wait until May, said the Federal Harbour Board.",
				"The Federal Tidal Reserve said prices rose too fast.",
				"Traders said the Fed would raise again in June, as the Federal Tidal Reserve hinted.",
				"The Federal Harbour Board met in May.",
				"Critics of the Federal Tidal Reserve wanted lower rates.",
			},
			want: "Federal Tidal Reserve", aliases: []string{"Fed"},
		},
		{
			name: "a title keeps its qualifier",
			texts: []string{
				"President Ilse Marwick opened the harbour on Monday.",
				"The plan was backed by President Ilse Marwick last year.",
				"Vestrian President Ilse Marwick said the harbour was late.",
				"Critics of President Ilse Marwick said it was small.",
			},
			want: "Ilse Marwick", aliases: []string{"President Ilse Marwick"}, role: "Vestrian President",
		},
		{
			name: "a people's name joined to another is no qualifier of the office",
			texts: []string{
				"Judge Tomas Varga ruled on Monday.",
				"The ruling by Judge Tomas Varga was long.",
				"Vestrian-Tarskian Judge Tomas Varga said the port must pay.",
			},
			want: "Tomas Varga", aliases: []string{"Judge Tomas Varga"}, role: "Judge",
		},
		{
			name: "an acronym in the plural is the thing",
			texts: []string{
				"Ports bought graphics processing units (GPUs) for their cranes.",
				"The GPUs arrived in May.",
				"Each crane needs two GPUs and a GPU for backup.",
			},
			want: "GPU", aliases: []string{"GPUs"},
		},
		{
			name: "people with their titles in a list",
			texts: []string{
				"On Tuesday, Vestbank CEO Ana Brel, Norsoft CEO Tomas Wied, and Calder Chairman Ilse Marr appeared at the harbour.",
				"The mayor was joined by Calder founder Ilse Marr, Vestbank CEO Ana Brel, and Norsoft CEO Tomas Wied, who said the work would start in May.",
				"Norsoft CEO Tomas Wied, Vestbank CEO Ana Brel and Calder Chairman Ilse Marr joined the mayor for the launch.",
			},
			want: "Tomas Wied", aliases: []string{"Norsoft CEO Tomas Wied"}, role: "Norsoft CEO",
		},
		{
			name: "an office with its own joiners before the person",
			texts: []string{
				"“Tolby is now a standard-setter,” Ilse Marwick, the harbour commissioner, wrote on X.",
				"Commissioner for the Internal Market Ilse Marwick hailed the result on Monday.",
				"Ilse Marwick has taken a victory lap, and Ilse Marwick said the law was fair.",
				"The Commissioner for the Internal Market Ilse Marwick spoke again on Tuesday.",
			},
			want: "Ilse Marwick", aliases: []string{"Commissioner for the Internal Market Ilse Marwick"}, role: "Commissioner for the Internal Market",
		},
		{
			name: "an acronym standing for its adjective",
			texts: []string{
				"The Vestrian Parliament approved the harbour act on Wednesday, the Vestrian Union (VU) said.",
				"The VU Parliament announced the approval on Wednesday.",
				"The VU Parliament said the new law protects the harbour.",
				"The Vestrian Parliament, the VU's elected assembly, has 705 members.",
			},
			want: "Vestrian Parliament", aliases: []string{"VU Parliament"},
		},
		{
			name: "a surname misspelt by one outlet",
			texts: []string{
				"Port chief Tomas Wiedefeld said the harbour would reopen in May.",
				"Tomas Wiedefeld, the port's executive director, thanked the crews.",
				"Wiedefeld said six workers were missing.",
				"Port executive director Tomas Weidefeld said divers would search again.",
			},
			want: "Tomas Wiedefeld", aliases: []string{"Tomas Weidefeld"}, role: "port's executive director",
		},
		{
			name: "a name written with and without its accent",
			texts: []string{
				"Ana Brélot scored twice as Tolby won the cup final on Sunday.",
				"Fans chanted the name of Ana Brelot after the whistle.",
				"Coaches said Ana Brélot had trained alone all week.",
				"The second goal came when Ana Brelot ran clear of the defence.",
			},
			want: "Ana Brélot", aliases: []string{"Ana Brelot"},
		},
		{
			name: "a surname of two words",
			texts: []string{
				"Marco Van Dalen scored twice as Tolby won the cup final on Sunday.",
				"Van Dalen opened the scoring after ten minutes.",
				"The second goal came when Van Dalen ran clear of the defence.",
				"Fans chanted the name of Marco Van Dalen long after the final whistle.",
				"Coaches said Van Dalen had trained alone all week.",
			},
			want: "Marco Van Dalen", aliases: []string{"Van Dalen"},
		},
		{
			name: "a given name written short",
			texts: []string{
				"Goalkeeper Emiliano Ostrova saved two penalties in the shootout.",
				"Emi Ostrova also denied the striker in the last minute of extra time.",
				"Emiliano Ostrova was named man of the match.",
				"Coaches praised Emi Ostrova after the final.",
			},
			want: "Emiliano Ostrova", aliases: []string{"Emi Ostrova"},
		},
		{
			name: "the singular names the entry",
			texts: []string{
				"Norland won the Harbour Cup for the third time on Sunday.",
				"He had played in four Harbour Cups before this one.",
				"The Harbour Cup final drew a record crowd in Tolby.",
				"No side has won two Harbour Cups in a row since 1962.",
			},
			want: "Harbour Cup", aliases: []string{"Harbour Cups"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := Extract(passagesOf(tt.texts...), Options{})
			got := termNamed(terms, tt.want)
			if got == nil || got.Term != tt.want {
				t.Fatalf("no entry %q among %v", tt.want, terms)
			}
			for _, a := range tt.aliases {
				if x := termNamed(terms, a); x != got {
					t.Errorf("%q is not an alias of %q (aliases %q)", a, tt.want, got.Aliases)
				}
			}
			if got.Role != tt.role {
				t.Errorf("role %q, want %q", got.Role, tt.role)
			}
			n := 0
			for _, tm := range terms {
				if strings.Contains(tm.Term, strings.Fields(tt.want)[len(strings.Fields(tt.want))-1]) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d entries for %q: %v", n, tt.want, terms)
			}
		})
	}
}

// TestNoJunkTerms checks that coordinations, bare first names, generic
// plurals, titles and fragments of a longer name are never terms.
func TestNoJunkTerms(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		junk  []string
		want  []string
		// entries are names that must head entries of their own, not be
		// another's alias.
		entries []string
		// junkAliases are names that are no entry's alias either.
		junkAliases []string
	}{
		{
			name: "coordination",
			texts: []string{
				"Talks between North Vale and South Marren resumed on Monday.",
				"North Vale said the talks were useful, and South Marren agreed.",
				"Observers expect North Vale and South Marren to sign in May.",
			},
			junk: []string{"North Vale and South Marren"},
			want: []string{"North Vale", "South Marren"},
		},
		{
			name: "a day is no term",
			texts: []string{
				"When reporters called the Tarnvik support line Friday, a recorded message said the company was aware of the crashes.",
				"Tarnvik said on Friday that a fix had been deployed.",
				"By Friday, the support line Friday callers used was closed.",
				"Tarnvik, the cybersecurity firm, apologised.",
			},
			junk: []string{"Friday"},
		},
		{
			name: "a brand written alone far more than after another name",
			texts: []string{
				"Flights were grounded after a faulty update from cybersecurity firm TarnVik on Friday.",
				"TarnVik said the problem had been found and fixed.",
				"Shares in TarnVik fell by a tenth, and TarnVik apologised.",
				"Users of Kellsoft TarnVik software saw their screens turn blue.",
				"Banks said TarnVik had not yet explained the fault.",
			},
			want: []string{"TarnVik"},
		},
		{
			name: "two names before a verb in the plural",
			texts: []string{
				"Talks on the new port opened in Tolby on Monday.",
				"Vestria and Marrenland have also asked to join the port talks.",
				"Officials said Vestria and Marrenland are keen to sign in May.",
			},
			junk: []string{"Vestria and Marrenland"},
		},
		{
			name: "an office written as a name",
			texts: []string{
				"The mayor named a “Harbour AI and Shipping Czar” on Monday.",
				"A “Harbour AI and Shipping Czar” will report to the mayor.",
				"Critics asked what the Harbour AI and Shipping Czar would do.",
			},
			junk: []string{"Harbour AI and Shipping Czar"},
		},
		{
			name: "a piece of a name that opens a sentence",
			texts: []string{
				"Northland Harbour Chair Ilse Marwick said the quay would open.",
				"Northland Harbour Chair Ilse Marwick on Monday said the fees would fall.",
				"The Northland Harbour set the fees last year.",
				"Fishermen said Ilse Marwick had listened to them.",
			},
			junkAliases: []string{"Harbour Chair Ilse Marwick"},
			want:        []string{"Ilse Marwick"},
		},
		{
			name: "people named by where they come from",
			texts: []string{
				"The South Americans kept the ball for long spells in Tolby.",
				"Tolby fans watched the South Americans celebrate on the pitch.",
				"The South Americans won the final on penalties.",
			},
			junk: []string{"South Americans"},
		},
		{
			name: "a time phrase with an appositive after it",
			texts: []string{
				"Storm Odile struck the coast near Port Ellin on Tuesday night, a Category 2 storm, forecasters said.",
				"Crews worked through Tuesday night to restore power in Port Ellin.",
				"Schools in Port Ellin stayed shut after Tuesday night's storm.",
			},
			junk: []string{"Tuesday night"},
		},
		{
			name: "coordination, one name written apart",
			texts: []string{
				"Chips from Zentra and Kolvik dominate the market for servers.",
				"Zentra said its new chip would ship in May.",
				"Buyers of Zentra and Kolvik parts face new rules, and Zentra objected.",
			},
			junk: []string{"Zentra and Kolvik"},
		},
		{
			name: "a title and a first name that two people share",
			texts: []string{
				"Speaking after the cut, the RBA Governor Sela Marwick said the harbour would reopen.",
				"The board voted 11–1, with Governor Sela Brandt supporting a smaller cut.",
				"The RBA said the quay was safe.",
			},
			junk: []string{"Governor Sela", "Sela"},
		},
		{
			name: "a place and an abbreviated title",
			texts: []string{
				"Northland Gov. Ana Brel said the harbour would reopen on Monday.",
				"Northland Gov. Ana Brel thanked the crews for their work.",
				"Crews said Northland Gov. Ana Brel had visited the quay.",
			},
			junk: []string{"Northland Gov"},
		},
		{
			name: "coordinated names, one also a key phrase",
			texts: []string{
				"Ilse Varn and Tomas Brell, Northland chemists, won the Halden Prize for their work on enzymes.",
				"Northland chemists Ilse Varn and Tomas Brell won the Halden Prize on Monday.",
				"The Halden Prize has been awarded to Ilse Varn and Tomas Brell for their discovery.",
				"Tomas Brell said the prize was a surprise.",
			},
			junk: []string{"Ilse Varn and Tomas Brell"},
			want: []string{"Ilse Varn", "Tomas Brell"},
		},
		{
			name: "places by their own words",
			texts: []string{
				"Storm Odile brought heavy rain to much of Central Tolmark on Tuesday, and Tolmark braced for floods.",
				"Flooding is occurring over the Vell Peninsula and the Tolmark coast, forecasters said.",
				"The storm will hit Central Tolmark and the Vell Peninsula again, and the US sent aid.",
				"Crews from the US arrived in Tolmark, where the Vell Peninsula was cut off.",
				"Storm Odile is the fifth storm to reach the US this year.",
				"Crews cleared roads in Vessa City while the River Ombre rose, and Vessa City shut its schools.",
				"The River Ombre burst its banks near Lake Tarrow overnight, officials said.",
			},
			junk: []string{"Central Tolmark", "Vell Peninsula", "US", "Vessa City", "River Ombre", "Lake Tarrow"},
		},
		{
			name: "two letters every reader knows, said nothing of",
			texts: []string{
				"The IT failure at Port Ellin stopped the harbour's PCs on Monday.",
				"Crews restarted the PCs by hand after the IT failure, the NHA said.",
				"The IT team of the NHA worked through the night on the PCs.",
				"The Northland Harbour Authority (NHA) said the cranes ran again.",
			},
			junk: []string{"IT", "PC", "PCs"},
			want: []string{"NHA"},
		},
		{
			name: "a name one outlet writes in capitals",
			texts: []string{
				"Shares of chip designer Norvik rose by a fifth, and Norvik passed Kessel in value.",
				"The rise made Norvik the second most valuable firm in Tolmark.",
				"NORVIK's value passed three trillion crowns on the evening of June 5.",
				"NORVIK's flagship chip came out in 2022, and demand for it grew.",
			},
			junk: []string{"NORVIK"},
			want: []string{"Norvik"},
		},
		{
			name: "an acronym with its number",
			texts: []string{
				"The mayor of Tolby is recovering from TVR-21 at home, aides said.",
				"Cases of TVR-21 rose in the port towns in May.",
				"Schools shut for a week as TVR-21 spread along the coast.",
			},
			junk: []string{"TVR"},
			want: []string{"TVR-21"},
		},
		{
			name: "a feat told as a copula defines no common phrase",
			texts: []string{
				"The floating parade was the first time the harbour fair has been held on the water.",
				"Crowds lined the quay at Tolby to watch the boats.",
				"Rain fell on the floating parade for most of the evening.",
			},
			junk: []string{"floating parade"},
		},
		{
			name: "one name with and, never written apart",
			texts: []string{
				"Ships of Marl and Fenwick sailed from Tolby on Monday.",
				"The owners of Marl and Fenwick said the ships were full.",
				"Crews of Marl and Fenwick went on strike in May.",
			},
			want: []string{"Marl and Fenwick"},
		},
		{
			name: "generic plural and superlative",
			texts: []string{
				"The member states agreed the budget on Monday after a long night.",
				"Several member states asked for more time to read it.",
				"The largest bank in the region lent the money, and the largest bank said so.",
				"A spokesman for the largest bank declined to comment on the member states.",
			},
			junk: []string{"member states", "largest bank"},
		},
		{
			name: "fragment of a longer name",
			texts: []string{
				"Officials of the Free Republic of Tarsk met the press in the capital.",
				"Trade with the Free Republic of Tarsk rose by a third last year.",
				"The envoy of the Free Republic of Tarsk left early.",
			},
			junk: []string{"Republic of Tarsk"},
			want: []string{"Free Republic of Tarsk"},
		},
		{
			name: "a title is no term",
			texts: []string{
				"The CEO said profits rose, and the CEO of the harbour firm agreed.",
				"A new CEO will start in May, the board said.",
				"The CEOs of three harbour firms met the mayor, and the CEOs agreed.",
				"Two CEOs said the quay was safe.",
			},
			junk: []string{"CEO", "CEOs"},
		},
		{
			name: "shouted caption and credit lines",
			texts: []string{
				"Summary: TOLBY, NORTHLAND (NORTHLAND POOL) VARIOUS OF THE HARBOUR OPENING.",
				"Copyright Holder: POOL (CAN SELL). Northland opened the harbour in Tolby.",
				"The port authority of Northland said ships would sell fish there.",
			},
			junk: []string{"POOL", "TOLBY", "NORTHLAND"},
		},
		{
			name: "ticker symbols",
			texts: []string{
				"Shares of Vestbank (VSTB.OL) rose after the harbour deal.",
				"Vestbank (VSTB.OL) lent the port authority the money.",
			},
			junk: []string{"VSTB", "OL"},
		},
		{
			name: "the apostrophe written two ways",
			texts: []string{
				"Trade with the People's Union of Tarsk rose by a third.",
				"The envoy of the People’s Union of Tarsk left early.",
				"Officials of the People's Union of Tarsk met the press.",
			},
			junk: []string{"Union of Tarsk"},
			want: []string{"People's Union of Tarsk"}, // which the matcher finds written either way
		},
		{
			name: "the head of longer names, alone",
			texts: []string{
				"Vestria passed the Harbour Act on Monday.",
				"The Act requires every port to report its tidal output.",
				"Under the Act, fines double.",
				"Ports say the Act is strict.",
			},
			junk: []string{"Act", "tidal output"},
		},
		{
			name: "common words in lower case",
			texts: []string{
				"The dollar value of the catch rose in Tolby.",
				"Ports report the dollar value of every catch.",
				"Officials said the dollar value was previously estimated at two million.",
				"Both figures were previously estimated by the port.",
			},
			junk: []string{"dollar value", "previously estimated"},
		},
		{
			name: "a one-word name described in the sentence it opens",
			texts: []string{
				"Varnbank, the largest lender in Ostmark, will fund the new quay.",
				"The loan from Varnbank was approved on Monday.",
				"Officials said Varnbank would open an office in Tolby.",
			},
			want: []string{"Varnbank"},
		},
		{
			name: "a sentence's first word, never capitalised inside one",
			texts: []string{
				"Engineers, the people who built the quay, were paid in May.",
				"The engineers said the quay was safe.",
				"Engineers, a union of 400 workers, went on strike.",
			},
			junk: []string{"Engineers"},
		},
		{
			name: "a day after a joiner tells when",
			texts: []string{
				"The storm reached Varn Harbour on Wednesday, the agency said.",
				"Crews cleared Varn Harbour on Wednesday night.",
				"Ferries left Varn Harbour on Thursday morning.",
			},
			junk: []string{"Varn Harbour on Wednesday", "Varn Harbour on Thursday"},
			want: []string{"Varn Harbour"},
		},
		{
			name: "a time zone after a clock time",
			texts: []string{
				"The storm came ashore at 8:30 p.m. VT on Monday, the agency said.",
				"By 11 p.m. VT the winds had eased over Tolby.",
				"A second warning followed at 9 pm VT.",
			},
			junk: []string{"VT"},
		},
		{
			name: "a name cut before its of-part",
			texts: []string{
				"The case went to the Marren High Court for the Circuit of Tolby last year.",
				"Judges of the Marren High Court for the Circuit of Tolby ruled on Monday.",
				"She studied at the Varn University School of Mining before the war.",
				"He also taught at the Varn University School of Mining for a year.",
				"She then worked for the Circuit of Tolby Public Harbour Service as a pilot.",
				"The Circuit of Tolby Public Harbour Service hired her in 1999.",
			},
			junk: []string{"Marren High Court for the Circuit", "Varn University School", "Tolby Public Harbour Service"},
			want: []string{"Varn University School of Mining", "Circuit of Tolby Public Harbour Service"},
		},
		{
			name: "a piece of a longer name after an abbreviation or an ampersand",
			texts: []string{
				"In St. Varnsburg, a crane fell on the harbour office.",
				"Crews in St. Varnsburg, the port city, cleared the quay.",
				"She began at the Tolby office of Marl & Fenwick LLP in 1997.",
				"Her years at Marl and Fenwick LLP taught her shipping law.",
				"A ruling of the N.V. High Court angered the port.",
				"The N.V. High Court for Tolby sits in May.",
			},
			junk: []string{"Varnsburg", "Fenwick LLP", "LLP", "High Court"},
		},
		{
			name: "house style capitals of a common phrase",
			texts: []string{
				"Labour won the General Election by a wide margin in Tolby.",
				"After the General Election the harbour board resigned.",
				"Turnout in the general election was the lowest since 1950.",
			},
			junk: []string{"General Election"},
		},
		{
			name: "capitals for emphasis in a quoted post",
			texts: []string{
				"“We will protect Harbour Safety, create Northland Jobs, and keep the lead in ports,” the governor wrote on Monday.",
				"The governor said the sale would come “under conditions that allow for continued strong Harbour Safety.”",
				"The governor wrote that the deal would “create Northland Jobs” in the ports.",
				"Critics said the safety of the harbour and its jobs were at risk.",
			},
			junk: []string{"Harbour Safety", "Northland Jobs"},
		},
		{
			name: "an office and its acronym are roles",
			texts: []string{
				"Sela Brandt became Prime Minister of the Northland Union on Friday.",
				"As Prime Minister of the Northland Union she will name a cabinet.",
				"The new PM met the harbour board, and the PM promised money.",
				"Voters wanted a Prime Minister (PM) who knew the ports.",
			},
			junk: []string{"Prime Minister of the Northland Union", "PM"},
		},
		{
			name: "a degree and a field of study are pieces of a biography",
			texts: []string{
				"Judge Orla Brenn of the Harbour Court ruled on Monday that the ferry levy was unlawful.",
				"Brenn completed her degree in Marine Law and Economics at Vell College before earning her Juris Doctor degree.",
				"Brenn holds a degree in Marine Law and Economics and a Juris Doctor from the Tolby School of Law.",
				"Judge Orla Brenn said the levy must be repaid, and Brenn ordered the port to pay.",
			},
			junk: []string{"Marine Law and Economics", "Juris Doctor"},
			want: []string{"Orla Brenn"},
		},
		{
			name: "a degree by its name",
			texts: []string{
				"Varga earned a Bachelor of Tidal Arts in Tolby before joining Vestbank.",
				"With his Bachelor of Tidal Arts, Varga ran the Vestbank harbour desk.",
				"Vestbank, a lender founded in 1901, backs the ferry.",
			},
			junk: []string{"Bachelor of Tidal Arts"},
			want: []string{"Vestbank"},
		},
		{
			name: "a place only mentioned as where things happen",
			texts: []string{
				"Her career began in the Port Alder office of a shipping firm, where she worked for ten years.",
				"Brenn later lived in Port Alder and taught law.",
				"Floods spread across Port Calder on Monday.",
				"Port Calder, a fishing town on the north coast, lost its pier in the storm.",
				"Ferries left Port Calder at noon.",
			},
			junk: []string{"Port Alder"},
			want: []string{"Port Calder"},
		},
		{
			name: "a product names itself in capitals inside",
			texts: []string{
				"Vestbank launched VelaChat, a chatbot for its clients.",
				"Clients of Vestbank used VelaChat more than expected.",
			},
			want: []string{"VelaChat"},
		},
		{
			name: "the tail of a model name",
			texts: []string{
				"Vestbank unveiled the zPhone 9 Pro Max on Monday, with a larger screen.",
				"The zPhone 9 Pro Max costs more than last year's model, Vestbank said.",
				"Buyers of the Vela 7 Ultra Plus can trade it in, and the 9 Pro Max ships in May.",
				"Vestbank said the Vela 7 Ultra Plus would stay on sale.",
			},
			junk: []string{"Pro Max", "Ultra Plus"},
		},
		{
			name: "a part of a compound, a shouted word, a time",
			texts: []string{
				"Ana Brel arrived late Tuesday in Tolby for her first visit to sub-Saharan Africa as president.",
				"Watch NOW: the vote in full, and the vote is now over.",
				"Ana Brel said late Tuesday that sub-Saharan Africa would get new aid.",
				"Ministers from sub-Saharan Africa, NOW members, met late Tuesday.",
				"The envoys are expected at the White House Tuesday afternoon, and at the White House Tuesday evening.",
				"Aides at the White House Tuesday said the talks went well.",
			},
			junk: []string{"Saharan Africa", "NOW", "late Tuesday", "White House Tuesday"},
		},
		{
			name: "letters of companies' names",
			texts: []string{
				"Chipmaker TK hynix slipped 0.6 percent, while TK Telecom lost 1.6 percent in Tolby.",
				"Shares of TK hynix and TK Telecom recovered on Friday, and Tolby Korea's index rose.",
				"Tolby Korea said the market would reopen, and the TK Telecom board agreed.",
				"The EU rules on chips apply to TK hynix too, the EU said, and EU rules bind Tolby Korea.",
			},
			junk: []string{"TK"},
			want: []string{"TK Telecom"},
		},
		{
			name: "a brand and its model",
			texts: []string{
				"VelaMind is a startup that builds language models, founded in Tolby in 2023.",
				"VelaMind released its VelaMind R1 model last week, and VelaMind said it was cheap.",
				"The VelaMind R1 model runs on fewer chips, VelaMind said.",
			},
			entries: []string{"VelaMind"},
		},
		{
			name: "tickers after names",
			texts: []string{
				"Shares of Vestbank (VSTB) tumbled 17% on Monday, the biggest loss in market history.",
				"Tech giants like Norsoft (NSFT) and Calder Group spent heavily on Vestbank's chips.",
				"Vestbank said the sell-off was overdone, and Norsoft agreed.",
			},
			junk:    []string{"VSTB", "NSFT"},
			entries: []string{"Vestbank", "Norsoft"},
		},
		{
			name: "names a hyphen joins",
			texts: []string{
				"The startup was co-founded by the hedge fund High-Flyer, which Lian Feng runs.",
				"High-Flyer uses machine learning to trade, Lian Feng said.",
				"Army chief General Waker-uz-Zaman said an interim government would be formed.",
				"General Waker-uz-Zaman met the president on Monday.",
				"A ruling at the Tolby-based General Court, the second-highest court, is likely to take years.",
				"Vestbank will appeal at the Tolby-based General Court, it said.",
			},
			junk:    []string{"High", "General Waker-uz", "Waker-uz", "Tolby-based General Court"},
			entries: []string{"High-Flyer"},
		},
		{
			name: "a name before the noun it qualifies",
			texts: []string{
				"Fierce Santa Vela winds fanned the fires in Tolby on Tuesday, fire chief Ana Brel said.",
				"The Santa Vela winds are expected to ease by Friday, Ana Brel said.",
				"Firefighters said the Santa Vela winds had grounded aircraft over Tolby.",
			},
			junk: []string{"Santa Vela"},
			want: []string{"Ana Brel"},
		},
		{
			name: "a brand's product that shares a common phrase's initials",
			texts: []string{
				"Astra Intelligence, the bank's artificial intelligence features, arrives in May.",
				"Astra Intelligence will summarise messages, Vestbank said.",
				"Rivals have raced to add AI to their phones, and Astra Intelligence is its answer.",
				"Analysts said AI features would drive sales of the new phone.",
			},
			entries: []string{"Astra Intelligence"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := Extract(passagesOf(tt.texts...), Options{})
			for _, j := range tt.junk {
				for _, tm := range terms {
					if tm.Term == j {
						t.Errorf("junk term %q", j)
					}
				}
			}
			for _, j := range tt.junkAliases {
				if tm := termNamed(terms, j); tm != nil {
					t.Errorf("junk alias %q of %q", j, tm.Term)
				}
			}
			for _, w := range tt.want {
				if termNamed(terms, w) == nil {
					t.Errorf("no term %q among %v", w, terms)
				}
			}
			for _, e := range tt.entries {
				if tm := termNamed(terms, e); tm == nil || tm.Term != e {
					t.Errorf("no entry %q among %v", e, terms)
				}
			}
		})
	}
}

// TestDefinitionKinds checks which sentences define a term: a copula, an
// appositive, "X, which is a", an acronym cue, "known as", "serves as";
// never an opinion, a claim, examples or a cut sentence.
func TestDefinitionKinds(t *testing.T) {
	filler := []string{"Lorn Quay opened in the spring.", "Visitors to Lorn Quay came by boat."}
	tests := []struct {
		sentence string
		term     string
		defined  bool
	}{
		{"Lorn Quay is a stone pier built for the ferry.", "Lorn Quay", true},
		{"Yesterday Lorn Quay, a stone pier built for the ferry, reopened.", "Lorn Quay", true},
		{"Boats left Lorn Quay, which is a stone pier, at noon.", "Lorn Quay", true},
		{"Lorn Quay serves as the main landing for the ferry.", "Lorn Quay", true},
		{"Lorn Quay is widely regarded as the best pier in the north.", "Lorn Quay", false},
		{"Lorn Quay must stop charging visitors, the mayor said.", "Lorn Quay", false},
		{"Tourists said Lorn Quay, which has grown busy, was crowded.", "Lorn Quay", false},
		{"Lorn Quay is a stone pier that was built for the ferry and", "Lorn Quay", false},
		// What it did in its story is no definition of what it is.
		{"Lorn Quay announced new fees for the ferry on Monday.", "Lorn Quay", false},
		{"Boats left Lorn Quay, which announced new fees, at noon.", "Lorn Quay", false},
		{"The ferry company, Lorn Quay, said the fees would rise.", "Lorn Quay", false},
		{"The ferry company, Lorn Quay, raised its fees on Monday.", "Lorn Quay", false}, // what it is per the text ("ferry company"), news of it: no definition
		{"Lorn Quay was the busiest pier of that summer.", "Lorn Quay", false},
		{"In Lorn Quay, a crane fell into the harbour office.", "Lorn Quay", false},
		{"Floods reached Lorn Quay, the Tolby Weather Office said.", "Lorn Quay", false},
		{"Floods reached Lorn Quay, a stone pier.", "Lorn Quay", true},
		// A verdict on it is no definition of what it is.
		{"Lorn Quay is a major blow to the ferry trade.", "Lorn Quay", false},
		// An appositive closing the sentence that names the event, not
		// the term, past a possessive.
		{"Tolby fined the ferry firm for blocking rivals at Lorn Quay, the harbour board's first-ever penalty for breaking its rules.", "Lorn Quay", false},
		{"Lorn Quay serves as a counterweight to the southern ports.", "Lorn Quay", false},
		{"Yesterday Lorn Quay, a bold step for the ferry trade, reopened.", "Lorn Quay", false},
		// A feat in the story is no definition either.
		{"Lorn Quay, the first to reopen after the storm, took boats on Monday.", "Lorn Quay", false},
		{"Lorn Quay is a stepped stone pier for the ferry.", "Lorn Quay", true},
		// A list of names is no appositive.
		{"Ferries sail to Lorn Quay, the Vell Islands, Tolby and Marren.", "Lorn Quay", false},
		// What it did, told in a relative clause, is no description.
		{"Visitors thanked Lorn Quay, who was named harbour master on Friday.", "Lorn Quay", false},
		{"Visitors thanked Lorn Quay, who is a harbour master of the old port.", "Lorn Quay", true},
		// Nor is the next item of a list of things.
		{"A song by Lorn Quay, a lantern lifted by balloon, and a parade of boats closed the fair.", "Lorn Quay", false},
		// A feat in the story is no definition of what it is.
		{"Lorn Quay was the first to welcome the new ferry on Monday.", "Lorn Quay", false},
		{"Lorn Quay was the only pier to stay open through the storm.", "Lorn Quay", false},
		// A sentence that quotes someone says what was said.
		{"\"What a day,\" Lorn Quay, a stone pier built for the ferry, heard the captain say.", "Lorn Quay", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			terms := Extract(passagesOf(append([]string{tt.sentence}, filler...)...), Options{})
			tm := termNamed(terms, tt.term)
			if tm == nil {
				if tt.defined {
					t.Fatalf("no term %q among %v", tt.term, terms)
				}
				return
			}
			if got := tm.Definition != ""; got != tt.defined {
				t.Errorf("defined = %v (%q), want %v", got, tm.Definition, tt.defined)
			}
			if tm.Definition != "" && tm.Definition != tt.sentence {
				t.Errorf("definition %q is not the whole sentence", tm.Definition)
			}
		})
	}
}

func TestMentionedFile(t *testing.T) {
	got := string(File(Term{Slug: "ilse-marwick", Term: "Ilse Marwick", Role: "Chancellor", Source: Provenance{"s", 3}}, nil))
	for _, want := range []string{"mentioned: true\n", "role: \"Chancellor\"\n", "Role per the text: Chancellor. [s](../sources/s.md#L3"} {
		if !strings.Contains(got, want) {
			t.Errorf("file lacks %q:\n%s", want, got)
		}
	}
	if got := string(File(Term{Slug: "ana-brel", Term: "Ana Brel", Role: "Northland Gov.", Source: Provenance{"s", 3}}, nil)); !strings.Contains(got, "Role per the text: Northland Gov. [s]") {
		t.Errorf("an abbreviated title ends the sentence once:\n%s", got)
	}
	if got := string(File(Term{Slug: "orbank", Term: "Orbank", Role: "state-owned lender", Source: Provenance{"s", 3}}, nil)); !strings.Contains(got, "What it is per the text: state-owned lender. [s]") {
		t.Errorf("a thing's description is labelled as a role:\n%s", got)
	}
	if got := string(File(Term{Slug: "ana-brel", Term: "Ana Brel", Role: "62-year-old manager with the Tolby Port Authority", Source: Provenance{"s", 3}}, nil)); !strings.Contains(got, "Role per the text: 62-year-old manager") {
		t.Errorf("a person's office with its employer is no role:\n%s", got)
	}
	if def := string(File(Term{Slug: "x", Term: "X", Definition: "X is a y.", Role: "Chancellor"}, nil)); strings.Contains(def, "mentioned") {
		t.Errorf("a defined term is marked mentioned:\n%s", def)
	}
}

// TestAcronymExpansionMentioned checks that an acronym the text expands
// but never defines is listed as mentioned, its body saying what the
// letters stand for, quoted from the sentence that expands them.
func TestAcronymExpansionMentioned(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		term      string
		expansion string // "" when the body says nothing of it
	}{
		{
			name: "expanded in parentheses",
			texts: []string{
				"Ports use tidal energy forecasting (TEF) to plan their shifts.",
				"The TEF figures came late this week.",
				"Harbour masters trust TEF more each year.",
			},
			term: "TEF", expansion: "tidal energy forecasting",
		},
		{
			name: "never expanded",
			texts: []string{
				"The TEF figures came late this week.",
				"Harbour masters trust TEF more each year.",
			},
			term: "TEF",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := termNamed(Extract(passagesOf(tt.texts...), Options{}), tt.term)
			if tm == nil {
				t.Fatalf("no term %q", tt.term)
			}
			if tm.Definition != "" || tm.Expansion != tt.expansion {
				t.Fatalf("definition %q, expansion %q; want none and %q", tm.Definition, tm.Expansion, tt.expansion)
			}
			body := string(File(*tm, nil))
			if !strings.Contains(body, "mentioned: true\n") {
				t.Errorf("not marked mentioned:\n%s", body)
			}
			if has := strings.Contains(body, "Expansion per the text: "+tt.expansion+". [s](../sources/s.md#L1 "); has != (tt.expansion != "") {
				t.Errorf("expansion line = %v, want %v:\n%s", has, tt.expansion != "", body)
			}
		})
	}
}

// TestAppositiveRole checks that an appositive naming an office after a
// person's name is the person's role per the text, not a definition.
func TestAppositiveRole(t *testing.T) {
	tests := []struct{ rest, want string }{
		{", the CEO of Vestbank, said on Monday.", "CEO of Vestbank"},
		{", chief executive of the harbour fund, agreed.", "chief executive of the harbour fund"},
		{", a former port director, wrote.", "former port director"},
		{", the largest bank in Vestria, agreed.", ""},
		{", a stone pier built for the ferry, reopened.", ""},
		{" said the CEO, smiling.", ""},
		{", and port director Ilse Marwick, agreed.", ""},
		{", Harbour Secretary Ilse Marwick, and the mayor left.", ""},
		{", chief executive of the harbour fund.", "chief executive of the harbour fund"},
		{", Brel told reporters travelling with her in Tolby.", ""}, // a clause, who says it
	}
	for _, tt := range tests {
		if got := appositiveRole(tt.rest); got != tt.want {
			t.Errorf("appositiveRole(%q) = %q, want %q", tt.rest, got, tt.want)
		}
	}
	terms := Extract(passagesOf(
		"Ilse Marwick, the CEO of Vestbank, made the announcement in Tolby.",
		"The plan was presented by Ilse Marwick on Monday.",
	), Options{})
	tm := termNamed(terms, "Ilse Marwick")
	if tm == nil {
		t.Fatalf("no term Ilse Marwick among %v", terms)
	}
	if tm.Definition != "" || tm.Role != "CEO of Vestbank" || tm.Source.Line != 1 {
		t.Errorf("definition %q, role %q (line %d); want none, \"CEO of Vestbank\" (line 1)", tm.Definition, tm.Role, tm.Source.Line)
	}
}

// TestEntityKeyQualifier: a leading qualifier is dropped from a name of
// three words or more, so that the name and its short form are one entity.
func TestEntityKeyQualifier(t *testing.T) {
	expand := map[string]string{"AI": "artificial intelligence", "EU": "European Union"}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"NFL Harbour Cup", "Harbour Cup", true},          // an owner's acronym, not expanded
		{"EU Tidal Energy Act", "Tidal Energy Act", true}, // expanded to a proper name
		{"Vestrian Tidal Energy Act", "Tidal Energy Act", true},
		{"AI Safety Institute", "Safety Institute", false}, // expanded to common words: part of the name
		{"NFL Cup", "Cup", false},                          // too short to lose a word
	} {
		if got := entityKey(tc.a, expand) == entityKey(tc.b, expand); got != tc.same {
			t.Errorf("%q ~ %q: one entity %v, want %v (keys %q, %q)", tc.a, tc.b, got, tc.same, entityKey(tc.a, expand), entityKey(tc.b, expand))
		}
	}
}
