//go:build evloopweb

package js

// The page's build (evloopweb) leaves out evloop's en-US formatters: Intl,
// and toLocaleString/toLocaleDateString/toLocaleTimeString of numbers,
// bigints and dates, and the zone names of Date's toString. They are
// about 12 KB of the page's download with brotli, which issue 15's 3 MB
// budget has no room for, for output an event-loop snippet rarely prints;
// there these are goja's own (site/docs/limits.md, "Locales").
const hasIntl = false

func (r *Runtime) installLocale() error      { return nil }
func (r *Runtime) installDateLocale() error  { return nil }
func (r *Runtime) installDateStrings() error { return nil }

func (r *Runtime) installIntlNatives(*internalStore) {}
