//go:build evloopweb

package inspect

import "github.com/dop251/goja"

// previewIterator: the page's build takes no preview of a Map or Set
// iterator (it prints as Object [Map Iterator] {}), keeping the reflect
// reader of iterpreview_native.go out of the page's download.
func previewIterator(*goja.Object) (iterPreview, bool) { return iterPreview{}, false }
