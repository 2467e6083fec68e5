//go:build race

package importer

// raceOn: the race detector slows imports tenfold; the tests that import
// hundreds of seeds run their smallest case only.
const raceOn = true
