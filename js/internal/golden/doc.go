//go:build unix

// Command golden records the conformance corpus's expected results from node,
// the oracle evloop is measured against.
//
// Every top-level *.js file in a category directory of
// js/testdata/conformance (for example ordering/nested_next_tick.js) is one
// case. golden runs each case under node several times, with the case's own
// directory as working directory, and writes two files beside it:
//
//	<name>.out   everything the case wrote to stdout
//	<name>.code  the exit code, as a decimal number and a newline
//
// A case whose stdout or exit code differs between runs is not recorded: it is
// reported as non-deterministic and the command exits non-zero, so a racy case
// gets fixed or moved out of the corpus instead of producing a flaky golden.
// Files in subdirectories of a category (helper modules such as
// modules/lib/*.js) are never run as cases.
//
// golden also writes js/testdata/conformance/NODE_VERSION with the node and
// libuv versions the goldens came from, because several orders (timers after
// poll, for instance) depend on the libuv release node ships.
//
// A case with a line `// golden: send SIGINT after "ready"` is sent that
// signal once node's stdout has the line "ready"; a death by it is
// recorded as exit code 128+n (see signal.go).
//
// There is deliberately no way to record evloop's own output as the
// expectation: goldens come from node only and are never edited by hand.
//
// Usage, from anywhere inside the module (normally through make golden):
//
//	go run ./js/internal/golden [-runs 3] [-only substring] [-node node] [-check]
//
// With -check nothing is written: each case runs -runs times under node and
// the command exits 1 if any run differs from the recorded files or a case has
// no recorded files yet.
package main
