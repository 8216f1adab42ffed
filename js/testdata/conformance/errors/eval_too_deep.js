try { eval('['.repeat(4e5) + ']'.repeat(4e5)) } catch (e) { console.log(e.name, e.message) }
const x = 5; console.log(eval('x + 1'), eval(42), eval('(function(){ return typeof x })()'));
function f() { const local = 'L'; return eval('local') } console.log(f());
try { eval('('.repeat(1e5) + '1' + ')'.repeat(1e5)) } catch (e) { console.log(e.name, e.message) }
console.log(eval('[[[1]]]')[0][0][0]);
try { (0, eval)('['.repeat(4e5) + ']'.repeat(4e5)) } catch (e) { console.log(e.name) }
try { globalThis.eval('['.repeat(4e5) + ']'.repeat(4e5)) } catch (e) { console.log(e.name) }
var y = 3; console.log((0, eval)('typeof y'), globalThis.eval('1+1'));
