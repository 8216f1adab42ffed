// intl: the Intl global. goja has no Intl (no ICU); this one speaks en-US
// only, over the same formatters as toLocaleString (js/locale.go,
// js/locale_date.go, js/locale_compare.go): NumberFormat, DateTimeFormat,
// Collator, PluralRules, ListFormat and RelativeTimeFormat with the options
// site/docs/limits.md lists. Loaded on first use of the global.
'use strict';

const kLocales = Symbol('locales');
const kOptions = Symbol('options');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function copyOptions(options) {
  if (options === undefined) return {};
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object.assign({}, options);
}

// supportedLocalesOf answers as node's full ICU does (every well-formed
// tag), though evloop formats all of them as en-US.
function supportedLocalesOf(locales) {
  const list = locales === undefined ? [] : [].concat(locales);
  return list.map(String);
}

// callable makes a class's constructor callable without new, as
// NumberFormat, DateTimeFormat and Collator are (ECMA-402's legacy).
function callable(C) {
  const F = function (locales, options) { return new C(locales, options); };
  Object.defineProperty(F, 'name', { value: C.name });
  Object.defineProperty(F, 'length', { value: 0 });
  F.prototype = C.prototype;
  Object.defineProperty(C.prototype, 'constructor', { value: F, writable: true, configurable: true });
  F.supportedLocalesOf = C.supportedLocalesOf;
  return F;
}

function boundGetter(proto, name, fn) {
  const key = Symbol(name);
  Object.defineProperty(proto, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (this[key] === undefined) Object.defineProperty(this, key, { value: fn.bind(this) });
      return this[key];
    },
  });
}

class NumberFormat {
  constructor(locales, options) {
    const opts = copyOptions(options);
    internal.intlFormatNumber(0, locales, opts); // validates, as the constructor does
    this[kLocales] = locales;
    this[kOptions] = opts;
  }
  formatToParts(n) { return [{ type: 'literal', value: this.format(n) }]; }
  resolvedOptions() {
    const o = this[kOptions];
    const style = o.style || 'decimal';
    const out = { locale: 'en-US', numberingSystem: 'latn', style };
    if (style === 'currency') {
      out.currency = String(o.currency).toUpperCase();
      out.currencyDisplay = o.currencyDisplay || 'symbol';
      out.currencySign = o.currencySign || 'standard';
    }
    const zero = style === 'currency' && /^(JPY|KRW|VND|CLP|ISK|UGX|PYG|XAF|XOF)$/i.test(String(o.currency));
    const defMin = style === 'currency' && !zero ? 2 : 0;
    const defMax = style === 'currency' ? (zero ? 0 : 2) : style === 'percent' ? 0 : 3;
    out.minimumIntegerDigits = o.minimumIntegerDigits === undefined ? 1 : Number(o.minimumIntegerDigits);
    const compact = o.notation === 'compact';
    const compactRounding = compact && o.minimumFractionDigits === undefined && o.maximumFractionDigits === undefined &&
      o.maximumSignificantDigits === undefined && o.minimumSignificantDigits === undefined;
    if (compactRounding) {
      out.minimumSignificantDigits = 1;
      out.maximumSignificantDigits = 2;
    }
    let min = o.minimumFractionDigits === undefined ? undefined : Number(o.minimumFractionDigits);
    let max = o.maximumFractionDigits === undefined ? undefined : Number(o.maximumFractionDigits);
    if (compactRounding) { min = 0; max = 0; } else if (min === undefined && max === undefined) { min = defMin; max = defMax; } else if (min === undefined) min = Math.min(defMin, max); else if (max === undefined) max = Math.max(min, defMax);
    out.minimumFractionDigits = min;
    out.maximumFractionDigits = max;
    out.useGrouping = o.useGrouping === false ? false : compact ? 'min2' : 'auto';
    out.notation = compact ? 'compact' : 'standard';
    if (compact) out.compactDisplay = o.compactDisplay === 'long' ? 'long' : 'short';
    out.signDisplay = 'auto';
    out.roundingMode = 'halfExpand';
    out.roundingIncrement = 1;
    out.trailingZeroDisplay = 'auto';
    out.roundingPriority = compactRounding ? 'morePrecision' : 'auto';
    return out;
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
  [customInspect]() { return 'NumberFormat [Intl.NumberFormat] {}'; }
}
boundGetter(NumberFormat.prototype, 'format', function format(n) {
  return internal.intlFormatNumber(typeof n === 'bigint' ? n : Number(n), this[kLocales], this[kOptions]);
});

class DateTimeFormat {
  constructor(locales, options) {
    const opts = copyOptions(options);
    internal.intlFormatDate(0, locales, opts, 'intl'); // validates
    this[kLocales] = locales;
    this[kOptions] = opts;
  }
  formatToParts(d) { return [{ type: 'literal', value: this.format(d) }]; }
  formatRange(a, b) { return this.format(a) + ' – ' + this.format(b); }
  resolvedOptions() {
    const o = this[kOptions];
    const out = { locale: 'en-US', calendar: 'gregory', numberingSystem: 'latn', timeZone: internal.intlTimeZone(o.timeZone) };
    const fields = ['weekday', 'era', 'year', 'month', 'day', 'hour', 'minute', 'second', 'timeZoneName', 'dateStyle', 'timeStyle'];
    const given = fields.some((f) => o[f] !== undefined);
    if (!given) Object.assign(out, { year: 'numeric', month: 'numeric', day: 'numeric' });
    for (const f of fields) if (o[f] !== undefined) out[f] = o[f];
    if (o.hour !== undefined || o.timeStyle !== undefined) {
      out.hourCycle = o.hourCycle || (o.hour12 === false ? 'h23' : 'h12');
      out.hour12 = out.hourCycle === 'h11' || out.hourCycle === 'h12';
    }
    return out;
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
  [customInspect]() { return 'DateTimeFormat [Intl.DateTimeFormat] {}'; }
}
boundGetter(DateTimeFormat.prototype, 'format', function format(date) {
  const ms = date === undefined ? Date.now() : date instanceof Date ? date.getTime() : Number(date);
  return internal.intlFormatDate(ms, this[kLocales], this[kOptions], 'intl');
});

class Collator {
  constructor(locales, options) {
    this[kLocales] = locales;
    this[kOptions] = copyOptions(options);
  }
  resolvedOptions() {
    const o = this[kOptions];
    return {
      locale: 'en-US', usage: o.usage || 'sort', sensitivity: o.sensitivity || 'variant',
      ignorePunctuation: !!o.ignorePunctuation, collation: 'default', numeric: !!o.numeric, caseFirst: o.caseFirst || 'false',
    };
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}
boundGetter(Collator.prototype, 'compare', function compare(a, b) {
  return String(a).localeCompare(String(b), this[kLocales], this[kOptions]);
});

class PluralRules {
  constructor(locales, options) {
    this[kOptions] = copyOptions(options);
  }
  // en's plural rules: one for 1 (cardinal); one, two, few for 1st, 2nd,
  // 3rd but not 11th, 12th, 13th (ordinal).
  select(n) {
    n = Number(n);
    if (this[kOptions].type === 'ordinal') {
      const t = n % 10;
      const h = n % 100;
      if (t === 1 && h !== 11) return 'one';
      if (t === 2 && h !== 12) return 'two';
      if (t === 3 && h !== 13) return 'few';
      return 'other';
    }
    return n === 1 ? 'one' : 'other';
  }
  resolvedOptions() {
    const ordinal = this[kOptions].type === 'ordinal';
    return { locale: 'en-US', type: ordinal ? 'ordinal' : 'cardinal', minimumIntegerDigits: 1, minimumFractionDigits: 0,
      maximumFractionDigits: 3, pluralCategories: ordinal ? ['few', 'one', 'two', 'other'] : ['one', 'other'] };
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

class ListFormat {
  constructor(locales, options) {
    this[kOptions] = copyOptions(options);
  }
  format(list) {
    const items = [...list].map(String);
    const type = this[kOptions].type || 'conjunction';
    const style = this[kOptions].style || 'long';
    if (type === 'unit') return items.join(style === 'narrow' ? ' ' : ', ');
    const word = type === 'disjunction' ? 'or' : style === 'long' ? 'and' : '&';
    if (items.length <= 1) return items.join('');
    if (items.length === 2) return type === 'conjunction' && style === 'narrow' ? items.join(', ') : `${items[0]} ${word} ${items[1]}`;
    if (type === 'conjunction' && style === 'narrow') return items.join(', ');
    return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

const units = ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second'];
class RelativeTimeFormat {
  constructor(locales, options) {
    this[kOptions] = copyOptions(options);
  }
  format(value, unit) {
    value = Number(value);
    let u = String(unit);
    if (u.endsWith('s')) u = u.slice(0, -1);
    if (!units.includes(u)) throw new RangeError(`Invalid unit argument for format() '${unit}'`);
    if (this[kOptions].numeric === 'auto') {
      const words = {
        day: { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' },
        year: { '-1': 'last year', 0: 'this year', 1: 'next year' },
        month: { '-1': 'last month', 0: 'this month', 1: 'next month' },
        week: { '-1': 'last week', 0: 'this week', 1: 'next week' },
        quarter: { '-1': 'last quarter', 0: 'this quarter', 1: 'next quarter' },
        hour: { 0: 'this hour' }, minute: { 0: 'this minute' }, second: { 0: 'now' },
      };
      const w = words[u][String(Object.is(value, -0) ? 0 : value)];
      if (w !== undefined) return w;
    }
    const abs = Math.abs(value);
    const n = internal.intlFormatNumber(abs, undefined, {});
    const label = abs === 1 ? u : u + 's';
    return value < 0 || Object.is(value, -0) ? `${n} ${label} ago` : `in ${n} ${label}`;
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

const Intl = {};
for (const [name, C] of Object.entries({
  NumberFormat: callable(NumberFormat), DateTimeFormat: callable(DateTimeFormat), Collator: callable(Collator),
  PluralRules, ListFormat, RelativeTimeFormat,
})) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: `Intl.${name}`, configurable: true });
  Object.defineProperty(Intl, name, { value: C, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(Intl, 'getCanonicalLocales', {
  value: function getCanonicalLocales(locales) { return locales === undefined ? [] : [].concat(locales).map(String); },
  writable: true, configurable: true,
});
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = { Intl };
