package fs_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFS_allowAttrs tries to leave the allowed directory through the calls
// added for issue 17 — link (a hard link to an outside file would make it
// readable and writable inside), cp both ways and through a symlinked
// directory, utimes, lutimes, chown, statfs, opendir — and wants EACCES
// naming --allow-fs every time, and nothing made or changed outside.
func TestFS_allowAttrs(t *testing.T) {
	allowed, outside := allowedAndOutside(t)
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(allowed, "in.txt"), []byte("in"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(allowed, "dirlink")); err != nil {
		t.Fatal(err)
	}
	before, err := os.Stat(secret)
	if err != nil {
		t.Fatal(err)
	}

	stdout, stderr := runAllowed(t, allowed, outside, `
sync('link in', () => fs.linkSync(OUTSIDE + '/secret.txt', 'stolen'));
sync('link via dirlink', () => fs.linkSync('dirlink/secret.txt', 'stolen'));
sync('link out', () => fs.linkSync('in.txt', OUTSIDE + '/planted'));
sync('cp in', () => fs.cpSync(OUTSIDE, 'copy', { recursive: true }));
sync('cp via dirlink', () => fs.cpSync('dirlink/secret.txt', 'copy.txt'));
sync('cp out', () => fs.cpSync('in.txt', OUTSIDE + '/planted'));
sync('cp dir out', () => fs.cpSync('.', '../outside/tree', { recursive: true, filter: (s) => !s.includes('dirlink') }));
sync('utimes', () => fs.utimesSync('dirlink/secret.txt', 1, 1));
sync('lutimes', () => fs.lutimesSync(OUTSIDE + '/secret.txt', 1, 1));
sync('chown', () => fs.chownSync('../outside/secret.txt', -1, -1));
sync('lchown', () => fs.lchownSync('dirlink/secret.txt', -1, -1));
sync('statfs', () => fs.statfsSync(OUTSIDE));
sync('opendir', () => fs.opendirSync('dirlink'));
sync('watch', () => fs.watch('dirlink/secret.txt').close());
sync('watch dotdot', () => fs.watch('../outside').close());
sync('inside', () => { fs.linkSync('in.txt', 'in2.txt'); fs.cpSync('in.txt', 'in3.txt'); fs.utimesSync('in2.txt', 1, 1); });
fs.link(OUTSIDE + '/secret.txt', 'stolen', (err) => {
  out.push('link callback ' + err.code);
  fs.promises.cp(OUTSIDE, 'copy', { recursive: true }).catch((err2) => {
    out.push('cp promise ' + err2.code);
    fs.cp('in.txt', 'dirlink/planted', (err3) => {
      out.push('cp callback ' + err3.code);
      console.log(out.join('\n'));
    });
  });
});
`)
	want := `link in EACCES link true
link via dirlink EACCES link true
link out EACCES link true
cp in EACCES lstat true
cp via dirlink EACCES lstat true
cp out EACCES lstat true
cp dir out EACCES lstat true
utimes EACCES utime true
lutimes EACCES lutime true
chown EACCES chown true
lchown EACCES lchown true
statfs EACCES statfs true
opendir EACCES opendir true
watch EACCES watch true
watch dotdot EACCES watch true
inside ok
link callback EACCES
cp promise EACCES
cp callback EACCES
`
	if stdout != want {
		t.Errorf("got\n%s\nwant\n%s\nstderr: %s", stdout, want, stderr)
	}
	ents, _ := os.ReadDir(outside)
	if len(ents) != 1 {
		t.Errorf("outside now holds %d entries, want only secret.txt", len(ents))
	}
	after, err := os.Stat(secret)
	if err != nil || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("secret.txt changed: %v %v", after.ModTime(), before.ModTime())
	}
	for _, n := range []string{"stolen", "copy", "copy.txt"} {
		if _, err := os.Lstat(filepath.Join(allowed, n)); err == nil {
			t.Errorf("%s was made inside from outside", n)
		}
	}
}
