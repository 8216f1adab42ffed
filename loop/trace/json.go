package trace

import (
	"strconv"
	"unicode/utf8"
)

// appendJSON appends ev as json.Marshal writes it (the same keys in the
// same order, the same omitempty rules, the same escapes): the page's
// module traces every console line and queue operation, and reflection
// made json.Marshal a fifth of a traced console.log's cost there.
// TestAppendJSON holds it to json.Marshal.
func appendJSON(b []byte, ev *Event) []byte {
	b = append(b, `{"seq":`...)
	b = strconv.AppendUint(b, ev.Seq, 10)
	b = append(b, `,"t":`...)
	b = strconv.AppendInt(b, ev.T, 10)
	b = append(b, `,"ev":`...)
	b = appendJSONString(b, string(ev.Kind))
	b = appendStringField(b, `,"phase":`, string(ev.Phase))
	b = appendStringField(b, `,"q":`, string(ev.Queue))
	if ev.ID != 0 {
		b = append(b, `,"id":`...)
		b = strconv.AppendUint(b, ev.ID, 10)
	}
	b = appendStringField(b, `,"label":`, ev.Label)
	b = appendIntField(b, `,"due":`, ev.Due)
	b = appendIntField(b, `,"n":`, ev.N)
	b = appendStringField(b, `,"why":`, ev.Why)
	b = appendStringField(b, `,"text":`, ev.Text)
	b = appendIntField(b, `,"fd":`, int64(ev.FD))
	b = appendIntField(b, `,"worker":`, int64(ev.Worker))
	if len(ev.Stack) > 0 {
		b = append(b, `,"stack":[`...)
		for i, s := range ev.Stack {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, s)
		}
		b = append(b, ']')
	}
	b = appendIntField(b, `,"loop":`, int64(ev.Loop))
	b = appendStringField(b, `,"src":`, ev.Src)
	if ev.Msg != 0 {
		b = append(b, `,"msg":`...)
		b = strconv.AppendUint(b, ev.Msg, 10)
	}
	return append(b, '}')
}

func appendStringField(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

func appendIntField(b []byte, key string, n int64) []byte {
	if n == 0 {
		return b
	}
	return strconv.AppendInt(append(b, key...), n, 10)
}

const hexDigits = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does with its HTML escaping
// (<, > and & as \u003c, \u003e, \u0026), U+2028 and U+2029 escaped, and
// each byte of invalid UTF-8 as \ufffd.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
