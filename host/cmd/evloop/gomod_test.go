package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// go.mod says which requirements evloop imports itself (direct) and which
// only its dependencies need (// indirect), and site/docs/architecture.md
// gives each one's purpose, marked "(indirect)" the same way, with goja's
// pinned version. Issue 16 found every requirement marked indirect and
// goja newer than the accepted version the docs named.
func TestGoMod_directRequirementsAndDocs(t *testing.T) {
	root := "../../.."
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	reqs := map[string]bool{} // module path → indirect
	versions := map[string]string{}
	inBlock := false
	for _, line := range strings.Split(string(mod), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "require (":
			inBlock = true
			continue
		case inBlock && line == ")":
			inBlock = false
			continue
		case strings.HasPrefix(line, "require "):
			line = strings.TrimPrefix(line, "require ")
		case !inBlock:
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		reqs[f[0]] = strings.HasSuffix(line, "// indirect")
		versions[f[0]] = f[1]
	}
	if len(reqs) == 0 {
		t.Fatal("no requirements read from go.mod")
	}

	// The modules evloop's own Go files import (tests and tools included:
	// go mod tidy counts them).
	importRe := regexp.MustCompile(`"([a-z0-9.\-]+\.[a-z]+/[^"]+)"`)
	imported := map[string]string{} // module → a file importing it
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		for _, m := range importRe.FindAllStringSubmatch(importBlock(string(src)), -1) {
			for r := range reqs {
				if m[1] == r || strings.HasPrefix(m[1], r+"/") {
					imported[r] = path
				}
			}
		}
		return nil
	})
	for r, indirect := range reqs {
		switch file, ok := imported[r]; {
		case ok && indirect:
			t.Errorf("go.mod marks %s // indirect, but %s imports it", r, file)
		case !ok && !indirect:
			t.Errorf("go.mod requires %s directly, but no evloop file imports it", r)
		}
	}

	doc, err := os.ReadFile(filepath.Join(root, "site/docs/architecture.md"))
	if err != nil {
		t.Fatal(err)
	}
	for r, indirect := range reqs {
		var row string
		for _, line := range strings.Split(string(doc), "\n") {
			if strings.HasPrefix(line, "| `"+r+"`") {
				row = line
			}
		}
		switch {
		case row == "":
			t.Errorf("architecture.md's Dependencies table has no row for %s", r)
		case strings.Contains(row, "(indirect)") != indirect:
			t.Errorf("architecture.md marks %s indirect=%v, go.mod %v", r, !indirect, indirect)
		}
	}
	if v := versions["github.com/dop251/goja"]; !strings.Contains(string(doc), "("+v+", the newest accepted)") {
		t.Errorf("go.mod pins goja %s; architecture.md names another version as the accepted one", v)
	}
}

// importBlock is the import declarations of a Go file (the text from the
// first import to the first func, type, var or const).
func importBlock(src string) string {
	i := strings.Index(src, "\nimport")
	if i < 0 {
		return ""
	}
	src = src[i:]
	for _, end := range []string{"\nfunc ", "\ntype ", "\nvar ", "\nconst ", "\n//go:"} {
		if j := strings.Index(src, end); j >= 0 {
			src = src[:j]
		}
	}
	return src
}
