//go:build unix

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// corpusDir is the corpus location relative to the module root.
const corpusDir = "js/testdata/conformance"

// caseTimeout bounds one node run; a case that needs longer is broken.
const caseTimeout = 10 * time.Second

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command with its arguments, output streams and exit status
// made explicit so that it stays testable.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("golden", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 3, "run each case `n` times; all runs must agree")
	only := fs.String("only", "", "record only cases whose path (category/name.js) contains `substring`")
	node := fs.String("node", "node", "`path` of the node binary used as the oracle")
	check := fs.Bool("check", false, "verify the recorded files against node instead of writing them")
	dir := fs.String("dir", "", "corpus `directory` (default: "+corpusDir+" under the module root)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "golden: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *runs < 1 {
		fmt.Fprintln(stderr, "golden: -runs must be at least 1")
		return 2
	}
	root := *dir
	if root == "" {
		mod, err := moduleRoot()
		if err != nil {
			fmt.Fprintf(stderr, "golden: %v\n", err)
			return 2
		}
		root = filepath.Join(mod, corpusDir)
	}
	cases, err := discover(root)
	if err != nil {
		fmt.Fprintf(stderr, "golden: %v\n", err)
		return 2
	}
	cases = filter(cases, *only)
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "golden: no cases in %s match %q\n", root, *only)
		return 2
	}

	r := &recorder{
		node:    *node,
		runs:    *runs,
		timeout: caseTimeout,
		out:     stdout,
	}
	ctx := context.Background()
	if *check {
		return r.checkAll(ctx, cases, stderr)
	}
	if err := r.writeVersion(ctx, root); err != nil {
		fmt.Fprintf(stderr, "golden: %v\n", err)
		return 1
	}
	return r.recordAll(ctx, cases, stderr)
}

// moduleRoot walks up from the working directory to the directory holding
// go.mod, so that golden works from any directory inside the module.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or its parents; use -dir")
		}
		dir = parent
	}
}
