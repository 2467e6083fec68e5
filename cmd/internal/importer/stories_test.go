package importer

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/briefing-dev/briefing/cmd/internal/extract"
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
			var docs []extract.Doc
			for name, body := range c.seeds {
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
					names = append(names, strings.TrimSuffix(arts[a].Name, ".txt"))
				}
				sort.Strings(names)
				got = append(got, names)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("stories %v, want %v", got, c.want)
			}
		})
	}
}

// TestSameActors: the same people, bodies and places make one event, unless
// the two pages are dated more than a week apart; a name or two in common
// is not enough.
func TestSameActors(t *testing.T) {
	set := func(ws string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(ws) {
			m[w] = true
		}
		return m
	}
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
