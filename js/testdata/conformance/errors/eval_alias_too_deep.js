// eval read through another name (an alias, eval.call, an array) is an indirect eval
// as in node, and source nested too deeply for it throws node's catchable RangeError
// (evloop: before, Go's fatal stack overflow).
const e = eval;
globalThis.gv = 'global';
function f() { var gv = 'local'; return [eval('gv'), e('gv'), (0, eval)('gv'), eval.call(null, 'gv')]; }
console.log(f());
console.log(typeof eval, eval.name, eval.length, e === eval);
try { e('['.repeat(500000)); } catch (err) { console.log('alias', err.constructor.name, err.message) }
try { eval.call(null, '['.repeat(500000)); } catch (err) { console.log('call', err.constructor.name, err.message) }
try { [eval][0]('['.repeat(500000)); } catch (err) { console.log('array', err.constructor.name, err.message) }
try { e('syntax error here'); } catch (err) { console.log(err.constructor.name) }
try { e('null.x'); } catch (err) { console.log(err.constructor.name) }
console.log(e('1 + 1'), e(42), e());
