//go:build !race

package glossary

const raceEnabled = false
