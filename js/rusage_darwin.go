//go:build darwin

package js

// maxRSSInBytes: darwin reports ru_maxrss in bytes, node shows kilobytes.
const maxRSSInBytes = true
