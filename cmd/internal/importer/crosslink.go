package importer

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/briefing-dev/briefing/cmd/internal/content"
	"github.com/briefing-dev/briefing/cmd/internal/extract"
	"github.com/briefing-dev/briefing/cmd/internal/glossary"
	"github.com/briefing-dev/briefing/cmd/internal/provenance"
	"github.com/briefing-dev/briefing/cmd/internal/text"
	"github.com/briefing-dev/briefing/cmd/internal/topics"
)

// CrossLink derives the glossary and the topics of the briefing from the
// article bodies (every paragraph, with the line its anchor on the source
// page carries) and adds content/glossary/<slug>.md and
// content/topics/<slug>.md to the files.
func CrossLink(m *Model) (*Model, error) {
	wait := m.crossAnalysis
	if wait == nil {
		wait = func() crossAnalysis { return analyzeCrossLinks(m.Articles) }
	}
	an := wait()
	if an.err != nil {
		return nil, an.err
	}
	terms, candidates := an.terms, an.candidates
	// Themes come from the whole articles, but a topic page lists the
	// passages of the sections: keep the themes the sections discuss.
	sectionPassages := keptParagraphs(m)
	var themes []topics.Topic
	for _, t := range candidates {
		if keepTopic(t, sectionPassages) && len(themes) < maxTopics {
			themes = append(themes, t)
		}
	}
	themes = reviveTopics(m.previous, themes, an.passages, sectionPassages)
	m.Renamed = keepAddresses(m.previous, terms, themes)
	// The list pages, so that /glossary/ and /topics/ get their layouts
	// (A–Z, passage counts) and editors a place for an introduction.
	if len(terms) > 0 {
		m.Files = append(m.Files, File{"glossary/_index.md", []byte("---\ntitle: \"Glossary\"\nlayout: \"glossary\"\n---\n")})
	}
	if len(themes) > 0 {
		m.Files = append(m.Files, File{"topics/_index.md", []byte("---\ntitle: \"Topics\"\nlayout: \"topics\"\n---\n")})
	}
	ref := passageRefs(m)
	for _, t := range terms {
		m.Files = append(m.Files, File{"glossary/" + t.Slug + ".md", glossary.File(t, ref)})
	}
	for _, t := range themes {
		m.Files = append(m.Files, File{"topics/" + t.Slug + ".md", topics.File(t, ref)})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	return m, nil
}

// passageRefs names the article of a glossary or topic passage (a body
// paragraph, by its seed and first line) for its provenance link, as the
// sections' links name it (sourceRef): title, outlet, date, lines.
func passageRefs(m *Model) glossary.RefFunc {
	type at struct {
		seed string
		line int
	}
	blocks := map[at]extract.Block{}
	arts := map[string]*extract.Article{}
	for _, a := range m.Articles {
		arts[a.Name] = a
		for _, bl := range a.Body() {
			blocks[at{a.Name, bl.Line}] = bl
		}
	}
	return func(p glossary.Provenance) provenance.Ref {
		a, ok := arts[p.Seed]
		if !ok {
			return glossary.RefFunc(nil).Of(p)
		}
		bl, ok := blocks[at{p.Seed, p.Line}]
		if !ok {
			bl = extract.Block{Line: p.Line, EndLine: p.Line}
		}
		return sourceRef(m, a, bl)
	}
}

// crossAnalysis is what the glossary and topic analyses find in the
// article bodies, before the topics are matched against the sections.
type crossAnalysis struct {
	terms      []glossary.Term
	candidates []topics.Topic
	passages   []glossary.Passage // the body paragraphs both come from
	// err is a panic of the analysis (it runs on goroutines of its own,
	// where the stage runner cannot recover it).
	err error
}

// analyzeCrossLinks derives glossary terms and candidate themes from every
// body paragraph of the articles (with the line its anchor on the source
// page carries). It needs only the articles, so Build runs it beside
// de-duplication and classification.
func analyzeCrossLinks(arts []*extract.Article) (an crossAnalysis) {
	seeds := make([]string, len(arts))
	for i, a := range arts {
		seeds[i] = a.Path
	}
	defer recoverStage("crosslink", seeds, &an.err)
	var ps []glossary.Passage
	for _, a := range arts {
		for _, bl := range a.Body() {
			if bl.Kind == extract.Paragraph {
				ps = append(ps, glossary.Passage{
					Text:   strings.Join(strings.Fields(bl.Text), " "),
					Source: glossary.Provenance{Seed: a.Name, Line: bl.Line},
				})
			}
		}
	}
	// Both analyses rank the same key phrases: compute them once, then run
	// the two side by side.
	kps := glossary.KeyPhrases(ps, 2)
	var glossErr error
	done := make(chan struct{})
	defer func() { <-done }() // also when Derive panics: the goroutine writes an
	byStory := storyPassages(arts, ps)
	go func() {
		defer close(done)
		defer recoverStage("crosslink (glossary)", seeds, &glossErr)
		an.terms = storyTerms(byStory, ps, kps)
	}()
	an.candidates = storyTopics(byStory, ps, kps)
	an.passages = ps
	<-done
	an.err = glossErr
	return an
}

// startCrossAnalysis runs analyzeCrossLinks in the background; the
// function it returns waits for the result.
func startCrossAnalysis(arts []*extract.Article) func() crossAnalysis {
	ch := make(chan crossAnalysis, 1)
	go func() { ch <- analyzeCrossLinks(arts) }()
	var once sync.Once
	var an crossAnalysis
	return func() crossAnalysis {
		once.Do(func() { an = <-ch })
		return an
	}
}

// maxTopics caps the topic pages of a briefing.
const maxTopics = 12

// attested is how many passages of the articles a theme's keywords must
// find for a topic page that lists one section passage: the articles
// discuss it ("GDP growth" in ten paragraphs), though de-duplication kept
// one of them in the sections. A theme the sections list twice needs no
// more; one with fewer is too thin for a page of its own.
const attested = 4

// keepTopic reports whether a theme of the articles gets a topic page: its
// page lists two section passages, or one paragraph (not a list item,
// which a topic page may not list) that writes its name or its head word
// (its first two keywords, not two others that happen to meet) when the
// articles discuss it (attested).
func keepTopic(t topics.Topic, sps []sectionPassage) bool {
	n := listed(t.Keywords, t.Sources, sps)
	if n != 1 || t.Passages < attested {
		return n >= 2
	}
	var paras []sectionPassage
	for _, sp := range sps {
		if !sp.item {
			paras = append(paras, sp)
		}
	}
	return listed(t.Keywords[:min(2, len(t.Keywords))], t.Sources, paras) == 1
}

// sectionPassage is a section paragraph: its text, its seed, and whether
// it is a list item.
type sectionPassage struct {
	text, seed string
	item       bool
}

// listed counts the section passages a topic page lists: those its
// keywords match, of its story's seeds (any seed when sources is empty),
// as the build lists them.
func listed(keywords, sources []string, sps []sectionPassage) int {
	n := 0
	for _, sp := range sps {
		if (len(sources) == 0 || slices.Contains(sources, sp.seed)) && topics.Match(keywords, sp.text) {
			n++
		}
	}
	return n
}

// keptParagraphs returns the section paragraphs: the kept sentences,
// grouped as the section pages group them (by section, article and source
// paragraph).
func keptParagraphs(m *Model) []sectionPassage {
	type key struct{ sec, art, block int }
	var order []key
	text := map[key]*strings.Builder{}
	for _, s := range m.Sentences {
		if !s.Keep {
			continue
		}
		k := key{s.Section, s.Art, s.Block}
		b := text[k]
		if b == nil {
			b = &strings.Builder{}
			text[k] = b
			order = append(order, k)
		}
		b.WriteString(s.Text)
		b.WriteByte(' ')
	}
	out := make([]sectionPassage, len(order))
	for i, k := range order {
		a := m.Articles[k.art]
		out[i] = sectionPassage{text[k].String(), a.Name, a.Blocks[k.block].Item != ""}
	}
	return out
}

// previousPage is a glossary or topic page found in content/ before an
// import.
type previousPage struct {
	dir, slug string // "glossary" or "topics", and the file name less .md
	names     []string
	keywords  []string
	sources   []string // a topic's story (see topics.Topic.Sources)
	redirects []string // its aliases that are site paths
	// unedited is true when the file is exactly as import last wrote it:
	// import may then replace it by a renamed entry.
	unedited bool
}

// loadPrevious reads the glossary and topic pages of contentDir. A page
// that cannot be read is left out: Plan reports it.
func loadPrevious(contentDir string) []previousPage {
	man, err := ReadManifest(contentDir)
	if err != nil {
		man = &Manifest{Files: map[string]string{}}
	}
	var out []previousPage
	for _, dir := range []string{"glossary", "topics"} {
		paths, _ := filepath.Glob(filepath.Join(contentDir, dir, "*.md"))
		sort.Strings(paths)
		for _, p := range paths {
			base := filepath.Base(p)
			if base == "_index.md" {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			doc, err := content.Parse(p, data)
			if err != nil {
				continue
			}
			pp := previousPage{dir: dir, slug: strings.TrimSuffix(base, ".md"), keywords: doc.FM.Keywords, sources: doc.FM.Sources,
				unedited: man.Files[dir+"/"+base] == checksum(data)}
			for _, n := range []string{doc.FM.Term, doc.FM.Title} {
				if n != "" {
					pp.names = append(pp.names, n)
				}
			}
			for _, a := range doc.FM.Aliases {
				if strings.HasPrefix(a, "/") {
					pp.redirects = append(pp.redirects, a)
				} else {
					pp.names = append(pp.names, a)
				}
			}
			out = append(out, pp)
		}
	}
	return out
}

// keepAddresses gives each new glossary term and topic the old addresses
// of the pages it replaces: a page of the last import that this one no
// longer writes under its slug becomes a redirect to the entry that took
// it over (a term that now carries one of its names; the topic whose
// keywords are mostly its keywords). A page an editor changed is never
// replaced: it stays where it is, and Run names it. It returns what was
// renamed, "old -> new", for the summary.
func keepAddresses(prev []previousPage, terms []glossary.Term, themes []topics.Topic) []string {
	termSlugs, topicSlugs := map[string]int{}, map[string]int{}
	byName := map[string]int{}
	for i, t := range terms {
		termSlugs[t.Slug] = i
		for _, n := range append([]string{t.Term}, t.Aliases...) {
			byName[nameKey(n)] = i
		}
	}
	for i, t := range themes {
		topicSlugs[t.Slug] = i
	}
	var renamed []string
	addT := func(i int, rs ...string) {
		for _, r := range rs {
			if r != "/glossary/"+terms[i].Slug+"/" && !slices.Contains(terms[i].Redirects, r) {
				terms[i].Redirects = append(terms[i].Redirects, r)
			}
		}
	}
	addP := func(i int, rs ...string) {
		for _, r := range rs {
			if r != "/topics/"+themes[i].Slug+"/" && !slices.Contains(themes[i].Redirects, r) {
				themes[i].Redirects = append(themes[i].Redirects, r)
			}
		}
	}
	for _, p := range prev {
		switch p.dir {
		case "glossary":
			if i, ok := termSlugs[p.slug]; ok {
				addT(i, p.redirects...) // same address: keep its older ones
				continue
			}
			if !p.unedited {
				continue
			}
			for _, n := range p.names {
				if i, ok := byName[nameKey(n)]; ok {
					addT(i, append([]string{"/glossary/" + p.slug + "/"}, p.redirects...)...)
					renamed = append(renamed, "glossary/"+p.slug+" -> glossary/"+terms[i].Slug)
					break
				}
			}
		case "topics":
			if i, ok := topicSlugs[p.slug]; ok {
				addP(i, p.redirects...)
				continue
			}
			if !p.unedited {
				continue
			}
			best, bestSim := -1, minTopicOverlap
			for i, t := range themes {
				if s := keywordOverlap(p.keywords, t.Keywords); s >= bestSim && (best < 0 || s > bestSim) {
					best, bestSim = i, s
				}
			}
			if best >= 0 {
				addP(best, append([]string{"/topics/" + p.slug + "/"}, p.redirects...)...)
				renamed = append(renamed, "topics/"+p.slug+" -> topics/"+themes[best].Slug)
			}
		}
	}
	return renamed
}

// reviveTopics keeps the topics an earlier import wrote that this one
// did not derive but whose theme is still there: the page is as import
// wrote it, no new topic took it over (see keepAddresses), the text still
// writes its name and its keywords still find two passages of the
// sections. A topic stays at its address while it exists; adding a seed
// that shifts the clusters does not replace it.
func reviveTopics(prev []previousPage, themes []topics.Topic, ps []glossary.Passage, sectionPassages []sectionPassage) []topics.Topic {
	have := map[string]bool{}
	for _, t := range themes {
		have[t.Slug] = true
	}
	for _, p := range prev {
		if p.dir != "topics" || !p.unedited || have[p.slug] || len(p.names) == 0 || len(themes) >= maxTopics {
			continue
		}
		if slices.ContainsFunc(themes, func(t topics.Topic) bool { return keywordOverlap(p.keywords, t.Keywords) >= minTopicOverlap }) {
			continue // renamed or merged: a redirect to the new topic
		}
		t, ok := topics.Revive(ps, p.names[0], p.keywords, 2)
		if listed(p.keywords, p.sources, sectionPassages) < 2 || !ok {
			continue
		}
		t.Slug, t.Redirects, t.Sources = p.slug, nil, p.sources
		have[p.slug] = true
		themes = append(themes, t)
	}
	return themes
}

// minTopicOverlap is the share of keyword stems (Jaccard) above which a
// new topic is an old one renamed or merged.
const minTopicOverlap = 0.34

func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// keywordOverlap is the Jaccard index of two keyword lists, by stem.
func keywordOverlap(a, b []string) float64 {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, k := range a {
		sa[text.KeywordStem(k)] = true
	}
	for _, k := range b {
		sb[text.KeywordStem(k)] = true
	}
	both := 0
	for k := range sa {
		if sb[k] {
			both++
		}
	}
	if len(sa)+len(sb)-both == 0 {
		return 0
	}
	return float64(both) / float64(len(sa)+len(sb)-both)
}

// storyPassages splits the passages by story (seeds that retell one
// story, as Deduplicate groups them), in story order; nil for one story.
func storyPassages(arts []*extract.Article, ps []glossary.Passage) [][]glossary.Passage {
	sm := &Model{Articles: arts}
	if _, err := Segment(sm); err != nil {
		return nil
	}
	groups := storyGroups(sm)
	if len(groups) <= 1 {
		return nil
	}
	storyOf := map[string]int{} // seed name -> story
	for g, members := range groups {
		for ai := range members {
			storyOf[arts[ai].Name] = g
		}
	}
	byStory := make([][]glossary.Passage, len(groups))
	for _, p := range ps {
		g := storyOf[p.Source.Seed]
		byStory[g] = append(byStory[g], p)
	}
	return byStory
}

// storyTopics derives the themes of each story on its own, so that a
// topic belongs to the story it comes from (its keywords are that story's
// words, and do not pick another story's passages), and lists them best
// first in turn: each story's best theme, then each one's second, ...
// One story (or one seed) is the whole text.
func storyTopics(byStory [][]glossary.Passage, ps []glossary.Passage, kps []glossary.KeyPhrase) []topics.Topic {
	if len(byStory) <= 1 {
		return topics.Derive(ps, topics.Options{MinPassages: 2, KeyPhrases: kps, MaxTopics: 30})
	}
	per := make([][]topics.Topic, len(byStory))
	for g, gps := range byStory {
		per[g] = topics.Derive(gps, topics.Options{MinPassages: 2, MaxTopics: 30})
		var seeds []string
		for _, p := range gps {
			if !slices.Contains(seeds, p.Source.Seed) {
				seeds = append(seeds, p.Source.Seed)
			}
		}
		slices.Sort(seeds)
		for i := range per[g] {
			per[g][i].Sources = seeds
		}
	}
	return interleave(per)
}

// interleave lists the stories' topics best first in turn (each story's
// best, then each one's second, ...), a name once.
func interleave(per [][]topics.Topic) []topics.Topic {
	var out []topics.Topic
	used := map[string]int{} // name -> its topic in out
	for rank := 0; ; rank++ {
		more := false
		for _, ts := range per {
			if rank >= len(ts) {
				continue
			}
			more = true
			// One name, once: "Interest rate" of one story and "Interest
			// rates" of another are one topic, whose keywords find both.
			// The topic is of both stories then.
			t := ts[rank]
			if i, ok := used[nameStems(t.Title)]; ok {
				out[i].Sources = union(out[i].Sources, t.Sources)
				continue
			}
			used[nameStems(t.Title)] = len(out)
			out = append(out, t)
		}
		if !more {
			return out
		}
	}
}

// union is the sorted union of two sorted lists (a new slice).
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// nameStems is a topic name by the stems of its words: its singular and
// plural are one name.
func nameStems(title string) string {
	var b strings.Builder
	for _, w := range text.WordTexts(title) {
		b.WriteString(text.KeywordStem(w))
		b.WriteByte(' ')
	}
	return b.String()
}

// spelled finds the entry of out that is t under its acronym or its
// name: "US" of one story, whose text never writes the name, and "United
// States" of another (see glossary.SpellsAcronym). An acronym its story
// expands stands for what it says there, not for a name of another story.
func spelled(out []glossary.Term, t glossary.Term) (int, bool) {
	for i, o := range out {
		if len(t.Aliases) == 0 && glossary.SpellsAcronym(t.Term, o.Term) || len(o.Aliases) == 0 && glossary.SpellsAcronym(o.Term, t.Term) {
			return i, true
		}
	}
	return 0, false
}

// storyTerms extracts the glossary of each story of the briefing (seeds
// that retell one story, as Deduplicate groups them) on its own, so that
// a term belongs to the story it comes from, and joins them (see
// joinStoryTerms). One story (or one seed) is the whole text.
func storyTerms(byStory [][]glossary.Passage, ps []glossary.Passage, kps []glossary.KeyPhrase) []glossary.Term {
	if len(byStory) <= 1 {
		return glossary.Extract(ps, glossary.Options{MinPassages: 2, KeyPhrases: kps})
	}
	per := make([][]glossary.Term, len(byStory))
	for g, gps := range byStory {
		per[g] = glossary.Extract(gps, glossary.Options{MinPassages: 2})
	}
	return joinStoryTerms(per, byStory)
}

// joinStoryTerms joins the glossaries of the stories (per[g] extracted
// from byStory[g]) into one, an entry per term, sorted by slug. A hover
// never shows one story's definition in another story's passage where the
// two may mean different things by the term: a common noun ("rate cut",
// "AI" for "artificial intelligence") that two stories use keeps a
// definition only when every story that extracts it defines it the same
// way and no other story uses it. An entity (a person, an organisation, a
// law, a product: a name, or the acronym of one) is one entity in every
// story, and what one story says it is holds in the others: it keeps the
// strongest definition any story gives, and a role. Two stories that
// expand an acronym differently name two things by it: neither keeps a
// definition.
func joinStoryTerms(per [][]glossary.Term, byStory [][]glossary.Passage) []glossary.Term {
	var out []glossary.Term
	at := map[string]int{}      // slug -> index in out
	named := map[string]int{}   // name key -> index in out
	story := map[string][]int{} // slug -> stories that extracted it
	for g, terms := range per {
		for _, t := range terms {
			// One entry per entity across stories too: by slug, or by a
			// name ("United States" in one story, "US" with it as alias
			// in another).
			i, seen := at[t.Slug]
			for _, n := range append([]string{t.Term}, t.Aliases...) {
				if seen {
					break
				}
				i, seen = named[nameKey(n)]
			}
			if !seen {
				i, seen = spelled(out, t)
			}
			if !seen {
				at[t.Slug] = len(out)
				for _, n := range append([]string{t.Term}, t.Aliases...) {
					named[nameKey(n)] = len(out)
				}
				story[t.Slug] = append(story[t.Slug], g)
				out = append(out, t)
				continue
			}
			o := &out[i]
			story[o.Slug] = append(story[o.Slug], g)
			if len(t.Term) < len(o.Term) && t.Term == strings.ToUpper(t.Term) {
				// The acronym names the entry, as in a story of its own.
				o.Aliases = append(o.Aliases, o.Term)
				o.Term, o.Slug = t.Term, t.Slug
				o.Aliases = slices.DeleteFunc(o.Aliases, func(x string) bool { return nameKey(x) == nameKey(o.Term) })
				at[t.Slug] = i
			}
			for _, n := range append([]string{t.Term}, t.Aliases...) {
				named[nameKey(n)] = i
			}
			// A name once, whatever its case ("Artificial Intelligence"
			// in one story, "artificial intelligence" in another).
			for _, n := range append([]string{t.Term}, t.Aliases...) {
				if !slices.ContainsFunc(append([]string{o.Term}, o.Aliases...), func(x string) bool { return nameKey(x) == nameKey(n) }) {
					o.Aliases = append(o.Aliases, n)
				}
			}
			o.Mentions += t.Mentions
			joinTerm(o, t)
		}
	}
	// A common noun one story defines and another story uses without
	// extracting it (too few mentions there) is also used differently,
	// for all we know.
	m := glossary.NewMatcher()
	for i, t := range out {
		if t.Definition == "" || t.Entity {
			continue
		}
		m.Add(t.Term, i)
		for _, a := range t.Aliases {
			m.Add(a, i)
		}
	}
	for g, gps := range byStory {
		for _, p := range gps {
			for _, mt := range m.FindAll(p.Text) {
				t := &out[mt.ID]
				if !slices.Contains(story[t.Slug], g) {
					t.Definition, t.Rank = "", 0
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out
}

// joinTerm joins into o, the entry of a term one story extracted, what
// another story extracted of it (t): see joinStoryTerms.
func joinTerm(o *glossary.Term, t glossary.Term) {
	lower := slices.ContainsFunc(append([]string{o.Term}, o.Aliases...), func(n string) bool {
		return n != "" && !text.IsCapitalized(n)
	})
	differ := o.Expansion != "" && t.Expansion != "" && !strings.EqualFold(o.Expansion, t.Expansion)
	o.Entity = o.Entity && t.Entity && !lower && !differ
	if !o.Entity {
		if o.Definition != t.Definition {
			o.Definition, o.Rank = "", 0 // the stories say different things of it
		}
		if o.Role != t.Role {
			o.Role = ""
		}
		if !strings.EqualFold(o.Expansion, t.Expansion) {
			o.Expansion = ""
		}
		return
	}
	if t.Rank > o.Rank {
		// The strongest definition any story gives, with its source.
		o.Definition, o.Rank, o.Source = t.Definition, t.Rank, t.Source
	}
	if o.Definition == "" && o.Role == "" && o.Expansion == "" && (t.Role != "" || t.Expansion != "") {
		o.Source = t.Source // where the role or the expansion is written
	}
	if o.Role == "" {
		o.Role = t.Role
	}
	if o.Expansion == "" {
		o.Expansion = t.Expansion
	}
}
