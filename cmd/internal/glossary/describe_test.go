package glossary

import (
	"strings"
	"testing"
)

// TestPrecedingDescription checks the descriptions a sentence writes
// right before a name: an appositive before it, a descriptor written as a
// title; and that a clause, a list, a verb or a head alone describes
// nothing.
func TestPrecedingDescription(t *testing.T) {
	tests := []struct {
		s, name string
		want    string
		kind    int
	}{
		{"Vestria's largest lender, Orbank, said on Monday it would open.", "Orbank", "Vestria's largest lender", kindDescription},
		{"Profits at state-owned lender Orbank rose in May.", "Orbank", "state-owned lender", kindDescription},
		{"The plan was drafted by the lender Orbank last year.", "Orbank", "the lender", kindDescription},
		{"Traders said Vestrian chipmaker Kallo sold more chips.", "Kallo", "Vestrian chipmaker", kindDescription},
		{"The country's central bank, the Reserve Bank of Tolby, cut its rate.", "Reserve Bank of Tolby", "The country's central bank", kindDescription},
		{"Its chatbot Pelix answered in Vestrian.", "Pelix", "Its chatbot", kindDescription},
		{"Reporters asked VTF chief executive Ilse Marwick about the fund.", "Ilse Marwick", "VTF chief executive", roleDescription},
		{"The fund is run by former deputy governor Ilse Marwick since May.", "Ilse Marwick", "former deputy governor", roleDescription},
		{"Vestria's sovereign wealth fund, the VWF, bought the port.", "VWF", "Vestria's sovereign wealth fund", kindDescription},
		{"Sanctions hit the lender Orbank in May.", "Orbank", "the lender", kindDescription},
		{"Reform Tolby leader Ilse Marwick won the seat.", "Ilse Marwick", "Reform Tolby leader", roleDescription},
		{"The bank said its chief executive Ilse Marwick would stay.", "Ilse Marwick", "chief executive", roleDescription},
		{"In Tolby, Vestria Gov. Ilse Marwick said the port was safe.", "Ilse Marwick", "Vestria Gov.", roleDescription},
		// No noun phrase, or no head that says what the name is.
		{"Ports closed. Ilse Marwick said the port was safe.", "Ilse Marwick", "", noDescription},
		{"Fans cheered his first Vell League goal in May.", "Vell League", "", noDescription},
		{"Analysts said, Orbank, a lender, was safe.", "Orbank", "", noDescription},
		{"The lenders Varo, Orbank, Tessbank and Kell merged.", "Orbank", "", noDescription},
		{"Profits at the lender, Orbank said, rose in May.", "Orbank", "", noDescription},
		{"Harbour masters trust TEF more each year.", "TEF", "", noDescription},
		{"Sanctions hit lender Orbank in May.", "Orbank", "", noDescription},
		{"Investors fund Orbank through bonds.", "Orbank", "", noDescription},
		{"Profits at Orbank rose in May.", "Orbank", "", noDescription},
		{"The mayor, whose deputy Vice Mayor Ilse Varn runs the quay, said no.", "Ilse Varn", "Vice Mayor", roleDescription},
		{"The mayor wrote on his Harbour Talk platform Sunday evening that the quay was open.", "Sunday", "", noDescription},
		{"The rate decision, Orbank said, was late.", "Orbank", "", noDescription},
		{"The lenders Varo, Tessbank, Orbank.", "Orbank", "", noDescription},
		{"Vestria's largest bank launched its own chatbot, Pelix.", "Pelix", "its own chatbot", kindDescription},
	}
	for _, tt := range tests {
		start := strings.Index(tt.s, tt.name)
		got, kind := precedingDescription(tt.s, start, start+len(tt.name))
		if got != tt.want || kind != tt.kind {
			t.Errorf("precedingDescription(%q, %q) = %q, %d; want %q, %d", tt.s, tt.name, got, kind, tt.want, tt.kind)
		}
	}
}

// TestDescribedBeforeTheName checks that a one-word name the text
// describes before it ("Vestria's largest lender, Orbank, ...",
// "state-owned lender Orbank") is a term, listed with that description as
// what it is per the text (the sentence tells news of it: no definition),
// that a descriptor before a person's name is the person's role, and that a name
// written after a clause, in a list or after a verb does not become a
// term so.
func TestDescribedBeforeTheName(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		term  string
		def   string // "" with want: listed without a definition
		role  string
		want  bool // the term is listed
	}{
		{
			name: "appositive before the name",
			texts: []string{
				"Vestria's largest lender, Orbank, said on Monday it was opening branches in Tolby.",
				"Shares in Orbank rose by a tenth after the announcement.",
			},
			term: "Orbank", role: "Vestria's largest lender", want: true,
		},
		{
			name: "descriptor before the name",
			texts: []string{
				"Profits at state-owned lender Orbank rose in May.",
				"Shares in Orbank rose by a tenth after the announcement.",
			},
			term: "Orbank", role: "state-owned lender", want: true,
		},
		{
			name: "descriptor after a preposition",
			texts: []string{
				"The faulty update came from cybersecurity firm Tarnvik on Friday.",
				"Shares in Tarnvik fell by a tenth after the outage.",
			},
			term: "Tarnvik", role: "cybersecurity firm", want: true,
		},
		{
			name: "a product named by its kind",
			texts: []string{
				"The harbour office answers questions through its chatbot Pelix.",
				"Fishermen found that Pelix answered in Vestrian only.",
			},
			term: "Pelix", role: "chatbot", want: true,
		},
		{
			name: "a title before a person's name is the role",
			texts: []string{
				"Reporters asked VTF chief executive Ilse Marwick about the new fund.",
				"The plan was presented by Ilse Marwick on Monday.",
			},
			term: "Ilse Marwick", role: "VTF chief executive", want: true,
		},
		{
			name: "an occupation before a person's name is the role",
			texts: []string{
				"In the first half, Northland goalkeeper Ana Brel made three saves.",
				"The final whistle found Ana Brel on her knees.",
			},
			term: "Ana Brel", role: "Northland goalkeeper", want: true,
		},
		{
			name: "a plural role before two names is each one's",
			texts: []string{
				"On Monday, US scientists Ilse Varn and Tomas Brell won the Halden Prize.",
				"The Halden Prize has been awarded to Ilse Varn and Tomas Brell for their work.",
				"On Tuesday, Tomas Brell said the prize was a surprise.",
			},
			term: "Tomas Brell", role: "US scientists", want: true,
		},
		{
			name: "a plural appositive after two names is each one's",
			texts: []string{
				"On Monday, Ilse Varn and Tomas Brell, Vestrian chemists, won the Halden Prize.",
				"The Halden Prize has been awarded to Ilse Varn and Tomas Brell for their work.",
				"On Tuesday, Tomas Brell said the prize was a surprise.",
			},
			term: "Ilse Varn", role: "Vestrian chemists", want: true,
		},
		{
			name: "an appositive role that a relative clause goes on from",
			texts: []string{
				"The patient, Ilse Varn, a 62-year-old manager with the Tolby Port Authority who had been ill for years, is recovering well.",
				"Doctors said Ilse Varn would go home soon.",
			},
			term: "Ilse Varn", role: "62-year-old manager with the Tolby Port Authority", want: true,
		},
		{
			name: "an appositive after the surname alone is the person's role",
			texts: []string{
				"Tomas Brellini scored twice in the final on Sunday.",
				"Brellini, the three-time Golden Oar winner, lifted the cup.",
				"Fans carried Tomas Brellini to the team bus.",
			},
			term: "Tomas Brellini", role: "three-time Golden Oar winner", want: true,
		},
		{
			name: "a descriptor before the surname alone is the person's role",
			texts: []string{
				"Ana Vasquel scored twice in the final on Sunday.",
				"A minute later Northland winger Vasquel added a third.",
			},
			term: "Ana Vasquel", role: "Northland winger", want: true,
		},
		{
			name: "a surname two people share tells neither's role",
			texts: []string{
				"Ana Vasquel scored twice in the final while Ilse Vasquel watched.",
				"A minute later Northland winger Vasquel added a third.",
				"On Monday, Ana Vasquel flew home to Tolby.",
			},
			term: "Ana Vasquel", want: true,
		},
		{
			name: "a surname inside another name is no mention",
			texts: []string{
				"Ana Vasquel scored twice in the final on Sunday.",
				"Later the Vasquel Arena, the largest hall in Tolby, was full.",
				"Fans carried Ana Vasquel to the team bus.",
			},
			term: "Ana Vasquel", want: true,
		},
		{
			name: "a description after a clause's 'that'",
			texts: []string{
				"The outage was caused by a problem that global cybersecurity firm Tarnvik said it had found.",
				"Shares in Tarnvik fell by a tenth after the outage.",
			},
			term: "Tarnvik", role: "global cybersecurity firm", want: true,
		},
		{
			name: "an appositive before a name that ends the sentence",
			texts: []string{
				"Last year Vestria's largest bank launched its own AI chatbot, Pelix.",
				"Fishermen found that Pelix answered in Vestrian only.",
			},
			term: "Pelix", role: "AI chatbot", want: true,
		},
		{
			name: "a feat after the name is no role",
			texts: []string{
				"Ilse Varn, the first to reach the wreck, said the hull was split.",
				"Divers said Ilse Varn had found the hull on Monday.",
			},
			term: "Ilse Varn", want: true,
		},
		{
			name: "an appositive role with a web address in it",
			texts: []string{
				"“Fees will fall,” said Ilse Varn, chief analyst at Harbourrate.com.",
				"Ilse Varn said the fees were too high for small boats.",
			},
			term: "Ilse Varn", role: "chief analyst at Harbourrate.com", want: true,
		},
		{
			name: "an office after an organisation's name is no role",
			texts: []string{
				"Marwick praised the Vell League, the sport's chief regulator, on Monday.",
				"The Vell League opened its season in May.",
			},
			term: "Vell League", def: "Marwick praised the Vell League, the sport's chief regulator, on Monday.", want: true,
		},
		{
			name: "after a clause: no description",
			texts: []string{
				"The rate decision, Orbank said, was late.",
				"Shares in Orbank rose by a tenth after the announcement.",
			},
			term: "Orbank",
		},
		{
			name: "in a list: no description",
			texts: []string{
				"The lenders Varo, Orbank, Tessbank and Kell merged last year.",
				"Shares in Orbank rose by a tenth after the announcement.",
			},
			term: "Orbank",
		},
		{
			name: "after a verb: no description",
			texts: []string{
				"Investors fund Orbank through long bonds.",
				"Shares in Orbank rose by a tenth after the announcement.",
			},
			term: "Orbank",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := Extract(passagesOf(tt.texts...), Options{})
			tm := termNamed(terms, tt.term)
			if (tm != nil) != tt.want {
				t.Fatalf("term %q listed = %v, want %v (terms %v)", tt.term, tm != nil, tt.want, terms)
			}
			if tm == nil {
				return
			}
			if tm.Definition != tt.def || tm.Role != tt.role {
				t.Errorf("definition %q, role %q; want %q, %q", tm.Definition, tm.Role, tt.def, tt.role)
			}
		})
	}
}

// TestEntity checks which terms name one entity (the same in every story)
// and which are common nouns that another story may use differently.
func TestEntity(t *testing.T) {
	tests := []struct {
		name   string
		texts  []string
		term   string
		entity bool
	}{
		{
			name: "a name of several words",
			texts: []string{
				"The Harbour Trust is a body of boat owners that runs the quay.",
				"Members of the Harbour Trust voted for the new barrier.",
			},
			term: "Harbour Trust", entity: true,
		},
		{
			name: "an acronym of a name",
			texts: []string{
				"The Tolby Rail Authority (TRA) runs the harbour line.",
				"The TRA said trains would run late.",
			},
			term: "TRA", entity: true,
		},
		{
			name: "an acronym of a name with a joiner",
			texts: []string{
				"The Tolby Bureau of Statistics (TBS) counts the boats.",
				"The TBS said fewer boats came this year.",
			},
			term: "TBS", entity: true,
		},
		{
			name: "an acronym of a common noun",
			texts: []string{
				"Ports use tidal energy forecasting (TEF) to plan their shifts.",
				"The TEF figures came late this week.",
			},
			term: "TEF",
		},
		{
			name: "a common noun also written as a title",
			texts: []string{
				"The Tidal Forecasting Office said Tidal Forecasting would change.",
				"Tidal forecasting is a method of predicting the height of tides.",
				"Fishermen rely on tidal forecasting every day.",
			},
			term: "tidal forecasting",
		},
		{
			name: "a common noun defined",
			texts: []string{
				"A tidal levy is a fee that boat owners pay for each mooring.",
				"Boat owners said the tidal levy was too high.",
			},
			term: "tidal levy",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := Extract(passagesOf(tt.texts...), Options{})
			tm := termNamed(terms, tt.term)
			if tm == nil {
				t.Fatalf("no term %q among %v", tt.term, terms)
			}
			if tm.Entity != tt.entity {
				t.Errorf("%q: entity %v, want %v", tm.Term, tm.Entity, tt.entity)
			}
		})
	}
}

// TestOfficeRole checks the office a verb right after a person's name
// gives, and that a verb that gives none, or no title, says nothing.
func TestOfficeRole(t *testing.T) {
	tests := []struct{ rest, want string }{
		{" is now Vestria Prime Minister after a landslide.", "Vestria Prime Minister"},
		{" has officially become the new Prime Minister of the Vestrian Republic, aides said.", "Prime Minister of the Vestrian Republic"},
		{" was appointed the port's new Harbour Commissioner on Friday.", "Harbour Commissioner"},
		{" has become Prime Minister as Labour wins.", "Prime Minister"},
		{" was elected mayor of Tolby in May.", "mayor of Tolby"},
		{" is now in Tolby with the fleet.", ""},
		{" became the Harbour Trust's favourite.", ""},
		{" said the Prime Minister was late.", ""},
		{" is now Harbour Director Ilse Marwick's deputy.", ""},
	}
	for _, tt := range tests {
		if got := officeRole(tt.rest); got != tt.want {
			t.Errorf("officeRole(%q) = %q, want %q", tt.rest, got, tt.want)
		}
	}
	terms := Extract(passagesOf(
		"Ilse Marwick is now Vestria Prime Minister after a landslide.",
		"The plan was presented by Ilse Marwick on Monday.",
	), Options{})
	if tm := termNamed(terms, "Ilse Marwick"); tm == nil || tm.Role != "Vestria Prime Minister" || tm.Definition != "" {
		t.Errorf("Ilse Marwick: %+v; want role Vestria Prime Minister, no definition", tm)
	}
}

// TestNamedTerm: a term the text explains after a comma ("..., the term
// for ...") is an entry, defined by that sentence.
func TestNamedTerm(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"The survey marks a step in tidal mapping, the term for charting how far the sea rises.", "tidal mapping"},
		{"It is the latest case of xenoculture, a term for raising tissue in another species.", "xenoculture"},
		{"The port, the name for the old quay and its sheds, reopened.", ""}, // a determiner before: a thing named before
		{"The council met on Monday, the mayor said.", ""},
		{"Scientists pursue xenoculture, the term for raising tissue in another species.", "xenoculture"},
	} {
		if got := namedTerm(tt.s); got != tt.want {
			t.Errorf("namedTerm(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	terms := Extract(passagesOf(
		"The survey marks a step in tidal mapping, the term for charting how far the sea rises.",
		"Crews began tidal mapping off Tolby in May.",
	), Options{})
	if tm := termNamed(terms, "tidal mapping"); tm == nil || !strings.Contains(tm.Definition, "the term for charting") {
		t.Errorf("tidal mapping: %+v", tm)
	}
}
