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

	"github.com/briefing-dev/briefing/cmd/internal/chromium"
)

// ChromiumPath is where Debian's chromium package installs the browser.
const ChromiumPath = chromium.Path

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
	ctx, cancel, err := chromium.Start(context.Background(), ChromiumPath, chromedp.WindowSize(1000, 800))
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Cleanup(cancel)
	return ctx
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
