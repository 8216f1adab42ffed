//go:build linux || freebsd

package js

// maxRSSInBytes: getrusage reports ru_maxrss in kilobytes here.
const maxRSSInBytes = false
