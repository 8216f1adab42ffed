package fs_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/evloop/evloop/js/internal/jstest"
)

// TestFS_allow tries to leave the allowed directory through the fs module
// — "..", an absolute path, a symlink inside pointing out, ".." after a
// symlink — and wants EACCES naming the --allow-fs flag every time, from
// the sync, callback and promise forms; what is inside stays readable.
func TestFS_allow(t *testing.T) {
	allowed, outside := allowedAndOutside(t)
	if err := os.Mkdir(filepath.Join(allowed, "sub"), 0o755); err != nil {
		t.Fatal(err)
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

	stdout, stderr := runAllowed(t, allowed, outside, `
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
`)
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
	if stdout != want {
		t.Errorf("got\n%s\nwant\n%s\nstderr: %s", stdout, want, stderr)
	}
	if _, err := os.Stat(filepath.Join(outside, "moved.txt")); err == nil {
		t.Error("a file was moved out")
	}
}

// allowedAndOutside makes two sibling directories in a fresh temp dir
// (symlinks resolved): allowed, where the sandboxed program runs, and
// outside, which it must not reach.
func allowedAndOutside(t *testing.T) (allowed, outside string) {
	base, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	allowed, outside = filepath.Join(base, "allowed"), filepath.Join(base, "outside")
	for _, d := range []string{allowed, outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return allowed, outside
}

// runAllowed runs src in allowed, with --allow-fs=allowed alone
// (jstest.SandboxRun): OUTSIDE in src stands for outside's path, and src
// may note each step with sync(label, f), which pushes to out the label
// and "ok", or the error's code, syscall and whether its message names
// --allow-fs. A non-zero exit fails the test.
func runAllowed(t *testing.T, allowed, outside, src string) (stdout, stderr string) {
	t.Helper()
	src = `
const fs = require('fs');
const out = [];
function sync(label, f) {
  try { f(); out.push(label + ' ok'); }
  catch (e) { out.push(label + ' ' + e.code + ' ' + e.syscall + ' ' + /--allow-fs=/.test(e.message)); }
}
` + strings.ReplaceAll(src, "OUTSIDE", "'"+outside+"'")
	stdout, stderr, code := jstest.SandboxRun(t, allowed, src)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	return stdout, stderr
}
