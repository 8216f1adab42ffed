package poller

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Bounds of ScriptFiles: a script at the top of a large tree still starts;
// what is left out is simply not there for the guest.
const (
	scriptMaxFiles = 2000
	scriptMaxFile  = 1 << 20
	scriptMaxTotal = 64 << 20
	scriptMaxDepth = 6
)

// ScriptFiles reads the regular files under dir (node_modules included,
// hidden directories not) as the seed of a simulated file system whose
// program cannot mount the real one: the wasm engine's --io=sim and the
// WASI command build. At most 1 MiB a file, 6 levels below dir, 2,000
// files and 64 MiB in all; unreadable entries are left out.
func ScriptFiles(dir string) map[string]string {
	files := map[string]string{}
	total := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case len(files) >= scriptMaxFiles || total >= scriptMaxTotal:
			return filepath.SkipAll
		case d.IsDir():
			if p != dir && (strings.HasPrefix(d.Name(), ".") || strings.Count(p[len(dir):], string(filepath.Separator)) > scriptMaxDepth) {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular():
			return nil
		}
		if fi, err := d.Info(); err != nil || fi.Size() > scriptMaxFile {
			return nil
		}
		if b, err := os.ReadFile(p); err == nil {
			files[p] = string(b)
			total += len(b)
		}
		return nil
	})
	return files
}
