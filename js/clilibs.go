//go:build !evloopweb

package js

import _ "embed"

// cliLibs are private libraries (internal.lib) that only the CLI's build
// carries: the page's wasm module leaves them out for its weight
// (clilibs_web.go), and reading what needs them there throws.
//
//go:embed cli/report.js
var reportLib string

//go:embed cli/path_win32.js
var pathWin32Lib string

var cliLibs = map[string]string{"report.js": reportLib, "path_win32.js": pathWin32Lib}

// hasAtomics: this build has SharedArrayBuffer and Atomics (lib/atomics.js).
// The page's build leaves them out (clilibs_web.go).
const hasAtomics = true
