// _onTimeout and _onImmediate are what runs: a program may replace them; clearTimeout and clearImmediate null them, as does an immediate having run; a timer whose _onTimeout is falsy is skipped; one that cannot be called throws node's TypeError.
const log = (...a) => console.log(...a);
process.on('uncaughtException', (e) => log('uncaught', e.constructor.name, e.message));
const steps = [
  (next) => {
    const t = setTimeout(() => log('original timeout'), 1);
    t._onTimeout = function () { log('replaced timeout', this === t); next(); };
  },
  (next) => {
    const t = setTimeout(() => log('not run'), 1);
    clearTimeout(t);
    log('cleared timeout', t._onTimeout, t._destroyed);
    const iv = setInterval(function () {
      log('interval', typeof this._onTimeout);
      clearInterval(iv);
      log('after clearInterval', iv._onTimeout);
      next();
    }, 1);
  },
  (next) => {
    const t = setTimeout(() => log('not run'), 1);
    t._onTimeout = null;
    const u = setTimeout(() => log('not run'), 1);
    delete u._onTimeout;
    setTimeout(() => { log('skipped', t._destroyed, u._destroyed, t.hasRef()); next(); }, 5);
  },
  (next) => {
    const t = setTimeout(() => log('not run'), 1, 'arg');
    t._onTimeout = 5;
    const u = setTimeout(() => log('not run'), 1);
    u._onTimeout = 'text';
    const v = setTimeout(() => log('not run'), 1, 1, 2);
    v._onTimeout = {};
    setTimeout(next, 5);
  },
  (next) => {
    const a = setImmediate(() => log('original immediate'));
    a._onImmediate = function (x) { log('replaced immediate', this === a, x, typeof a._onImmediate); };
    const b = setImmediate(() => log('not run'));
    clearImmediate(b);
    log('cleared immediate', b._onImmediate, b._destroyed);
    setImmediate(() => { log('after run', a._onImmediate, a._destroyed); next(); });
  },
  (next) => {
    const a = setImmediate(() => log('not run'), 'x');
    a._onImmediate = 7;
    const b = setImmediate(() => log('not run'));
    delete b._onImmediate;
    setImmediate(() => { log('after throws', a._onImmediate, b._onImmediate); next(); });
  },
  (next) => {
    const iv = setInterval(function () { log('interval replaced', typeof this._onTimeout); }, 1);
    let n = 0;
    iv._onTimeout = function () {
      log('replacement', ++n);
      if (n === 2) { clearInterval(iv); next(); }
    };
  },
];
let i = 0;
function next() { if (i < steps.length) { const s = steps[i++]; setTimeout(() => s(next), 2); } else log('done'); }
next();
