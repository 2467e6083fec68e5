// Package chromium starts a headless Chromium for the browser tests and the
// site-quality checks: one set of flags, a throw-away profile, retries.
package chromium

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/chromedp"
)

// Path is where Debian's chromium package installs the browser.
const Path = "/usr/bin/chromium"

// Start launches a headless Chromium from execPath with a fresh profile and
// opens one tab; extra options (a window size) are added to the defaults.
// A failed start is retried: on a loaded machine Chromium's zygote now and
// then cannot fork while other test binaries start theirs. Cancel the
// returned function to stop the browser and remove its profile.
func Start(ctx context.Context, execPath string, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc, error) {
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var bctx context.Context
		var cancel context.CancelFunc
		if bctx, cancel, err = start(ctx, execPath, extra); err == nil {
			return bctx, cancel, nil
		}
		time.Sleep(time.Duration(attempt) * 500 * time.Millisecond)
	}
	return nil, nil, err
}

func start(ctx context.Context, execPath string, extra []chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc, error) {
	profile, err := os.MkdirTemp("", "briefing-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
	}, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelTab := chromedp.NewContext(actx)
	cancel := func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	if err := chromedp.Do(bctx); err != nil { // starts the browser now, so errors show here
		cancel()
		return nil, nil, fmt.Errorf("starting %s: %w", execPath, err)
	}
	return bctx, cancel, nil
}
