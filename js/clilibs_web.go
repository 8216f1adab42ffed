//go:build evloopweb

package js

// cliLibs: the page's build has none (clilibs.go); process.report throws there.
var cliLibs = map[string]string{}
