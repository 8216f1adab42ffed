// util.format, util.inspect and console.log throw what the program's code threw while formatting (a custom inspect, a toJSON, a BigInt for %j, an object without a primitive for %d/%i/%f), as node's do; a cycle for %j is [Circular].
const util = require('util');
const show = (label, f) => {
  try {
    console.log(label, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(label, 'throw', e.name, e.message);
  }
};
const circ = { a: 1 };
circ.self = circ;
show('spec-j cycle', () => util.format('%j', circ));
show('spec-j bigint', () => util.format('%j', 10n));
show('spec-j toJSON throws', () => util.format('%j', { toJSON() { throw new Error('tj'); } }));
show('spec-d null proto', () => util.format('%d', Object.create(null)));
show('spec-i null proto', () => util.format('%i', Object.create(null)));
show('spec-f null proto', () => util.format('%f', Object.create(null)));
show('spec-d valueOf', () => util.format('%d', { valueOf() { return 7; } }));
show('spec-d symbol', () => util.format('%d %i %f', Symbol('a'), Symbol('b'), Symbol('c')));
show('spec-s toString throws', () => util.format('%s', { toString() { throw new Error('ts'); } }));
const hostile = { [util.inspect.custom]() { throw new RangeError('custom inspect'); } };
show('inspect custom throws', () => util.inspect(hostile));
show('format custom throws', () => util.format('%O', hostile));
show('formatWithOptions', () => util.formatWithOptions({ colors: false }, '%j', 1n));
show('console.log', () => console.log('%j', 2n));
show('console.log object', () => console.log(hostile));
show('still fine', () => util.format('%d %i %f %j %s', '42', '3.9', '1e3', [1], 'x'));
