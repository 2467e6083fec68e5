package extract

// Reason says why a block is furniture; `briefing clean --json` prints it.
// Each is the verdict of one named pass (or one pattern of patternReason).
type Reason string

// Layout.
const (
	BlankRun         Reason = "blank run"
	Ornament         Reason = "ornament"
	BeforeTitle      Reason = "before title"
	BeforeArticle    Reason = "before article"
	PageHeader       Reason = "page header"
	NotArticleText   Reason = "not article text"
	ShortLinkLike    Reason = "short link-like line"
	BoilerplateText  Reason = "boilerplate text"
	AwayFromArticle  Reason = "away from the article"
	AfterArticle     Reason = "after the article"
	TrailingHeading  Reason = "heading over no text"
	RepeatedBlock    Reason = "repeated block"
	PullQuote        Reason = "pull quote"
	FactBox          Reason = "fact box"
	Navigation       Reason = "navigation"
	LinkList         Reason = "link list"
	RelatedList      Reason = "related list"
	ReadMore         Reason = "read more"
	Template         Reason = "unexpanded template"
	Script           Reason = "script code"
	Comments         Reason = "comments"
	CommentForm      Reason = "comment form"
	Tags             Reason = "tags"
	KeywordList      Reason = "keyword list"
	ImagePlaceholder Reason = "image placeholder"
	Caption          Reason = "caption"
	ShotList         Reason = "video shot list"
)

// Notices and credits.
const (
	Byline        Reason = "byline"
	DateLine      Reason = "date line"
	AuthorBox     Reason = "author box"
	AuthorBio     Reason = "author bio"
	ShareLine     Reason = "share line"
	ReaderCall    Reason = "reader call to action"
	Subscription  Reason = "newsletter or subscription notice"
	Appeal        Reason = "donation or subscription appeal"
	Disclosure    Reason = "disclosure notice"
	Correction    Reason = "correction notice"
	CookieNotice  Reason = "cookie notice"
	PrivacyNotice Reason = "privacy notice"
	Footer        Reason = "footer"
	Advertisement Reason = "advertisement"
	AdBlockNotice Reason = "ad-blocker notice"
	ArticleTools  Reason = "article tools"
	Signpost      Reason = "signpost to the page"
)
