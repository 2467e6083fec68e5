package main

import (
	"bytes"
	"flag"
	"reflect"
	"runtime/debug"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args     []string
		wantRest []string
		wantJSON bool
		wantS    string
		wantErr  error
	}{
		{[]string{"a.txt"}, []string{"a.txt"}, false, ".", nil},
		{[]string{"--json", "a.txt"}, []string{"a.txt"}, true, ".", nil},
		{[]string{"a.txt", "--json"}, []string{"a.txt"}, true, ".", nil},
		{[]string{"a.txt", "-s", "site", "b.txt", "--json"}, []string{"a.txt", "b.txt"}, true, "site", nil},
		{[]string{"a.txt", "--", "--json"}, []string{"a.txt", "--json"}, false, ".", nil},
		{[]string{"--", "a.txt", "-s", "x"}, []string{"a.txt", "-s", "x"}, false, ".", nil},
		{[]string{"a.txt", "-h"}, nil, false, ".", flag.ErrHelp},
		{[]string{"a.txt", "--nosuch"}, nil, false, ".", errUsage},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := newFlagSet("test", &bytes.Buffer{})
			j := fs.Bool("json", false, "")
			s := fs.String("s", ".", "")
			rest, err := parseFlags(fs, tt.args)
			if err != tt.wantErr {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if !reflect.DeepEqual(rest, tt.wantRest) || *j != tt.wantJSON || *s != tt.wantS {
				t.Errorf("rest %q json %v s %q, want %q %v %q", rest, *j, *s, tt.wantRest, tt.wantJSON, tt.wantS)
			}
		})
	}
}

// Every subcommand exits 0 for -h, after printing its flags, and 2 for a bad flag.
func TestHelpExitsZero(t *testing.T) {
	for name := range commands {
		for _, tt := range []struct {
			flag string
			code int
		}{{"-h", 0}, {"--help", 0}, {"--no-such-flag", 2}} {
			var stdout, stderr bytes.Buffer
			if code := run([]string{name, tt.flag}, &stdout, &stderr); code != tt.code {
				t.Errorf("briefing %s %s: exit %d, want %d\n%s", name, tt.flag, code, tt.code, stderr.String())
			}
			if tt.code == 0 && !strings.Contains(stderr.String(), "briefing "+name) {
				t.Errorf("briefing %s %s printed no usage: %q", name, tt.flag, stderr.String())
			}
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}},
			"briefing v1.2.3 (revision unknown) go1.26.0"},
		{debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T22:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"briefing (devel) (revision 0123456789ab+dirty, 2026-12-01T22:00:00Z) go1.26.0"},
		{debug.BuildInfo{GoVersion: "go1.26.0", Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}},
			"briefing (devel) (revision abc) go1.26.0"},
	}
	for _, tt := range tests {
		if got := versionLine(&tt.bi); got != tt.want {
			t.Errorf("versionLine = %q, want %q", got, tt.want)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version"}, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "briefing ") {
		t.Errorf("briefing version: exit %d, %q %q", code, stdout.String(), stderr.String())
	}
}
