package search

import (
	"encoding/xml"
	"io"
	"strings"
)

// Passages splits the rendered HTML of a page into search documents, one per
// paragraph. A paragraph with an id (every provenance-carrying passage of a
// section page has one) links to itself; one without links to the nearest
// heading above it, or to the page. Titles read "Page › Heading". Source links
// and footnote markers are left out of the text: they are not what a reader
// searches for.
func Passages(pageURL, pageTitle, section string, html []byte) []Doc {
	var docs []Doc
	heading, headingID := "", ""
	var text strings.Builder
	var inP, inH bool
	var pID string
	skip := 0 // depth inside elements whose text is left out
	depth := 0
	flush := func() {
		t := collapseSpace(text.String())
		text.Reset()
		if t == "" {
			return
		}
		u, title := pageURL, pageTitle
		if heading != "" {
			title = pageTitle + " › " + heading
		}
		switch {
		case pID != "":
			u = pageURL + "#" + pID
		case headingID != "":
			u = pageURL + "#" + headingID
		}
		docs = append(docs, Doc{URL: u, Title: title, Section: section, Kind: "passage", Text: t})
	}
	walk(html, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if skip > 0 {
				skip++
				return
			}
			if leftOut(t) {
				skip = 1
				return
			}
			switch t.Name.Local {
			case "br":
				text.WriteByte(' ')
			case "p":
				if !inP && !inH {
					inP, pID = true, attr(t, "id")
					text.Reset()
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				if inP {
					flush()
					inP = false
				}
				inH, heading, headingID = true, "", attr(t, "id")
				text.Reset()
			}
		case xml.EndElement:
			depth--
			if skip > 0 {
				skip--
				return
			}
			switch t.Name.Local {
			case "p":
				if inP {
					flush()
					inP = false
				}
			case "h1", "h2", "h3", "h4", "h5", "h6":
				if inH {
					heading = collapseSpace(text.String())
					text.Reset()
					inH = false
				}
			}
		case xml.CharData:
			if skip == 0 && (inP || inH) {
				text.Write(t)
			}
		}
	})
	if inP {
		flush()
	}
	return docs
}

// PlainText is the text of rendered HTML, as one line, without source links
// and footnote markers: the searchable text of a glossary or topic page.
func PlainText(html []byte) string {
	var b strings.Builder
	skip := 0
	walk(html, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || leftOut(t) {
				skip++
			}
			if block[t.Name.Local] {
				b.WriteByte(' ')
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
			}
			if block[t.Name.Local] {
				b.WriteByte(' ')
			}
		case xml.CharData:
			if skip == 0 {
				b.Write(t)
			}
		}
	})
	return collapseSpace(b.String())
}

// block elements separate words even when the HTML has no space between them.
var block = map[string]bool{"p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "td": true, "th": true, "br": true, "div": true, "dt": true, "dd": true, "blockquote": true}

// leftOut reports elements whose text is not searchable content.
func leftOut(t xml.StartElement) bool {
	switch t.Name.Local {
	case "script", "style", "sup", "svg", "template":
		return true
	case "a":
		return strings.Contains(" "+attr(t, "class")+" ", " source-link ")
	}
	return false
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk feeds the tokens of an HTML fragment to f. encoding/xml in its
// lenient HTML mode is enough for the build's own, well-formed Markdown
// output; on a syntax error it stops, keeping what it read.
//
// The ", " between the links of a source list (see package provenance) is
// not passed on: with the links left out it would read as stray commas.
func walk(html []byte, f func(xml.Token)) {
	d := xml.NewDecoder(strings.NewReader("<root>" + string(html) + "</root>"))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	inSource, afterSource := false, false
	for {
		tok, err := d.Token()
		if err == io.EOF || err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			inSource = t.Name.Local == "a" && leftOut(t)
			afterSource = false
		case xml.EndElement:
			afterSource = inSource && t.Name.Local == "a"
			inSource = false
		case xml.CharData:
			if afterSource && strings.Trim(string(t), " ,\t\n") == "" {
				continue
			}
			afterSource = false
		}
		f(tok)
	}
}
