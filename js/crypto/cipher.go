//go:build !evloopweb

package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"strings"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
)

// cipherSpec is one symmetric cipher evloop has: AES in CBC, CTR, GCM or
// ECB mode, with what getCipherInfo reports for it (OpenSSL's names and
// NIDs, as node 20 prints them).
type cipherSpec struct {
	name      string // the canonical name getCiphers lists
	info      string // getCipherInfo's name (OpenSSL's long name)
	mode      string
	nid       int
	keyLen    int
	ivLen     int // 0: no IV (ECB)
	blockSize int
}

var cipherSpecs = func() map[string]*cipherSpec {
	m := map[string]*cipherSpec{}
	nids := map[string][3]int{"cbc": {419, 423, 427}, "ecb": {418, 422, 426}, "ctr": {904, 905, 906}, "gcm": {895, 898, 901}}
	for i, bits := range []string{"128", "192", "256"} {
		for mode, nid := range nids {
			s := &cipherSpec{name: "aes-" + bits + "-" + mode, mode: mode, nid: nid[i], keyLen: 16 + 8*i, ivLen: 16, blockSize: 16}
			s.info = s.name
			switch mode {
			case "ecb":
				s.ivLen = 0
			case "ctr":
				s.blockSize = 1
			case "gcm":
				s.blockSize, s.ivLen, s.info = 1, 12, "id-aes"+bits+"-gcm"
				m[s.info] = s
			}
			m[s.name] = s
		}
		m["aes"+bits] = m["aes-"+bits+"-cbc"]
	}
	return m
}()

func cipherLookup(name string) *cipherSpec { return cipherSpecs[strings.ToLower(name)] }

// cipherState is the Go side of a Cipheriv or Decipheriv handle.
type cipherState struct {
	spec    *cipherSpec
	block   cipher.Block
	decrypt bool
	pad     bool
	done    bool

	mode cipher.BlockMode // CBC and ECB
	held []byte           // CBC and ECB: input not yet a whole block (or the last block, decrypting)

	stream cipher.Stream // CTR

	// GCM: the counter-mode stream is run here (so update returns its
	// output at once, as OpenSSL's does); at final, Go's AEAD seals the
	// whole plaintext again to compute the tag.
	aead    cipher.AEAD
	nonce   []byte
	aad     []byte
	text    []byte // the plaintext so far
	ctr     [16]byte
	ks      [16]byte
	ksUsed  int
	tagLen  int
	tag     []byte // the tag: computed (encrypting) or set (decrypting)
	started bool
}

func (*cipherState) Get(string) goja.Value       { return nil }
func (*cipherState) Set(string, goja.Value) bool { return false }
func (*cipherState) Has(string) bool             { return false }
func (*cipherState) Delete(string) bool          { return false }
func (*cipherState) Keys() []string              { return nil }

// ecbMode is ECB: each block on its own.
type ecbMode struct {
	b       cipher.Block
	decrypt bool
}

func (e ecbMode) BlockSize() int { return e.b.BlockSize() }
func (e ecbMode) CryptBlocks(dst, src []byte) {
	for i := 0; i+16 <= len(src); i += 16 {
		if e.decrypt {
			e.b.Decrypt(dst[i:i+16], src[i:i+16])
		} else {
			e.b.Encrypt(dst[i:i+16], src[i:i+16])
		}
	}
}

// gcmXOR runs GCM's counter mode (only the low 32 bits of the counter
// count, as the standard says) over src.
func (s *cipherState) gcmXOR(src []byte) []byte {
	out := make([]byte, len(src))
	for i := range src {
		if s.ksUsed == 16 {
			s.block.Encrypt(s.ks[:], s.ctr[:])
			binary.BigEndian.PutUint32(s.ctr[12:], binary.BigEndian.Uint32(s.ctr[12:])+1)
			s.ksUsed = 0
		}
		out[i] = src[i] ^ s.ks[s.ksUsed]
		s.ksUsed++
	}
	return out
}

// newCipherState answers "" and the state, or what is wrong: "UNKNOWN",
// "KEYLEN", "IV" or "TAG".
func newCipherState(name string, key, iv []byte, decrypt bool, tagLen int) (*cipherState, string) {
	spec := cipherLookup(name)
	if spec == nil {
		return nil, "UNKNOWN"
	}
	if len(key) != spec.keyLen {
		return nil, "KEYLEN"
	}
	switch {
	case spec.mode == "gcm" && len(iv) == 0,
		spec.mode != "gcm" && len(iv) != spec.ivLen:
		return nil, "IV"
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, "KEYLEN"
	}
	s := &cipherState{spec: spec, block: block, decrypt: decrypt, pad: true}
	switch spec.mode {
	case "cbc":
		if decrypt {
			s.mode = cipher.NewCBCDecrypter(block, iv)
		} else {
			s.mode = cipher.NewCBCEncrypter(block, iv)
		}
	case "ecb":
		s.mode = ecbMode{block, decrypt}
	case "ctr":
		s.stream = cipher.NewCTR(block, iv)
	case "gcm":
		if tagLen < 0 {
			tagLen = 16
		} else if !validGCMTag(tagLen) {
			return nil, "TAG"
		}
		aead, err := cipher.NewGCMWithNonceSize(block, len(iv))
		if err != nil {
			return nil, "IV"
		}
		s.aead, s.nonce, s.tagLen, s.ksUsed = aead, append([]byte(nil), iv...), tagLen, 16
		// The first counter block (inc32(J0)) is what encrypts the first
		// block of a message: seal a zero block and decrypt its output.
		var zero [16]byte
		sealed := aead.Seal(nil, s.nonce, zero[:], nil)
		block.Decrypt(s.ctr[:], sealed[:16])
	}
	return s, ""
}

func validGCMTag(n int) bool { return n == 4 || n == 8 || n >= 12 && n <= 16 }

func (s *cipherState) update(data []byte) []byte {
	s.started = true
	switch {
	case s.stream != nil:
		out := make([]byte, len(data))
		s.stream.XORKeyStream(out, data)
		return out
	case s.aead != nil:
		out := s.gcmXOR(data)
		if s.decrypt {
			s.text = append(s.text, out...)
		} else {
			s.text = append(s.text, data...)
		}
		return out
	}
	s.held = append(s.held, data...)
	n := len(s.held) / 16 * 16
	if s.decrypt && s.pad && n == len(s.held) && n > 0 {
		n -= 16 // the last block may be padding: final decides
	}
	out := make([]byte, n)
	s.mode.CryptBlocks(out, s.held[:n])
	s.held = append(s.held[:0], s.held[n:]...)
	return out
}

// final answers the last output, or OpenSSL's complaint: "WRONG_FINAL_BLOCK_LENGTH",
// "BAD_DECRYPT" or "AUTH".
func (s *cipherState) final() ([]byte, string) {
	s.done = true
	switch {
	case s.stream != nil:
		return nil, ""
	case s.aead != nil:
		sealed := s.aead.Seal(nil, s.nonce, s.text, s.aad)
		full := sealed[len(s.text):]
		if !s.decrypt {
			s.tag = append([]byte(nil), full[:s.tagLen]...)
			return nil, ""
		}
		if s.tag == nil || subtle.ConstantTimeCompare(s.tag, full[:len(s.tag)]) != 1 {
			return nil, "AUTH"
		}
		return nil, ""
	}
	if !s.pad {
		if len(s.held) != 0 {
			return nil, "WRONG_FINAL_BLOCK_LENGTH"
		}
		return nil, ""
	}
	if !s.decrypt {
		n := 16 - len(s.held)
		for i := 0; i < n; i++ {
			s.held = append(s.held, byte(n))
		}
		out := make([]byte, 16)
		s.mode.CryptBlocks(out, s.held)
		return out, ""
	}
	if len(s.held) != 16 {
		return nil, "WRONG_FINAL_BLOCK_LENGTH"
	}
	out := make([]byte, 16)
	s.mode.CryptBlocks(out, s.held)
	n := int(out[15])
	if n < 1 || n > 16 {
		return nil, "BAD_DECRYPT"
	}
	for _, b := range out[16-n:] {
		if int(b) != n {
			return nil, "BAD_DECRYPT"
		}
	}
	return out[:16-n], ""
}

// cipherNatives adds the cipher natives to o:
//
//	cryptoCipherNames() → the names getCiphers lists
//	cryptoCipherInfo(name) → [name, mode, nid, blockSize, ivLength, keyLength] or null
//	cryptoCipher(name, key, iv, decrypt, authTagLength) → a handle, or
//	  "UNKNOWN", "KEYLEN", "IV", "TAG"
//	  handle.update(data, enc) → ArrayBuffer
//	  handle.final() → ArrayBuffer | "WRONG_FINAL_BLOCK_LENGTH" | "BAD_DECRYPT" | "AUTH"
//	  handle.setAutoPadding(bool); handle.setAAD(data) → bool (false: not GCM or too late)
//	  handle.getAuthTag() → ArrayBuffer | null; handle.setAuthTag(data) → bool
//	  handle.mode() → "cbc", "ecb", "ctr" or "gcm"; handle.done() → bool
func cipherNatives(r *js.Runtime, o *goja.Object) {
	vm := r.VM()
	o.Set("cryptoCipherNames", func() goja.Value {
		names := []any{}
		for _, b := range []string{"128", "192", "256"} {
			for _, m := range []string{"cbc", "ctr", "ecb", "gcm"} {
				names = append(names, "aes-"+b+"-"+m)
			}
		}
		names = append(names, "aes128", "aes192", "aes256", "id-aes128-GCM", "id-aes192-GCM", "id-aes256-GCM")
		return vm.NewArray(names...)
	})
	o.Set("cryptoCipherInfo", func(name string) goja.Value {
		s := cipherLookup(name)
		if s == nil {
			return goja.Null()
		}
		return vm.NewArray(s.info, s.mode, s.nid, s.blockSize, s.ivLen, s.keyLen)
	})

	proto := vm.NewObject()
	if ctor, err := vm.RunProgram(ctorProgram("CipherBase")); err == nil {
		proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		ctor.ToObject(vm).Set("prototype", proto)
	}
	state := func(call goja.FunctionCall) *cipherState {
		if obj, ok := call.This.(*goja.Object); ok {
			if s, ok := safeexport.Export(obj).(*cipherState); ok {
				return s
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	buf := func(b []byte) goja.Value {
		if b == nil {
			b = []byte{}
		}
		return vm.ToValue(vm.NewArrayBuffer(b))
	}
	proto.Set("update", func(call goja.FunctionCall) goja.Value {
		s := state(call)
		return buf(s.update(cryptoBytes(call.Argument(0), call.Argument(1).String())))
	})
	proto.Set("final", func(call goja.FunctionCall) goja.Value {
		out, bad := state(call).final()
		if bad != "" {
			return vm.ToValue(bad)
		}
		return buf(out)
	})
	proto.Set("setAutoPadding", func(call goja.FunctionCall) goja.Value {
		state(call).pad = call.Argument(0).ToBoolean()
		return goja.Undefined()
	})
	proto.Set("setAAD", func(call goja.FunctionCall) goja.Value {
		s := state(call)
		if s.aead == nil || s.started {
			return vm.ToValue(false)
		}
		s.aad = append(s.aad, cryptoBytes(call.Argument(0), "utf8")...)
		return vm.ToValue(true)
	})
	proto.Set("getAuthTag", func(call goja.FunctionCall) goja.Value {
		s := state(call)
		if s.tag == nil || s.decrypt {
			return goja.Null()
		}
		return buf(append([]byte(nil), s.tag...))
	})
	proto.Set("setAuthTag", func(call goja.FunctionCall) goja.Value {
		s := state(call)
		if s.aead == nil || s.tag != nil || s.done {
			return vm.ToValue(false)
		}
		s.tag = append([]byte{}, cryptoBytes(call.Argument(0), "utf8")...)
		return vm.ToValue(true)
	})
	proto.Set("mode", func(call goja.FunctionCall) goja.Value { return vm.ToValue(state(call).spec.mode) })
	proto.Set("done", func(call goja.FunctionCall) goja.Value { return vm.ToValue(state(call).done) })

	o.Set("cryptoCipher", func(call goja.FunctionCall) goja.Value {
		tagLen := -1
		if t := call.Argument(4); !goja.IsUndefined(t) {
			tagLen = int(t.ToInteger())
		}
		var iv []byte
		if v := call.Argument(2); !goja.IsNull(v) && !goja.IsUndefined(v) {
			iv = cryptoBytes(v, "utf8")
		}
		s, bad := newCipherState(call.Argument(0).String(), cryptoBytes(call.Argument(1), "utf8"), iv,
			call.Argument(3).ToBoolean(), tagLen)
		if bad != "" {
			return vm.ToValue(bad)
		}
		obj := vm.NewDynamicObject(s)
		obj.SetPrototype(proto)
		return obj
	})
}
