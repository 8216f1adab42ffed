//go:build evloopweb

package js

// nodeFlagsText: the page has no NODE_OPTIONS, and its
// process.allowedNodeEnvironmentFlags is empty (nodeflags.go).
const nodeFlagsText = ""
