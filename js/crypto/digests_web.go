//go:build evloopweb

package crypto

// The page's build has only the standard library's digests: RIPEMD-160 and
// BLAKE2 (golang.org/x/crypto) stay out of its download (site/docs/limits.md).
var moreDigests []cryptoName
