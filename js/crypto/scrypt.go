package crypto

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
)

// scryptKey derives keyLen bytes from password and salt with scrypt
// (RFC 7914): PBKDF2-HMAC-SHA256 around ROMix of Salsa20/8 blocks. The
// JS side has checked N (a power of two >= 2), r, p and the memory bound
// as OpenSSL does.
func scryptKey(password, salt []byte, n, r, p, keyLen int) ([]byte, error) {
	if keyLen == 0 {
		return []byte{}, nil // node gives an empty Buffer; Go's PBKDF2 refuses a 0 length
	}
	blockLen := 128 * r
	b, err := pbkdf2.Key(sha256.New, string(password), salt, 1, p*blockLen)
	if err != nil {
		return nil, err
	}
	words := 32 * r
	x := make([]uint32, words)
	y := make([]uint32, words)
	v := make([]uint32, words*n)
	for i := 0; i < p; i++ {
		chunk := b[i*blockLen : (i+1)*blockLen]
		for k := range x {
			x[k] = binary.LittleEndian.Uint32(chunk[4*k:])
		}
		for k := 0; k < n; k++ {
			copy(v[k*words:], x)
			scryptBlockMix(x, y, r)
			x, y = y, x
		}
		for k := 0; k < n; k++ {
			j := int(uint64(x[(2*r-1)*16]) & uint64(n-1))
			vj := v[j*words : (j+1)*words]
			for m := range x {
				x[m] ^= vj[m]
			}
			scryptBlockMix(x, y, r)
			x, y = y, x
		}
		for k := range x {
			binary.LittleEndian.PutUint32(chunk[4*k:], x[k])
		}
	}
	return pbkdf2.Key(sha256.New, string(password), b, 1, keyLen)
}

// scryptBlockMix is BlockMix over 2r 64-byte blocks of in, into out: the
// even-numbered results first, then the odd ones.
func scryptBlockMix(in, out []uint32, r int) {
	var t [16]uint32
	copy(t[:], in[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for j := range t {
			t[j] ^= in[i*16+j]
		}
		salsa208(&t)
		pos := i/2 + (i%2)*r
		copy(out[pos*16:], t[:])
	}
}

// salsa208 is the Salsa20/8 core: four double rounds, then the input added.
func salsa208(b *[16]uint32) {
	x := *b
	rl := bits.RotateLeft32
	for i := 0; i < 8; i += 2 {
		x[4] ^= rl(x[0]+x[12], 7)
		x[8] ^= rl(x[4]+x[0], 9)
		x[12] ^= rl(x[8]+x[4], 13)
		x[0] ^= rl(x[12]+x[8], 18)
		x[9] ^= rl(x[5]+x[1], 7)
		x[13] ^= rl(x[9]+x[5], 9)
		x[1] ^= rl(x[13]+x[9], 13)
		x[5] ^= rl(x[1]+x[13], 18)
		x[14] ^= rl(x[10]+x[6], 7)
		x[2] ^= rl(x[14]+x[10], 9)
		x[6] ^= rl(x[2]+x[14], 13)
		x[10] ^= rl(x[6]+x[2], 18)
		x[3] ^= rl(x[15]+x[11], 7)
		x[7] ^= rl(x[3]+x[15], 9)
		x[11] ^= rl(x[7]+x[3], 13)
		x[15] ^= rl(x[11]+x[7], 18)

		x[1] ^= rl(x[0]+x[3], 7)
		x[2] ^= rl(x[1]+x[0], 9)
		x[3] ^= rl(x[2]+x[1], 13)
		x[0] ^= rl(x[3]+x[2], 18)
		x[6] ^= rl(x[5]+x[4], 7)
		x[7] ^= rl(x[6]+x[5], 9)
		x[4] ^= rl(x[7]+x[6], 13)
		x[5] ^= rl(x[4]+x[7], 18)
		x[11] ^= rl(x[10]+x[9], 7)
		x[8] ^= rl(x[11]+x[10], 9)
		x[9] ^= rl(x[8]+x[11], 13)
		x[10] ^= rl(x[9]+x[8], 18)
		x[12] ^= rl(x[15]+x[14], 7)
		x[13] ^= rl(x[12]+x[15], 9)
		x[14] ^= rl(x[13]+x[12], 13)
		x[15] ^= rl(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}
