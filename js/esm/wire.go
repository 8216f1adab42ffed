package esm

import (
	"encoding/json"
	"fmt"
)

// The wasm ABI's esm_transform (wasm/abi, site/docs/abi.md) carries a
// Request as JSON without its Source (the source travels beside it, as
// bytes) and answers with the Result as JSON.

// EncodeRequest is req without its source, as the first buffer of
// esm_transform.
func EncodeRequest(req Request) []byte {
	req.Source = ""
	b, _ := json.Marshal(req)
	return b
}

// DecodeRequest reads EncodeRequest's bytes and the source beside them.
func DecodeRequest(b []byte, src string) (Request, error) {
	var req Request
	if err := json.Unmarshal(b, &req); err != nil {
		return req, fmt.Errorf("esm: malformed transform request: %w", err)
	}
	req.Source = src
	return req, nil
}

// EncodeResult is a Result as bytes.
func EncodeResult(res *Result) []byte {
	b, err := json.Marshal(res)
	if err != nil {
		b, _ = json.Marshal(&Result{Error: &Error{Text: err.Error()}})
	}
	return b
}

// DecodeResult reads EncodeResult's bytes back.
func DecodeResult(b []byte) (*Result, error) {
	res := &Result{}
	if err := json.Unmarshal(b, res); err != nil {
		return nil, fmt.Errorf("esm: malformed transform result (%d bytes): %w", len(b), err)
	}
	return res, nil
}
