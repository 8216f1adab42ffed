// perf_hooks: node's performance timeline (marks, measures, observers),
// histograms (createHistogram, monitorEventLoopDelay) and
// eventLoopUtilization from the loop's own idle time (internal.idleMs).
// The global `performance` is this module's once it is registered.
'use strict';

const { inspect } = require('util');

const { codedError, argType } = internal; // node's internal errors (lib/bootstrap.js)

const now = () => internal.nowMs();

// ---- entries ----------------------------------------------------------------

class PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    Object.defineProperty(this, '_fields', { value: { name: String(name), entryType: type, startTime: start, duration, detail } });
  }
  get name() { return this._fields.name; }
  get entryType() { return this._fields.entryType; }
  get startTime() { return this._fields.startTime; }
  get duration() { return this._fields.duration; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
  [inspect.custom](depth, options) {
    return this.constructor.name + ' ' + inspect(this.toJSON(), options);
  }
}
class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    let start = now();
    let detail = null;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw argType('options', 'of type object', options);
      if (options.startTime !== undefined) {
        if (typeof options.startTime !== 'number') throw argType('startTime', 'of type number', options.startTime);
        if (options.startTime < 0) {
          throw codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', options.startTime + ' is not a valid timestamp');
        }
        start = options.startTime;
      }
      if (options.detail !== undefined) detail = structuredClone(options.detail);
    }
    super(name, 'mark', start, 0, detail);
  }
  get detail() { return this._fields.detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}
class PerformanceMeasure extends PerformanceEntry {
  get detail() { return this._fields.detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}

const timeline = []; // marks and measures, in order of creation
let observers = [];

function enqueue(entry) {
  timeline.push(entry);
  for (const o of observers) o._enqueue(entry);
}

function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0) throw codedError(RangeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name + ' is not a valid timestamp');
    return name;
  }
  for (let i = timeline.length - 1; i >= 0; i--) {
    if (timeline[i].entryType === 'mark' && timeline[i].name === name) return timeline[i].startTime;
  }
  throw new DOMException('The "' + name + '" performance mark has not been set', 'SyntaxError');
}

function sorted(list) {
  return list.map((e, i) => [e, i]).sort((a, b) => a[0].startTime - b[0].startTime || a[1] - b[1]).map((x) => x[0]);
}

class Performance {
  get timeOrigin() { return internal.timeOrigin; }
  now() { return now(); }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    enqueue(m);
    return m;
  }
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      if (o.detail !== undefined) detail = structuredClone(o.detail);
      if (o.end !== undefined) end = markTime(o.end);
      if (o.start !== undefined) start = markTime(o.start);
      if (o.duration !== undefined) {
        if (start !== undefined && end === undefined) end = start + o.duration;
        else if (end !== undefined && start === undefined) start = end - o.duration;
      }
    } else {
      if (startOrOptions !== undefined) start = markTime(startOrOptions);
      if (endMark !== undefined) end = markTime(endMark);
    }
    if (end === undefined) end = now();
    if (start === undefined) start = 0;
    const m = new PerformanceMeasure(name, 'measure', start, end - start, detail);
    enqueue(m);
    return m;
  }
  clearMarks(name) { clear('mark', name); }
  clearMeasures(name) { clear('measure', name); }
  clearResourceTimings() {}
  getEntries() { return sorted(timeline); }
  getEntriesByName(name, type) {
    return sorted(timeline.filter((e) => e.name === String(name) && (type === undefined || e.entryType === type)));
  }
  getEntriesByType(type) { return sorted(timeline.filter((e) => e.entryType === String(type))); }
  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  timerify(fn) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const wrapped = function (...args) {
      const start = now();
      const result = new.target ? new fn(...args) : fn.apply(this, args);
      const entry = new PerformanceEntry(fn.name, 'function', start, now() - start, undefined);
      for (const o of observers) o._enqueue(entry);
      return result;
    };
    Object.defineProperty(wrapped, 'name', { value: 'timerified ' + fn.name });
    return wrapped;
  }
  get nodeTiming() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: now(), loopStart: 0 };
  }
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
  get [Symbol.toStringTag]() { return 'Performance'; }
}

function clear(type, name) {
  for (let i = timeline.length - 1; i >= 0; i--) {
    if (timeline[i].entryType === type && (name === undefined || timeline[i].name === String(name))) timeline.splice(i, 1);
  }
}

// eventLoopUtilization: ms idle (waiting in the poll phase) and active since
// the start, or since util1 (and util2).
function eventLoopUtilization(util1, util2) {
  const idle = internal.idleMs();
  const active = now() - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  // Both given: util1 - util2; one: from util1 to now.
  const [later, earlier] = util2 ? [util1, util2] : [{ idle, active }, util1];
  const di = later.idle - earlier.idle;
  const da = later.active - earlier.active;
  return { idle: di, active: da, utilization: da / (di + da) };
}

// ---- observers ------------------------------------------------------------

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
let pending = false;
const dirty = new Set();
function schedule(o) {
  dirty.add(o);
  if (pending) return;
  pending = true;
  setImmediate(() => {
    pending = false;
    const list = [...dirty];
    dirty.clear();
    for (const ob of list) ob._dispatch();
  });
}

class PerformanceObserverEntryList {
  constructor(entries) { Object.defineProperty(this, '_entries', { value: entries }); }
  getEntries() { return sorted(this._entries); }
  getEntriesByType(type) { return sorted(this._entries.filter((e) => e.entryType === String(type))); }
  getEntriesByName(name, type) {
    return sorted(this._entries.filter((e) => e.name === String(name) && (type === undefined || e.entryType === type)));
  }
}

class PerformanceObserver {
  constructor(callback) {
    if (typeof callback !== 'function') throw argType('callback', 'of type function', callback);
    Object.defineProperty(this, '_callback', { value: callback });
    Object.defineProperty(this, '_types', { value: new Set(), writable: true });
    Object.defineProperty(this, '_buffer', { value: [], writable: true });
  }
  static get supportedEntryTypes() { return supportedEntryTypes; }
  observe(options = {}) {
    if (options === null || typeof options !== 'object') throw argType('options', 'of type object', options);
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options.entryTypes" or "options.type" argument must be specified');
    }
    if (entryTypes !== undefined && type !== undefined) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.entryTypes' can not be used with 'options.type'. Received " + inspect(entryTypes));
    }
    const types = entryTypes !== undefined ? entryTypes : [type];
    if (!Array.isArray(types)) throw argType('options.entryTypes', 'string[]', types);
    this._types = new Set(types.filter((t) => supportedEntryTypes.includes(t)));
    if (!observers.includes(this)) observers.push(this);
    if (buffered && type !== undefined) {
      for (const e of timeline) if (this._types.has(e.entryType)) this._enqueue(e);
    }
  }
  disconnect() {
    observers = observers.filter((o) => o !== this);
    this._buffer = [];
    dirty.delete(this);
  }
  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }
  _enqueue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    schedule(this);
  }
  _dispatch() {
    if (this._buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(this.takeRecords());
    this._callback.call(this, list, this);
  }
}

// ---- histograms -----------------------------------------------------------

const kMaxMin = 9223372036854776000;

class Histogram {
  constructor() {
    Object.defineProperty(this, '_values', { value: [], writable: true });
    Object.defineProperty(this, '_exceeds', { value: 0, writable: true });
  }
  get count() { return this._values.length; }
  get countBigInt() { return BigInt(this._values.length); }
  get min() { return this._values.length ? Math.min(...this._values) : kMaxMin; }
  get minBigInt() { return BigInt(this._values.length ? Math.min(...this._values) : '9223372036854775807'); }
  get max() { return this._values.length ? Math.max(...this._values) : 0; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() {
    const v = this._values;
    if (v.length === 0) return NaN;
    return v.reduce((a, b) => a + b, 0) / v.length;
  }
  get stddev() {
    const v = this._values;
    if (v.length === 0) return NaN;
    const m = this.mean;
    return Math.sqrt(v.reduce((a, b) => a + (b - m) * (b - m), 0) / v.length);
  }
  get exceeds() { return this._exceeds; }
  get exceedsBigInt() { return BigInt(this._exceeds); }
  percentile(p) {
    if (typeof p !== 'number') throw argType('percentile', 'of type number', p);
    if (!(p > 0 && p <= 100)) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received ' + inspect(p));
    }
    const v = this._sorted();
    if (v.length === 0) return 0;
    const rank = Math.max(1, Math.floor((p / 100) * v.length + 0.5));
    return v[Math.min(rank, v.length) - 1];
  }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }
  get percentiles() {
    const out = new Map();
    const v = this._sorted();
    if (v.length === 0) {
      out.set(100, 0);
      return out;
    }
    for (let p = 0; ; p += (100 - p) / 2) {
      const rank = Math.max(1, Math.ceil((p / 100) * v.length));
      out.set(p, v[rank - 1]);
      if (rank >= v.length || p >= 100) break;
    }
    out.set(100, v[v.length - 1]);
    return out;
  }
  get percentilesBigInt() {
    const out = new Map();
    for (const [k, val] of this.percentiles) out.set(k, BigInt(val));
    return out;
  }
  reset() {
    this._values = [];
    this._exceeds = 0;
  }
  _sorted() { return this._values.slice().sort((a, b) => a - b); }
  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds, stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles) };
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    if (typeof val !== 'number') throw argType('val', 'of type number', val);
    if (!(val >= 1 && val <= Number.MAX_SAFE_INTEGER)) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received ' + inspect(val));
    }
    this._values.push(val);
  }
  recordDelta() {
    const t = internal.hrtimeNs();
    if (this._last !== undefined) this.record(Math.max(1, t - this._last));
    Object.defineProperty(this, '_last', { value: t, writable: true, configurable: true });
  }
  add(other) {
    if (!(other instanceof Histogram)) throw argType('other', 'an instance of RecordableHistogram', other);
    this._values.push(...other._values);
  }
}

function createHistogram() { return new RecordableHistogram(); }

// monitorEventLoopDelay samples how late an unref'd interval timer of
// `resolution` ms fires (in ns), as node's ELDHistogram does with a uv timer.
class IntervalHistogram extends Histogram {
  constructor(resolution) {
    super();
    Object.defineProperty(this, '_resolution', { value: resolution });
    Object.defineProperty(this, '_timer', { value: null, writable: true });
  }
  enable() {
    if (this._timer) return false;
    let last = internal.hrtimeNs();
    this._timer = setInterval(() => {
      const t = internal.hrtimeNs();
      const delay = t - last - this._resolution * 1e6;
      last = t;
      if (delay > 0) this._values.push(delay);
    }, this._resolution);
    this._timer.unref();
    return true;
  }
  disable() {
    if (!this._timer) return false;
    clearInterval(this._timer);
    this._timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  if (options === null || typeof options !== 'object') throw argType('options', 'of type object', options);
  const { resolution = 10 } = options;
  if (typeof resolution !== 'number') throw argType('options.resolution', 'of type number', resolution);
  if (!(resolution >= 1) || resolution > 2147483647) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "options.resolution" is out of range. It must be >= 1 && <= 2147483647. Received ' + inspect(resolution));
  }
  return new IntervalHistogram(resolution);
}

const performance = new Performance();

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming: class PerformanceResourceTiming extends PerformanceEntry {},
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64 },
};
