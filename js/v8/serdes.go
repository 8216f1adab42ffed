//go:build !evloopweb

package v8

import _ "embed"

// serdes is v8.serialize, deserialize and the Serializer classes in V8's
// wire format; the page's build leaves them out (serdes_web.go).
//
//go:embed serdes.js
var serdes string
