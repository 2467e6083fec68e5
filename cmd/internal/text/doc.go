// Package text is briefing's one model of English text: words with their
// byte offsets, light stemmers, stop lists, slugs and acronym shapes. It is a
// leaf package (standard library and x/text only), so every stage uses it
// instead of keeping a private copy.
//
// Where two stages truly need different rules, the variants stand side by
// side here under names that say what they are for:
//
//   - Stem (comparison: de-duplication, section classification),
//     KeywordStem (topics: a stem is also shown to editors as a keyword) and
//     SearchStem (the search index: must equal static/search.js's stem).
//   - StopWord (function words: they carry no claim) and VagueWord (function
//     words plus vague common words that never name a term or a theme) and
//     SearchStopWord (left out of the search index, the same list as
//     search.js).
//   - Slug (heading ids: "_" kept) and TermSlug (URLs of glossary terms and
//     topics: "&" spelled "and").
//
// Sentence splitting lives in package sentences.
package text
