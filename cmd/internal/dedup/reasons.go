package dedup

// Reason says why a sentence was kept or dropped: each is the verdict of one
// pass of Select (see the package comment) or of AcrossSources.
type Reason string

const (
	// Kept: pass cover, the sentence adds enough weight not yet said.
	Kept Reason = "kept"
	// Duplicate: pass cluster, the same claim as DupOf, which is more
	// informative (or, in the importer, the same words as DupOf).
	Duplicate Reason = "near-duplicate"
	// Covered: pass cover, its units are already said by kept sentences.
	Covered Reason = "covered"
	// Redundant: passes redundant, paraRedundant and restate, kept
	// sentences chosen after it say all it said.
	Redundant Reason = "redundant"
	// NoContent: pass cluster, no content word at all.
	NoContent Reason = "no content"
	// ForcedFact: passes cover and recur, kept for a name, number or
	// recurring word no other kept sentence carries.
	ForcedFact Reason = "kept for a fact"
	// Reduced: rescueClauses and restate, kept as the clause that carries
	// a point said nowhere else.
	Reduced Reason = "reduced to a clause"
	// SameFact: AcrossSources, a sentence of another source states the
	// same fact more completely.
	SameFact Reason = "same fact, another source"
	// Detail: AcrossSources, a sentence of another source (Follows) states
	// the same fact more completely; this one is cut to the details only
	// it gives.
	Detail Reason = "cut to the details it adds to another source's wording"
)
