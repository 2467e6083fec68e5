package importer

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// TestQuotationsWhole: a quotation that runs over two or three sentences
// of a paragraph stays whole in its passage, whatever de-duplication
// made of its parts (another outlet paraphrases its first sentence), and
// no passage nor key point holds part of one.
func TestQuotationsWhole(t *testing.T) {
	for _, tc := range []struct {
		name  string
		seeds map[string]string
		quote string // the quotation's first words and its last
		end   string
	}{
		{"first sentence paraphrased elsewhere", map[string]string{
			"a_post.txt": `Storm Odile reaches Port Alder
Alder Post
Storm Odile made landfall near Port Alder on Tuesday night as a Category 2 storm with 100 mph winds.
Governor Ana Brel urged residents to shelter in place as Storm Odile made landfall near Port Alder.
Crews cleared fallen trees from the coast road through the night.
`,
			"b_wire.txt": `Odile makes landfall
(Wire) — Storm Odile made landfall near Port Alder late on Tuesday, forecasters said.
"As Storm Odile makes landfall near Port Alder, now is the time to shelter in place. Our crews are ready to go as soon as the winds allow," Governor Ana Brel wrote on Tuesday evening. "We will work through the night to reach every town on the coast."
The ferry to Calder will not sail before Friday.
`,
		}, `"As Storm Odile makes landfall`, `reach every town on the coast."`},
		{"curly quotes over three sentences", map[string]string{
			"c_daily.txt": `Harbour board sets new fees
Calder Daily
The harbour board of Port Ellin raised its mooring fees by a fifth on Monday, the first rise in six years.
Board chair Mara Lind said the rise would pay for the repairs to the sea wall.
`,
			"d_news.txt": `Mooring fees rise in Port Ellin
The harbour board of Port Ellin raised its mooring fees by 20 percent on Monday.
“The sea wall needs repairs. The repairs will cost four million euros. Nobody else will pay for them,” board chair Mara Lind told reporters after the vote.
Fishing crews said they would protest on Friday.
`,
		}, `“The sea wall needs repairs.`, `Nobody else will pay for them,” board chair Mara Lind told reporters`},
		{"a quotation another outlet writes over paragraphs", map[string]string{
			"e_herald.txt": `Mayor Brel steps aside
Tolby Herald
Mayor Ana Brel announced on Sunday that she will not run again in the Port Ellin election, and endorsed her deputy Tomas Varn.
Brel praised her deputy, saying, “My first decision as mayor was to pick Tomas Varn as my deputy. It was the best decision I made. Today I offer my full support to Tomas to lead our city. Friends, it is time to come together and win in May.”
Brel will stay in office until her term ends in June.
`,
			"f_wire.txt": `Brel endorses Varn
(Wire) — Mayor Ana Brel of Port Ellin, who stepped aside on Sunday, endorsed deputy mayor Tomas Varn for the job.
Shortly after, Brel expressed her "full support" for Tomas Varn in a separate post, and Varn vowed to bring the city together to win the vote in May.
"My first decision as mayor was to pick Tomas Varn as my deputy. And it was the best decision I made.
"Today I offer my full support to Tomas to lead our city. Friends -- it is time to come together and win in May."
`,
			"g_daily.txt": `Port Ellin mayor quits race
Calder Daily
Mayor Ana Brel of Port Ellin ended her campaign on Sunday and endorsed her deputy, Tomas Varn, after weeks of pressure from her party.
“Today I offer my full support to Tomas to lead our city. Friends — it is time to come together and win in May,” Brel wrote in a letter.
`,
		}, `“My first decision as mayor`, `win in May`},
		{"a quote whose speaker the sentence before names", map[string]string{
			"h_post.txt": `Divers pause search at Kestrel Bridge
Alder Post
The search for the four missing crew of the Kestrel Bridge was paused on Tuesday night as the tide rose in the Marn estuary.
Colonel Ana Roe of the Port Alder police said the rising tide had made the water too dangerous for the divers.
Divers will go back into the estuary at dawn on Wednesday.
`,
			"i_wire.txt": `Kestrel Bridge search paused
(Wire) — The search for the four missing crew of the Kestrel Bridge was paused on Tuesday night, police in Port Alder said.
"The rising tide has made the water too dangerous for the divers," Colonel Ana Roe said. "We will keep two boats on the estuary overnight."
Divers will go back into the estuary at dawn on Wednesday, she said.
`,
		}, `Ana Roe`, `keep two boats on the estuary overnight."`}, // the speaker, then her words
		{"a quote and its speaker's sentence, of two sections' words", map[string]string{
			"p_post.txt": `Port Alder shut after Kestrel Bridge fell
Alder Post
The port of Port Alder closed on Tuesday after the Kestrel Bridge fell into the Marn estuary.
"It is not just the port that has been hurt," economist Ana Roe, head of the Tolby Policy Group, told reporters. "It is also the trucking industry, the jobs, the investment and the trade of the whole region."
Ships waiting to dock were sent to Calder.
`,
		}, `"It is not just the port`, `trade of the whole region."`},
		{"a quote that opens the paragraph after its speaker's", map[string]string{
			"u_post.txt": `Search goes on at Kestrel Bridge
Alder Post
The search for the four missing crew of the Kestrel Bridge went on through Sunday in the Marn estuary.
"Yesterday we searched the river bed under the third span, and we did find two cars there," Chief Ana Roe of the Port Alder police said.
"As the search goes on, I fear for the jobs, the trade and the investment of the whole port economy. We start on the northern bank next week."
Divers will go back into the estuary at dawn on Monday.
`,
		}, `Ana Roe of the Port Alder police said.`, `northern bank next week."`},
		{"a quotation whose last clause another outlet quotes", map[string]string{
			"j_daily.txt": `Crews hailed after Kestrel Bridge fell
Calder Daily
The Kestrel Bridge in Port Alder fell into the Marn estuary on Tuesday after a cargo ship struck one of its piers.
"Literally by being able to stop the trucks from crossing the bridge, these crews are heroes," Mayor Ilse Varga said. "They saved lives last night."
Four workers who were filling potholes on the span are missing.
`,
			"k_news.txt": `Kestrel Bridge collapses
The Kestrel Bridge in Port Alder collapsed into the Marn estuary on Tuesday when a cargo ship hit a pier.
“These crews are heroes,” Mayor Ilse Varga said of the police who stopped the traffic on both banks.
Four workers filling potholes on the bridge are missing, the port authority said.
`,
		}, `"Literally by being able`, `They saved lives last night."`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seedDir, contentDir := site(t, tc.seeds)
			runImport(t, seedDir, contentDir, nil)
			found := false
			for _, p := range allSectionParas(t, contentDir) {
				if text.UnbalancedQuotes(p.body) {
					t.Errorf("a passage holds part of a quotation: %s", p.body)
				}
				if i := strings.Index(p.body, tc.quote); i >= 0 && strings.Contains(p.body[i:], tc.end) {
					found = true
				}
			}
			if !found {
				t.Errorf("no passage holds the quotation %s … %s whole", tc.quote, tc.end)
			}
			for _, line := range strings.Split(read(t, filepath.Join(contentDir, "_index.md")), "\n") {
				if strings.HasPrefix(line, "- ") && text.UnbalancedQuotes(line) {
					t.Errorf("a key point holds part of a quotation: %s", line)
				}
			}
		})
	}
}

// TestQuotedCopies: a kept sentence that only quotes words another
// outlet's kept sentence quotes within a longer quotation of the same
// speaker (or the same quotation, with more said of the speaker) goes,
// credited to the longer; one that says more than who spoke,
// quotes words the other does not, or quotes another speaker stays.
func TestQuotedCopies(t *testing.T) {
	long := `"Literally by being able to stop the trucks from crossing the bridge, these crews are heroes," Mayor Ilse Varga said.`
	for _, tc := range []struct {
		name, short string
		drop        bool
	}{
		{"words within the longer quotation", "“These crews are heroes,” Varga lamented.", true},
		{"the same words and more of its own", "“These crews are heroes,” Varga said of the police who stopped the traffic on both banks.", false},
		{"words the longer does not quote", "“These crews are heroes, all of them,” Varga lamented.", false},
		{"another speaker", "“These crews are heroes,” Anna Vell said.", false},
		{"too few words to be the speaker's own", "“Heroes,” Varga said.", false},
		{"the same quotation, the speaker with a title only", `"Literally by being able to stop the trucks from crossing the bridge, these crews are heroes," Ms Varga said.`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{Sentences: []Sentence{
				{Art: 0, Text: long, Keep: true, DupOf: -1, PartOf: -1},
				{Art: 1, Text: tc.short, Keep: true, DupOf: -1, PartOf: -1},
			}}
			dropQuotedCopies(m)
			if got := !m.Sentences[1].Keep; got != tc.drop {
				t.Fatalf("dropped %v, want %v", got, tc.drop)
			}
			if !m.Sentences[0].Keep {
				t.Errorf("the longer quotation went")
			}
			if tc.drop && m.Sentences[1].DupOf != 0 {
				t.Errorf("DupOf %d, want 0 (the longer quotation credits it)", m.Sentences[1].DupOf)
			}
		})
	}
}

// TestCopiesCreditNoPart: a sentence two seeds print word for word is
// deduplicated before the sources are compared; the copy, kept again for
// its quotation, is cut of no part (PartOf -1), so it credits no
// sentence it never restated.
func TestCopiesCreditNoPart(t *testing.T) {
	seeds := map[string]string{
		"n_post.txt": "Mayor steps aside in Port Ellin\nMayor Ana Brel said on Sunday she will not run again in Port Ellin.\nBrel praised her deputy, saying, “My first decision as mayor was to pick Tomas Varn. It was the best decision I made. Today I offer my full support to Tomas.”\n",
		"o_wire.txt": "Brel backs Varn\n(Wire) — Mayor Ana Brel of Port Ellin will not run again, she said on Sunday.\n“It was the best decision I made. Today I offer my full support to Tomas,” Brel wrote in a letter.\n",
	}
	var docs []extract.Doc
	for _, name := range []string{"n_post.txt", "o_wire.txt"} {
		docs = append(docs, extract.Doc{Path: "seeds/" + name, Data: []byte(seeds[name])})
	}
	arts, err := extract.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	m := segmented(t, arts)
	if _, err := Deduplicate(m); err != nil {
		t.Fatal(err)
	}
	for i, s := range m.Sentences {
		if s.PartOf >= 0 && !strings.Contains(s.Text, dedup.Elision) {
			t.Errorf("sentence %d %q: PartOf %d, but no part of it was cut", i, s.Text, s.PartOf)
		}
	}
}

// TestVerboseDecisions: import -v lists, by seed and line, the sentences
// not kept as written and the blocks of prose that text extraction took
// for the page's furniture, so that a fact lost either way can be found.
func TestVerboseDecisions(t *testing.T) {
	seeds := map[string]string{
		"q_post.txt": "Kestrel Bridge reopens in Port Alder\nAlder Post\nMayor Lena Ortiz reopened the Kestrel Bridge in Port Alder on Monday after four years of repairs.\nSign up for our free morning newsletter and get every harbour story in your inbox before breakfast.\nThe bridge carries thirty thousand cars a day across the Marn estuary.\n",
		"r_wire.txt": "Kestrel Bridge open again\n(Wire) — Mayor Lena Ortiz reopened the Kestrel Bridge in Port Alder on Monday after four years of repairs.\nFerry crews said they expect fewer passengers now that the bridge is open.\n",
	}
	seedDir, contentDir := site(t, seeds)
	_, _, log := runImport(t, seedDir, contentDir, func(o *Options) { o.Verbose = true })
	for _, want := range []string{"q_post.txt:4: not article text (newsletter or subscription notice): Sign up", "r_wire.txt:2: dropped ("} {
		if !strings.Contains(log, want) {
			t.Errorf("-v log lacks %q:\n%s", want, log)
		}
	}
}
