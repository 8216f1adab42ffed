package js

// More of the binding API (binding.go): what js/fs needs of the runtime
// beyond the Host. Each is here because the runtime, not fs, owns the
// thing: the working directory process.chdir moves, the program's output
// with its trace and its broken-pipe rule, standard input that
// process.stdin reads too. Call only from the runtime's loop goroutine.

// Cwd returns the program's working directory (process.cwd()), against
// which a binding makes relative paths absolute. It follows
// process.chdir, so read it at each call rather than keeping it.
func (r *Runtime) Cwd() string { return r.cwd }

// WriteOutput writes s to the program's standard output (fd 1) or
// standard error (fd 2) as console.log does: into the trace, and dropped
// once the reader has gone (EPIPE). fs.writeSync(1, ...) goes through it
// so that its output and console's stay in order and in the trace.
func (r *Runtime) WriteOutput(fd int, s string) { r.write(fd, s) }

// ReadStdinAll reads the rest of standard input now and returns it
// (fs.readFileSync(0)). It shares its source and its end with
// process.stdin: nothing once the end was seen or while process.stdin
// has a read in flight.
func (r *Runtime) ReadStdinAll() []byte {
	if r.stdin == nil {
		return nil
	}
	return r.stdin.readAll()
}

// BindingState returns the value a binding keeps in this runtime under
// key, made by init on first use. For a binding whose several modules
// share state per runtime (fs and fs/promises: one descriptor table),
// since a js.Module is shared by every runtime it is registered with.
// Use an unexported type of the binding's own as key.
func (r *Runtime) BindingState(key any, init func() any) any {
	if v, ok := r.bindingState[key]; ok {
		return v
	}
	if r.bindingState == nil {
		r.bindingState = map[any]any{}
	}
	v := init()
	r.bindingState[key] = v
	return v
}
