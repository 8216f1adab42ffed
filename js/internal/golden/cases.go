//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Case is one conformance program: a top-level .js file of a category
// directory of the corpus.
type Case struct {
	// Dir is the category directory; node runs with it as working directory.
	Dir string
	// Rel is the slash-separated path below the corpus root, such as
	// "ordering/nested_next_tick.js". It names the case in every report.
	Rel string
}

// Script returns the path of the case's program.
func (c Case) Script() string { return filepath.Join(c.Dir, filepath.Base(c.Rel)) }

// OutPath returns the path of the recorded stdout (<name>.out).
func (c Case) OutPath() string { return c.sibling(".out") }

// CodePath returns the path of the recorded exit code (<name>.code).
func (c Case) CodePath() string { return c.sibling(".code") }

func (c Case) sibling(ext string) string {
	return strings.TrimSuffix(c.Script(), ".js") + ext
}

// discover lists the cases under root in a stable order (category, then file
// name). Only regular *.js files directly inside a category directory count:
// helpers in deeper directories (modules/lib/) and files at the root are not
// cases.
func discover(root string) ([]Case, error) {
	cats, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("read corpus: %w", err)
	}
	var cases []Case
	for _, cat := range cats {
		if !cat.IsDir() || strings.HasPrefix(cat.Name(), ".") {
			continue
		}
		dir := filepath.Join(root, cat.Name())
		files, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("read category: %w", err)
		}
		for _, f := range files {
			if !f.Type().IsRegular() || !strings.HasSuffix(f.Name(), ".js") {
				continue
			}
			cases = append(cases, Case{Dir: dir, Rel: cat.Name() + "/" + f.Name()})
		}
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Rel < cases[j].Rel })
	return cases, nil
}

// filter keeps the cases whose Rel contains substr; an empty substr keeps all.
func filter(cases []Case, substr string) []Case {
	if substr == "" {
		return cases
	}
	var kept []Case
	for _, c := range cases {
		if strings.Contains(c.Rel, substr) {
			kept = append(kept, c)
		}
	}
	return kept
}
