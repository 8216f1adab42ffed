// timers_legacy: node's legacy timers API (require('timers').enroll,
// unenroll, active, _unrefActive), loaded when require('timers') is first
// called. make is given the bootstrap's own Timeout, setTimeout and
// clearTimeout (not the globals, which a program may replace).
'use strict';

module.exports = function make(Timeout, setTimeout, clearTimeout, process) {
  // node's legacy timers API (require('timers').enroll, unenroll, active,
  // _unrefActive), deprecated but still called by old packages: any object with
  // _onTimeout becomes a timer of _idleTimeout ms. Here a hidden Timeout does
  // the waiting for a plain object; a real Timeout is restarted or cleared.
  const legacyTimer = new WeakMap(); // plain object → its hidden Timeout
  const legacyWarned = new Set();
  function legacyDeprecated(name, instead, code) {
    if (legacyWarned.has(code)) return;
    legacyWarned.add(code);
    process.emitWarning('timers.' + name + '() is deprecated. Please use ' + instead + ' instead.', 'DeprecationWarning', code);
  }
  function legacyStop(item) {
    const t = legacyTimer.get(item);
    if (t !== undefined) { clearTimeout(t); legacyTimer.delete(item); }
  }
  function enroll(item, msecs) {
    legacyDeprecated('enroll', 'setTimeout', 'DEP0095');
    if (typeof msecs !== 'number') throw internal.invalidArgType('msecs', 'number', msecs);
    if (msecs < 0 || !Number.isFinite(msecs)) {
      const err = new RangeError('The value of "msecs" is out of range. It must be a non-negative finite number. Received ' + internal.inspect(msecs));
      internal.setErrorCode(err, 'ERR_OUT_OF_RANGE');
      throw err;
    }
    if (item instanceof Timeout) clearTimeout(item); else legacyStop(item);
    item._idleTimeout = msecs;
  }
  function unenroll(item) {
    legacyDeprecated('unenroll', 'clearTimeout', 'DEP0096');
    if (item instanceof Timeout) { clearTimeout(item); return; }
    if (item._destroyed) return;
    item._destroyed = true;
    legacyStop(item);
    item._idleTimeout = -1;
  }
  function legacyActive(item, refed) {
    if (item instanceof Timeout) {
      if (!item._destroyed) { item.refresh(); if (!refed) item.unref(); }
      return;
    }
    const ms = item._idleTimeout;
    if (ms === undefined || ms < 0) return;
    legacyStop(item);
    item._destroyed = false;
    const t = setTimeout(() => {
      legacyTimer.delete(item);
      try { item._onTimeout(); } finally { item._destroyed = true; }
    }, ms);
    if (!refed) t.unref();
    legacyTimer.set(item, t);
  }
  function active(item) {
    legacyDeprecated('active', 'timeout.refresh()', 'DEP0126');
    legacyActive(item, true);
  }
  function _unrefActive(item) {
    legacyDeprecated('_unrefActive', 'timeout.refresh()', 'DEP0127');
    legacyActive(item, false);
  }

  // node's are deprecate() wrappers: length 0.
  for (const f of [enroll, unenroll, active, _unrefActive]) Object.defineProperty(f, 'length', { value: 0 });
  return { enroll, unenroll, active, _unrefActive };
};
