package extract

import (
	"fmt"
	"strings"
	"testing"
)

// page is a small article with line between two paragraphs of prose.
func page(line string) string {
	return "A Title For The Test Page\n" + prose(1) + "\n" + line + "\n" + prose(2) + "\n"
}

// menu returns n distinct one-line menus.
func menu(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Home %s | News | Sport\n", letters(i))
	}
	return b.String()
}

// card is one product card of a buying guide: its name, two features, an
// image, its full name and price, and the shop's lines every card repeats.
func card(name, f1, f2, price string) string {
	return "\n" + name + "\n\n- " + f1 + "\n- " + f2 + "\n\n[kettle-image]\n" + name + " (two colours)\n" + price + "\nSold by Example Shop\nBuy now\n"
}

// TestKinds checks, per kind of furniture and per structure case, what a
// page keeps and what it drops: each fixture is a small page written for
// the test, and keep/drop are substrings of the Markdown that clean prints.
func TestKinds(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		keep, drop []string
		cut        int // line of a block that must be marked as cut
	}{
		{
			name: "datelines: with a date and an agency, a place alone, a place with a colon",
			text: "A Title For The Test Page\n\nPORT AVEL, Dec. 3 (UPI) — The harbour board voted early on Wednesday to lift the curfew on the quay.\n\nTOLBY, Norland — Ferry crews returned to work on Wednesday after the curfew was lifted.\n\nCalder, Aug 05: Calder: The mayor of Calder said the harbour would reopen on Friday.\n\nTolby, (APP - Example News - 3rd Dec, 2024) The council of Tolby said the ferries would sail again.\n\nPort Avel, Norland - Vestbank and Tolby Group said on Friday they would merge.\n\nMarch 21 (UPI) -- Tolby Hospital announced the first transplant of its kind on Thursday.\n\n" + prose(1) + "\n",
			keep: []string{"\nThe harbour board voted early on Wednesday", "\nFerry crews returned to work", "\nThe mayor of Calder said", "\nThe council of Tolby said", "\nVestbank and Tolby Group said", "\nTolby Hospital announced the first transplant"},
			drop: []string{"(UPI)", "PORT AVEL, Dec. 3", "TOLBY, Norland —", "Calder, Aug 05:", "Calder: The", "(APP", "Port Avel, Norland -", "(UPI)"},
		},
		{
			name: "a caption and its bracketed credit run into a paragraph",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nVoters outside a polling station in central Tolby on Sunday as part of a noon protest. (Jane Doe/Example Radio) Later, at a press conference, the mayor said the count would be fair and quick.\n\n" + prose(2) + "\n",
			keep: []string{"Later, at a press conference, the mayor said"},
			drop: []string{"Jane Doe/Example Radio", "Voters outside a polling station"},
		},
		{
			name: "tickers after companies' names, a lost space after a full stop",
			text: "A Title For The Test Page\n\nShares of Vestbank (NASDAQ:VSTB) rose 4% on Monday after Tolby Group (9984.T) and Norland Oil (NOIL.N) agreed to a joint venture in the United States.These companies will share the cost, said Apple ( AAPL ) and the Artificial Intelligence (AI) board.\n\n" + prose(1) + "\n",
			keep: []string{"Shares of Vestbank rose 4% on Monday after Tolby Group and Norland Oil agreed", "the United States. These companies", "said Apple and the Artificial Intelligence (AI) board"},
			drop: []string{"NASDAQ:VSTB", "9984.T", "NOIL.N", "AAPL"},
		},
		{
			name: "advert labels run into the paragraph after them, a credit to the reporters who helped",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nHide AdAdvertisement\nHide AdIn an interview on Friday, the mayor said the depot would stay shut.\n\nAdvertisement Hide AdThe council voted to close the quay road.\n\n(More Harbour News) Huge crowds lined the quay as the ferry left.\n\nThe ferry reached Varn at noon, the port said. (More Ferry News)\n\n" + prose(2) + "\n\nExample Press and Jane Doe contributed to this report.\n",
			keep: []string{"\nIn an interview on Friday, the mayor said", "\nThe council voted to close the quay road.", "\nHuge crowds lined the quay", "the port said.\n"},
			drop: []string{"Hide Ad", "Advertisement", "contributed to this report", "More Harbour News", "More Ferry News"},
		},
		{
			name: "a pull quote under its paragraph, a little shorter: the paragraph is the article's",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nThe harbour board closed the quay on Friday after a crane failed, halting ferries and cargo ships on the island route.\n\n" + prose(2) + "\n\nThe harbour board closed the quay on Friday after a crane failed, halting ferries and cargo ships.\n\n" + prose(3) + "\n",
			keep: []string{"halting ferries and cargo ships on the island route."},
			drop: []string{"halting ferries and cargo ships.\n"},
		},
		{
			name: "a stock photo's description above the lead",
			text: "A Title For The Test Page\n\nBy Jane Doe, Example News\nCrane operator at the harbour with a broken winch on the quay. Rusty cargo crane Model 7.\n\nThe harbour board voted on Wednesday to close the quay after a crane failed.\n\n" + prose(1) + "\n\nHarbour at dusk. Tolby quay.\n",
			keep: []string{"\nThe harbour board voted on Wednesday", "Harbour at dusk. Tolby quay."},
			drop: []string{"Crane operator at the harbour", "Rusty cargo crane"},
		},
		{
			name: "a summary under the headline that the text says again lower down: the lower copy is the article's",
			text: "A Title For The Test Page\n\nIts chair Ann Vale again stressed that Friday's closure, affecting ferries and cargo alike, was not a safety matter.\n\nTOLBY — The harbour board closed the quay on Friday after a crane failed, halting ferries.\n\n" + prose(1) + "\n\nVale again stressed that Friday's closure, affecting ferries and cargo alike, was not a safety matter.\n\n" + prose(2) + "\n",
			keep: []string{"\nThe harbour board closed the quay on Friday", "\nVale again stressed"},
			drop: []string{"Its chair Ann Vale"},
		},
		{
			name: "an outlet's newsletter box in the text, an editor's note that the story was updated",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nSubscribe to Example Weekly Read the stories behind the news. SUBSCRIBE & SAVE Sign up for Example Weekly's Free Newsletters From our morning briefing to a weekly digest, get the best of Example Weekly delivered directly to your inbox. Sign up\n\n" + prose(2) + "\n\nEditor's note: This article has been updated with new details throughout.\n\nDownload the Example app today to stay up-to-date with Fair. Plain News™.\n",
			keep: []string{"The committee met on day xx"},
			drop: []string{"SUBSCRIBE", "Free Newsletters", "Editor's note", "Example app"},
		},
		{
			name: "related link between paragraphs",
			text: "A Title For The Test Page\n\nThe council met on Monday night.\n\nIts members voted to close the depot.\n\n• Man Rescued From River After Storm\n\nThe vote was close, officials said.\n\nA second vote is due next week.\n",
			keep: []string{"The council met on Monday night.", "Its members voted to close the depot.", "The vote was close, officials said.", "A second vote is due next week."},
			drop: []string{"Man Rescued From River"},
		},
		{
			name: "related-link box between the last paragraphs",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nRelated Links\n\n- Harbour Board website\n\nThe work on the sea wall at Port Ellin is due to begin in May and to run until the end of the summer.\n\n[fb] [tw] [mail]\n\nReport Error\n\nTop Video\n\n- Dog Rides Bus To Park\n- Baker Wins County Prize\n",
			keep: []string{prose(2), "The work on the sea wall at Port Ellin is due to begin in May"},
			drop: []string{"Related Links", "Harbour Board website", "Report Error", "Dog Rides Bus"},
		},
		{
			name: "read-more link before the last paragraphs",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nRead more: Harbour fees rise for the third year running\n\nPort Ellin's harbour board operates a scheme where local fishing crews pay lower fees.\n\nThe Westmarch Harbour Board is due to meet again on Tuesday to set the fees for the coming year.\n\nMain image credit: Example Pictures\n\nShare\n",
			keep: []string{prose(2), "Port Ellin's harbour board operates a scheme", "The Westmarch Harbour Board is due to meet again on Tuesday"},
			drop: []string{"Read more", "Main image credit", "Share\n"},
		},
		{
			name: "short last sentence above the furniture",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nRURITANIA AHEAD\n\n" + prose(3) + "\n\nRuritania had lost to Westmarch on Monday.\n\nMore from Example Sport\n\nMain image credit: Example Pictures\n\nShare\n",
			keep: []string{prose(2), "Ruritania had lost to Westmarch on Monday."},
			drop: []string{"More from Example Sport", "Main image credit"},
		},
		{
			name: "short last sentence of a two-paragraph brief",
			text: "A Title For The Test Page\nExample Desk\nThe harbour board of Port Ellin voted on Monday night to raise its mooring fees by a fifth from the spring.\nFishing crews will pay the old fees until June.\nFollow us for live updates\n",
			keep: []string{"The harbour board of Port Ellin voted", "Fishing crews will pay the old fees until June."},
			drop: []string{"Follow us"},
		},
		{
			name: "caption huddled over its credit",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nA view of the sea wall at dawn, on March 3, 2025 in Port Ellin.\nThe wall has been breached twice this winter.\nJane Doe/Example Pictures\n\n" + prose(2) + "\n\nA map of the flooded streets of the old town.\nWater reached the market square on Sunday night.\nWestmarch Survey\n\n" + prose(3) + "\n\nThe harbour office after the storm surge of Sunday night\n6\n\n" + prose(4) + "\n",
			keep: []string{prose(1), prose(2), prose(3), prose(4)},
			drop: []string{"A view of the sea wall", "breached twice", "A map of the flooded", "Water reached", "Westmarch Survey", "The harbour office after", "\n6\n"},
		},
		{
			name: "huddled lines without a credit kept",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nThe harbour board met on Monday to discuss the damage to the sea wall.\nIts members agreed to pay for the repairs out of the reserve fund.\n\n" + prose(2) + "\n",
			keep: []string{prose(1), "The harbour board met on Monday", "Its members agreed to pay", prose(2)},
		},
		{
			name: "sentence crowded with names between paragraphs",
			text: page("Mara Lindqvist, Programme Director for the Coastal Towns Project at Westmarch University's Harbour Research Institute, told Example News the Ministry's claims are false."),
			keep: []string{prose(1), "Mara Lindqvist, Programme Director", prose(2)},
		},
		{
			name: "wire caption between paragraphs",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n[photo-1]\nThis March 3, 2025, file photo, provided by the Westmarch Harbour Board shows Mara Lindqvist.\nWestmarch Harbour Board via AP\n\n" + prose(2) + "\n\nThis undated handout photo released by the Harbour Trust shows the breach in the sea wall at Port Ellin.\n\n" + prose(3) + "\n",
			keep: []string{prose(1), prose(2), prose(3)},
			drop: []string{"file photo", "via AP", "handout photo"},
		},
		{
			name: "subheading over a short first sentence",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nTornadoes follow the storm\n\nThe storm spun up dozens of tornadoes.\n\n" + prose(2) + "\n",
			keep: []string{prose(1), "\n## Tornadoes follow the storm\n", "The storm spun up dozens of tornadoes.", prose(2)},
		},
		{
			name: "lead-in over a short sentence is no subheading",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nThe board resolves to:\n\nClose the old depot in May.\n\n" + prose(2) + "\n",
			keep: []string{"\nThe board resolves to:\n", "Close the old depot in May."},
			drop: []string{"## The board"},
		},
		{
			name: "long inline related link set apart by a bar",
			text: page("RELATED STORY | Here's how the harbour board plans to pay for the repairs to the sea wall after the winter storms"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"RELATED STORY", "Here's how the harbour board"},
		},
		{
			name: "read link between paragraphs",
			text: page("READ: Harbour board to raise fees for the third year running? ("),
			keep: []string{prose(1), prose(2)},
			drop: []string{"READ:", "Harbour board to raise"},
		},
		{
			name: "wire tag in capitals with no dash",
			text: "A Title For The Test Page\n(EXWIRE) The harbour board of Port Ellin voted on Monday to raise its fees for the third year running.\n" + prose(1) + "\n",
			keep: []string{"The harbour board of Port Ellin voted on Monday", prose(1)},
			drop: []string{"(EXWIRE)"},
		},
		{
			name: "bracketed words opening a caption are no wire tag",
			text: "A Title For The Test Page\n" + prose(1) + "\n(Clockwise from left) The harbour master, the mayor and the chair of the board met on the quay on Monday to inspect the wall.\n" + prose(2) + "\n",
			keep: []string{"(Clockwise from left) The harbour master"},
		},
		{
			name: "links to other stories as bullets between paragraphs",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n- Single fee: the board says it will cap what crews pay\n\n- From a quiet quay to a busy port: why the town changed its mind\n\n" + prose(2) + "\n\n" + prose(3) + "\n",
			keep: []string{prose(1), prose(2), prose(3)},
			drop: []string{"Single fee", "From a quiet quay"},
		},
		{
			name: "the article's own short lists kept",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nThe board agreed on two changes to the harbour rules:\n\n- a cap on what local crews pay\n\n- a new office on the quay\n\n" + prose(2) + "\n\n2. Take stock of the damage\n\n" + prose(3) + "\n\n- The board will meet again in May.\n\n" + prose(4) + "\n",
			keep: []string{"- a cap on what local crews pay", "- a new office on the quay", "2. Take stock of the damage", "- The board will meet again in May."},
		},
		{
			name: "widget label glued to the paragraph under it",
			text: "A Title For The Test Page\n" + prose(1) + "\nMore ShortsIn 1999, the harbour board bought the old ferry terminal from the town.\nRead moreThe board sold it again in 2004 to a hotel group from Westmarch.\nMore MacKay voters turned out in the harbour ward than in any other ward of the town.\n" + prose(2) + "\n",
			keep: []string{"\nIn 1999, the harbour board bought", "\nThe board sold it again", "\nMore MacKay voters turned out"},
			drop: []string{"ShortsIn", "moreThe"},
		},
		{
			name: "embedded post's attribution closing the article",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\nHARBOUR DAY\n\n" + prose(2) + "\n\nThe sea wall held tonight. Thank you to every crew on the quay.\n\n— Port Ellin Harbour (@portellin) March 3, 2025\n\nMore from Example Sport\n\nShare\n",
			keep: []string{"— Port Ellin Harbour (@portellin) March 3, 2025"},
			drop: []string{"More from Example Sport"},
		},
		{
			name: "author's note asking to follow on a social network",
			text: closing("Mara Lindqvist's book about the harbour, \"Salt Roads\" (Example Press, 2024), is out now. Follow her on Twitter @maralind. Follow us on Instagram @exampletimes.\n\nEmail Jon Vale at jvale@example.com or follow him @jonvale."),
			keep: []string{prose(2)},
			drop: []string{"Salt Roads", "Follow us", "Email Jon Vale"},
		},
		{
			name: "story cards after the article",
			text: "A Title For The Test Page\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\n\nWhy the river keeps rising every spring\nJohn Roe\nMonday March 3, 2025\nThe floods came early this year, and the town was not ready for the water that reached the market square.\n\nA new bridge for the old town at last\nMary Major\nSunday March 2, 2025\nAfter ten years of argument the council has at last agreed on a design for the crossing near the mill.\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"The floods came early", "After ten years of argument"},
		},
		{
			name: "a brand in camel case is no glue",
			text: "A Title For The Test Page\n\nVestBank CEO Ana Brel appears at a news conference in Tolby on Monday.\n\n" + prose(1) + "\n\nNorsoft's Tomas Wied, Calder CTO Ilse Marr, and VestBank CEO Ana Brel are expected at the harbour on Tuesday to make the announcement.\n\nNorsoft's Tomas Wied, Calder CTO Ilse Marr, and VestBank CEO Ana Brel will open the new quay, the council said on Wednesday.\n\n" + prose(2) + "\n",
			keep: []string{"are expected at the harbour on Tuesday", "will open the new quay"},
		},
		{
			name: "glued headline and blurb cards",
			text: "Latest Headlines\n[img]\nPolice Arrest Two After Fire At Old MillA man and a woman were arrested on Friday after a fire destroyed part of the old mill.\n[img]\nCouncil Approves New Budget For Harbour WorksThe council approved a new budget for the harbour on Thursday night after a long debate.\n\nA Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"Police Arrest Two", "Council Approves New Budget"},
		},
		{
			name: "prose far below the article",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n" + prose(3) + "\n" + menu(25) +
				"A dog that learned to ride the bus to the park on its own has become the best-known passenger in the city.\n",
			keep: []string{prose(1), prose(3)},
			drop: []string{"A dog that learned"},
		},
		{
			name: "article split by a gallery kept whole",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n" + menu(14) + prose(3) + "\n" + prose(4) + "\n",
			keep: []string{prose(1), prose(2), prose(3), prose(4)},
		},
		{
			name: "donation appeal",
			text: page("Your support helps us to tell the story of the valley. Our reporting stays free of paywalls because readers like you give what they can."),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Your support helps us"},
		},
		{
			name: "long donation box flattened into the lead",
			text: "A Title For The Test Page\nYour help keeps our newsroom going Read more Give Now From city hall to the river docks, our reporters are there when the news breaks. Whether it is following the money behind a council vote or filming our new series on the valley farms, we know how much it matters to separate the facts from the spin. At a time like this, we need people on the ground. Your donation lets us keep reporters on every side of a story. Unlike many other papers, we keep our journalism free of paywalls so everyone can read it, paid for by those who can afford to give. Your support makes the difference. Close Read more\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"Your help keeps our newsroom", "paywalls"},
		},
		{
			name: "metadata record: title and story text fields",
			text: "- Title: Ferry strike ends after two weeks on the northern routes\n- Date: 3rd March 2025\n- Keywords: ferry strike harbour\n- Location: PORT AVEL\n- Clip ID: FX0042\n- Story Text: The ferry crews of the northern routes went back to work on Monday after two weeks on strike, the union said.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"# Ferry strike ends after two weeks on the northern routes", "The ferry crews of the northern routes went back to work", prose(1), prose(2)},
			drop: []string{"Title:", "Story Text:", "Clip ID"},
		},
		{
			name: "metadata record: a shot list summary, the story text as paragraphs, a field glued to its end",
			text: "- Title: Ferry strike ends after two weeks on the northern routes\n- Date: 3rd March 2025\n- Summary: PORT AVEL, NORLAND (MARCH 3, 2025) (POOL) VARIOUS OF FERRIES LEAVING HARBOUR (SOUNDBITE) (Norlandic) UNION LEADER, JANE DOE, SAYING: \"We are back.\"\n- Keywords: ferry strike harbour\n- Location: PORT AVEL\n- Clip ID: FX0042\n- Story Text: The ferry crews of the northern routes went back to work on Monday after two weeks on strike, the union said.\n" + prose(1) + " - Copyright Holder: POOL (CAN SELL)\n- Copyright Notice: (c) Copyright Example Wire 2025.\n",
			keep: []string{"\nThe ferry crews of the northern routes went back to work", prose(1) + "\n"},
			drop: []string{"SOUNDBITE", "- The ferry crews", "Copyright Holder"},
		},
		{
			name: "label fields without a title are no record",
			text: page("Population: 3,000\nArea: 12 square miles\nMayor: Jane Doe\nFounded: 1820"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"# Population"},
		},
		{
			name: "a label over a list is no headline",
			text: "Key points\n- The council voted on Monday to close the old depot by the end of the year.\n- Workers at the depot will move to the new site on the harbour road.\n- The vote was eight to three, with two members absent.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"The council voted on Monday to close the old depot", "Workers at the depot will move", prose(1), prose(2)},
			drop: []string{"# Key points"},
		},
		{
			name: "a tag line in lower case above the headline is no headline",
			text: "Harbour News\n  • transport, travel and tourism\n\nFerry crews end their strike after two weeks\n\nJane Doe March 3, 2025\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{"# Ferry crews end their strike after two weeks", prose(1), prose(2)},
			drop: []string{"# transport, travel"},
		},
		{
			name: "a wrapped line carried on by a gloss in brackets",
			text: "PORT AVEL, March 3 — The harbour board said that ferry crews of the Northern Routes Company\n(NRC) have voted to end the strike that has stopped the crossings for two weeks.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"ferry crews of the Northern Routes Company (NRC) have voted to end the strike", prose(1), prose(2)},
			drop: []string{"# PORT AVEL"},
		},
		{
			name: "article on funding journalism kept",
			text: page("The foundation said its donations would fund local journalism in three towns, and that readers would not face a paywall."),
			keep: []string{prose(1), prose(2), "The foundation said its donations"},
		},
		{
			name: "read the full article at",
			text: page("Read the full article at Example News."),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Read the full article"},
		},
		{
			name: "share and follow line",
			text: page("Share this article on Facebook and X"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Share this article"},
		},
		{
			name: "journalist bio under the article",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nMaria Lopez is an experienced journalist who has covered energy markets for a decade.\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"experienced journalist"},
		},
		{
			name: "date stamp prefix",
			text: page("date 2023-10-17 The ministers met in the capital on Tuesday to agree a common line on the new rules."),
			keep: []string{"The ministers met in the capital on Tuesday to agree a common line on the new rules."},
			drop: []string{"date 2023-10-17"},
		},
		{
			name: "date stamp then wire-service prefix",
			text: page("date 2023-10-17 (Wirecorp) — The ministers met in the capital on Tuesday to agree a common line on the new rules."),
			keep: []string{"The ministers met in the capital on Tuesday to agree a common line on the new rules."},
			drop: []string{"date 2023-10-17", "(Wirecorp)"},
		},
		{
			name: "a date stamp of a year and a month glued to the headline",
			text: "date 2025-03 Storm Ana hits Port Avel, weather office says\n\n(Wirecorp) – Storm Ana struck Port Avel on Tuesday as a Category 3 storm, the Norland Weather Office said.\n\n" + prose(1) + "\n",
			keep: []string{"# Storm Ana hits Port Avel, weather office says\n", "Storm Ana struck Port Avel on Tuesday", prose(1)},
			drop: []string{"2025-03"},
		},
		{
			name: "a date stamp on the line under the headline opens a paragraph",
			text: "Storm Ana hits the southern coast of Norland\ndate 2025-03-04 Storm Ana struck Port Avel on Tuesday as a Category 3 storm, the Norland Weather Office said.\n" + prose(1) + "\n",
			keep: []string{"# Storm Ana hits the southern coast of Norland\n", "Storm Ana struck Port Avel on Tuesday", prose(1)},
			drop: []string{"2025-03-04"},
		},
		{
			name: "wire-service prefix",
			text: page("(Wirecorp) — Ministers from five countries agreed on Tuesday to pool their research on chips."),
			keep: []string{"Ministers from five countries agreed on Tuesday to pool their research on chips."},
			drop: []string{"(Wirecorp)"},
		},
		{
			name: "wire-service dateline",
			text: page("PARIS (Wirecorp) - Ministers from five countries agreed on Tuesday to pool their research on chips."),
			keep: []string{"Ministers from five countries agreed on Tuesday to pool their research on chips."},
			drop: []string{"(Wirecorp)"},
		},
		{
			name: "photo credit",
			text: page("Photo: Jane Doe / Example Agency"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Jane Doe"},
		},
		{
			name: "image keyword list",
			text: page("harbour, boats, fishing, sunrise, coast, village"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"sunrise"},
		},
		{
			name: "footnote markers",
			text: page("The group was founded as the Regional Research Network.\"1 It met again in 2024.2 Its members still meet each spring."),
			keep: []string{"Regional Research Network.\" It met again in 2024. Its members"},
			drop: []string{".\"1", "2024.2"},
		},
		{
			name: "unexpanded template",
			text: page("${facet.Name}"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"facet"},
		},
		{
			name: "see all results",
			text: page("See all results"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"See all results"},
		},
		{
			name: "go to content",
			text: "Go to content\n" + page("Share this"),
			keep: []string{prose(1)},
			drop: []string{"Go to content"},
		},
		{
			name: "related stories list",
			text: page("More stories") + "Why the river keeps rising\nA new bridge for the old town\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"More stories", "river keeps rising"},
		},
		{
			name: "hard-wrapped lines",
			text: "A Title For The Test Page\n\nThe ministers met on Tuesday in the capital to agree on a common\nline for the new rules on exports, which take effect in\nMarch, officials said.\n\nThey will meet again in the spring.\n",
			keep: []string{"to agree on a common line for the new rules on exports, which take effect in March, officials said."},
			drop: []string{"common.", "common\n"},
		},
		{
			name: "lines wrapped in a narrow column",
			text: "A Title For The Test Page\nSeptember 18, 2024Harbour News\nshare\nPORT AVEL (Wirecorp)\nThe harbour council voted\nto close the old quay by\nan unusually large margin\non Tuesday, a sharp turn\nafter two years of debate\nthat split the town.\n" + prose(1) + "\n",
			keep: []string{"The harbour council voted to close the old quay by an unusually large margin on Tuesday, a sharp turn after two years of debate that split the town.", prose(1)},
			drop: []string{"Harbour News share"},
		},
		{
			name: "markdown input",
			text: "# A Title For The Test Page\n\n## What was agreed\n\n" + prose(1) + "\n\n- The first bank joins in May, with a share of ten per cent.\n- The second bank joins in June, with a share of eight per cent.\n- A third bank may follow later in the year.\n\n1. Brazil ranks first.\n2. India ranks second.\n\n" + prose(2) + "\n",
			keep: []string{"# A Title For The Test Page", "## What was agreed", "- The first bank joins in May", "- A third bank may follow", "1. Brazil ranks first.", "2. India ranks second."},
			drop: []string{"# #", "- -"},
		},
		{
			name: "hard-wrapped lines, a name opening a line, a heading under them",
			text: "A Title For The Test Page\n\nThe growers' survey of the valley was carried out over two weeks\nof May by the regional fruit institute, whose report was published on Tuesday with the Hessen\nFruit Institute and the farmers' union of the lower valley, said\nGreta Lindqvist, who chairs the growers' association.\nFrost protection\nSome growers ran sprinklers through both nights to coat the blossom in\nice, which protects it from the colder air of the valley floor.\n",
			keep: []string{"published on Tuesday with the Hessen Fruit Institute and the farmers' union of the lower valley, said Greta Lindqvist, who chairs", "## Frost protection", "coat the blossom in ice, which protects"},
			drop: []string{"association. Frost"},
		},
		{
			name: "quoted hard-wrapped lines",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n> The growers in the lower valley have moved their herds to the high\n> pastures a month earlier than usual, according to the farming union,\n> which counted forty farms that changed their plans.\n\n" + prose(2) + "\n",
			keep: []string{"to the high pastures a month earlier than usual, according to the farming union, which counted forty farms"},
			drop: []string{">"},
		},
		{
			name: "markdown title, inline marks and prose before the first heading",
			text: "# A Title For The Test Page\n\n" + prose(1) + "\n\nThe **old mill** on the river reopened on Saturday, the council said in a [statement](https://example.org/s), after _two years_ of repairs.\n\n## What was repaired\n\n" + prose(2) + "\n",
			keep: []string{"# A Title For The Test Page", "The old mill on the river reopened on Saturday, the council said in a statement, after two years of repairs.", "## What was repaired"},
			drop: []string{"**", "](", "_two"},
		},
		{
			name: "truncated end",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThe ministers said the talks would resume in the spring, once the two sides had agreed on the terms of a new US technolo\n",
			keep: []string{"US technolo"},
			drop: []string{"technolo."},
			cut:  4,
		},
		{
			name: "short truncated end kept as cut",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nOriginally made up of five members, the group later expanded\n",
			keep: []string{"the group later expanded"},
			cut:  4,
		},
		{
			name: "signpost run into a paragraph",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe harbour at Port Avel closed on Monday after the storm broke the sea wall in two places. Our live blog below has the latest on the closure.\n" + prose(2) + "\n",
			keep: []string{"broke the sea wall in two places."},
			drop: []string{"live blog below"},
		},
		{
			name: "a box label glued to its first line",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe Brief Harbour crews reopened the Port Avel ferry terminal on Monday, two days after the storm broke the sea wall.\n" + prose(2) + "\n",
			keep: []string{"\nHarbour crews reopened the Port Avel ferry terminal"},
			drop: []string{"The Brief"},
		},
		{
			name: "a sub-heading in capitals run into a paragraph",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe harbour at Port Avel closed on Monday after the storm broke the sea wall. WHAT HAPPENED TO THE FERRIES? Will the wall hold? Nobody at the NHA would say.\n" + prose(2) + "\n",
			keep: []string{"broke the sea wall. Will the wall hold? Nobody at the NHA would say."},
			drop: []string{"WHAT HAPPENED"},
		},
		{
			name: "list items a blank line apart under a lead-in",
			text: "A Title For The Test Page\n" + prose(1) + "\n\nWho was aboard the ferry?\n\nThere were three boats in the search that night:\n\nTwo ferries from Calder\n\nThe harbour tug of Port Avel\n\nA lifeboat from Tolby\n\n" + prose(2) + "\n",
			keep: []string{"night:\n\n- Two ferries from Calder\n\n- The harbour tug of Port Avel\n\n- A lifeboat from Tolby"},
			drop: []string{"## The harbour", "## A lifeboat"},
		},
		{
			name: "agencies credited after the last sentence",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe king of Norland has sent his condolences to the mayor of Port Avel. (AP, AFP)\n" + prose(2) + "\n",
			keep: []string{"\nThe king of Norland has sent his condolences to the mayor of Port Avel.\n"},
			drop: []string{"(AP, AFP)"},
		},
		{
			name: "a question-and-answer label glued to its answer",
			text: "A Title For The Test Page\n" + prose(1) + "\nQuick Answer: The new ferry to Calder was announced on Monday and will sail from the harbour at Port Avel in May.\n" + prose(2) + "\n",
			keep: []string{"\nThe new ferry to Calder was announced on Monday"},
			drop: []string{"Quick Answer"},
		},
		{
			name: "characters a dump could not decode",
			text: "A Title For The Test Page\n" + prose(1) + "\n????????????On Monday the harbour at Port Avel closed after the storm \ufffd\ufffd broke the sea wall. Will it reopen? Nobody knows.\n" + prose(2) + "\n",
			keep: []string{"\nOn Monday the harbour at Port Avel closed after the storm broke the sea wall. Will it reopen? Nobody knows."},
			drop: []string{"??", "\ufffd"},
		},
		{
			name: "end cut with an ellipsis",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nFacing falling support in the port towns, the mayor has dropped her plan for a new ferry to Calder and the islands against former…\n",
			keep: []string{"against former"},
			cut:  4,
		},
		{
			name: "end cut with three dots",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nFacing falling support in the port towns, the mayor has dropped her plan for a new ferry to Calder and the islands, and...\n",
			keep: []string{"the islands, and"},
			cut:  4,
		},
		{
			name: "a sentence that trails off is not cut",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThe ferry to Calder will not sail before Friday, the harbour master said. And after that, nobody knows.…\n",
			keep: []string{"nobody knows"},
		},
		{
			name: "finished end is not cut",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{prose(2)},
		},
		{
			name: "list under a lead-in kept",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThe dates of the tour are:\nJune 9 -- City Hall, Leeds\nJune 12 -- Corn Exchange, Bath\nJune 14 -- The Dome, Brighton\n\n" + menu(3),
			keep: []string{"The dates of the tour are:", "June 9 -- City Hall, Leeds", "June 14 -- The Dome, Brighton"},
			drop: []string{"Home a"},
		},
		{
			name: "author box closes the article",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n" + prose(3) + "\nDana Whitfield\nDana Whitfield is a freelance writer living in Leeds.\nWant more stories like this?\nThe floods came early this year, and the town was not ready for the water that reached the market square.\n",
			keep: []string{prose(3)},
			drop: []string{"Dana Whitfield", "The floods came early"},
		},
		{
			name: "read the full article at, closing a paragraph",
			text: "A Title For The Test Page\nThe fund has announced a new partnership between the members of the group. Read Full Article at Example.com.\n" + prose(1) + "\n",
			keep: []string{"The fund has announced a new partnership between the members of the group."},
			drop: []string{"Read Full Article"},
		},
		{
			name: "article written as a list",
			text: "A Title For The Test Page\nThe ministers agreed on a plan for the region's banks and markets on Tuesday.\n- The largest bank leads the market with a share of about a third of all loans\n- Its chief executive said the bank would open twenty new branches in the north\n- The second bank holds a share of about a fifth and plans to merge with a rival\nThe state of the market: Smaller lenders hold the remaining share of loans across the country.\n- Two of the smaller lenders have asked the regulator for a licence to trade abroad\n- A third is expected to close its branches in the south by the end of the year\n",
			keep: []string{"- The largest bank leads the market", "- Its chief executive said", "- The second bank holds", "Smaller lenders hold the remaining share", "- Two of the smaller lenders", "- A third is expected"},
		},
		{
			name: "headlines under a list header dropped",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nMore stories\n- Man rescued from the river after the storm hits the coast\n- Council votes to close the old library on the high street\n",
			keep: []string{prose(2)},
			drop: []string{"Man rescued", "Council votes"},
		},
		{
			name: "live blog updates are not story cards",
			text: "A Title For The Test Page\n" + prose(1) + "\n___\n4:14 p.m.\nThe transit chief says the line will reopen in the evening after the police have finished their work.\n" + prose(2) + "\n___\n3:02 p.m.\nThe police say one man has been arrested near the station and will appear in court on Monday morning.\n" + prose(3) + "\n",
			keep: []string{"The transit chief says the line will reopen", "The police say one man has been arrested"},
		},
		{
			name: "copyright reuse notice",
			text: page("This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without the written permission."),
			keep: []string{prose(1), prose(2)},
			drop: []string{"subject to copyright"},
		},
		{
			name: "headline printed again below",
			text: "Storm Closes The Harbour For A Week\n" + prose(1) + "\n" + prose(2) + "\nStorm Closes The Harbour For A Week\n" + prose(3) + "\n",
			keep: []string{prose(3)},
			drop: []string{"\n## Storm Closes"},
		},
		{
			name: "a caption with its credit is no headline",
			text: "Council Votes To Close The Old Quay\n\nThe vote ends a year of debate in the town.\nCouncil Votes To Close The Old Quay\nThe mayor speaks to reporters in Port Avel on March 3, 2025. Jane DOE / AFP\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"# Council Votes To Close The Old Quay\n", prose(1)},
			drop: []string{"Jane DOE", "# The mayor"},
		},
		{
			name: "headings after the last paragraph",
			text: "A Title For The Test Page\nJane Doe\nUpdated:\n" + prose(1) + "\n" + prose(2) + "\nJane Doe\nJane Doe\nAuthor\nJane Doe has been writing about harbours and shipping for more than a decade.\n",
			keep: []string{prose(1), prose(2)},
			drop: []string{"Author", "has been writing"},
		},
		{
			name: "a wire flash of two sentences crowded with names",
			text: "date 2025-03-04 BREAKING NEWS\nStorm Ana Hits Port Avel As Category 3 Hurricane\n- Storm Ana struck Port Avel, Norland, on Tuesday as a Category 3 storm, according to the Norland Weather Office.\nAna was located about 115 miles (185 km) southwest of Kelby, with maximum sustained winds of 120 mph (205 kph), the forecaster said\n",
			keep: []string{"# Storm Ana Hits Port Avel As Category 3 Hurricane\n", "Storm Ana struck Port Avel", "the forecaster said"},
			drop: []string{"BREAKING"},
			cut:  4,
		},
		{
			name: "a breadcrumb of the site, the section and the headline above the headline",
			text: "- Harbour Gazette\n- Posts\n- Storm Tears Roof Off Harbour Hall\nStorm Tears Roof Off Harbour Hall\nGales rage along the coast, leaving damage in their wake.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"# Storm Tears Roof Off Harbour Hall\n", prose(1)},
			drop: []string{"Harbour Gazette", "Posts"},
		},
		{
			name: "two headlines with a colon are no fact box",
			text: "Live updates: Harbour vote results | Example News\n\nLate vote: Council closes the old quay after a year of debate\n\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"# Late vote: Council closes the old quay after a year of debate\n", prose(1)},
			drop: []string{"Live updates"},
		},
		{
			name: "an embedded post's attribution is no heading",
			text: "A Title For The Test Page\n" + prose(1) + "\nRoof repairs at the harbour hall are well underway! The first of 24 new roof panels is being installed this week.\nStay tuned for more updates, Port Avel! pic.example.com/AbC123\n— Port Avel Council (@PortAvel) March 3, 2025\n" + prose(2) + "\n",
			keep: []string{"\n— Port Avel Council (@PortAvel) March 3, 2025\n", prose(2)},
			drop: []string{"## — Port Avel"},
		},
		{
			name: "one account's posts embedded twice, each with its attribution",
			text: "A Title For The Test Page\n" + prose(1) + "\n\n    The harbour hall roof is fixed and the quay reopens on Monday, the council said this morning. pic.example.com/AbC123\n\n    — Port Avel Council (@PortAvel) March 3, 2025\n\n" + prose(2) + "\n\n    The ferry to Kelby runs again from Tuesday, with extra sailings all week for the backlog. pic.example.com/XyZ789\n\n    — Port Avel Council (@PortAvel) March 4, 2025\n\n" + prose(3) + "\n",
			keep: []string{"— Port Avel Council (@PortAvel) March 3, 2025\n", "— Port Avel Council (@PortAvel) March 4, 2025\n", prose(3)},
		},
		{
			name: "a hover card printed into a sentence after a name",
			text: page("Councillor Jane Doe[doejane_03]Jane DoeCouncil backs harbour plan | Ferry strike ends after two weeks Quay to reopen on Monday MORE (Harbour Party) said on Tuesday that the vote was close."),
			keep: []string{"Councillor Jane Doe (Harbour Party) said on Tuesday that the vote was close."},
			drop: []string{"doejane_03", "Ferry strike", "MORE"},
		},
		{
			name: "a teaser above the site's header is not the headline",
			text: "Harbour Prices Hit A New High In Port Avel\n\nExampleGazette.com\n\nprint header logo https://www.example.com/news/article/quay-vote-123.php\n\nCouncil Votes To Close The Old Quay\n\nBy Jane Doe, Staff Writer\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{"# Council Votes To Close The Old Quay\n", prose(1)},
			drop: []string{"Harbour Prices"},
		},
		{
			name: "the title of a reprint under its label",
			text: "Original article: Storm Closes The Harbour For A Week\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{"# Storm Closes The Harbour For A Week\n", prose(1), prose(2)},
			drop: []string{"Original article"},
		},
		{
			name: "a ticker table inside the article",
			text: "Harbour Company Shares Fall After Results\n\nBy Jane Doe\n\nContinue Reading Below\n\nTicker    Company             Last    Change\nHBR       HARBOUR CO.         12.40   -0.35\nQAY       QUAY LTD.           8.10    +0.12\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{"\nHBR HARBOUR CO. 12.40 -0.35\n", "\nQAY QUAY LTD. 8.10 +0.12\n", prose(1)},
		},
		{
			name: "a market banner above the headline is no table of the article",
			text: "DOW       34,000    +0.3%\nNASDAQ    12,000    -0.1%\n\nCouncil Votes To Close The Old Quay\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{"# Council Votes To Close The Old Quay\n", prose(1)},
			drop: []string{"NASDAQ"},
		},
		{
			name: "an update notice run into the last paragraph",
			text: page("The council will meet again on Friday, officials said in an update.This article may be updated."),
			keep: []string{"The council will meet again on Friday, officials said in an update.\n"},
			drop: []string{"may be updated"},
		},
		{
			name: "a video promo run into the lead paragraph",
			text: page("The storm reached the coast near Port Avel at 8:31 p.m. Watch live coverage in the video player above."),
			keep: []string{"The storm reached the coast near Port Avel at 8:31 p.m.\n"},
			drop: []string{"video player"},
		},
		{
			name: "a live stream promo closing a paragraph",
			text: page("Crews worked through the night to restore power, the utility said. Watch the live stream below."),
			keep: []string{"Crews worked through the night to restore power, the utility said.\n"},
			drop: []string{"live stream"},
		},
		{
			name: "icon placeholders",
			text: page("[facebook-icon] [twitter-icon] [email-icon]"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"facebook-icon"},
		},
		{
			name: "market data notice",
			text: page("Quotes delayed at least 15 minutes. Market data provided by Example Data Ltd."),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Quotes delayed"},
		},
		{
			name: "byline as name and role",
			text: "A Title For The Test Page\nJane Doe, Staff Writer\n" + prose(1) + "\n",
			keep: []string{prose(1)},
			drop: []string{"Staff Writer"},
		},
		{
			name: "date then byline",
			text: "A Title For The Test Page\n11/19/2019 by Jane Doe\n" + prose(1) + "\n",
			keep: []string{prose(1)},
			drop: []string{"by Jane Doe"},
		},
		{
			name: "also on the site's domain",
			text: page("Also on example.com Ministers agree a plan for the harbour after months of talks"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Also on example.com"},
		},
		{
			name: "gallery counter",
			text: page("Image 1 of 5"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Image 1 of 5"},
		},
		{
			name: "full-story link closing a paragraph",
			text: "A Title For The Test Page\nThe bank left its key rates unchanged for the seventh quarter in a row, officials said [FULL STORY]\n" + prose(1) + "\n",
			keep: []string{"for the seventh quarter in a row, officials said"},
			drop: []string{"FULL STORY"},
		},
		{
			name: "paragraph between two click-here promos kept",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nGET THE APP ON THE GO BY CLICKING HERE\nThe shares are up 39 percent this year, against 24 percent for the index.\nREAD MORE STORIES BY CLICKING HERE\n",
			keep: []string{"The shares are up 39 percent this year"},
			drop: []string{"CLICKING HERE"},
		},
		{
			name: "product cards under a buying guide",
			text: "The Best Kettles To Buy This Winter\n" + prose(1) + "\n" + prose(2) + "\n" +
				card("Steel Kettle", "Boils a full jug in under three minutes", "Keeps the water warm for an hour", "$39.99") +
				card("Glass Kettle", "Lights up blue while it boils", "Has a filter that lifts out for cleaning", "$24.50") +
				card("Travel Kettle", "Folds flat to fit in a bag", "Works on both voltages", "Price not given by the shop") +
				"Privacy Policy | Terms of Use\n",
			keep: []string{"## Steel Kettle", "- Boils a full jug", "- Works on both voltages", "$24.50", "Glass Kettle (two colours)"},
			drop: []string{"Buy now", "Sold by Example Shop", "[kettle-image]", "Privacy Policy"},
		},
		{
			name: "short menus under headings are not product cards",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nSections\n- News\n- Sport\nMore\n- Weather\n- Travel\n",
			keep: []string{prose(2)},
			drop: []string{"News", "Travel"},
		},
		{
			name: "list of label: value items kept",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nThe finalists\n\n- Leeds (North): third final\n- Hull (East): first final\n- York (North): fifth final\n- Bath (West): second final\n\nPrivacy Policy | Terms of Use\n",
			keep: []string{"## The finalists", "- Leeds (North): third final", "- Bath (West): second final"},
			drop: []string{"Privacy Policy"},
		},
		{
			name: "links that repeat their label are not a data list",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\n\n- Video: Storm hits the coast\n- Video: Council votes on the budget\n- Video: The bridge opens\n",
			keep: []string{prose(2)},
			drop: []string{"Storm hits", "The bridge opens"},
		},
		{
			name: "author box with role and bio",
			text: "A Title For The Test Page\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\n" + prose(3) + "\n\nJane Doe\nSports Writer\nfollow\n\nJane Doe is an award-winning writer based in Leeds who has covered rugby league for a decade.\n",
			keep: []string{prose(3)},
			drop: []string{"award-winning writer", "Sports Writer"},
		},
		{
			name: "lead under its own video caption kept",
			text: "A Title For The Test Page\nA short standfirst about the ferry and what it means.\nBy Jane Doe\n[ferry-video]\n\nA video shows the moment the last ferry left the harbour on Monday night (Published Monday, 3 March)\n\n\nA video shows the moment the last ferry left the harbour on Monday night.\n\n" + prose(1) + "\n",
			keep: []string{"\nA video shows the moment the last ferry left the harbour on Monday night.\n", prose(1)},
			drop: []string{"(Published Monday"},
		},
		{
			name: "a line with a web address is no headline",
			text: "Home | News | Sport\nprint header logo https://example.com/news/harbour-closes-1234.php\nStorm closes the harbour for a week\nBy Jane Doe\n" + prose(1) + "\n",
			keep: []string{"# Storm closes the harbour for a week\n", prose(1)},
			drop: []string{"https://example.com"},
		},
		{
			name: "image file name",
			text: page("harbour-at-dawn_0042.jpg?w=1024"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"harbour-at-dawn"},
		},
		{
			name: "agency and photographer credit",
			text: page("[IMG]\nThe ferry leaves the harbour at dawn on its last crossing of the season, watched by a small crowd on the quay.\nExample Agency/Jane Doe"),
			keep: []string{prose(1), prose(2)},
			drop: []string{"Example Agency/Jane Doe"},
		},
		{
			name: "ad-blocker notice",
			text: closing("Adblock Detected\n\nPlease turn off your ad blocker and reload the page to read the rest of our stories."),
			keep: []string{prose(2)},
			drop: []string{"Adblock Detected", "turn off your ad blocker"},
		},
		{
			name: "byline of names and an outlet",
			text: "News\n/\nWorld\nStorm closes the harbour for a week\nJane Doe and John Roe, Example News on\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"# Storm closes the harbour for a week\n", prose(1)},
			drop: []string{"Example News on"},
		},
		{
			name: "headline cards with blurbs under a list header",
			text: "A Title For The Test Page\n" + prose(1) + "\n" + prose(2) + "\nLatest guides\n-\nA Guide To Harbour Safety — Example Site\nWhat every skipper should check before leaving the harbour in winter, from tides to radio calls.\n-\nA Guide To Winter Moorings — Example Site\nHow to choose a mooring that holds in a storm, and what the harbour master expects of you.\n",
			keep: []string{prose(2)},
			drop: []string{"Harbour Safety", "Winter Moorings", "What every skipper"},
		},
		{
			name: "share icons printed twice are no headline",
			text: "Home | News | Sport\nStorm closes the harbour for a week\n[facebook-i] [twitter-ic] [email-icon] [print-icon]\nBy Jane Doe\n" + prose(1) + "\n" + prose(2) + "\n[facebook-i] [twitter-ic] [email-icon] [print-icon]\n",
			keep: []string{"# Storm closes the harbour for a week\n", prose(1)},
			drop: []string{"facebook-i"},
		},
		{
			name: "news photo caption opening 'In this ... photo'",
			text: "Storm closes the harbour for a week\nIn this March 3, 2025, file photo, a ferry leaves the harbour at dawn, watched by a small crowd on the quay.\nBy Jane Doe\n" + prose(1) + "\n",
			keep: []string{"# Storm closes the harbour for a week\n", prose(1)},
			drop: []string{"file photo"},
		},
		{
			name: "wire dateline with the agency between slashes",
			text: "A Title For The Test Page\nLEEDS, March 3. /Example Wire/. The council voted on Monday to close the old depot, officials said.\n" + prose(1) + "\n",
			keep: []string{"The council voted on Monday to close the old depot, officials said.", prose(1)},
			drop: []string{"/Example Wire/", "LEEDS, March 3."},
		},
		{
			name: "excerpt mark closing a paragraph",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe council voted on Monday to close the old depot, and officials said the site would be sold to […] More\n" + prose(2) + "\n",
			keep: []string{"officials said the site would be sold to\n", prose(2)},
			drop: []string{"[…]", "More\n"},
			cut:  3,
		},
		{
			name: "page header, caption and promotion run into a one-line page",
			text: "Weather Weather News Storms Storm Closes The Harbour At Port Ellin For A Week The ferry will not sail until Friday By Jane Doe Jane Doe Jane Doe is a Weather Writer for EXAMPLE. She has covered the coast for ten years. Example Editorial Guidelines Published on March 3, 2025 08:38PM EDT Comments A fishing boat rides out the swell by the harbour wall. Photo: JOHN ROE/AFP via Getty The storm closed the harbour at Port Ellin on Tuesday, the council said. " + prose(1) + " Never miss a story — sign up for EXAMPLE's free daily newsletter to stay up-to-date on the best of what EXAMPLE has to offer. " + prose(2) + "\n",
			keep: []string{"The storm closed the harbour at Port Ellin on Tuesday, the council said. " + prose(1) + " " + prose(2)},
			drop: []string{"Weather News", "Jane Doe", "Editorial Guidelines", "Published on", "A fishing boat rides", "Photo:", "Never miss", "newsletter"},
		},
		{
			name: "caption and credit run into a paragraph",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe council met on Monday night. Ministers leave the hall after the vote. Image: Getty Images The vote was close, officials said, and a second vote is due next week.\n" + prose(2) + "\n",
			keep: []string{"The council met on Monday night. The vote was close, officials said", prose(2)},
			drop: []string{"Ministers leave the hall", "Getty"},
		},
		{
			name: "agency caption run into the lede",
			text: "A Title For The Test Page\nHarbour board chair Jane Doe speaks during a meeting of the board at the Old Customs House on March 3, 2025 in Port Ellin, Norland. The board voted on Tuesday to close the harbour for a week, officials said.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"The board voted on Tuesday to close the harbour for a week, officials said.", prose(1)},
			drop: []string{"speaks during a meeting"},
		},
		{
			name: "report of a dated event kept",
			text: "A Title For The Test Page\nHarbour board chair Jane Doe signed the agreement with the ferry company on March 3, 2025 in Port Ellin, Norland. The board voted on Tuesday to close the harbour for a week, officials said.\n" + prose(1) + "\n" + prose(2) + "\n",
			keep: []string{"Jane Doe signed the agreement", "The board voted on Tuesday"},
		},
		{
			name: "heading stacked over a heading in the body",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nWestmarch Dominate First Half\n\nRuritania lucky to be level at the break\n\n" + prose(3) + "\n\n" + prose(4) + "\n",
			keep: []string{"## Westmarch Dominate First Half\n", "## Ruritania lucky to be level at the break\n", prose(3)},
		},
		{
			name: "video promotion over a heading is no heading",
			text: "A Title For The Test Page\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nHear the harbour master explain the closure 01:24 - Source: Example News\n\nWhat the closure means for crews\n\n" + prose(3) + "\n\n" + prose(4) + "\n",
			keep: []string{"## What the closure means for crews\n", prose(3)},
			drop: []string{"## Hear the harbour master"},
		},
		{
			name: "line over the first heading of a page is no heading",
			text: "Home News Sport Weather\n\nLatest From The Coast Desk\n\nStorm closes the harbour for a week\n\n" + prose(1) + "\n\n" + prose(2) + "\n",
			keep: []string{prose(1)},
			drop: []string{"Latest From The Coast Desk"},
		},
		{
			name: "quote marks escaped as in a script",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe board called the vote \\\\\"a turning point for the harbour,\\\\\" and the mayor said it was \\'overdue\\'.\n" + prose(2) + "\n",
			keep: []string{"The board called the vote \"a turning point for the harbour,\" and the mayor said it was 'overdue'."},
			drop: []string{"\\"},
		},
		{
			name: "a story about newsletters and dates kept",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe council said readers can sign up for its free newsletter now. The report was published on March 3, 2025 after a long delay. " + prose(2) + "\n" + prose(3) + "\n",
			keep: []string{"The council said readers can sign up for its free newsletter now.", "The report was published on March 3, 2025 after a long delay."},
		},
		{
			name: "camel-case name in prose kept",
			text: "A Title For The Test Page\n" + prose(1) + "\nThe company said its PlayStation sales rose by a third in the year to March, helped by new games.\n" + prose(2) + "\n",
			keep: []string{"PlayStation sales rose"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustExtract(t, "p.txt", tt.text)
			md := a.Markdown()
			for _, k := range tt.keep {
				if !strings.Contains(md, k) {
					t.Errorf("lost %q\n%s", k, dumpBlocks(a))
				}
			}
			for _, b := range a.Blocks {
				if b.Cut != (b.Line == tt.cut) {
					t.Errorf("block %v: cut = %v, want %v", b, b.Cut, !b.Cut)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(md, d) {
					t.Errorf("kept %q\n%s", d, dumpBlocks(a))
				}
			}
		})
	}
}

func TestISODate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2023-10-17", "2023-10-17"},
		{"Tuesday 4 February 2025", "2025-02-04"},
		{"November 19, 2019", "2019-11-19"},
		{"March 3rd, 2025", "2025-03-03"},
		{"Nov. 18, 2019", "2019-11-18"},
		{"18 Feb, 2025", "2025-02-18"},
		{"Thu, 18 July 2024", "2024-07-18"},
		{"March 2025", ""},
		{"03/04/2025", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ISODate(tt.in); got != tt.want {
			t.Errorf("ISODate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAuthorBoxEnd checks that an author box closing the article (the
// author's name, then a bio that opens with it) ends the article, however
// the passes before read the bio: as a paragraph, or as a subheading over
// the newsletter promo under it.
func TestAuthorBoxEnd(t *testing.T) {
	body := func(bio Kind) []Block {
		bs := []Block{{Kind: Paragraph, Text: prose(1)}, {Kind: Paragraph, Text: prose(2)}, {Kind: Paragraph, Text: prose(3)},
			{Kind: Paragraph, Text: "Mara Lindqvist"}, {Kind: bio, Text: "Mara Lindqvist is a reporter for Example News covering the coast"},
			{Kind: Paragraph, Text: "Want more stories like this?"}}
		return bs
	}
	for _, bio := range []Kind{Paragraph, Heading} {
		t.Run(string(bio), func(t *testing.T) {
			bs := body(bio)
			markAuthorBoxEnd(bs)
			for i, b := range bs {
				if want := i >= 3; (b.Kind == Furniture) != want {
					t.Errorf("block %d %v: furniture = %v, want %v", i, b, b.Kind == Furniture, want)
				}
			}
		})
	}
}
