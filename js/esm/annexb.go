package esm

import "strings"

// NeedsAnnexBLowering reports whether src, a CommonJS source, may declare
// a function inside a block (`if (x) { function f() {} }`). Sloppy-mode
// code sees such a function after the block too (ECMA-262 Annex B.3.3:
// the declaration also assigns a var of the enclosing function); goja
// keeps it block-scoped, so a later call is a ReferenceError, `typeof f`
// 'undefined'. esbuild applies B.3.3 when it parses sloppy code (the block
// gets `let f2 = function() {...}; var f = f2;`), so such a file is
// lowered first, with keepNames to give the function its own name back.
//
// The scan errs on the side of lowering: a plain `function` (not async,
// not a generator) at the start of a statement whose innermost brace is a
// block's — after `)` of if/for/while/with/switch/catch, after else, try,
// finally or do, or a bare block at the start of a statement. esbuild
// leaves strict code ("use strict") as it is.
func NeedsAnnexBLowering(src string) bool {
	if !strings.Contains(src, "function") || !strings.Contains(src, "{") {
		return false
	}
	s := newScanner(src)
	var (
		blocks      []bool   // per open brace: whether it opens a block
		parenWords  []string // per open paren: the word before it
		closedParen string   // the word before the ( of the ) just closed
		prev        token
		first       = true
	)
	for t := s.next(); t.kind != tokEOF; t = s.next() {
		switch {
		case t.is("("):
			w := ""
			if prev.kind == tokIdent {
				w = prev.text
			}
			parenWords = append(parenWords, w)
		case t.is(")"):
			closedParen = ""
			if n := len(parenWords); n > 0 {
				closedParen, parenWords = parenWords[n-1], parenWords[:n-1]
			}
		case t.is("{"):
			blocks = append(blocks, opensBlock(prev, first, closedParen))
		case t.is("}"):
			if n := len(blocks); n > 0 {
				blocks = blocks[:n-1]
			}
		case t.isWord("function") && len(blocks) > 0 && blocks[len(blocks)-1] && !prev.isWord("async") &&
			(prev.is("{") || prev.is("}") || prev.is(";") || prev.is(":") || prev.is(")") || prev.isWord("else")):
			if !strings.HasPrefix(strings.TrimLeft(src[t.end:], " \t\r\n"), "*") {
				return true
			}
		}
		prev, first = t, false
	}
	return false
}

// opensBlock reports whether a `{` after prev opens a block statement
// (not a function or class body, not an object literal).
func opensBlock(prev token, first bool, closedParen string) bool {
	switch {
	case first, prev.is(";"), prev.is("{"), prev.is("}"):
		return true
	case prev.is(")"):
		switch closedParen {
		case "if", "for", "while", "with", "switch", "catch":
			return true
		}
		return false
	}
	return prev.isWord("else") || prev.isWord("try") || prev.isWord("finally") || prev.isWord("do")
}
