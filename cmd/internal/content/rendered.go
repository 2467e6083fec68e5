package content

// What rendering a page's Markdown found on it, held by Page for layouts,
// checkers and cross-site lists. The renderers (markdown, xlink) fill these
// types in; the page model depends on none of them.

// Heading is one heading of a page, for its table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// Link is a link from a page to a content page (or to an anchor on itself).
type Link struct {
	// Target is the content-relative path of the linked page ("sources/x.md").
	Target string
	// Fragment is the anchor, without "#"; empty when there is none.
	Fragment string
	// URL is what the link was rewritten to.
	URL string
	// Line is the 1-based line in the source file.
	Line int
	// Source is set for a provenance link: a paragraph-final link into the
	// sources directory. Paragraph is then the id given to that paragraph.
	Source    bool
	Paragraph string
}

// CrossLink is a glossary link or wiki-link made on a page.
type CrossLink struct {
	Kind   string // "term" for an automatic glossary link, "wiki" for a wiki-link
	Target string // the term's first name, or the wiki-link target as written
	URL    string
	// Line is the 1-based line, in the converted source, of the mention.
	Line int
	// Block is the plain text of the block holding a term mention (shared
	// by the block's links), and At the mention's offset in it: the
	// sentence around a mention (xlink.Snippet) is cut only when asked
	// for, since a site shows few of its mentions.
	Block string
	At    int
}

// UnknownLink is a wiki-link whose target no page answers to.
type UnknownLink struct {
	Target string
	Line   int // 1-based, in the converted source
}

// CrossLinks is what cross-linking did on one page.
type CrossLinks struct {
	Links   []CrossLink
	Unknown []UnknownLink
}
