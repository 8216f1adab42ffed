// The global Date and RegExp stand in for goja's (a Proxy each): what
// their construction gives, with every kind of argument list, a newTarget,
// subclasses and errors thrown while the arguments are read.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.message);
  }
};

show('no args is a Date', () => new Date() instanceof Date);
show('number', () => new Date(86400000).toISOString());
show('negative', () => new Date(-1).toISOString());
show('NaN', () => String(new Date(NaN)));
show('undefined', () => String(new Date(undefined)));
show('null', () => new Date(null).getTime());
show('boolean', () => new Date(true).getTime());
show('Date copy', () => new Date(new Date(5)).getTime());
show('string', () => new Date('2020-01-02T03:04:05Z').toISOString());
show('string lowercase z', () => new Date('2020-01-02T03:04:05z').toISOString());
show('fields', () => new Date(Date.UTC(2020, 1, 29, 12)).toISOString());
show('many fields', () => new Date(2020, 0, 1, 0, 0, 0, 0, 99).getFullYear());
show('valueOf', () => new Date({ valueOf: () => 1234 }).getTime());
show('valueOf throws', () => new Date({ valueOf() { throw new RangeError('from valueOf'); } }));
show('symbol', () => new Date(Symbol('s')));
show('BigInt', () => new Date(1n));
show('called', () => typeof Date(0));
show('Reflect.construct', () => {
  class Sub extends Date {}
  const d = Reflect.construct(Date, [7], Sub);
  return [d instanceof Sub, d.getTime(), Object.getPrototypeOf(d) === Sub.prototype];
});
show('subclass', () => {
  class Day extends Date {
    constructor(n) { super(n * 86400000); }
    day() { return this.getTime() / 86400000; }
  }
  const d = new Day(3);
  return [d.day(), d instanceof Date, d instanceof Day, d.constructor === Day, d.toISOString()];
});
show('identity', () => [Date.now === Date.now, typeof Date.now(), Date.prototype.constructor === Date,
  Date.name, Date.length, Object.getPrototypeOf(new Date(0)) === Date.prototype]);

show('RegExp string', () => String(new RegExp('a+b')));
show('RegExp no args', () => String(new RegExp()));
show('RegExp undefined flags', () => String(new RegExp('x', undefined)));
show('RegExp flags', () => [new RegExp('a', 'gi').flags, new RegExp('a', 'gi').lastIndex]);
show('RegExp flags object', () => new RegExp('a', { toString: () => 'm' }).flags);
show('RegExp copy', () => { const r = /q/y; const c = new RegExp(r); return [c !== r, String(c), c.flags]; });
show('RegExp copy new flags', () => String(new RegExp(/q/y, 'g')));
show('RegExp called on a RegExp', () => { const r = /q/; return RegExp(r) === r; });
show('RegExp called', () => String(RegExp('z', 'i')));
show('RegExp bad pattern', () => new RegExp('('));
show('RegExp bad pattern from object', () => new RegExp({ toString: () => '[' }));
show('RegExp bad flags', () => new RegExp('a', 'gg'));
show('RegExp pattern throws', () => new RegExp({ toString() { throw new TypeError('from toString'); } }));
show('RegExp subclass', () => {
  class R extends RegExp { exec(s) { return super.exec(s); } }
  const r = new R('b+', 'g');
  return [r instanceof R, r instanceof RegExp, 'abbcb'.match(r), r.constructor === R];
});
show('RegExp Reflect.construct', () => {
  class R extends RegExp {}
  const r = Reflect.construct(RegExp, ['c'], R);
  return [r instanceof R, String(r)];
});
show('RegExp identity', () => [RegExp.name, RegExp.length, RegExp.prototype.constructor === RegExp,
  /a/.constructor === RegExp]);
