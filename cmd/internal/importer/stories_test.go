package importer

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/mdtext"
	"github.com/briefing-dev/briefing/cmd/internal/text"
)

// Synthetic pages for TestStoryGroups: one event (a mayor opening a tram
// line) told by three outlets in news register and by one in the register of
// an official readout, which shares the actors, place and day but few of
// the reports' words; and an unrelated story (a football match) that shares
// the town's name and a surname.
const (
	tramNews1 = `Dunmere opens its first tram line
Mayor Ilse Varga opened the Korvell tram line in Dunmere on Tuesday, the first tram the town has had in sixty years.
The line runs eleven kilometres from the harbour to the university, with fourteen stops and trams every eight minutes.
Petra Holm, director of the Dunmere Transit Authority, said the line cost 240 million crowns, most of it from a national grant.
Korvell Rail, which built the trams, will run the service for the first ten years under a contract with the authority.
Shopkeepers along the route complained that three years of construction had driven customers away.
A single fare will cost two crowns, and pensioners and schoolchildren will travel free until the summer holidays.
Opposition councillors questioned whether ridership forecasts justified borrowing for a second branch towards the airport.
`
	tramNews2 = `Trams return to Dunmere after sixty years
Trams returned to the streets of Dunmere on Tuesday as Mayor Ilse Varga cut the ribbon on the Korvell line.
The eleven-kilometre route links the harbour with the university through fourteen stops.
According to the Dunmere Transit Authority, the project cost 240 million crowns, largely paid by a national grant.
Korvell Rail will operate the trams for a decade, its chairman Anton Brisk said at the opening.
Critics said the construction had taken a year longer than promised.
Bus routes that duplicate the line will be shortened next month, which unions fear could cost drivers' jobs.
Residents of the eastern suburbs, which the route does not reach, petitioned for an extension.
Cyclists welcomed protected lanes beside the tracks, though taxi drivers grumbled about narrower streets.
`
	tramNews3 = `Mayor Varga opens Korvell tram line
Ilse Varga, the mayor of Dunmere, inaugurated the new Korvell tram line on Tuesday morning.
Officials of the Dunmere Transit Authority expect twenty thousand passengers a day once the timetable settles.
Anton Brisk of Korvell Rail promised that the trams would run every eight minutes at peak hours.
Petra Holm of the authority thanked residents for their patience during the works.
Ticket machines at every stop accept coins, cards and phones, and a monthly pass will be sold at newsagents.
Economists estimate that property prices near the stations have risen by a tenth since construction began.
The council hopes the line will persuade commuters to leave their cars outside the historic centre.
`
	tramReadout = `Visit to the depot
Before the ceremony, Ilse Varga, accompanied by Petra Holm, head of the Dunmere Transit Authority, and Anton Brisk, who chairs Korvell Rail, toured the depot.
At the signalling desk, the Mayor was shown how controllers follow every vehicle on a single screen and adjust the timing of junction lights.
In the workshop, engineers demonstrated the replacement of a bogie, which takes a crew of four less than a shift.
Apprentices from the vocational college presented the simulator on which novice drivers spend forty hours before carrying anyone.
Cleaners explained how the carriages are washed overnight with recycled water collected from the roof of the shed.
An exhibition of photographs recalled the horse-drawn omnibuses, the steam wagons and the electric cars that crossed the town before 1963.
The delegation also inspected the substation, whose batteries store braking energy and release it when several vehicles accelerate together.
Ilse Varga then addressed the guests and the crews on the platform.
`
	football = `Dunmere Rovers win the cup final
Dunmere Rovers beat Castlebay United two goals to one in the cup final at the national stadium on Saturday.
Striker Tomas Varga scored both goals, the second a header in the last minute of extra time.
Thousands of supporters travelled by coach and ferry, and the club's manager dedicated the trophy to them.
Castlebay United had led at half time after a penalty given for a foul in the box.
`
)

// TestStoryGroups: seeds about the same event are one story, however they
// are written; a story that shares a name or two with it is another.
func TestStoryGroups(t *testing.T) {
	cases := []struct {
		name  string
		seeds map[string]string
		want  [][]string
	}{
		{"news reports of one event", map[string]string{"a1": tramNews1, "a2": tramNews2, "a3": tramNews3},
			[][]string{{"a1", "a2", "a3"}}},
		{"a readout of the event joins the reports", map[string]string{"a1": tramNews1, "a2": tramNews2, "a3": tramNews3, "a4": tramReadout},
			[][]string{{"a1", "a2", "a3", "a4"}}},
		{"the readout alone beside one report", map[string]string{"a1": tramNews1, "a4": tramReadout},
			[][]string{{"a1", "a4"}}},
		{"a story sharing the town and a surname stays apart", map[string]string{"a1": tramNews1, "a2": tramNews2, "a4": tramReadout, "b1": football},
			[][]string{{"a1", "a2", "a4"}, {"b1"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := storyNames(t, c.seeds); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stories %v, want %v", got, c.want)
			}
		})
	}
}

// TestSameActors: the same people, bodies and places make one event, unless
// the two pages are dated more than a week apart; a name or two in common
// is not enough.
func TestSameActors(t *testing.T) {
	set := wordSet
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	actors := "varga ilse holm petra korvell dunmere brisk"
	cases := []struct {
		name string
		a, b storySig
		want bool
	}{
		{"same actors, undated", storySig{proper: set(actors)}, storySig{proper: set(actors + " rail")}, true},
		{"same actors, same week", storySig{proper: set(actors), date: day("2025-03-04")}, storySig{proper: set(actors), date: day("2025-03-06")}, true},
		{"same actors, one dated", storySig{proper: set(actors), date: day("2025-03-04")}, storySig{proper: set(actors)}, true},
		{"same actors, two months apart", storySig{proper: set(actors), date: day("2025-03-04")}, storySig{proper: set(actors), date: day("2025-05-04")}, false},
		{"two names in common", storySig{proper: set(actors)}, storySig{proper: set("dunmere varga rovers castlebay tomas")}, false},
		{"five names among many", storySig{proper: set(actors)}, storySig{proper: set("varga ilse holm petra korvell a b c d e f g h i j k l m n o p q r s t")}, true},
		{"five of thirty on both sides", storySig{proper: set("varga ilse holm petra korvell a b c d e f g h i j k l m n o p q r s t u v w x y")}, storySig{proper: set("varga ilse holm petra korvell z1 z2 z3 z4 z5 z6 z7 z8 z9 z10 z11 z12 z13 z14 z15 z16 z17 z18 z19 z20 z21 z22 z23 z24 z25")}, false},
	}
	for _, c := range cases {
		if got := sameActors(c.a, c.b); got != c.want {
			t.Errorf("%s: sameActors = %v, want %v", c.name, got, c.want)
		}
	}
}

// Synthetic pages for TestEventStories: two central banks cutting rates
// (the same vocabulary, a "Governor Mara ..." and a "Reserve" in each, but
// different banks, people and countries), and one storm told as its
// landfall and as a stadium roof it tore off (few words in common, the
// storm's name in both), beside another storm.
const (
	norlandCut1 = `Norland central bank cuts its cash rate
The Reserve Bank of Norland cut its cash rate by a quarter point to 3.85 percent on Tuesday, its first rate cut in four years.
Governor Mara Lind said inflation had eased faster than the bank expected and that the board would watch wages closely.
Economists had expected the cut after inflation fell to 2.4 percent, inside the bank's target band.
The Norland dollar slipped against the euro after the rate decision was announced in Velby.
`
	// lindQuotes: a page of quotes from the press conference, with no
	// headline; it names the governor once and no one else.
	lindQuotes = `Governor Mara Lind explains the decision to cut the cash rate by a quarter point to 3.85 percent and answers questions after the board meeting.
Key quotes
"Prices are behaving better than anyone here dared to hope in the spring."
"Nobody should read today as the first of many."
"Our work is far from done, and households know it."
"We moved to 3.85 percent because the numbers allowed it."
"Several members wanted to wait, and their arguments were heard with respect."
"Exporters, farmers and builders all told us different stories this quarter."
"Neutral settings remain some distance away, whatever markets assume."
"Forecasting remains humbling work, especially about commodity shocks."`
	norlandCut2 = `Reserve Bank of Norland lowers rates
Norland's central bank lowered its policy rate to 3.85 percent on Tuesday, easing pressure on households with mortgages.
Governor Mara Lind told reporters in Velby that further rate cuts were not guaranteed and inflation remained the priority.
Treasurer Oskar Brandt welcomed the rate decision, saying relief for borrowers was overdue.
`
	ostlandCut = `Ostland central bank delivers a half-point rate cut
The Federal Reserve of Ostland cut its benchmark interest rate by half a point on Wednesday, its first rate cut since the pandemic.
Chair Henrik Saal said the central bank wanted to keep the labour market strong while inflation eased towards its target.
Governor Mara Quist dissented, favouring a quarter-point cut, the first dissent by a governor in years.
Economists said the rate decision showed the Reserve was worried about rising unemployment and slowing wages.
Markets in Harbin rallied after the announcement, and the Ostland mark fell against the euro.
`
	norlandLater = `date 2025-07-08 Norland central bank cuts its cash rate again
The Reserve Bank of Norland cut its cash rate by a quarter point to 3.60 percent on Tuesday, its second rate cut this year.
Governor Mara Lind said inflation had stayed inside the bank's target band and that the board would watch wages closely.
The Norland dollar slipped against the euro after the rate decision was announced in Velby.
`
	anaLandfall = `Hurricane Ana makes landfall near Port Avel
Hurricane Ana made landfall near Port Avel on Wednesday evening as a Category 3 storm, the Norland Weather Office said.
Ana brought sustained winds of 120 mph and a storm surge of up to ten feet along the southern coast.
More than two million homes lost power, and officials urged residents to stay indoors overnight.
`
	anaRoof = `Stadium roof shredded
The fabric roof of Kessel Arena in Marrow was torn to pieces overnight as Hurricane Ana passed over the city.
Video showed strips of fabric flapping above the seats, and the arena's owners said engineers would inspect the steel frame.
The arena had been prepared as a shelter for utility crews sent to restore electricity after Hurricane Ana.
`
	bramLandfall = `Hurricane Bram strikes the northern islands
Hurricane Bram struck the northern islands of Tesk on Friday with winds of 95 mph, the Tesk Weather Office said.
Ferries were cancelled and schools closed as Bram brought heavy rain and flooding to the islands' harbours.
`
)

// TestEventStories: stories follow events, not vocabulary. Two central
// banks' rate cuts are two stories, though a governor of each is a "Mara"
// and both write of rate cuts and inflation; one named storm is one story,
// its landfall and the roof it tore off; another storm is another.
func TestEventStories(t *testing.T) {
	cases := []struct {
		name  string
		seeds map[string]string
		want  [][]string
	}{
		{"two central banks, one vocabulary", map[string]string{"n1": norlandCut1, "n2": norlandCut2, "o1": ostlandCut},
			[][]string{{"n1", "n2"}, {"o1"}}},
		{"the same bank four months later", map[string]string{"n1": "date 2025-03-04 " + norlandCut1, "n3": norlandLater},
			[][]string{{"n1"}, {"n3"}}},
		{"the same bank the same month", map[string]string{"n1": "date 2025-03-04 " + norlandCut1, "n3": strings.Replace(norlandLater, "2025-07-08", "2025-03-18", 1)},
			[][]string{{"n1", "n3"}}},
		{"the key quotes of the governor's press conference", map[string]string{"n1": norlandCut1, "q1": lindQuotes, "o1": ostlandCut},
			[][]string{{"n1", "q1"}, {"o1"}}},
		{"one storm, two aspects; another storm", map[string]string{"a1": anaLandfall, "a2": anaRoof, "b1": bramLandfall},
			[][]string{{"a1", "a2"}, {"b1"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := storyNames(t, c.seeds); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stories %v, want %v", got, c.want)
			}
		})
	}
}

// Synthetic pages for TestMainActorStories: a court ruling against a
// ride-hailing company told by three reports, and a short follow-up on the
// company's appeal whose body names few people (the company once, its
// parent and its counsel) and shares a third of a report's words: its
// headline and its subheading name the company too. Beside them, a ruling
// of the same court the same week against another company: the same court
// words and the town's name, but another main actor.
const (
	rulingReport1 = `Judge rules Velmora illegally monopolised ride-hailing
TARLOW: A federal judge on Monday ruled that Velmora illegally maintained its monopoly over ride-hailing in Ostmark, a landmark decision in the antitrust case.
Judge Oren Vale of the Tarlow District Court found that Velmora paid taxi cooperatives to keep rival apps off their ranks.
Velmora controls about 81 percent of the market, according to the ruling.
The Competition Office, which brought the case in 2021, called the decision a victory for drivers and passengers.
Velmora said it would appeal.
`
	rulingReport2 = `Velmora broke antitrust law, court finds
Velmora acted illegally to keep its monopoly on ride-hailing, Judge Oren Vale ruled on Monday in Tarlow.
Vale wrote that Velmora's payments to taxi cooperatives shut out competitors and raised fares for passengers.
The Competition Office had argued that Velmora's exclusive deals left rival apps no way to reach customers.
Remedies, which could include a breakup of the company, will be decided at a later hearing.
`
	rulingReport3 = `Velmora loses landmark antitrust case
A judge in Tarlow ruled on Monday that Velmora is a monopolist that broke the law to protect its dominance of ride-hailing.
The ruling by Judge Oren Vale is the biggest defeat yet for Velmora, whose app handles 81 percent of rides in Ostmark.
Lawyers for the Competition Office said the exclusive deals with taxi cooperatives had cost passengers millions.
Velmora shares fell six percent after the decision.
`
	rulingAppeal = `Velmora's monopoly is unlawful, court decides

What comes next for Velmora?

Unsurprisingly, Halvard Group representatives have already announced that they will appeal the court's decision, insisting that the quality of the app, not unlawful deals, earned the company its 81 percent share of the market.

Its chief counsel, Ines Barrow, said: "This decision agrees that Velmora offers the best app but says passengers should not be able to find it easily."

The appeal will not be quick, and the government is expected to seek remedies that could break up the business.
`
	otherRuling = `Brask Foods fined over flour prices
Brask Foods must pay 40 million crowns for fixing the price of flour with two rival mills, a Tarlow court decided on Wednesday.
Judge Lena Morrow found that Brask Foods and the mills had shared price lists for six years, raising the cost of bread.
Brask Foods said it would appeal the decision, and its shares fell four percent.
Bakers welcomed the ruling.
`
)

// TestMainActorStories: a short follow-up that names the ruling's company
// most often (in its headline, its subheading and its body) is the
// ruling's story, though it shares few names and a third of its words
// with each report; a ruling against another company by the same court
// stays another story.
func TestMainActorStories(t *testing.T) {
	reports := map[string]string{"r1": rulingReport1, "r2": rulingReport2, "r3": rulingReport3}
	with := func(extra map[string]string) map[string]string {
		out := map[string]string{}
		for k, v := range reports {
			out[k] = v
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	cases := []struct {
		name  string
		seeds map[string]string
		want  [][]string
	}{
		{"a follow-up on the appeal", with(map[string]string{"r4": rulingAppeal}),
			[][]string{{"r1", "r2", "r3", "r4"}}},
		{"another company's ruling", with(map[string]string{"s1": otherRuling}),
			[][]string{{"r1", "r2", "r3"}, {"s1"}}},
		{"both", with(map[string]string{"r4": rulingAppeal, "s1": otherRuling}),
			[][]string{{"r1", "r2", "r3", "r4"}, {"s1"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := storyNames(t, c.seeds); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stories %v, want %v", got, c.want)
			}
		})
	}
}

// TestStoryTitle: a story is titled by a headline its seeds agree on, never
// by a first sentence taken as a title or a date run into a caption,
// though these use more of the story's words.
func TestStoryTitle(t *testing.T) {
	const body = "The Reserve Bank of Norland cut its cash rate to 3.85 percent on Tuesday, its first rate cut in four years.\n"
	cases := []struct {
		name   string
		titles []string
		want   string
	}{
		{"a first sentence as a title", []string{
			"The Reserve Bank of Norland cut its cash rate to 3.85 percent on Tuesday, its first rate cut in four years, and said further rate cuts were not guaranteed.",
			"Norland central bank cuts rates"}, "Norland central bank cuts rates"},
		{"a date run into a caption", []string{
			"4 March 2025 2025-03-04 6:16Note: the Reserve Bank of Norland cut its cash rate",
			"Reserve Bank of Norland cuts its cash rate"}, "Reserve Bank of Norland cuts its cash rate"},
		{"no headline: the best of the others", []string{
			"4 March 2025 2025-03-04 6:16Note: the Reserve Bank of Norland cut its cash rate"}, "4 March 2025 2025-03-04 6:16Note: the Reserve Bank of Norland cut its cash rate"},
		{"no title: the event the seeds name", []string{"", ""}, "Hurricane Ana"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := &Model{}
			var arts []int
			for i, ti := range c.titles {
				a := &extract.Article{Name: fmt.Sprint(i), Title: ti, Blocks: []extract.Block{{Kind: extract.Paragraph, Text: body, Line: 2}}}
				if ti != "" {
					a.Blocks = append([]extract.Block{{Kind: extract.Title, Text: ti, Line: 1}}, a.Blocks...)
				} else {
					a.Blocks = append(a.Blocks, extract.Block{Kind: extract.Paragraph, Text: "Crews restored power to thousands of homes after Hurricane Ana passed over the coast.", Line: 3})
				}
				m.Articles = append(m.Articles, a)
				arts = append(arts, i)
			}
			if _, err := Segment(m); err != nil {
				t.Fatal(err)
			}
			if got := storyTitle(m, arts); got != c.want {
				t.Errorf("storyTitle = %q, want %q", got, c.want)
			}
		})
	}
}

// storyNames extracts seeds (name -> text) together and returns the seed
// names of each story storyGroups finds, sorted.
func storyNames(t *testing.T, seeds map[string]string) [][]string {
	t.Helper()
	var docs []extract.Doc
	for name, body := range seeds {
		docs = append(docs, extract.Doc{Path: "seeds/" + name + ".txt", Data: []byte(body)})
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Path < docs[j].Path })
	arts, err := extract.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, g := range storyGroups(segmented(t, arts)) {
		var names []string
		for a := range g {
			names = append(names, arts[a].Name)
		}
		sort.Strings(names)
		got = append(got, names)
	}
	return got
}

// TestEventName: a storm or an operation named after its event word is an
// event; a body named with one inside ("National Hurricane Center") or a
// modifier alone ("Super Micro") is not.
func TestEventName(t *testing.T) {
	for _, c := range []struct{ run, want string }{
		{"Hurricane Milton", "milton"},
		{"Tropical Storm Ana", "ana"},
		{"Super Typhoon Haiyan", "haiyan"},
		{"Operation Sindoor", "sindoor"},
		{"National Hurricane Center", ""},
		{"Super Micro Computer", ""},
		{"Tropical Smoothie Cafe", ""},
		{"Hurricane", ""},
		{"Hurricane Season Outlook Report", ""},
	} {
		if got := eventName(text.Words(c.run)); got != c.want {
			t.Errorf("eventName(%q) = %q, want %q", c.run, got, c.want)
		}
	}
}

// TestStoryHeadline: a story's heading is a real headline of its pages,
// cleaned of the list's comma and the outlet's name a page sets after it;
// a story whose pages have no title takes a line of their header that
// reads as a headline, else one of their headings, never their first
// sentence while such a line exists.
func TestStoryHeadline(t *testing.T) {
	const body = "The Reserve Bank of Norland cut its cash rate to 3.85 percent on Tuesday, its first rate cut in four years."
	para := extract.Block{Kind: extract.Paragraph, Text: body, Line: 5}
	cases := []struct {
		name   string
		titles []string
		blocks [][]extract.Block // blocks before each page's paragraph
		want   string
	}{
		{"a highlight's trailing comma", []string{"Norland central bank cuts its cash rate to 3.85 percent,", ""}, nil,
			"Norland central bank cuts its cash rate to 3.85 percent"},
		{"the site after a bar", []string{"Norland central bank cuts its cash rate | Norland Herald", ""}, nil,
			"Norland central bank cuts its cash rate"},
		{"an outlet after a dash", []string{"Norland central bank cuts its cash rate - The Avel Post", ""}, nil,
			"Norland central bank cuts its cash rate"},
		{"a source the headline cites stays", []string{"Norland central bank cuts its cash rate - RBN", ""}, nil,
			"Norland central bank cuts its cash rate - RBN"},
		{"a quoted opening is a headline", []string{"‘We cut because inflation fell’: Norland central bank cuts rate", ""}, nil,
			"‘We cut because inflation fell’: Norland central bank cuts rate"},
		{"no title: a highlight over the story", []string{"", ""}, [][]extract.Block{
			{{Kind: extract.Furniture, Reason: extract.PageHeader, Text: "Reserve Bank of Norland cuts its cash rate for the first time in four years,", Line: 1}}, nil},
			"Reserve Bank of Norland cuts its cash rate for the first time in four years"},
		{"no title: the first of a box of highlights, not a later one", []string{"", ""}, [][]extract.Block{
			{{Kind: extract.Furniture, Reason: extract.PageHeader, Text: "Highlights Reserve Bank of Norland cuts its cash rate to 3.85 percent, its first cut in four years.", Line: 1},
				{Kind: extract.Furniture, Reason: extract.PageHeader, Text: "Governor praises the board in her last meeting,", Line: 2}}, nil},
			"Reserve Bank of Norland cuts its cash rate to 3.85 percent, its first cut in four years"},
		{"no title, no header: a heading of the story", []string{"", ""}, [][]extract.Block{
			nil, {para, {Kind: extract.Heading, Text: "Norland central bank cuts its cash rate to 3.85 percent", Line: 6}}},
			"Norland central bank cuts its cash rate to 3.85 percent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := &Model{}
			var arts []int
			for i, ti := range c.titles {
				a := &extract.Article{Name: fmt.Sprint(i), Title: ti}
				if i < len(c.blocks) {
					a.Blocks = append(a.Blocks, c.blocks[i]...)
				}
				if !slices.ContainsFunc(a.Blocks, func(b extract.Block) bool { return b.Kind == extract.Paragraph }) {
					a.Blocks = append(a.Blocks, para)
				}
				m.Articles = append(m.Articles, a)
				arts = append(arts, i)
			}
			if got := storyTitle(m, arts); got != c.want {
				t.Errorf("storyTitle = %q, want %q", got, c.want)
			}
		})
	}
}

// TestSiteTitle: a briefing of several stories is titled for its main
// story's headline, or, when the main story's pages have none (its heading
// is a line of their text), for the first story that has one.
func TestSiteTitle(t *testing.T) {
	arts := []*extract.Article{{Name: "a"}, {Name: "b"}, {Name: "c"}}
	cases := []struct {
		name    string
		stories []Story
		want    string
	}{
		{"main story's headline", []Story{{Title: "Norland bank cuts rates", Headline: true, Arts: []int{0, 1}}, {Title: "Avel votes", Headline: true, Arts: []int{2}}}, "Norland bank cuts rates"},
		{"main story has none", []Story{{Title: "Trade minister spins the deal as a win", Arts: []int{0, 1}}, {Title: "Avel votes for a new council", Headline: true, Arts: []int{2}}}, "Avel votes for a new council"},
		{"no story has one", []Story{{Title: "Trade minister spins the deal as a win", Arts: []int{0, 1}}, {Title: "Hurricane Ana", Arts: []int{2}}}, "Trade minister spins the deal as a win"},
		// As many seeds each: no main story, and the title says so.
		{"three stories of two seeds each", []Story{{Title: "Norland bank cuts rates", Headline: true, Arts: []int{0, 1}}, {Title: "Avel votes", Headline: true, Arts: []int{2, 3}}, {Title: "Hurricane Ana", Arts: []int{4, 5}}}, "Norland bank cuts rates, and 2 other stories"},
		{"a main story of more seeds", []Story{{Title: "Norland bank cuts rates", Headline: true, Arts: []int{0, 1, 2}}, {Title: "Avel votes", Headline: true, Arts: []int{3, 4}}}, "Norland bank cuts rates"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := &Model{Articles: arts, Stories: c.stories}
			if got := string(renderIndex(m, nil)); !strings.Contains(got, "title: "+mdtext.Quote(c.want)+"\n") {
				t.Errorf("index front matter lacks title %q:\n%s", c.want, got)
			}
		})
	}
}

// TestJoinToStories: a group too small to pair with any one report joins
// the story whose shared vocabulary its words are (each word used by two
// of the story's reports, none report holding most of them); a story with
// its own vocabulary stays apart, and a group of two is no story's
// vocabulary to join.
func TestJoinToStories(t *testing.T) {
	words := func(ws ...string) storySig {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return storySig{words: m}
	}
	// Six reports of a tram opening: each word of the angle piece (a6) is
	// in two of them, and no report holds more than a third of its words.
	aw := []string{"tram", "opened", "harbour", "university", "fares", "commuters", "stops", "pensioners", "tickets", "passes", "newsagents", "cheaper"}
	var reports []storySig
	for i := range 6 {
		r := []string{"route", "depot", "mayor"}
		for k := range 8 {
			r = append(r, fmt.Sprintf("own%d_%d", i, k)) // what each report alone tells
		}
		for k := range 4 {
			r = append(r, aw[(2*i+k)%len(aw)])
		}
		reports = append(reports, words(r...))
	}
	angle := words(append(slices.Clone(aw), "timetable", "weekend")...)
	other := []storySig{
		words("striker", "goals", "keeper", "stadium", "league"),
		words("striker", "goals", "keeper", "stadium", "season"),
		words("striker", "keeper", "league", "season", "penalty"),
	}
	for i, r := range reports {
		if w, _ := smallerShare(angle.words, r.words); w >= sameStoryShare {
			t.Fatalf("report %d holds %.2f of the angle's words: the fixture pairs", i, w)
		}
	}
	group := func(ids ...int) map[int]bool {
		m := map[int]bool{}
		for _, i := range ids {
			m[i] = true
		}
		return m
	}
	sigs := append(append(append([]storySig{}, reports...), angle), other...)
	cases := []struct {
		name   string
		groups []map[int]bool
		want   []map[int]bool
	}{
		{"the angle joins the reports", []map[int]bool{group(0, 1, 2, 3, 4, 5), group(6), group(7, 8, 9)},
			[]map[int]bool{group(0, 1, 2, 3, 4, 5, 6), group(7, 8, 9)}},
		{"another story stays apart", []map[int]bool{group(0, 1, 2, 3, 4, 5), group(7, 8, 9)},
			[]map[int]bool{group(0, 1, 2, 3, 4, 5), group(7, 8, 9)}},
		{"two reports are no vocabulary", []map[int]bool{group(0, 1), group(6)},
			[]map[int]bool{group(0, 1), group(6)}},
	}
	for _, c := range cases {
		if got := joinToStories(c.groups, sigs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: joinToStories = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCommonAcronyms: an acronym the text spells out in lower case is a
// common noun's, no actor of a story; one spelled out as a name is.
func TestCommonAcronyms(t *testing.T) {
	m := &Model{Sentences: []Sentence{
		{Text: "Tolby's plan for artificial intelligence (AI) was unveiled on Monday."},
		{Text: "Growth in GDP (gross domestic product) slowed."},
		{Text: "The European Harbour Union (EHU) agreed on Monday."},
	}}
	got := commonAcronyms(m)
	want := map[string]bool{"ai": true, "gdp": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("commonAcronyms = %v, want %v", got, want)
	}
}

// TestCommentaryIsNoReport: a long commentary holds many words of a short
// report on another event, but few of the report's many names; two reports
// of one event that share as many words share their names.
func TestCommentaryIsNoReport(t *testing.T) {
	set := wordSet
	shared := "regul harbour ferri safeti inspector licens vessel tonnag"
	commentary := storySig{words: set(shared + " strategi global rival dominan alliance invest technolog sovereign"), names: set("tolby vestria marwick harbourunion north south")}
	report := storySig{words: set(shared + " approv parliament"), names: set("parliament harbourunion council brell kessel varn")}
	retold := storySig{words: set(shared + " approv parliament"), names: set("parliament harbourunion council brell kessel")}
	if sameStory(commentary, report) {
		t.Error("a commentary sharing 0.8 of a report's words and 1 of its 6 names is one story with it")
	}
	if !sameStory(report, retold) {
		t.Error("two reports sharing their words and names are two stories")
	}
}

// wordSet is the set of the space-separated words of ws.
func wordSet(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}
