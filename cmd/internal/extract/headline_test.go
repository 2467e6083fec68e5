package extract

import (
	"strings"
	"testing"
)

// TestHeadline checks which line a page's title is: each fixture is a small
// page written for the test, reproducing a kind of line that was taken for
// the headline (a highlight, a first sentence, a box's line under the
// prose, a menu's line above the byline, a masthead) or a headline that was
// missed (one two pages of a site share, one under a call to subscribe).
func TestHeadline(t *testing.T) {
	const lede = "The harbour at Port Avel closed on Monday after a storm broke the sea wall in two places, the harbour board said, and the ferries to the islands will not sail for at least a week while divers inspect the damage."
	tests := []struct {
		name, text, title string
		keep              string // a line the body must keep
		outlet            string // the outlet, where the case says ("-": none)
	}{
		{
			name:  "a headline opening with a brand in camel case",
			text:  "eFerry 3, eFerry 3 Plus arrive with a faster motor and a new deck\nThe eFerry 3 and eFerry 3 Plus have been announced, with a new deck, a faster motor, and the addition of both bow and stern doors.\nThe new eFerry 3 range\n" + lede + "\n" + prose(1) + "\n",
			title: "eFerry 3, eFerry 3 Plus arrive with a faster motor and a new deck",
		},
		{
			name:  "a caption with its credit in brackets is no headline",
			text:  "Harbour shut for a week after the storm breaks the sea wall\n\nThe closure is a heavy blow for the island ferries and leaves hundreds of visitors stranded.\n\nThe mayor of Port Avel at the harbour wall on Monday (Jane Doe/Pool Photo via AP)\nThe mayor of Port Avel at the harbour wall on Monday (Jane Doe/Pool Photo via AP) (Jane Doe/AP)\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Harbour shut for a week after the storm breaks the sea wall",
		},
		{
			name:  "highlight ending on a comma is no headline",
			text:  "Highlights Port Avel shuts its harbour for a week after the storm.\n\nFerries to the islands stop, stranding hundreds of visitors.\n\nHarbour board blames the sea wall, promising repairs by spring,\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "",
		},
		{
			name:  "first sentence with its full stop is no headline",
			text:  "The harbour board of Port Avel closed the harbour on Monday after a storm broke the old sea wall in two places, leaving the ferries to the islands tied up for at least a week.\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "",
			keep:  "leaving the ferries to the islands tied up",
		},
		{
			name:  "line of a box under the article's prose is no headline",
			text:  "Closures so far: Ferries Moorings Slipway\nThe harbour board said the storm broke the old sea wall in two places on Monday night and that the ferries to the islands would not sail for at least a week.\nBuilt by the council in 1904\nHere is the board's statement:\n“The wall has stood for a century and will be repaired by the spring,” said Jane Doe, who chairs the harbour board.\n" + prose(1) + "\n",
			title: "",
		},
		{
			name:  "menu line above the byline gives way to the headline under it",
			text:  "Newsletter sign-up\n\nSubscribe now\nThe Quay Live All\nBy Jane Doe\nPress releases\n\nStorm Shuts Port Avel Harbour As Sea Wall Breaks\n\nThe harbour at dawn (Example Pictures)\n\n5 min read\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm Shuts Port Avel Harbour As Sea Wall Breaks",
		},
		{
			name:  "headline under the masthead, the date and a standfirst",
			text:  "The Quay\nSunday, 2 March 2025 – 17:45\nFerries stayed in port on Monday as the harbour closed after the storm.\nFerries in port on Monday | Photo by Jane Doe/Example Pictures\n\nStorm shuts Port Avel harbour for a week as the sea wall breaks\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week as the sea wall breaks",
		},
		{
			name:  "the headline printed twice, over the date, outranks a promo between",
			text:  "Harbour Law Now in Force: Big Shakeup for Port Avel Ferries!\n\nLearn to sail like a pro. Learn More\n\nRegulation Revolution\n\nHarbour Law Now in Force: Big Shakeup for Port Avel Ferries!\n\nLast updated:\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Harbour Law Now in Force: Big Shakeup for Port Avel Ferries!",
		},
		{
			name:  "masthead of two words is no headline",
			text:  "The Quay\nSunday, 2 March 2025 – 17:45\n" + lede + "\n" + prose(1) + "\n",
			title: "",
		},
		{
			name:  "caption over its photo credit is no headline",
			text:  "Home News\n\nThe Port Avel harbour closure, explained\n\nAnd which ferries will not sail?\n\nFerries tied up at Port Avel after the storm\nImage via Example Pictures/Jane Doe\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "The Port Avel harbour closure, explained",
		},
		{
			name:  "headline over a photo credit",
			text:  "Home News\n\nStorm shuts Port Avel harbour for a week\nImage via Example Pictures/Jane Doe\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week",
		},
		{
			name:  "breadcrumb and source line over the headline",
			text:  "You are here: HomeBusiness2025 03 02Article 1947224\n\nSource: Example News\n\nStorm shuts Port Avel harbour for a week\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week",
		},
		{
			name:  "a time stamp run onto the headline",
			text:  "Storm shuts Port Avel harbour for a weekMarch 2, 2025 00:18\nPic: Jane Doe/Example Pictures\n" + lede + "\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week",
		},
		{
			name:  "headline under a call to subscribe",
			text:  "Subscribe today\n© 2025 Avel Courier\n\nStorm shuts Port Avel harbour for a week\n\n6 min read\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week",
		},
		{
			name:  "a lead set apart from the text by its photo and an image's label",
			text:  "After a storm, Port Avel is not going anywhere\n\nJane Doe\n\nThe harbour board chair meets the press at the quay in Port Avel on Monday. (Jane Doe/Pool/AFP via Getty Images)\n\nThe harbour at Port Avel closed on Monday after a storm broke the sea wall in two places, and the ferries to the islands stopped for a week, the harbour board said.\n\na boat\n\nThe harbour board chair meets the press at the quay in Port Avel on Monday. (Jane Doe/Pool/AFP via Getty Images)\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			title: "After a storm, Port Avel is not going anywhere",
			keep:  "the ferries to the islands stopped for a week",
		},
		{
			name:  "a ticker and a stray star in the headline",
			text:  "Vestbank ( VSTB ) falls after the storm shuts Port Avel harbour *\n\nBy Jane Doe\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Vestbank falls after the storm shuts Port Avel harbour",
		},
		{
			name:  "the site's date at the top of the page",
			text:  "Fri 19 Jul 2024\n\nNewspaper of the year\n\nStorm shuts Port Avel harbour for a week\n\nThe harbour board said the closure would cost the island ferries their busiest week\n\n" + lede + "\n\n" + prose(1) + "\n",
			title: "Storm shuts Port Avel harbour for a week",
		},
		{
			name:  "a lead and short labelled paragraphs dense with names between the photo and the first long one",
			text:  "Reformist Lena Ortiz wins Port Avel's mayoral runoff election\n\nLena Ortiz, mayoral candidate for Harbour Futur, waves to supporters after casting her vote in Port Avel, Norland, during the city's runoff. Photo: Jane Doe/Example Images\nLena Ortiz, a reformist member of Norland's Senate, will be Port Avel's next mayor after rival candidate Tom Vell conceded in the runoff Sunday.\nWhy it matters: The crumbling harbour has helped propel the reformist lawyer who's been compared to former Mayor Greer, per Example Radio's Ana Roe, writing for Example News.\n- Some 30% of the port's workers are out of work, rents are in the thousands and trade has been shrinking.\nBy the numbers: Harbour Futur candidate Ortiz won about 56% of the vote, while Civic Union Deputy Mayor Vell won just over 44%.\nWhat they're saying: Norland Premier Ivo Marr said in a statement late Sunday that he looked forward to working with her \"on shared priorities that benefit the people of both the city and the country, including the rebuilding of the sea wall.\"\n- Greer said in a message to Ortiz on his radio show Sunday evening: \"The whole city was watching! I am very proud of you. You will turn the port around!\"\nGo deeper: Port Avel has a new reformist mayor\n",
			title: "Reformist Lena Ortiz wins Port Avel's mayoral runoff election",
			keep:  "Lena Ortiz, a reformist member of Norland's Senate, will be Port Avel's next mayor",
		},
		{
			name:   "a calendar's weekday letters over the headline, a labelled date under it",
			text:   "The Harbour Business Network\nHelping Business Read the Sea\nS M T W T F S\n \n1\n \n2\n \n3\n \n30\n \n31\n\nStorm shuts Port Avel harbour for a week\n\nDATE POSTED:March 2, 2025\nStorm shuts Port Avel harbour for a week\n\n" + lede + "\n\n" + prose(1) + "\n",
			title:  "Storm shuts Port Avel harbour for a week",
			outlet: "-",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			if tt.outlet != "" && a.Outlet != strings.TrimPrefix(tt.outlet, "-") {
				t.Errorf("outlet = %q, want %q\n%s", a.Outlet, tt.outlet, dumpBlocks(a))
			}
			if strings.Contains(tt.text, lede) && !strings.Contains(a.Markdown(), lede) {
				t.Errorf("lost the lede\n%s", dumpBlocks(a))
			}
			if tt.keep != "" && !strings.Contains(a.Markdown(), tt.keep) {
				t.Errorf("lost %q\n%s", tt.keep, dumpBlocks(a))
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q\n%s", a.Title, tt.title, dumpBlocks(a))
			}
		})
	}
}

// TestSharedHeadline checks that a headline two pages of one site share (a
// report and its live blog) stays each page's title, while a tagline the
// two share, which names nothing either page says, does not.
func TestSharedHeadline(t *testing.T) {
	report := "Storm shuts Port Avel harbour for a week\nAvel Courier\nThe harbour at Port Avel closed on Monday after a storm broke the sea wall, the harbour board said.\nFerries to the islands will not sail for a week while divers inspect the breach, officials said on Monday.\n"
	live := "Storm shuts Port Avel harbour for a week\n\nHarbour board chair Jane Doe speaks at the quay on Monday as the harbour closes after the storm broke the sea wall.\n\nWhat we covered here\n\nThe storm broke the Port Avel sea wall in two places, and the harbour will stay shut for a week, the board said.\n"
	tagline := "Your news from the islands, every morning\n"
	arts, err := Extract([]Doc{{Path: "a.txt", Data: []byte(report)}, {Path: "b.txt", Data: []byte(live)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Title != "Storm shuts Port Avel harbour for a week" {
			t.Errorf("%s: title = %q\n%s", a.Path, a.Title, dumpBlocks(a))
		}
	}
	arts, err = Extract([]Doc{{Path: "a.txt", Data: []byte(tagline + "\n" + prose(1) + "\n" + prose(3) + "\n")}, {Path: "b.txt", Data: []byte(tagline + "\n" + prose(2) + "\n" + prose(4) + "\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Title != "" {
			t.Errorf("%s: title = %q, want none\n%s", a.Path, a.Title, dumpBlocks(a))
		}
	}
}

func TestWithoutOutletSuffix(t *testing.T) {
	for _, tc := range []struct{ title, outlet, want string }{
		{"Initial results show the mayor wins the runoff-Example Wire", "Example Wire", "Initial results show the mayor wins the runoff"},
		{"Harbour reopens after storm - Norland Post", "Norland Post", "Harbour reopens after storm"},
		{"Harbour reopens after storm | Norland Post", "Norland Post", "Harbour reopens after storm"},
		{"Harbour reopens after storm", "Norland Post", "Harbour reopens after storm"},
		{"Why readers trust the Norland Post", "Norland Post", "Why readers trust the Norland Post"},
		{"Storm hits Tolby-Norland", "Norland", "Storm hits Tolby-Norland"}, // too short a headline: a hyphenated place, maybe
		{"Harbour reopens after storm - Norland Post", "", "Harbour reopens after storm - Norland Post"},
	} {
		if got := withoutOutletSuffix(tc.title, tc.outlet); got != tc.want {
			t.Errorf("withoutOutletSuffix(%q, %q) = %q, want %q", tc.title, tc.outlet, got, tc.want)
		}
	}
}
