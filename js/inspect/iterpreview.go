package inspect

import (
	"github.com/dop251/goja"
)

// iterPreview is what is left in a Map or Set iterator.
type iterPreview struct {
	set      bool         // a Set's iterator (else a Map's)
	keyValue bool         // entries(): values holds pairs [k, v, k, v, ...]
	values   []goja.Value // the remaining items (pairs when keyValue)
}

// formatIterator is node's formatIterator: the remaining items of a Map
// or Set iterator, entries as [ key, value ] pairs.
func (s *inspector) formatIterator(p iterPreview, recurse int) []string {
	n := len(p.values)
	if p.keyValue {
		n /= 2
	}
	shown := min(s.maxArrayLength(), n)
	output := make([]string, 0, shown+1)
	s.indent += 2
	for i := 0; i < shown; i++ {
		if !p.keyValue {
			output = append(output, s.formatValue(p.values[i], recurse, false))
			continue
		}
		pair := []string{s.formatValue(p.values[2*i], recurse, false), s.formatValue(p.values[2*i+1], recurse, false)}
		output = append(output, s.reduceToSingleString(pair, "", [2]string{"[", "]"}, kindArrayExtras, recurse, nil))
	}
	s.indent -= 2
	if rest := n - shown; rest > 0 {
		output = append(output, remainingText(rest))
	}
	return output
}

// iteratorBraces is node's getIteratorBraces, with " Entries" for an
// entries iterator.
func iteratorBraces(p iterPreview, tag string) string {
	typ := "Map"
	if p.set {
		typ = "Set"
	}
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	if p.keyValue && len(tag) >= len(" Iterator") && tag[len(tag)-len(" Iterator"):] == " Iterator" {
		tag = tag[:len(tag)-len(" Iterator")] + " Entries"
	}
	return "[" + tag + "] {"
}
