package main

import (
	"errors"
	"flag"
)

// parseFlags parses args with fs, allowing flags after the arguments
// (`briefing clean FILE --json`): every subcommand takes its flags in any
// order. A lone "--" ends the flags: everything after it is an argument.
// It returns flag.ErrHelp for -h and --help (main exits 0 for it, the usage
// having been printed) and errUsage for a bad flag.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, flag.ErrHelp
			}
			return nil, errUsage
		}
		left := fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		// Parse stops at the first non-flag argument, or swallows a "--"
		// and stops after it: the argument before what is left tells which.
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
