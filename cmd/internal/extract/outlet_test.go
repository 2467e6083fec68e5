package extract

import (
	"strings"
	"testing"
)

// TestCredits checks the outlet, date and author a page's own credit lines
// give, and the persons, places, labels and photo libraries that are no
// outlet. Each fixture is a small page written for the test.
func TestCredits(t *testing.T) {
	const head = "Storm closes the harbour for a week\n"
	tests := []struct {
		name, text           string
		outlet, date, author string
		gone                 string // a credit line the body must not keep
	}{
		{
			name:   "wire acronym in brackets, no dash",
			text:   "(NNA) The council voted on Monday to close the old depot, officials said.\n" + prose(1) + "\n",
			outlet: "NNA",
		},
		{
			name: "label in brackets is no agency",
			text: head + "(UPDATE) The council voted on Monday to close the old depot, officials said.\n" + prose(1) + "\n",
		},
		{
			name:   "place then agency then underscore",
			text:   head + "NORLAND (Avel Herald Union)_ The council voted on Monday to close the old depot, officials said.\n" + prose(1) + "\n",
			outlet: "Avel Herald Union",
		},
		{
			name:   "byline naming the outlet after a dash",
			text:   head + "By Jane Doe – The Norland Post\n" + prose(1) + "\n",
			outlet: "The Norland Post", author: "Jane Doe",
		},
		{
			name:   "outlet before its publication date",
			text:   head + "Avelwire Published 3 Mar, 2025 08:46am\n" + prose(1) + "\n" + prose(2) + "\n",
			outlet: "Avelwire", date: "3 Mar, 2025",
		},
		{
			name:   "a person before the date is no outlet",
			text:   head + "Jane Doe Published March 3, 2025\n" + prose(1) + "\n" + prose(2) + "\n",
			date:   "March 3, 2025",
			author: "",
		},
		{
			name:   "newsroom credit with its update times",
			text:   head + "Norlandia News Desk | Updated: 11-12-2024 21:35 | Created: 11-12-2024 21:35\n" + prose(1) + "\n",
			outlet: "Norlandia",
		},
		{
			name:   "dateline place before a bureau",
			text:   head + "Port Avel, Example Daily Bureau | Updated : 3 March 2025, 09:01 AM\n" + prose(1) + "\n",
			outlet: "Example Daily",
		},
		{
			name:   "source label under the headline",
			text:   head + "\ntime: source: O Norlandês\n\n" + prose(1) + "\n",
			outlet: "O Norlandês",
		},
		{
			name:   "source label closing a video caption",
			text:   head + "\n" + prose(1) + "\nHear the mayor explain the closure 01:24 - Source: NNA\n" + prose(2) + "\n",
			outlet: "NNA",
		},
		{
			name:   "source label closing a picture's caption: the picture's source",
			text:   head + "\nOutage reports across the harbour district on Friday. Source: Outagemap\n\n" + prose(1) + "\n",
			outlet: "",
		},
		{
			name:   "lone outlet line under the headline",
			text:   head + "NNA\n" + prose(1) + "\n",
			outlet: "NNA", gone: "NNA",
		},
		{
			name:   "masthead above the date",
			text:   "The Avel Courier\nSunday, 2 March 2025 – 17:45\n" + head + "\n" + prose(1) + "\n" + prose(2) + "\n",
			outlet: "The Avel Courier", date: "Sunday, 2 March 2025",
		},
		{
			name: "a writer's name under the headline is no outlet",
			text: head + "Jane Doe\n" + prose(1) + "\n",
		},
		{
			name:   "a word in capitals is a label",
			text:   head + "SUBSCRIBE\n" + prose(1) + "\n",
			outlet: "",
		},
		{
			name:   "the outlet's own newsletter",
			text:   head + prose(1) + " Never miss a story — sign up for EVERYTHING's free daily newsletter to stay up-to-date.\n" + prose(2) + "\n",
			outlet: "EVERYTHING",
		},
		{
			name:   "the name an appeal repeats",
			text:   "Your support helps us to tell the story. The Avel Courier is on the ground when the story is developing, and The Avel Courier is trusted by readers across the islands. Your donation allows us to keep reporting. Support us now.\n\n" + prose(1) + "\n" + prose(2) + "\n",
			outlet: "The Avel Courier",
		},
		{
			name:   "the value under a reference label",
			text:   head + prose(1) + "\n" + prose(2) + "\nReference(s):\navelcourier.example\n",
			outlet: "avelcourier.example",
		},
		{
			name: "a menu's reference item is no label",
			text: "- Home\n- Reference\n- All Topics\n" + head + prose(1) + "\n" + prose(2) + "\n",
		},
		{
			name:   "copyright notice with its year",
			text:   head + prose(1) + "\n" + prose(2) + "\n© 2025 Norland Herald Media, Inc. All rights reserved.\n",
			outlet: "Norland Herald Media",
		},
		{
			name:   "copyright year closed by a full stop",
			text:   head + prose(1) + "\n" + prose(2) + "\nCopyright 2025. Norland Examiner. All Rights Reserved.\n",
			outlet: "Norland Examiner",
		},
		{
			name:   "copyright notice after a regulator's words",
			text:   head + prose(1) + "\n" + prose(2) + "\nIPSO Regulated Copyright ©2025 Avel Newspapers. \"Avel Daily\" is a registered trademark. All rights reserved.\n",
			outlet: "Avel Newspapers",
		},
		{
			name:   "holder before a span of years",
			text:   head + prose(1) + "\n" + prose(2) + "\n© Avel Broadcasting Network, 2005–2025. All rights reserved.\n",
			outlet: "Avel Broadcasting Network",
		},
		{
			name:   "holder in its company form with no year, in a long footer",
			text:   head + prose(1) + "\n" + prose(2) + "\n© Norland Media Group, Inc. 11 Quay Street, 15th Floor, Port Avel 10036. The pages of this site may not be copied without leave.\n",
			outlet: "Norland Media Group",
		},
		{
			name: "a picture's notice with words before it is no outlet",
			text: head + prose(1) + "\n" + prose(2) + "\nImage © 2025 Norland Herald\n",
		},
		{
			name: "photo library's copyright is no outlet",
			text: head + prose(1) + "\n" + prose(2) + "\n© 2025 Example Images\n",
		},
		{
			name: "menu entry of a newsroom's name is no outlet",
			text: "- Home\n- Example Staff\n- Sport\n" + head + prose(1) + "\n",
		},
		{
			name: "publication date inside a byline run",
			text: head + "By Jane Doe Updated: Published on March 3, 2025 08:38PM EDT\n" + prose(1) + "\n",
			date: "March 3, 2025",
		},
		{
			name: "a word that opens as a month does is no date",
			text: "- Home\n- Decision 2025\n- Sport\n\n" + head + "\nBy Jane Doe\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nMarch 3, 2025\n",
			date: "March 3, 2025", author: "Jane Doe",
		},
		{
			name: "a menu's word that opens as a month does is no date",
			text: head + "\nDecision 2025\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
		},
		{
			name:   "the outlet's staff as byline",
			text:   head + "Avel Courier Staff\n" + prose(1) + "\n" + prose(2) + "\n",
			outlet: "Avel Courier",
		},
		{
			name:   "follow the outlet",
			text:   head + prose(1) + "\n" + prose(2) + "\nFollow Avel Courier on Twitter and Facebook\n",
			outlet: "Avel Courier",
		},
		{
			name:   "follow the outlet online",
			text:   "Follow The Norland Post online:\n" + head + prose(1) + "\n" + prose(2) + "\n",
			outlet: "The Norland Post",
		},
		{
			name:   "the outlet delivered to the inbox",
			text:   head + prose(1) + "\n" + prose(2) + "\nGet Avel Courier delivered to your inbox\n",
			outlet: "Avel Courier",
		},
		{
			name:   "the outlet's app",
			text:   head + prose(1) + "\n" + prose(2) + "\nDownload the Norland Tribune app for breaking news\n",
			outlet: "Norland Tribune",
		},
		{
			name:   "wire credit after a capitalised dateline",
			text:   head + "PORT AVEL (Avelwire) — The council voted on Monday to close the old depot, officials said.\n" + prose(1) + "\n",
			outlet: "Avelwire",
		},
		{
			name: "published with a time after at",
			text: head + "Published Oct 9, 2024 at 10:12 pm\n" + prose(1) + "\n" + prose(2) + "\n",
			date: "Oct 9, 2024",
		},
		{
			name: "updated with a numeric date",
			text: head + "Updated: 10/09/2024\n" + prose(1) + "\n" + prose(2) + "\n",
			date: "10/09/2024",
		},
		{
			name: "a bare day month year under the headline",
			text: head + "9 October 2024\n" + prose(1) + "\n" + prose(2) + "\n",
			date: "9 October 2024",
		},
		{
			name: "an ISO date under the headline",
			text: head + "2024-10-09\n" + prose(1) + "\n" + prose(2) + "\n",
			date: "2024-10-09",
		},
		{
			name: "date run into a section name",
			text: head + "Jane Doe\nBy Jane Doe\nMarch 3, 2025Business News\nshare\n" + prose(1) + "\n",
			date: "March 3, 2025", author: "Jane Doe",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			if a.Outlet != tt.outlet || a.Date != tt.date || a.Author != tt.author {
				t.Errorf("outlet/date/author = %q/%q/%q, want %q/%q/%q\n%s", a.Outlet, a.Date, a.Author, tt.outlet, tt.date, tt.author, dumpBlocks(a))
			}
			if tt.gone != "" && strings.Contains(a.Markdown(), tt.gone) {
				t.Errorf("kept the credit %q\n%s", tt.gone, dumpBlocks(a))
			}
		})
	}
}
