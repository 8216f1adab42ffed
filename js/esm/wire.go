package esm

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The result of Transform as bytes: what the evloop host's esm_transform
// import (wasm/abi, site/docs/abi.md) writes for the evloophost build of
// the wasm module, which asks its host to run the transform.
//
//	byte 0: ResultCode, ResultTLA, ResultError or ResultModule
//	ResultCode, ResultTLA: the CommonJS code (the rest)
//	ResultError:
//	 1        5        9        13           17
//	┌────────┬────────┬────────┬────────────┬──────┬───────────┐
//	│ line   │ column │ length │ text_len   │ text │ line_text │
//	└────────┴────────┴────────┴────────────┴──────┴───────────┘
//	line 1-based, column 0-based, length the bytes of the offending
//	token (Error's), little-endian u32s; line_text is the rest.
//	ResultModule: nothing (LowerCommonJS's ErrModuleSyntax)
const (
	ResultCode   = 0 // code
	ResultTLA    = 1 // code that uses top-level await
	ResultError  = 2 // a syntax error
	ResultModule = 3 // the CommonJS source has ES-module syntax
)

// The request: esm_transform's file argument names its kind. Transform's
// requests are the file name itself; LowerCommonJS's are the file name
// after one of these prefixes (a NUL, which no path holds, then the kind).
const (
	requestCommonJS       = "\x00commonjs\x00"
	requestCommonJSDetect = "\x00commonjs-detect\x00"
)

// commonJSRequest is the file argument asking for LowerCommonJS.
func commonJSRequest(file string, detect bool) string {
	if detect {
		return requestCommonJSDetect + file
	}
	return requestCommonJS + file
}

// EncodeResult is Transform's result (code, tla, err) as bytes.
func EncodeResult(code string, tla bool, err error) []byte {
	if err != nil {
		if errors.Is(err, ErrModuleSyntax) {
			return []byte{ResultModule}
		}
		var e *Error
		if !errors.As(err, &e) {
			e = &Error{Text: err.Error()}
		}
		b := make([]byte, 17, 17+len(e.Text)+len(e.LineText))
		b[0] = ResultError
		binary.LittleEndian.PutUint32(b[1:], uint32(e.Line))
		binary.LittleEndian.PutUint32(b[5:], uint32(e.Column))
		binary.LittleEndian.PutUint32(b[9:], uint32(e.Length))
		binary.LittleEndian.PutUint32(b[13:], uint32(len(e.Text)))
		return append(append(b, e.Text...), e.LineText...)
	}
	b := make([]byte, 1, 1+len(code))
	if tla {
		b[0] = ResultTLA
	}
	return append(b, code...)
}

// DecodeResult reads EncodeResult's bytes back; an error names file.
func DecodeResult(file string, b []byte) (code string, tla bool, err error) {
	if len(b) == 0 {
		return "", false, errors.New("esm: empty transform result")
	}
	switch b[0] {
	case ResultCode, ResultTLA:
		return string(b[1:]), b[0] == ResultTLA, nil
	case ResultModule:
		return "", false, ErrModuleSyntax
	case ResultError:
		if len(b) < 17 {
			break
		}
		n := binary.LittleEndian.Uint32(b[13:])
		if uint64(n) > uint64(len(b)-17) {
			break
		}
		return "", false, &Error{File: file, Line: int(int32(binary.LittleEndian.Uint32(b[1:]))),
			Column: int(int32(binary.LittleEndian.Uint32(b[5:]))), Length: int(int32(binary.LittleEndian.Uint32(b[9:]))),
			Text: string(b[17 : 17+n]), LineText: string(b[17+n:])}
	}
	return "", false, fmt.Errorf("esm: malformed transform result (%d bytes, kind %d)", len(b), b[0])
}
