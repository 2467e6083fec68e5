// Package browsertest drives Debian's Chromium from Go tests of the live
// preview: it starts a headless browser and waits for conditions in a page.
// Only tests import it.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where Debian's chromium package installs the browser.
const ChromiumPath = "/usr/bin/chromium"

// New starts a headless Chromium for the test (skipping the test when it is
// not installed) and returns a context for chromedp actions in one tab.
func New(t testing.TB) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		// CI sets BRIEFING_REQUIRE_TOOLS so that a missing browser fails
		// rather than silently skipping every browser test.
		if os.Getenv("BRIEFING_REQUIRE_TOOLS") != "" {
			t.Fatalf("browser test needs Chromium at %s (apt-get install chromium): %v", ChromiumPath, err)
		}
		t.Skipf("browser test needs Chromium at %s (apt-get install chromium): %v", ChromiumPath, err)
	}
	// Chromium now and then fails to start on a loaded machine (its zygote
	// cannot fork while other test binaries start theirs): try a few times.
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var ctx context.Context
		if ctx, err = start(t); err == nil {
			return ctx
		}
		t.Logf("starting Chromium (attempt %d): %v", attempt, err)
		time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
	}
	t.Fatalf("starting Chromium: %v", err)
	return nil
}

// start launches one headless Chromium with a fresh profile and opens a tab.
func start(t testing.TB) (context.Context, error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	// Start the browser now so that its start-up is not counted in a wait.
	noop := chromedp.Action[chromedp.Void](func(context.Context, *chromedp.Target) (chromedp.Void, error) { return chromedp.Void{}, nil })
	if _, err := chromedp.Run(ctx, noop); err != nil {
		cancel()
		cancelAlloc()
		return nil, err
	}
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	return ctx, nil
}

// Eval evaluates a JavaScript expression in the page.
func Eval[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// Wait polls a boolean JavaScript expression until it is true, and returns
// how long that took. Errors while the page reloads count as false.
func Wait(ctx context.Context, expr string, timeout time.Duration) (time.Duration, error) {
	start := time.Now()
	deadline := start.Add(timeout)
	var lastErr error
	for {
		ok, err := Eval[bool](ctx, "(function(){try{return !!("+expr+");}catch(e){return false;}})()")
		if err == nil && ok {
			return time.Since(start), nil
		}
		if err != nil {
			lastErr = err
		}
		if time.Now().After(deadline) {
			return time.Since(start), fmt.Errorf("not true within %v: %s (last error: %v)", timeout, expr, lastErr)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// Navigate opens url in the tab.
func Navigate(ctx context.Context, url string) error {
	_, err := chromedp.Run(ctx, chromedp.Navigate(url))
	return err
}
