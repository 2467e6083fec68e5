//go:build !race

package importer

const raceOn = false
