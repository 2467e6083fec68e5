package sitequality

import (
	"context"

	"github.com/chromedp/chromedp"
)

// runJS loads u, waits for waitJS and returns the string expr evaluates to.
func runJS(ctx context.Context, u, waitJS, expr string) (string, error) {
	if err := open(ctx, u, 1280, Light, waitJS); err != nil {
		return "", err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[string](expr))
}
