//go:build !evloopweb

package crypto

import (
	"errors"
	"hash"
	"reflect"
	"time"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // node still offers RIPEMD-160
)

// moreDigests are node 20's digests that Go's standard library lacks,
// from golang.org/x/crypto. The page's build (evloopweb) leaves them out
// (digests_web.go): they would add to its download (site/docs/limits.md).
// The costs are per PBKDF2 iteration, as the others' (measured against
// sha256's on the same loaded machine and scaled to its 172 ns).
var moreDigests = func() []cryptoName {
	rmd := &cryptoDigest{"ripemd160", newRipemd160, 1310 * time.Nanosecond, nil}
	b2b := &cryptoDigest{"blake2b512", newBlake2b512, 530 * time.Nanosecond, nil}
	b2s := &cryptoDigest{"blake2s256", newBlake2s256, 415 * time.Nanosecond, nil}
	return []cryptoName{
		{"RSA-RIPEMD160", rmd},
		{"blake2b512", b2b},
		{"blake2s256", b2s},
		{"ripemd", rmd},
		{"ripemd160", rmd},
		{"ripemd160WithRSA", rmd},
		{"rmd160", rmd},
	}
}()

func newRipemd160() hash.Hash { return copyable{ripemd160.New()} }

// newBlake2b512 is unkeyed BLAKE2b-512 (New512 fails only for a key
// longer than 64 bytes).
func newBlake2b512() hash.Hash {
	h, _ := blake2b.New512(nil)
	return copyable{h}
}

// newBlake2s256 is unkeyed BLAKE2s-256.
func newBlake2s256() hash.Hash {
	h, _ := blake2s.New256(nil)
	return copyable{h}
}

// copyable makes these digests a hash.Cloner, for hash.copy(): x/crypto's
// offer no Clone (RIPEMD-160 not even MarshalBinary). Their state is one
// struct of arrays and integers behind a pointer, so a copy of the struct
// is a copy of the state.
type copyable struct{ hash.Hash }

func (c copyable) Clone() (hash.Cloner, error) {
	v := reflect.ValueOf(c.Hash)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, errors.New("this digest cannot be copied")
	}
	n := reflect.New(v.Elem().Type())
	n.Elem().Set(v.Elem())
	return copyable{n.Interface().(hash.Hash)}, nil
}
