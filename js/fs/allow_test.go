package fs_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/js"
	jsfs "github.com/evloop/evloop/js/fs"
	"github.com/evloop/evloop/poller"
)

// TestFS_allow tries to leave the allowed directory through the fs module
// — "..", an absolute path, a symlink inside pointing out, ".." after a
// symlink — and wants EACCES naming the --allow-fs flag every time, from
// the sync, callback and promise forms; what is inside stays readable.
func TestFS_allow(t *testing.T) {
	base, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	allowed := filepath.Join(base, "allowed")
	outside := filepath.Join(base, "outside")
	for _, d := range []string{allowed, outside, filepath.Join(allowed, "sub")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range map[string]string{
		filepath.Join(allowed, "inside.txt"):   "inside",
		filepath.Join(outside, "secret.txt"):   "secret",
		filepath.Join(allowed, "sub", "x.txt"): "x",
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(allowed, "dirlink")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(allowed, "filelink")); err != nil {
		t.Fatal(err)
	}
	// sub/../../outside: ".." taken after "sublink" resolves to outside/.
	if err := os.Symlink(filepath.Join(outside, "nested"), filepath.Join(allowed, "sublink")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(outside, "nested"), 0o755); err != nil {
		t.Fatal(err)
	}

	src := `
const fs = require('fs');
const out = [];
function sync(label, f) {
  try { f(); out.push(label + ' ok'); }
  catch (e) { out.push(label + ' ' + e.code + ' ' + e.syscall + ' ' + /--allow-fs=/.test(e.message)); }
}
sync('inside', () => fs.readFileSync('inside.txt'));
sync('inside abs', () => fs.readFileSync(process.cwd() + '/sub/x.txt'));
sync('dotdot', () => fs.readFileSync('../outside/secret.txt'));
sync('abs', () => fs.readFileSync(OUTSIDE + '/secret.txt'));
sync('abs dotdot', () => fs.readFileSync(process.cwd() + '/sub/../../outside/secret.txt'));
sync('dir symlink', () => fs.readFileSync('dirlink/secret.txt'));
sync('file symlink', () => fs.readFileSync('filelink'));
sync('dotdot after symlink', () => fs.readFileSync('sublink/../secret.txt'));
sync('write outside', () => fs.writeFileSync('../outside/new.txt', 'x'));
sync('write via link', () => fs.writeFileSync('dirlink/new.txt', 'x'));
sync('mkdir outside', () => fs.mkdirSync('dirlink/d'));
sync('rename out', () => fs.renameSync('inside.txt', '../outside/moved.txt'));
sync('stat outside', () => fs.statSync('dirlink'));
sync('readdir outside', () => fs.readdirSync('..'));
out.push('exists ' + fs.existsSync('filelink') + ' ' + fs.existsSync('inside.txt'));
fs.readFile('filelink', (err) => {
  out.push('callback ' + err.code + ' ' + err.errno + ' ' + err.path + ' ' + /--allow-fs=/.test(err.message));
  fs.promises.readFile('dirlink/secret.txt').catch((err2) => {
    out.push('promise ' + err2.code);
    console.log(out.join('\n'));
    console.log(fs.existsSync(OUTSIDE + '/new.txt'));
  });
});
`
	src = strings.ReplaceAll(src, "OUTSIDE", "'"+outside+"'")
	host, b, err := poller.NewRealHost(allowed)
	if err != nil {
		t.Skipf("no real host here: %v", err)
	}
	defer b.Close()
	allow := &poller.Allow{FS: poller.OSFS{}, Dirs: []string{allowed}}
	host.Allow = allow.Check
	var stdout, stderr bytes.Buffer
	file := filepath.Join(allowed, "main.js")
	rt, err := js.New(js.Options{Stdout: &stdout, Stderr: &stderr, Argv: []string{file}, Cwd: allowed,
		Host: host, Backend: b, Env: []string{}, Modules: jsfs.Modules()})
	if err != nil {
		t.Fatal(err)
	}
	if code := rt.RunSource(file, src); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	want := `inside ok
inside abs ok
dotdot EACCES open true
abs EACCES open true
abs dotdot EACCES open true
dir symlink EACCES open true
file symlink EACCES open true
dotdot after symlink EACCES open true
write outside EACCES open true
write via link EACCES open true
mkdir outside EACCES mkdir true
rename out EACCES rename true
stat outside EACCES stat true
readdir outside EACCES scandir true
exists false true
callback EACCES -13 filelink true
promise EACCES
false
`
	if got := stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s\nstderr: %s", got, want, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(outside, "moved.txt")); err == nil {
		t.Error("a file was moved out")
	}
}
