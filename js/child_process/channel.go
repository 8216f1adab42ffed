package childprocess

import (
	"fmt"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/loop/sys"
)

// ForkChild gives a forked evloop its IPC channel before its main script
// runs: process.send, process.on('message'), process.disconnect and
// process.connected over c, the descriptor named by NODE_CHANNEL_FD. The
// composition root calls it when that variable is set (runtime r must
// have Module registered).
func ForkChild(r *js.Runtime, c sys.Conn) error {
	exports, err := r.Require("child_process")
	if err != nil {
		return err
	}
	fn, ok := goja.AssertFunction(exports.ToObject(r.VM()).Get("_forkChild"))
	if !ok {
		return fmt.Errorf("child_process has no _forkChild")
	}
	_, err = fn(goja.Undefined(), r.StreamHandle("PIPEWRAP ipc", c))
	return err
}
