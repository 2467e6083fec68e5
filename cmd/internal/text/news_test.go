package text

import "testing"

// sentenceCase is a sentence and what a predicate on sentences should say
// of it.
type sentenceCase struct {
	s    string
	want bool
}

// testPredicate checks predicate f, called name, on every case.
func testPredicate(t *testing.T, name string, f func(string) bool, cases []sentenceCase) {
	t.Helper()
	for _, tc := range cases {
		if got := f(tc.s); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", name, tc.s, got, tc.want)
		}
	}
}

func TestNoComment(t *testing.T) {
	testPredicate(t, "NoComment", NoComment, []sentenceCase{
		{"Apple did not immediately respond to a request for comment.", true},
		{"Representatives for the airline and the union didn't respond to requests for comment on Monday.", true},
		{"The company declined to comment.", true},
		{"A spokeswoman for the ministry declined to comment on the report.", true},
		{"The mayor's office could not be reached for comment late Tuesday.", true},
		{"The White House has not yet responded to emails seeking comment.", true},
		{"Reuters could not independently verify the claims.", true},
		{"Replacement parts were not immediately available.", false},
		{"Emergency services could not be reached by phone in parts of the state.", false},
		{"The patient did not respond.", false},
		{"Apple declined to comment on the fine but said it would appeal.", false},
		{"The regulator did not respond to the bank's appeal until March, when it ruled against it.", false},
		{"The ministry did not confirm the number of dead, which local media put at 40.", false},
		{"Officials said the company had refused to pay the fine.", false},
		{"The senator declined to endorse the bill.", false},
		{"Police could not confirm whether the driver had been drinking before the crash on the bridge.", false},
		{"He did not return to the stage after the interval.", false},
		{"The bank has not commented on the merger.", false},
	})
}

func TestVerbless(t *testing.T) {
	testPredicate(t, "Verbless", Verbless, []sentenceCase{
		{"Woman with laptop showing Blue screen of death or BSOD on the monitor screen.", true},
		{"Faulty Microsoft operating system Windows 10.", true},
		{"A harbour crane at dusk in the port of Tolby.", true},
		{"Harbour cranes at dusk in the port of Tolby.", false}, // a plural may be a verb: the test errs towards one
		{"A massive computer outage has brought the world to a standstill.", false},
		{"The mayor speaks to reporters.", false},
		{"Crews worked through the night.", false},
		{"It's over.", false},
		{"The vote drew 40 councillors.", false},
	})
}

func TestAddressesReader(t *testing.T) {
	testPredicate(t, "AddressesReader", AddressesReader, []sentenceCase{
		{"If you're having trouble restarting, you can start your PC in safe mode.", true},
		{"In the Get Help app, type Troubleshoot BSOD error.", true},
		{"Follow the guided walkthrough in the Get Help app.", true},
		{"Please try the Blue Screen Troubleshooter in the Get Help app.", true},
		{`"I want to apologize directly to all of you for today's outage," the chief executive said.`, false},
		{"Trump said in a message: \"I am very proud of you.\"", false},
		{"Follow-up talks are due on Monday.", false},
		{"Open water swimmers were warned to stay ashore.", false},
		{"Visitors to the harbour were turned away on Friday.", false},
		{"The airline told passengers to check its website before travelling.", false},
		{"Press Association reported that the minister resigned on Friday.", false},
		{"Visit Britain said tourist numbers rose 5% in May.", false},
		{"Select Committee chair Jane Doe said the report was late.", false},
	})
}

func TestLeadLabel(t *testing.T) {
	for _, tc := range []struct{ s, rest string }{
		{"Why it matters: The crumbling harbour has helped propel the reformist lawyer.", "The crumbling harbour has helped propel the reformist lawyer."},
		{"By the numbers: Ortiz won about 56% of the vote, while Vell won 44%.", "Ortiz won about 56% of the vote, while Vell won 44%."},
		{"What they're saying: Premier Ivo Marr said he looked forward to working with her.", "Premier Ivo Marr said he looked forward to working with her."},
		{"A spokesperson said: The harbour will reopen on Monday morning.", ""}, // a speaker
		{"Mayor Lena Ortiz: We will rebuild the sea wall by spring.", ""},       // a name
		{"Tested by: Jane Doe", ""}, // no sentence after it
		{"Background: The harbour was built in 1820 by the old council.", ""},    // one word: may be a speaker or a place
		{"The harbour board said on Monday: the wall will be rebuilt soon.", ""}, // too long, and said
		{"The ministry warned: Prices will rise sharply before the winter.", ""}, // a speaker
	} {
		got := ""
		if n := LeadLabel(tc.s); n > 0 {
			got = tc.s[n:]
		}
		if got != tc.rest {
			t.Errorf("LeadLabel(%q): rest %q, want %q", tc.s, got, tc.rest)
		}
	}
}

func TestAddsToBefore(t *testing.T) {
	testPredicate(t, "AddsToBefore", AddsToBefore, []sentenceCase{
		{"The space agency also said it received all data before the lander shut down.", true},
		{"Its rover, too, sent pictures home.", true},
		{"The lander touched down 55 metres from its target on Saturday.", false},
		{"Too few seats were left for the runoff, officials said.", false},
		{"The update came too late for the airlines.", false},
		{"The lander, also known as the Tide Hunter, touched down 55 metres from its target.", false},
		{"The ferry sails on Monday and will also call at Varn on its way to the islands.", false},
	})
}
