//go:build !evloopweb

package js

import _ "embed"

// nodeFlagsText is node 20's process.allowedNodeEnvironmentFlags, in its
// order (duplicates included), one a line: recorded from node with
//
//	node -e 'process.allowedNodeEnvironmentFlags.forEach((v) => console.log(v))' > js/nodeflags.txt
//
// TestAllowedNodeEnvironmentFlags compares it with the node installed.
// The page's build has none (nodeflags_web.go): it has no NODE_OPTIONS.
//
//go:embed nodeflags.txt
var nodeFlagsText string
