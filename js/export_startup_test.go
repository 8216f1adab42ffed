package js

import "sync"

// ForgetCompiledLibs drops the compiled built-in libraries, so the next
// runtime compiles them again as a new process does (BenchmarkStartup_cold).
func ForgetCompiledLibs() {
	libPrograms.Clear()
	warmOnce = sync.Once{}
}

// SetKeyOrderOff leaves the built-ins' keys in their code's order
// (TestBuiltinKeyOrder reads it to record keyorder.txt).
func SetKeyOrderOff(off bool) { keyOrderOff = off }
