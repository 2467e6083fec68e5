package text

// The words of a publication's name and of its credit lines: what lets
// extraction tell "The Norland Herald" (an outlet) from "Jane Doe" (a
// person) in a byline, and "(UPDATE)" (a label) from "(NNA)" (an agency)
// before a lead.

// OutletWord reports whether the lower-case word w is a kind of
// publication, as outlets name themselves ("Herald", "Times", "Radio"): a
// person's name holds none.
func OutletWord(w string) bool { return outletWords[w] }

var outletWords = toSet(`news times post herald journal daily weekly radio tv television press tribune
gazette chronicle telegraph express mail star sun observer review magazine media network networks
broadcasting broadcast wire agency online today courier sentinel standard guardian monitor bulletin
digest insider register examiner dispatch globe mirror independent economist reporter record leader
inquirer informer advertiser argus bureau channel newswire newspaper newspapers publishing publications
gazeta times-union world business financial`)

// NewsroomWord reports whether the lower-case word w names a newsroom
// rather than a writer, as a byline credits one: "Norland Post News Desk",
// "Example Wire Staff".
func NewsroomWord(w string) bool { return newsroomWords[w] }

var newsroomWords = toSet(`desk staff bureau newsroom`)

// LabelWord reports whether the lower-case word w is a label a page sets in
// brackets or capitals before a story ("(UPDATE)", "(VIDEO)", "LIVE"),
// which is no agency.
func LabelWord(w string) bool { return labelWords[w] }

var labelWords = toSet(`update updated updates video videos photo photos picture pictures watch live lead
exclusive breaking opinion analysis explainer sponsored advertisement ad ads podcast audio listen
interview editorial correction corrected recap preview review graphic graphics map maps gallery
urgent flash alert file news date time`)

// PictureWord reports whether the lower-case word w names a picture
// library's kind ("Images", "Photos"): a copyright notice that names one
// credits a photograph, not the page.
func PictureWord(w string) bool { return pictureWords[w] }

var pictureWords = toSet(`images image photos photo pictures picture photography stock footage`)
