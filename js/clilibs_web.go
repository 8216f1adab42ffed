//go:build evloopweb

package js

// cliLibs: the page's build has none (clilibs.go); process.report throws there.
var cliLibs = map[string]string{}

// hasAtomics: the page's build has no SharedArrayBuffer nor Atomics. Its
// program runs on one thread with no worker to share memory with that
// could wake an Atomics.wait (which would block the page's only thread),
// and a browser itself leaves SharedArrayBuffer undefined on a page that is
// not cross-origin isolated; typeof SharedArrayBuffer is 'undefined' there.
const hasAtomics = false
