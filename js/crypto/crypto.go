// Package crypto is node's crypto built-in for evloop: hashes and HMACs,
// PBKDF2, HKDF and random bytes, all from Go's standard library (node uses
// OpenSSL; the digests are the same). crypto.js validates arguments and
// shapes errors as node does (lib/internal/crypto/*.js); these natives
// trust their arguments' types but never their sizes, so bad input is a JS
// error, never a panic. Register Module() through js.Options.Modules; the
// runtime's globalThis.crypto (webcrypto) loads it on first use.
//
// The async forms (pbkdf2, hkdf, randomBytes, randomFill) run on the thread
// pool, as node's CryptoJob does: their work never touches goja, and the
// callback runs in the poll phase of a later iteration.
package crypto

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"hash"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
)

//go:embed crypto.js
var source string

// Module returns the "crypto" built-in, for js.Options.Modules.
func Module() js.Module {
	return js.Module{Name: "crypto", Load: func(r *js.Runtime) (goja.Value, error) {
		return r.RunBinding("crypto", source, natives(r))
	}}
}

// cryptoDigest is one digest algorithm: its constructor and what one PBKDF2
// iteration (one HMAC of a short message: two compression runs plus
// overhead) costs on the simulated pool. The costs were measured with Go
// 1.26 on the machine the conformance goldens were recorded on
// (pbkdf2.Key, 1000 iterations, 16-byte key): node's OpenSSL is within
// 15% of them for sha256 (193 ns per iteration).
type cryptoDigest struct {
	name    string // the canonical name, as getHashes lists it
	new     func() hash.Hash
	perIter time.Duration
	// xof is set for the extendable-output functions (SHAKE): their output
	// length is chosen per hash, and HMAC and the KDFs refuse them.
	xof func(n int) hash.Hash
}

var (
	cryptoMD5    = &cryptoDigest{"md5", md5.New, 250 * time.Nanosecond, nil}
	cryptoSHA1   = &cryptoDigest{"sha1", sha1.New, 190 * time.Nanosecond, nil}
	cryptoSHA224 = &cryptoDigest{"sha224", sha256.New224, 172 * time.Nanosecond, nil}
	cryptoSHA256 = &cryptoDigest{"sha256", sha256.New, 172 * time.Nanosecond, nil}
	cryptoSHA384 = &cryptoDigest{"sha384", sha512.New384, 431 * time.Nanosecond, nil}
	cryptoSHA512 = &cryptoDigest{"sha512", sha512.New, 431 * time.Nanosecond, nil}
	cryptoS512_2 = &cryptoDigest{"sha512-224", sha512.New512_224, 431 * time.Nanosecond, nil}
	cryptoS512_6 = &cryptoDigest{"sha512-256", sha512.New512_256, 431 * time.Nanosecond, nil}
	cryptoSHA3_2 = &cryptoDigest{"sha3-224", func() hash.Hash { return sha3.New224() }, 866 * time.Nanosecond, nil}
	cryptoSHA3_5 = &cryptoDigest{"sha3-256", func() hash.Hash { return sha3.New256() }, 866 * time.Nanosecond, nil}
	cryptoSHA3_3 = &cryptoDigest{"sha3-384", func() hash.Hash { return sha3.New384() }, 866 * time.Nanosecond, nil}
	cryptoSHA3_1 = &cryptoDigest{"sha3-512", func() hash.Hash { return sha3.New512() }, 866 * time.Nanosecond, nil}
	cryptoMD5SHA = &cryptoDigest{"md5-sha1", newMD5SHA1, 440 * time.Nanosecond, nil}
	cryptoSHAKE1 = &cryptoDigest{"shake128", func() hash.Hash { return newCryptoXOF(sha3.NewSHAKE128, 16) }, 0,
		func(n int) hash.Hash { return newCryptoXOF(sha3.NewSHAKE128, n) }}
	cryptoSHAKE2 = &cryptoDigest{"shake256", func() hash.Hash { return newCryptoXOF(sha3.NewSHAKE256, 32) }, 0,
		func(n int) hash.Hash { return newCryptoXOF(sha3.NewSHAKE256, n) }}
)

// md5SHA1 is OpenSSL's md5-sha1 (TLS 1.0's PRF digest): MD5 and SHA-1 of
// the same input side by side, 36 bytes, HMAC block 64.
type md5SHA1 struct{ m, s hash.Hash }

func newMD5SHA1() hash.Hash { return &md5SHA1{md5.New(), sha1.New()} }

func (h *md5SHA1) Write(p []byte) (int, error) {
	h.m.Write(p)
	return h.s.Write(p)
}
func (h *md5SHA1) Sum(b []byte) []byte { return h.s.Sum(h.m.Sum(b)) }
func (h *md5SHA1) Reset()              { h.m.Reset(); h.s.Reset() }
func (h *md5SHA1) Size() int           { return md5.Size + sha1.Size }
func (h *md5SHA1) BlockSize() int      { return 64 }

func (h *md5SHA1) Clone() (hash.Cloner, error) {
	m, err := h.m.(hash.Cloner).Clone()
	if err != nil {
		return nil, err
	}
	s, err := h.s.(hash.Cloner).Clone()
	if err != nil {
		return nil, err
	}
	return &md5SHA1{m.(hash.Hash), s.(hash.Hash)}, nil
}

// errCryptoDerive is node's error for a key derivation OpenSSL refused.
var errCryptoDerive = errors.New("Deriving bits failed")

// cryptoXOF is a SHAKE function as a hash.Hash of a fixed output length
// (node's default: 16 bytes for shake128, 32 for shake256, or the
// outputLength option).
type cryptoXOF struct {
	s    *sha3.SHAKE
	newS func() *sha3.SHAKE
	n    int
}

func newCryptoXOF(newS func() *sha3.SHAKE, n int) *cryptoXOF { return &cryptoXOF{newS(), newS, n} }

func (x *cryptoXOF) Write(p []byte) (int, error) { return x.s.Write(p) }
func (x *cryptoXOF) Reset()                      { x.s.Reset() }
func (x *cryptoXOF) Size() int                   { return x.n }
func (x *cryptoXOF) BlockSize() int              { return x.s.BlockSize() }

// Sum squeezes a copy, so the state can still absorb (a SHAKE cannot be
// written to once read).
func (x *cryptoXOF) Sum(b []byte) []byte {
	c, err := x.Clone()
	if err != nil {
		return b
	}
	out := make([]byte, x.n)
	c.(*cryptoXOF).s.Read(out)
	return append(b, out...)
}

func (x *cryptoXOF) Clone() (hash.Cloner, error) {
	state, err := x.s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	s := x.newS()
	if err := s.UnmarshalBinary(state); err != nil {
		return nil, err
	}
	return &cryptoXOF{s, x.newS, x.n}, nil
}

// cryptoName is one name getHashes lists and the digest it stands for.
type cryptoName struct {
	name string
	d    *cryptoDigest
}

// cryptoHashNames is node 20's getHashes() (OpenSSL 3's names, in its
// order: by bytes) restricted to the digests evloop has: those of Go's
// standard library here, moreDigests' (RIPEMD-160 and BLAKE2, not in the
// page's build) merged in; never SM3. Lookups are case-insensitive, as
// OpenSSL's EVP_get_digestbyname is.
var cryptoHashNames = sync.OnceValue(func() []cryptoName {
	all := append(append([]cryptoName(nil), stdDigests...), moreDigests...)
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })
	return all
})

// stdDigests are the names of the standard library's digests.
var stdDigests = []cryptoName{
	{"RSA-MD5", cryptoMD5},
	{"RSA-SHA1", cryptoSHA1},
	{"RSA-SHA1-2", cryptoSHA1},
	{"RSA-SHA224", cryptoSHA224},
	{"RSA-SHA256", cryptoSHA256},
	{"RSA-SHA3-224", cryptoSHA3_2},
	{"RSA-SHA3-256", cryptoSHA3_5},
	{"RSA-SHA3-384", cryptoSHA3_3},
	{"RSA-SHA3-512", cryptoSHA3_1},
	{"RSA-SHA384", cryptoSHA384},
	{"RSA-SHA512", cryptoSHA512},
	{"RSA-SHA512/224", cryptoS512_2},
	{"RSA-SHA512/256", cryptoS512_6},
	{"id-rsassa-pkcs1-v1_5-with-sha3-224", cryptoSHA3_2},
	{"id-rsassa-pkcs1-v1_5-with-sha3-256", cryptoSHA3_5},
	{"id-rsassa-pkcs1-v1_5-with-sha3-384", cryptoSHA3_3},
	{"id-rsassa-pkcs1-v1_5-with-sha3-512", cryptoSHA3_1},
	{"md5", cryptoMD5},
	{"md5-sha1", cryptoMD5SHA},
	{"md5WithRSAEncryption", cryptoMD5},
	{"sha1", cryptoSHA1},
	{"sha1WithRSAEncryption", cryptoSHA1},
	{"sha224", cryptoSHA224},
	{"sha224WithRSAEncryption", cryptoSHA224},
	{"sha256", cryptoSHA256},
	{"sha256WithRSAEncryption", cryptoSHA256},
	{"sha3-224", cryptoSHA3_2},
	{"sha3-256", cryptoSHA3_5},
	{"sha3-384", cryptoSHA3_3},
	{"sha3-512", cryptoSHA3_1},
	{"sha384", cryptoSHA384},
	{"sha384WithRSAEncryption", cryptoSHA384},
	{"sha512", cryptoSHA512},
	{"sha512-224", cryptoS512_2},
	{"sha512-224WithRSAEncryption", cryptoS512_2},
	{"sha512-256", cryptoS512_6},
	{"sha512-256WithRSAEncryption", cryptoS512_6},
	{"sha512WithRSAEncryption", cryptoSHA512},
	{"shake128", cryptoSHAKE1},
	{"shake256", cryptoSHAKE2},
	{"ssl3-md5", cryptoMD5},
	{"ssl3-sha1", cryptoSHA1},
}

// cryptoAliases are OpenSSL names for the same digests that getHashes does
// not list but createHash accepts.
var cryptoAliases = []cryptoName{
	{"sha-1", cryptoSHA1}, {"sha-224", cryptoSHA224}, {"sha-256", cryptoSHA256},
	{"sha-384", cryptoSHA384}, {"sha-512", cryptoSHA512}, {"sha2-224", cryptoSHA224},
	{"sha2-256", cryptoSHA256}, {"sha2-384", cryptoSHA384}, {"sha2-512", cryptoSHA512},
	{"sha512/224", cryptoS512_2}, {"sha512/256", cryptoS512_6}, {"sha2-512/224", cryptoS512_2},
	{"sha2-512/256", cryptoS512_6},
}

// cryptoByName maps every lower-cased name to its digest.
var cryptoByName = sync.OnceValue(func() map[string]*cryptoDigest {
	m := map[string]*cryptoDigest{}
	for _, n := range cryptoHashNames() {
		m[strings.ToLower(n.name)] = n.d
	}
	for _, a := range cryptoAliases {
		m[a.name] = a.d
	}
	return m
})

// cryptoLookup finds a digest by any of its names, ignoring case.
func cryptoLookup(name string) *cryptoDigest {
	byName := cryptoByName()
	if d, ok := byName[name]; ok {
		return d
	}
	return byName[strings.ToLower(name)]
}

// cryptoView returns the bytes an ArrayBuffer or an ArrayBufferView (typed
// array, Buffer, DataView) refers to, without copying: writes go to the
// JS object's memory. ok is false for anything else.
func cryptoView(v goja.Value) (b []byte, ok bool) {
	if v == nil {
		return nil, false
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	// A view has a buffer (typed arrays export as copies, so go through
	// it); an ArrayBuffer has none and exports as itself.
	buf := obj.Get("buffer")
	if buf == nil {
		if ab, isAB := safeexport.Export(obj).(goja.ArrayBuffer); isAB {
			return ab.Bytes(), true
		}
		return nil, false
	}
	ab, isAB := safeexport.Export(buf).(goja.ArrayBuffer)
	if !isAB {
		return nil, false
	}
	all := ab.Bytes()
	offV, nV := obj.Get("byteOffset"), obj.Get("byteLength")
	if offV == nil || nV == nil {
		return nil, false
	}
	off, n := offV.ToInteger(), nV.ToInteger()
	if off < 0 || n < 0 || off > int64(len(all)) || n > int64(len(all))-off {
		return nil, false
	}
	return all[off : off+n], true
}

// cryptoBytes returns the bytes of data: a string in encoding enc (node's
// Buffer.from(string, enc) rules), or a view's bytes (not copied).
func cryptoBytes(data goja.Value, enc string) []byte {
	if b, ok := cryptoView(data); ok {
		return b
	}
	return cryptoDecode(data.String(), enc)
}

// cryptoDecode turns a string into bytes as Buffer.from(s, enc) does:
// invalid hex ends the data at the first bad pair, base64 skips characters
// outside both alphabets and stops at '=', latin1 and ascii keep the low
// byte of each UTF-16 unit, an unknown encoding is UTF-8.
func cryptoDecode(s, enc string) []byte {
	switch strings.ToLower(enc) {
	case "hex":
		out := make([]byte, 0, len(s)/2)
		for i := 0; i+1 < len(s); i += 2 {
			b, err := hex.DecodeString(s[i : i+2])
			if err != nil {
				break
			}
			out = append(out, b[0])
		}
		return out
	case "base64", "base64url":
		clean := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '=':
				i = len(s)
			case c == '-':
				clean = append(clean, '+')
			case c == '_':
				clean = append(clean, '/')
			case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
				clean = append(clean, c)
			}
		}
		if len(clean)%4 == 1 {
			clean = clean[:len(clean)-1]
		}
		out, _ := base64.RawStdEncoding.DecodeString(string(clean))
		return out
	case "latin1", "binary", "ascii":
		units := utf16.Encode([]rune(s))
		out := make([]byte, len(units))
		for i, u := range units {
			out[i] = byte(u)
		}
		return out
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		units := utf16.Encode([]rune(s))
		out := make([]byte, 2*len(units))
		for i, u := range units {
			out[2*i], out[2*i+1] = byte(u), byte(u>>8)
		}
		return out
	}
	return []byte(strings.ToValidUTF8(s, "\uFFFD"))
}

// cryptoEncode renders sum in the encodings Go does here; ok is false for
// the others (crypto.js asks Buffer for those).
func cryptoEncode(sum []byte, enc string) (string, bool) {
	switch enc {
	case "hex":
		return hex.EncodeToString(sum), true
	case "base64":
		return base64.StdEncoding.EncodeToString(sum), true
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(sum), true
	case "latin1", "binary":
		rs := make([]rune, len(sum))
		for i, b := range sum {
			rs[i] = rune(b)
		}
		return string(rs), true
	}
	return "", false
}

// cryptoHasher is the Go state of a hash handle (Hash and Hmac in
// crypto.js hold one each). It is the handle itself, as a goja
// DynamicObject with no own properties: its methods come from the
// prototype, and a handle costs one small object, not a property map.
type cryptoHasher struct {
	h hash.Hash
}

func (*cryptoHasher) Get(string) goja.Value       { return nil }
func (*cryptoHasher) Set(string, goja.Value) bool { return false }
func (*cryptoHasher) Has(string) bool             { return false }
func (*cryptoHasher) Delete(string) bool          { return false }
func (*cryptoHasher) Keys() []string              { return nil }

// natives returns the natives behind crypto (crypto.js's `internal`, over
// the shared helpers):
//
//	cryptoHashNames() → node's getHashes(), for the digests there are
//	cryptoDigestKind(name) → "digest", "xof" (SHAKE) or "" (unknown)
//	cryptoHash(name, key, outputLength) → a handle (key undefined: a hash,
//	  of outputLength bytes if set; else an HMAC), null for an unknown
//	  digest, or "NOT_XOF_OR_INVALID_LENGTH"
//	  handle.update(data, enc); handle.digest(enc) → string | ArrayBuffer;
//	  handle.copy() → handle
//	cryptoPbkdf2(password, salt, iterations, keylen, digest, cb?) → ArrayBuffer
//	cryptoHkdf(digest, ikm, salt, info, keylen, cb?) → ArrayBuffer
//	cryptoDigest(name, data, cb?) → ArrayBuffer (SubtleCrypto.digest)
//	cryptoRandomFill(view, offset, size, cb?)    fills in place
//	cryptoRandomUUID() → string
//	cryptoTimingSafeEqual(a, b) → bool
//
// With cb, the work goes to the thread pool and cb(result) runs later from
// the poll phase; without, it runs now.
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	o.Set("cryptoHashNames", func() goja.Value {
		all := cryptoHashNames()
		names := make([]any, len(all))
		for i, n := range all {
			names[i] = n.name
		}
		return vm.NewArray(names...)
	})
	o.Set("cryptoDigestKind", func(name string) string {
		switch d := cryptoLookup(name); {
		case d == nil:
			return ""
		case d.xof != nil:
			return "xof"
		}
		return "digest"
	})

	// Two prototypes, so a handle prints as node's does: Hash {} or Hmac {}.
	proto := vm.NewObject()
	hmacProto := vm.CreateObject(proto)
	for p, name := range map[*goja.Object]string{proto: "Hash", hmacProto: "Hmac"} {
		if ctor, err := vm.RunProgram(ctorProgram(name)); err == nil {
			p.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
			ctor.ToObject(vm).Set("prototype", p)
		}
	}
	var newHandle func(h hash.Hash, p *goja.Object) *goja.Object
	state := func(call goja.FunctionCall) *cryptoHasher {
		if obj, ok := call.This.(*goja.Object); ok {
			if s, ok := safeexport.Export(obj).(*cryptoHasher); ok {
				return s
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	proto.Set("update", func(call goja.FunctionCall) goja.Value {
		s := state(call)
		s.h.Write(cryptoBytes(call.Argument(0), call.Argument(1).String()))
		return goja.Undefined()
	})
	proto.Set("digest", func(call goja.FunctionCall) goja.Value {
		sum := state(call).h.Sum(nil)
		if s, ok := cryptoEncode(sum, call.Argument(0).String()); ok {
			return vm.ToValue(s)
		}
		return vm.ToValue(vm.NewArrayBuffer(sum))
	})
	proto.Set("copy", func(call goja.FunctionCall) goja.Value {
		c, ok := state(call).h.(hash.Cloner)
		if !ok {
			panic(vm.NewTypeError("this digest cannot be copied"))
		}
		h, err := c.Clone()
		if err != nil {
			panic(r.NewError("Error", err.Error(), ""))
		}
		if n := call.Argument(0); !goja.IsUndefined(n) {
			size := n.ToInteger()
			if x, isXOF := h.(*cryptoXOF); isXOF && size >= 0 && size <= 1<<32-1 {
				x.n = int(size)
			} else if !isXOF && size != int64(h.Size()) || isXOF {
				return vm.ToValue("NOT_XOF_OR_INVALID_LENGTH")
			}
		}
		return newHandle(h, call.This.(*goja.Object).Prototype())
	})
	newHandle = func(h hash.Hash, p *goja.Object) *goja.Object {
		obj := vm.NewDynamicObject(&cryptoHasher{h: h})
		obj.SetPrototype(p)
		return obj
	}
	o.Set("cryptoHash", func(call goja.FunctionCall) goja.Value {
		d := cryptoLookup(call.Argument(0).String())
		if d == nil {
			return goja.Null()
		}
		key := call.Argument(1)
		if goja.IsUndefined(key) {
			// An output length other than the digest's own is for XOFs only.
			if n := call.Argument(2); !goja.IsUndefined(n) {
				size := n.ToInteger()
				switch {
				case d.xof != nil && size >= 0 && size <= 1<<32-1:
					return newHandle(d.xof(int(size)), proto)
				case d.xof != nil || size != int64(d.new().Size()):
					return vm.ToValue("NOT_XOF_OR_INVALID_LENGTH")
				}
			}
			return newHandle(d.new(), proto)
		}
		if d.xof != nil {
			return goja.Null()
		}
		return newHandle(hmac.New(d.new, append([]byte(nil), cryptoBytes(key, "utf8")...)), hmacProto)
	})

	// offload runs work now (cb undefined: the result is returned, an
	// error thrown) or on the pool, then cb(error|null, result) on the loop
	// goroutine from the poll phase of a later iteration.
	offload := func(label string, cost time.Duration, cb goja.Value, work func(), result func() (goja.Value, error)) goja.Value {
		fn, async := goja.AssertFunction(cb)
		if !async {
			work()
			v, err := result()
			if err != nil {
				panic(r.NewError("Error", err.Error(), ""))
			}
			return v
		}
		done := func() {
			v, err := result()
			if err != nil {
				r.Call(fn, goja.Undefined(), r.NewError("Error", err.Error(), ""), goja.Undefined())
				return
			}
			r.Call(fn, goja.Undefined(), goja.Null(), v)
		}
		// No pool (a bare embedding): Offload runs the work now, its
		// callback still from a later poll phase.
		r.Offload(label, cost, work, done)
		return goja.Undefined()
	}

	o.Set("cryptoPbkdf2", func(call goja.FunctionCall) goja.Value {
		password := string(cryptoBytes(call.Argument(0), "utf8"))
		salt := append([]byte(nil), cryptoBytes(call.Argument(1), "utf8")...)
		iter := int(call.Argument(2).ToInteger())
		keylen := int(call.Argument(3).ToInteger())
		d := cryptoLookup(call.Argument(4).String())
		if d == nil || iter < 1 || keylen < 0 {
			panic(vm.NewTypeError("pbkdf2: bad arguments"))
		}
		if d.xof != nil {
			// OpenSSL cannot use an XOF in an HMAC; node reports it so.
			return offload("crypto.pbkdf2", 0, call.Argument(5), func() {},
				func() (goja.Value, error) { return nil, errCryptoDerive })
		}
		size := d.new().Size()
		blocks := (keylen + size - 1) / size
		cost := time.Duration(iter) * time.Duration(blocks) * d.perIter
		var key []byte
		var err error
		return offload("crypto.pbkdf2", cost, call.Argument(5),
			func() {
				if keylen > 0 {
					key, err = pbkdf2.Key(d.new, password, salt, iter, keylen)
				}
			},
			func() (goja.Value, error) { return vm.ToValue(vm.NewArrayBuffer(append([]byte{}, key...))), err })
	})

	// cryptoScrypt(password, salt, N, r, p, keylen, cb?): scrypt's key;
	// crypto.js validated every parameter (OpenSSL's bounds included).
	o.Set("cryptoScrypt", func(call goja.FunctionCall) goja.Value {
		password := append([]byte(nil), cryptoBytes(call.Argument(0), "utf8")...)
		salt := append([]byte(nil), cryptoBytes(call.Argument(1), "utf8")...)
		n := int(call.Argument(2).ToInteger())
		rr := int(call.Argument(3).ToInteger())
		p := int(call.Argument(4).ToInteger())
		keylen := int(call.Argument(5).ToInteger())
		if n < 2 || rr < 1 || p < 1 || keylen < 0 {
			panic(vm.NewTypeError("scrypt: bad arguments"))
		}
		cost := time.Duration(n) * time.Duration(rr) * time.Duration(p) * 380 * time.Nanosecond
		var key []byte
		var err error
		return offload("crypto.scrypt", cost, call.Argument(6),
			func() { key, err = scryptKey(password, salt, n, rr, p, keylen) },
			func() (goja.Value, error) { return vm.ToValue(vm.NewArrayBuffer(append([]byte{}, key...))), err })
	})

	o.Set("cryptoHkdf", func(call goja.FunctionCall) goja.Value {
		d := cryptoLookup(call.Argument(0).String())
		ikm := append([]byte(nil), cryptoBytes(call.Argument(1), "utf8")...)
		salt := append([]byte(nil), cryptoBytes(call.Argument(2), "utf8")...)
		info := string(cryptoBytes(call.Argument(3), "utf8"))
		keylen := int(call.Argument(4).ToInteger())
		if d == nil || keylen < 0 {
			panic(vm.NewTypeError("hkdf: bad arguments"))
		}
		if d.xof != nil {
			return offload("crypto.hkdf", 0, call.Argument(5), func() {},
				func() (goja.Value, error) { return nil, errCryptoDerive })
		}
		if keylen > 255*d.new().Size() {
			panic(vm.NewTypeError("hkdf: bad arguments"))
		}
		var key []byte
		var err error
		return offload("crypto.hkdf", 2*d.perIter, call.Argument(5),
			func() {
				if keylen > 0 {
					key, err = hkdf.Key(d.new, ikm, salt, info, keylen)
				}
			},
			func() (goja.Value, error) { return vm.ToValue(vm.NewArrayBuffer(append([]byte{}, key...))), err })
	})

	o.Set("cryptoDigest", func(call goja.FunctionCall) goja.Value {
		d := cryptoLookup(call.Argument(0).String())
		if d == nil {
			panic(vm.NewTypeError("digest: unknown algorithm"))
		}
		data := append([]byte(nil), cryptoBytes(call.Argument(1), "utf8")...)
		var sum []byte
		// Hashing runs at about 0.6 ns a byte (sha256 here); the rest is
		// the fixed crypto latency of the simulated pool.
		return offload("crypto.digest", time.Duration(len(data))*6/10, call.Argument(2),
			func() {
				h := d.new()
				h.Write(data)
				sum = h.Sum(nil)
			},
			func() (goja.Value, error) { return vm.ToValue(vm.NewArrayBuffer(sum)), nil })
	})

	o.Set("cryptoRandomFill", func(call goja.FunctionCall) goja.Value {
		target := call.Argument(0)
		view, ok := cryptoView(target)
		off, size := call.Argument(1).ToInteger(), call.Argument(2).ToInteger()
		if !ok || off < 0 || size < 0 || off > int64(len(view)) || size > int64(len(view))-off {
			panic(vm.NewTypeError("randomFill: bad arguments"))
		}
		// The worker fills its own memory; the loop copies it into the
		// JS buffer (which the program may touch meanwhile).
		tmp := make([]byte, size)
		return offload("crypto.randomFill", time.Duration(size)/2, call.Argument(3),
			func() { rand.Read(tmp) },
			func() (goja.Value, error) {
				if view, ok := cryptoView(target); ok && int64(len(view)) >= off+size {
					copy(view[off:], tmp)
				}
				return target, nil
			})
	})

	o.Set("cryptoRandomUUID", func() string {
		var b [16]byte
		rand.Read(b[:])
		b[6] = b[6]&0x0f | 0x40 // version 4
		b[8] = b[8]&0x3f | 0x80 // the RFC 4122 variant
		h := hex.EncodeToString(b[:])
		return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
	})

	o.Set("cryptoTimingSafeEqual", func(call goja.FunctionCall) goja.Value {
		a, _ := cryptoView(call.Argument(0))
		b, _ := cryptoView(call.Argument(1))
		return vm.ToValue(len(a) == len(b) && subtle.ConstantTimeCompare(a, b) == 1)
	})
	cipherNatives(r, o)
	return o
}

// ctorPrograms caches the empty constructors that name the handles'
// prototypes (Hash, Hmac), compiled once per process.
var ctorPrograms sync.Map // name → *goja.Program

func ctorProgram(name string) *goja.Program {
	if p, ok := ctorPrograms.Load(name); ok {
		return p.(*goja.Program)
	}
	p := goja.MustCompile("", "(function "+name+"() {})", false)
	ctorPrograms.Store(name, p)
	return p
}
