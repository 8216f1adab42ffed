//go:build evloopweb

package crypto

import (
	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
)

// cipherNatives in the page's build: no ciphers (crypto/aes and
// crypto/cipher cost the page's download about 20 KB with brotli), so
// getCiphers is empty and createCipheriv throws ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.
func cipherNatives(r *js.Runtime, o *goja.Object) {
	vm := r.VM()
	o.Set("cryptoCipherNames", func() goja.Value { return vm.NewArray() })
	o.Set("cryptoCipherInfo", func(string) goja.Value { return goja.Null() })
	o.Set("cryptoCipher", func() string { return "UNAVAILABLE" })
}
