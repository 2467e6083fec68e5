// Command briefing turns raw article text (seeds/) into a tidied, cross-linked
// briefing (content/) and renders it as a static website (public/).
//
// Each subcommand lives in a file of its own in this directory and registers
// itself in init, so that stages can be added without touching this file.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand of the briefing binary.
type command struct {
	name    string
	summary string
	// run parses args (everything after the subcommand name) and does the work.
	// It returns errUsage for bad flags, so that main can exit with status 2.
	run func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

// register adds a subcommand; called from the init functions of the command files.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("briefing: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errUsage reports that the command line was wrong; the flag package has already said why.
var errUsage = errors.New("usage")

// errReported makes the command exit 1 when it has already printed what is
// wrong (check's findings), so that nothing is said twice.
var errReported = errors.New("reported")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "briefing: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h: the usage was asked for, and printed
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		if errors.Is(err, errReported) {
			return 1
		}
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: briefing <command> [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'briefing <command> -h' for the flags of a command.")
}

// newFlagSet returns a flag set that reports errors to stderr and does not exit.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("briefing "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
