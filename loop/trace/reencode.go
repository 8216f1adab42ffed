package trace

import (
	"bytes"
	"encoding/json"
)

// A Reencoder decodes a trace in the JSON format (one event per line, as
// the wasm guest writes it) as it is written, in pieces of any size, and
// emits each event to an Encoder of another format: the wasm engine's
// --trace-format text, chrome and summary. A line that is not an event
// is skipped.
type Reencoder struct {
	enc     *Encoder
	partial []byte
}

// NewReencoder returns a Reencoder that emits to enc.
func NewReencoder(enc *Encoder) *Reencoder { return &Reencoder{enc: enc} }

// Write decodes the whole lines p completes; it never fails.
func (r *Reencoder) Write(p []byte) (int, error) {
	r.partial = append(r.partial, p...)
	for {
		i := bytes.IndexByte(r.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		var ev Event
		if json.Unmarshal(r.partial[:i], &ev) == nil {
			r.enc.Emit(ev)
		}
		r.partial = r.partial[i+1:]
	}
}

// Close closes the Encoder (an unfinished last line is dropped).
func (r *Reencoder) Close() error { return r.enc.Close() }
