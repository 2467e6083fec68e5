package main

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/briefing-dev/briefing/cmd/internal/build"
	"github.com/briefing-dev/briefing/cmd/internal/importer"
	"github.com/briefing-dev/briefing/cmd/internal/serve"
)

func init() {
	register(command{name: "serve", summary: "preview the site, rebuilding and reloading the browser on every save", run: runServe})
}

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", stderr)
	source := fs.String("s", ".", "site `directory` holding content/, layouts/, static/ and seeds/")
	port := fs.Int("port", 1313, "`port` to listen on; the next free one is used if it is taken")
	bind := fs.String("bind", "127.0.0.1", "`address` to listen on (0.0.0.0 exposes the preview to the network)")
	poll := fs.Duration("poll", 0, "scan for changes at this `interval` instead of using file system events (NFS, SMB, WSL mounts)")
	drafts := fs.Bool("drafts", false, "include pages marked draft: true")
	baseURL := fs.String("baseURL", "", "preview under the path of this base `URL`, as it will be published (https://user.github.io/repo/ or /repo/ serves at http://localhost:1313/repo/); default: the root")
	allowHosts := fs.String("allow-host", "", "comma-separated host `names` the preview answers besides localhost, loopback and the --bind address (\"*\": any; the default guards against DNS rebinding)")
	verbose := fs.Bool("v", false, "print the changed files and build timings")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "briefing serve: unexpected argument %q\n", rest[0])
		return errUsage
	}
	if st, err := os.Stat(*source); err != nil || !st.IsDir() {
		return fmt.Errorf("briefing serve: %s is not a site directory", *source)
	}
	srv, err := newServeServer(*source, *baseURL, *drafts, *verbose, stdout, stderr)
	if err != nil {
		return err
	}
	srv.Bind, srv.Port, srv.Poll = *bind, *port, *poll
	for _, h := range strings.Split(*allowHosts, ",") {
		if h = strings.TrimSpace(h); h != "" {
			srv.AllowHosts = append(srv.AllowHosts, h)
		}
	}
	s, err := serve.New(srv)
	if err != nil {
		return err
	}
	ln, err := s.Listen()
	if err != nil {
		return fmt.Errorf("briefing serve: %w", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := s.Run(ctx, ln); err != nil {
		return fmt.Errorf("briefing serve: %w", err)
	}
	fmt.Fprintln(stdout, "stopped")
	return nil
}

// newServeServer wires the build stage into serve options: the site is built
// for the root of the preview server whatever its configured baseURL, or,
// when baseURL is given, for its path, and served under that path.
func newServeServer(source, baseURL string, drafts, verbose bool, stdout, stderr io.Writer) (serve.Options, error) {
	basePath := "/"
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
			return serve.Options{}, fmt.Errorf("briefing serve: bad --baseURL %q: want https://host/path/ or /path/", baseURL)
		}
		basePath = "/" + strings.Trim(u.EscapedPath(), "/") + "/"
		if basePath == "//" {
			basePath = "/"
		}
	}
	b := build.New(build.Options{Source: source, BaseURL: basePath, Drafts: drafts, Verbose: verbose, Log: stderr})
	return serve.Options{
		Source:   source,
		BasePath: basePath,
		// The pages the browsers show are built, and served, first; a
		// newer change interrupts the build (ctx).
		RebuildFirst: func(ctx context.Context, changed, first []string, early func(map[string][]byte)) (map[string][]byte, error) {
			site, err := b.BuildFirstContext(ctx, changed, first, early)
			if err != nil {
				return nil, err
			}
			return site.Files, nil
		},
		// A seed edit re-runs the import; import never overwrites a content
		// file an editor changed, and the content files it does write are
		// seen by the watcher and rebuilt like any other edit.
		Reimport: func([]string) error {
			res, err := importer.Run(importer.Options{
				SeedDir:    filepath.Join(source, "seeds"),
				ContentDir: filepath.Join(source, "content"),
				Verbose:    verbose,
				Out:        io.Discard,
				Log:        stderr,
			})
			if err != nil {
				return err
			}
			fmt.Fprintln(stdout, res.Summary(false))
			return nil
		},
		Log:     stdout,
		Verbose: verbose,
	}, nil
}
