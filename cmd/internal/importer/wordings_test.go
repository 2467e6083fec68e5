package importer

// Reports of one event in other words than each other's: the event verb
// differs ("made landfall", "came ashore", "slammed into"; "approved",
// "gave the green light to", "cleared"), and so does the figure's unit
// ("50 basis points", "half a percentage point", "a half-point cut").

// Four reports of one landfall, each with its own verb, order and
// furniture; one gives a distance the others lack.
var vessaSeeds = map[string]string{
	"p_bulletin.txt": `Storm Vessa batters the Calder coast
Calder Bulletin
Storm Vessa made landfall near Port Alder on Tuesday night as a Category 3 storm with 115 mph winds.
Schools across the county will stay closed until Friday.
Follow us for live updates
`,
	"q_tribune.txt": `Vessa comes ashore
By Nell Ward
Storm Vessa came ashore near Port Alder late on Tuesday, packing winds of 115 mph, about 60 miles south of Dunmere.
The harbour master ordered every fishing boat to stay in port.
`,
	"r_wire.txt": `Category 3 storm hits Calder
(Wire) — Storm Vessa slammed into the coast near Port Alder on Tuesday night, a Category 3 storm, forecasters said.
About 200,000 homes lost power across the region, the utility said.
`,
	"s_radio.txt": `Listen live
Vessa strikes Port Alder
The Category 3 Storm Vessa struck near Port Alder on Tuesday night.
Volunteers filled sandbags at the town hall through the evening.
`,
}

var vessaFacts = []fixtureFact{
	{"the landfall", [][]string{{"Vessa"}, {"made landfall", "came ashore", "slammed into", "struck"}, {"Port Alder"}}, []string{"p_bulletin", "q_tribune", "r_wire", "s_radio"}},
	{"its distance", [][]string{{"60 miles south of Dunmere"}}, []string{"q_tribune"}},
	{"the schools", [][]string{{"Schools"}}, []string{"p_bulletin"}},
	{"the boats", [][]string{{"fishing boat"}}, []string{"q_tribune"}},
	{"the power cuts", [][]string{{"200,000"}}, []string{"r_wire"}},
	{"the sandbags", [][]string{{"sandbags"}}, []string{"s_radio"}},
}

// Three reports of one approval, in three verbs.
var velaSeeds = map[string]string{
	"t_health.txt": `Regulator approves Vela K9 inhaler
Health Desk
The Norland Medicines Board approved the Vela K9 asthma inhaler made by Orrin Labs on Thursday.
Doctors expect the first prescriptions in March.
`,
	"u_daily.txt": `Green light for Orrin's inhaler
The Norland Medicines Board gave the green light to Orrin Labs' Vela K9 inhaler on Thursday, after a two-year review.
Shares of Orrin Labs rose 8 percent in early trading on the news.
Sign up for our health newsletter
`,
	"v_wire.txt": `Vela K9 cleared
(Wire) — Orrin Labs' Vela K9 asthma inhaler was cleared by the Norland Medicines Board on Thursday, the company said.
The inhaler will cost 40 euros a month.
`,
}

var velaFacts = []fixtureFact{
	{"the approval", [][]string{{"Vela K9"}, {"approved", "green light", "cleared"}}, []string{"t_health", "u_daily", "v_wire"}},
	{"the review", [][]string{{"two-year review"}}, []string{"u_daily"}},
	{"the prescriptions", [][]string{{"prescriptions"}}, []string{"t_health"}},
	{"the shares", [][]string{{"8 percent"}}, []string{"u_daily"}},
	{"the price", [][]string{{"40 euros"}}, []string{"v_wire"}},
}

// Three reports of one rate cut, its size in three units.
var cutSeeds = map[string]string{
	"w_markets.txt": `Norland central bank cuts rates
Markets Today
The Bank of Norland cut its key interest rate by 50 basis points on Wednesday, to 3.5 percent.
Mortgage lenders are expected to follow within days.
`,
	"x_gazette.txt": `A big cut from the Bank of Norland
The Bank of Norland lowered its key interest rate by half a percentage point on Wednesday.
Governor Ilse Marr said inflation had fallen faster than expected.
`,
	"y_wire.txt": `Bank of Norland makes half-point cut
(Wire) — The Bank of Norland delivered a half-point cut to its key interest rate on Wednesday, its first cut in four years.
Read more: markets
`,
}

var cutFacts = []fixtureFact{
	{"the cut", [][]string{{"Bank of Norland"}, {"50 basis points", "half a percentage point", "half-point"}}, []string{"w_markets", "x_gazette", "y_wire"}},
	{"the new rate", [][]string{{"3.5 percent"}}, []string{"w_markets"}},
	{"the first in four years", [][]string{{"four years"}}, []string{"y_wire"}},
	{"the lenders", [][]string{{"Mortgage"}}, []string{"w_markets"}},
	{"the governor", [][]string{{"inflation"}}, []string{"x_gazette"}},
}

// Near misses of the three events above: told alike, but another day and
// place, another size of cut, the opposite decision. Each stays its own fact.
var nearMissSeeds = map[string]string{
	"n_bulletin.txt": `Storm Vessa reaches Calder
Calder Bulletin
Storm Vessa made landfall near Port Alder on Tuesday night as a Category 3 storm with 115 mph winds.
The Bank of Norland cut its key interest rate by 50 basis points on Wednesday.
Volunteers filled sandbags at the town hall through the evening.
`,
	"m_health.txt": `Regulator approves Vela K9 inhaler
Health Desk
The Norland Medicines Board approved the Vela K9 asthma inhaler made by Orrin Labs on Thursday.
Doctors expect the first prescriptions in March.
`,
	"l_daily.txt": `Ostland rejects Orrin's inhaler
The Ostland Drug Agency rejected Orrin Labs' Vela K9 asthma inhaler on Monday, after a two-year review.
Shares of Orrin Labs fell 8 percent in early trading on the news.
`,
	"o_tribune.txt": `Storm Orla comes ashore
By Nell Ward
Storm Orla came ashore near Kessa Bay on Saturday, a Category 1 storm with 80 mph winds.
The Bank of Ostland cut its key interest rate by 25 basis points on Friday.
The harbour master ordered every fishing boat to stay in port.
`,
}

var nearMissFacts = []fixtureFact{
	{"the Tuesday landfall", [][]string{{"Port Alder"}, {"Tuesday"}}, []string{"n_bulletin"}},
	{"the Saturday landfall", [][]string{{"Kessa Bay"}, {"Saturday"}}, []string{"o_tribune"}},
	{"the 50-point cut", [][]string{{"50 basis points"}}, []string{"n_bulletin"}},
	{"the 25-point cut", [][]string{{"25 basis points"}}, []string{"o_tribune"}},
	{"the approval", [][]string{{"approved"}}, []string{"m_health"}},
	{"the rejection", [][]string{{"rejected"}}, []string{"l_daily"}},
}
