// Package importer turns extracted seed articles into the briefing's content
// files: the home page, the four section pages and one cleaned source page per
// seed.
//
// It runs as a pipeline of stages, each taking the model and returning it
// (mdBook-style): segment the article bodies into sentences, de-duplicate
// them across the whole briefing, classify the kept ones into sections, and
// render the files. Writing is separate (see Write) because content files
// belong to editors once written: a manifest of checksums says which files
// are still exactly as import wrote them.
package importer

import (
	"strings"

	"github.com/briefing-dev/briefing/cmd/internal/classify"
	"github.com/briefing-dev/briefing/cmd/internal/dedup"
	"github.com/briefing-dev/briefing/cmd/internal/diag"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
)

// Model is what flows through the stages.
type Model struct {
	// Articles are the extracted seeds, in seed-name order.
	Articles []*extract.Article
	// Sections are the section pages with their keywords (read back from
	// the existing files, or the defaults).
	Sections []classify.Section
	// Sentences are every sentence of every body paragraph, in reading
	// order; the stages fill in their decisions.
	Sentences []Sentence
	// SourceMeta is what an editor corrected in a source page's front
	// matter (title, outlet, date), by seed name: provenance links name
	// the article as the editor wrote it (see loadSourceMeta).
	SourceMeta map[string]provenance.Ref
	// Stories are the groups of seeds about one event (see storyGroups),
	// the main story (most seeds) first; set by Deduplicate.
	Stories []Story
	// Files are the rendered content files, paths relative to content/,
	// sorted.
	Files []File
	// Options of the de-duplication pass (zero: defaults).
	Dedup dedup.Options
	// crossAnalysis, when set, waits for the glossary and topic analysis
	// that Build started beside the other stages (see CrossLink).
	crossAnalysis func() crossAnalysis
	// previous are the glossary and topic pages in content/ before this
	// import, so that a renamed entry keeps its old address (see CrossLink).
	previous []previousPage
	// Renamed says, for the summary, which entries got a new address.
	Renamed []string
	// Skipped are the warnings for the seeds left out of Articles: no
	// article text (see skipEmpty).
	Skipped []*diag.Error
	// follows maps a kept sentence that leans on the one before it, or
	// that is cut to the details it adds to another source's wording of
	// its fact (dedup.Detail), to the kept sentence it must follow in its
	// passage (Deduplicate, placeLeaning).
	follows map[int]int
	// leads are the kept sentences that are lead facts, with how much
	// their story's outlets agree on them (leadFacts; set by Classify):
	// they open their story's passages.
	leads map[int]float64
}

// Sentence is one sentence of a body paragraph.
type Sentence struct {
	Art   int // index in Model.Articles
	Block int // index in the article's Blocks
	Index int // position in its paragraph
	Text  string
	// Whole is the sentence as its seed writes it, when de-duplication
	// cut Text to the details it adds to another seed's wording.
	Whole string
	// Heading is the text of the heading the paragraph stands under.
	Heading string
	Units   []string

	Keep  bool
	DupOf int // the kept sentence that says the same, or -1
	// PartOf is, for a kept sentence cut of a part that another seed's
	// kept sentence states (dedup.Result.PartOf), that sentence, or -1.
	PartOf  int
	Reason  dedup.Reason // why kept or dropped
	Section int          // index in Model.Sections, for kept sentences
	Story   int          // index in Model.Stories
}

// Story is a group of seeds that report one event.
type Story struct {
	Arts  []int  // indexes in Model.Articles, in order
	Title string // the headline that speaks for the story (storyTitle)
	// Headline marks a Title that is one of the story's pages' headlines,
	// not a line of their headers or headings, an event's name or a first
	// sentence standing in for one.
	Headline bool
}

// File is one content file to write.
type File struct {
	Path string // relative to content/, slash-separated
	Data []byte
}

// Stage is one step of the pipeline.
type Stage func(*Model) (*Model, error)

// Stages are the import pipeline in order, without writing.
var Stages = []struct {
	Name string
	Run  Stage
}{
	{"segment", Segment},
	{"dedup", Deduplicate},
	{"classify", Classify},
	{"render", Render},
	{"crosslink", CrossLink},
}

// Stats are the figures of one import.
type Stats struct {
	Seeds, Sections        int
	Sentences, Kept        int
	WordsIn, WordsOut      int // article body words; section paragraph words (without links)
	SectionSentences       []int
	SectionWords           []int
	DroppedDuplicate       int
	DroppedCovered         int
	DroppedOther           int
	KeptForFact            int
	FilesWritten, FilesSet int
}

// Stats computes the figures of a model that has been through the stages.
func (m *Model) Stats() Stats {
	s := Stats{Seeds: len(m.Articles), Sections: len(m.Sections), Sentences: len(m.Sentences)}
	s.SectionSentences = make([]int, len(m.Sections))
	s.SectionWords = make([]int, len(m.Sections))
	for _, a := range m.Articles {
		for _, b := range a.Body() {
			s.WordsIn += len(strings.Fields(b.Text))
		}
	}
	for _, st := range m.Sentences {
		if st.Keep {
			s.Kept++
			w := len(strings.Fields(stripConnective(st.Text)))
			s.WordsOut += w
			if st.Section >= 0 && st.Section < len(m.Sections) {
				s.SectionSentences[st.Section]++
				s.SectionWords[st.Section] += w
			}
			if st.Reason == dedup.ForcedFact {
				s.KeptForFact++
			}
			continue
		}
		switch st.Reason {
		case dedup.Duplicate, dedup.SameFact:
			s.DroppedDuplicate++
		case dedup.Covered, dedup.Redundant:
			s.DroppedCovered++
		default:
			s.DroppedOther++
		}
	}
	return s
}
