package js_test

import "testing"

// node:test is node 20's test runner, which evloop does not implement
// (site/docs/builtins.md): require and import() fail with node's code for
// an unknown built-in module and words that say evloop lacks this one; any
// other unknown node: name keeps node's own words.
func TestNodeTestIsALimit(t *testing.T) {
	got := runVirtual(t, `
try { require('node:test'); } catch (e) { console.log(e.code, e.message); }
try { require('node:test/reporters'); } catch (e) { console.log(e.code, e.message); }
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
import('node:test').catch((e) => console.log('import', e.code, e.message));
`)
	want := "ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:test (node 20 has it; evloop does not implement node's test runner)\n" +
		"ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:test/reporters (node 20 has it; evloop does not implement node's test runner)\n" +
		"ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nope\n" +
		"import ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:test (node 20 has it; evloop does not implement node's test runner)\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
