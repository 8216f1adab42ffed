// intl: the Intl global. goja has no Intl (no ICU); this one speaks en-US
// only, over the same formatters as toLocaleString (js/locale.go,
// js/locale_date.go, js/locale_compare.go): NumberFormat, DateTimeFormat,
// Collator, PluralRules, ListFormat and RelativeTimeFormat with the options
// site/docs/limits.md lists. Loaded on first use of the global.
'use strict';

const kLocales = Symbol('locales');
const kOptions = Symbol('options');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// canonicalTag writes a language tag in its canonical case (en-US,
// zh-Hant-TW).
function canonicalTag(tag) {
  return String(tag).split('-').map((p, i) => {
    if (i === 0) return p.toLowerCase();
    if (p.length === 4 && /^[a-z]+$/i.test(p)) return p[0].toUpperCase() + p.slice(1).toLowerCase();
    if (p.length === 2 || /^\d{3}$/.test(p)) return p.toUpperCase();
    return p.toLowerCase();
  }).join('-');
}

// resolvedLocale is resolvedOptions().locale: the first requested locale
// when evloop formats for it (en, en-GB, de and their regions), else the
// en-US it formats with.
function resolvedLocale(locales) {
  const first = locales === undefined ? undefined : [].concat(locales)[0];
  if (typeof first !== 'string') return 'en-US';
  const tag = canonicalTag(first);
  return /^(en|de)(-|$)/.test(tag) ? tag : 'en-US';
}

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
  // formatToParts splits the text format writes: signs, the number's
  // digits and separators (the locale's, read from a sample), and the
  // words around it by the style (currency, unit, compact), as ICU's.
  formatToParts(n) {
    const text = this.format(n);
    const sample = internal.intlFormatNumber(1234.5, this[kLocales], {});
    const group = sample[1], decimal = sample[5];
    const o = this[kOptions];
    const wordType = o.style === 'currency' ? 'currency' : o.style === 'unit' ? 'unit' : o.notation === 'compact' ? 'compact' : 'literal';
    const parts = [];
    const push = (type, value) => {
      const last = parts[parts.length - 1];
      if (type === 'literal' && last && last.type === 'literal') last.value += value;
      else parts.push({ type, value });
    };
    const tokens = text.match(/\d[\d.,]*|NaN|∞|[-+%()]|[\s\u00a0\u202f]+|[^\d\s\u00a0\u202f()+\-%∞]+(?: [^\d\s\u00a0\u202f()+\-%∞]+)*/g) || [];
    let seenNumber = false, inExp = false;
    for (const tok of tokens) {
      if (inExp && /^\d+$/.test(tok)) push('exponentInteger', tok);
      else if (inExp && tok === '-') push('exponentMinusSign', tok);
      else if (seenNumber && tok === 'E' && (o.notation === 'scientific' || o.notation === 'engineering')) {
        push('exponentSeparator', tok);
        inExp = true;
      } else if (/^\d/.test(tok)) {
        // trailing separators belong to what follows (1,2 Mio. has none)
        let body = tok;
        while (body.length > 1 && (body.endsWith(group) || body.endsWith(decimal)) && !/\d$/.test(body)) body = body.slice(0, -1);
        const [int, frac] = body.split(decimal);
        int.split(group).forEach((g, i) => {
          if (i > 0) push('group', group);
          push('integer', g);
        });
        if (frac !== undefined) {
          push('decimal', decimal);
          push('fraction', frac);
        }
        if (body.length < tok.length) push('literal', tok.slice(body.length));
        seenNumber = true;
      } else if (tok === 'NaN') { push('nan', tok); seenNumber = true; }
      else if (tok === '∞') { push('infinity', tok); seenNumber = true; }
      else if (tok === '-' && !seenNumber) push('minusSign', tok);
      else if (tok === '+' && !seenNumber) push('plusSign', tok);
      else if (tok === '%') push('percentSign', tok);
      else if (/^[\s\u00a0\u202f()]+$/.test(tok)) push('literal', tok);
      else push(wordType, tok);
    }
    return parts;
  }
  resolvedOptions() {
    const o = this[kOptions];
    const style = o.style || 'decimal';
    const out = { locale: resolvedLocale(this[kLocales]), numberingSystem: 'latn', style };
    if (style === 'unit') {
      out.unit = String(o.unit);
      out.unitDisplay = o.unitDisplay === undefined ? 'short' : String(o.unitDisplay);
    }
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
    out.notation = compact ? 'compact' : o.notation === 'scientific' || o.notation === 'engineering' ? String(o.notation) : 'standard';
    if (compact) out.compactDisplay = o.compactDisplay === 'long' ? 'long' : 'short';
    out.signDisplay = o.signDisplay === undefined ? 'auto' : String(o.signDisplay);
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

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Januar', 'Februar', 'März', 'Mai', 'Juni', 'Juli', 'Oktober', 'Dezember', 'Sept'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sonntag', 'Montag',
  'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'];
class DateTimeFormat {
  constructor(locales, options) {
    const opts = copyOptions(options);
    internal.intlFormatDate(0, locales, opts, 'intl'); // validates
    this[kLocales] = locales;
    this[kOptions] = opts;
  }
  // formatToParts labels the text's pieces: names of months and
  // weekdays, AM/PM and the zone's name by what they are, numbers by the
  // fields shown in the locale's order (the date's, then the clock's).
  formatToParts(d) {
    const ms = d === undefined ? Date.now() : d instanceof Date ? d.getTime() : Number(d);
    const { text, date, clock, zone } = internal.intlDateParts(ms, this[kLocales], this[kOptions]);
    let body = text, tail = [];
    if (zone !== '' && text.endsWith(zone)) {
      body = text.slice(0, text.length - zone.length);
      tail = [{ type: 'timeZoneName', value: zone }];
    }
    const parts = [];
    const literal = (value) => {
      const last = parts[parts.length - 1];
      if (last && last.type === 'literal') last.value += value;
      else parts.push({ type: 'literal', value });
    };
    const tokens = body.match(/\d+|[A-Za-zÀ-ÿ]+\.?|[^\dA-Za-zÀ-ÿ]+/g) || [];
    // Numbers next to a colon, or right before AM/PM, are the clock's.
    const isClock = (i) => tokens[i - 1] === ':' || tokens[i + 1] === ':' || /^\s*$/.test(tokens[i + 1] || 'x') && /^(AM|PM|am|pm)$/.test(tokens[i + 2] || '');
    let di = 0, ci = 0;
    tokens.forEach((tok, i) => {
      if (/^\d/.test(tok)) {
        const clockField = clock.length === 1 && date.length === 0 ? clock[0] : undefined;
        if (clockField !== undefined || (isClock(i) && ci < clock.length)) parts.push({ type: clockField || clock[ci++], value: tok });
        else if (di < date.length) parts.push({ type: date[di++], value: tok });
        else if (ci < clock.length) parts.push({ type: clock[ci++], value: tok });
        else literal(tok);
      } else if (/^[A-Za-zÀ-ÿ]/.test(tok)) {
        const word = tok.replace(/\.$/, '');
        let type = 'literal';
        if (/^(AM|PM|am|pm)$/.test(tok)) type = 'dayPeriod';
        else if (monthNames.some((m) => m.startsWith(word)) && word.length > 0 && !/^(at|um)$/.test(word)) type = 'month';
        else if (dayNames.some((n) => n.startsWith(word))) type = 'weekday';
        if (type === 'literal') literal(tok);
        else {
          // As node's: format() writes a space before AM/PM, its parts
          // ICU's narrow no-break space.
          const last = parts[parts.length - 1];
          if (type === 'dayPeriod' && last && last.type === 'literal' && last.value === ' ') last.value = '\u202f';
          parts.push({ type, value: tok });
        }
      } else literal(tok);
    });
    return parts.concat(tail);
  }
  // formatRange writes the fields two dates share once, as ICU's en
  // range patterns do: "Jan 5 – 9, 2026", "7:04 – 9:30 AM", one date when
  // the shown fields agree, the date added to a clock when the days differ.
  // Other locales: both dates in full (or one, when they read the same).
  formatRange(a, b) {
    if (a === undefined || b === undefined) throw new TypeError('Invalid time value');
    const ta = a instanceof Date ? a.getTime() : Number(a), tb = b instanceof Date ? b.getTime() : Number(b);
    const fa = this.format(ta), fb = this.format(tb);
    if (fa === fb) {
      if (resolvedLocale(this[kLocales]).startsWith('en-US') && !this.formatToParts(ta).some((p) => dateTypes.includes(p.type))) {
        const diff = rangeDiff(this, ta, tb);
        if (diff === 'year' || diff === 'month' || diff === 'day') return withDate(this, ta) + rangeDash + withDate(this, tb);
      }
      return fa;
    }
    if (!resolvedLocale(this[kLocales]).startsWith('en-US')) return fa + rangeDash + fb;
    let pa = this.formatToParts(ta), pb = this.formatToParts(tb);
    const has = (t) => pa.some((p) => p.type === t);
    const diff = rangeDiff(this, ta, tb);
    const text = (ps) => ps.map((p) => p.value).join('');
    const hasTime = has('hour') || has('minute') || has('second');
    const hasDate = has('year') || has('month') || has('day') || has('weekday');
    const textMonth = pa.some((p) => p.type === 'month' && /\D/.test(p.value));
    const o = this[kOptions];
    if (diff === 'year' && !has('year') && hasDate && o.dateStyle === undefined) {
      // Different years: the year is written though not asked for.
      const f = new DateTimeFormat(this[kLocales], { ...o, year: 'numeric' });
      pa = f.formatToParts(ta);
      pb = f.formatToParts(tb);
    }
    // drop removes a field and the literal before it.
    const drop = (ps, type) => {
      const i = ps.findIndex((p) => p.type === type);
      if (i < 0) return ps;
      const from = i > 0 && ps[i - 1].type === 'literal' ? i - 1 : i;
      return ps.slice(0, from).concat(ps.slice(i + 1));
    };
    const from = (ps, type) => ps.slice(Math.max(0, ps.findIndex((p) => p.type === type)));
    if (diff === 'year' || diff === 'month' || diff === 'day') {
      if (!hasDate) return withDate(this, ta) + rangeDash + withDate(this, tb);
      if (hasTime || !textMonth || diff === 'year') return text(pa) + rangeDash + text(pb);
      const first = has('year') ? text(drop(pa, 'year')) : text(pa);
      if (diff === 'day' && !has('weekday')) return first + rangeDash + text(from(pb, 'day'));
      return first + rangeDash + text(pb);
    }
    // The same day: the clocks differ.
    const samePeriod = has('dayPeriod') && pa.find((p) => p.type === 'dayPeriod').value === pb.find((p) => p.type === 'dayPeriod').value;
    const first = samePeriod ? text(drop(pa, 'dayPeriod')) : text(pa);
    return first + rangeDash + text(from(pb, has('hour') ? 'hour' : has('minute') ? 'minute' : 'second'));
  }
  resolvedOptions() {
    const o = this[kOptions];
    const out = { locale: resolvedLocale(this[kLocales]), calendar: 'gregory', numberingSystem: 'latn', timeZone: internal.intlTimeZone(o.timeZone) };
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
      locale: resolvedLocale(this[kLocales]), usage: o.usage || 'sort', sensitivity: o.sensitivity || 'variant',
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
    this[kLocales] = locales;
    this[kOptions] = copyOptions(options);
  }
  // en's plural rules: one for 1 (cardinal); one, two, few for 1st, 2nd,
  // 3rd but not 11th, 12th, 13th (ordinal).
  select(n) {
    n = Number(n);
    if (this[kOptions].type === 'ordinal') {
      n = Math.abs(n);
      const t = n % 10;
      const h = n % 100;
      if (t === 1 && h !== 11) return 'one';
      if (t === 2 && h !== 12) return 'two';
      if (t === 3 && h !== 13) return 'few';
      return 'other';
    }
    // en's cardinal one: an integer 1 with no visible fraction digits
    // ("1.0" under minimumFractionDigits: 1 is other).
    const o = this[kOptions];
    const digits = {};
    for (const k of ['minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']) {
      if (o[k] !== undefined) digits[k] = o[k];
    }
    return Number.isFinite(n) && internal.intlFormatNumber(Math.abs(n), undefined, digits) === '1' ? 'one' : 'other';
  }
  resolvedOptions() {
    const ordinal = this[kOptions].type === 'ordinal';
    // ICU's plural rules are per language: en-US resolves to en.
    const locale = resolvedLocale(this[kLocales]);
    return { locale: this[kLocales] === undefined ? locale : locale.split('-')[0], type: ordinal ? 'ordinal' : 'cardinal', minimumIntegerDigits: 1, minimumFractionDigits: 0,
      maximumFractionDigits: 3, pluralCategories: ordinal ? ['few', 'one', 'two', 'other'] : ['one', 'other'] };
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

class ListFormat {
  constructor(locales, options) {
    this[kLocales] = locales;
    this[kOptions] = copyOptions(options);
  }
  format(list) {
    return this.formatToParts(list).map((p) => p.value).join('');
  }
  // formatToParts: the elements and, between them, en's separators for
  // the type and style.
  formatToParts(list) {
    const items = [...list].map(String);
    const type = this[kOptions].type || 'conjunction';
    const style = this[kOptions].style || 'long';
    let between = ', ', last = ', ', pair = ', ';
    if (type === 'unit') {
      if (style === 'narrow') between = last = pair = ' ';
    } else if (type === 'disjunction' || style !== 'narrow') {
      const word = type === 'disjunction' ? 'or' : style === 'long' ? 'and' : '&';
      last = `, ${word} `;
      pair = ` ${word} `;
    }
    const parts = [];
    items.forEach((item, i) => {
      if (i > 0) parts.push({ type: 'literal', value: items.length === 2 ? pair : i === items.length - 1 ? last : between });
      parts.push({ type: 'element', value: item });
    });
    return parts;
  }
  resolvedOptions() {
    const o = this[kOptions];
    return { locale: resolvedLocale(this[kLocales]), type: o.type || 'conjunction', style: o.style || 'long' };
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

// en's relative-time units: long one and other, short one and other, and
// narrow (glued to the number).
const relUnits = {
  year: [' year', ' years', ' yr.', ' yr.', 'y'],
  quarter: [' quarter', ' quarters', ' qtr.', ' qtrs.', 'q'],
  month: [' month', ' months', ' mo.', ' mo.', 'mo'],
  week: [' week', ' weeks', ' wk.', ' wk.', 'w'],
  day: [' day', ' days', ' day', ' days', 'd'],
  hour: [' hour', ' hours', ' hr.', ' hr.', 'h'],
  minute: [' minute', ' minutes', ' min.', ' min.', 'm'],
  second: [' second', ' seconds', ' sec.', ' sec.', 's'],
};
// numberParts splits an en-formatted plain number into integer, group,
// decimal and fraction parts.
function numberParts(text, unit) {
  const parts = [];
  let fraction = false;
  for (const m of text.match(/\d+|[,.]|[^\d,.]+/g) || []) {
    let type;
    if (m === ',') type = 'group';
    else if (m === '.') { type = 'decimal'; fraction = true; } else if (/^\d/.test(m)) type = fraction ? 'fraction' : 'integer';
    else type = m === '∞' ? 'infinity' : m === 'NaN' ? 'nan' : 'literal';
    parts.push(unit === undefined ? { type, value: m } : { type, value: m, unit });
  }
  return parts;
}
class RelativeTimeFormat {
  constructor(locales, options) {
    const opts = copyOptions(options);
    for (const [name, allowed] of [['style', ['long', 'short', 'narrow']], ['numeric', ['always', 'auto']]]) {
      if (opts[name] !== undefined && !allowed.includes(String(opts[name]))) {
        throw new RangeError(`Value ${String(opts[name])} out of range for Intl.RelativeTimeFormat options property ${name}`);
      }
    }
    this[kLocales] = locales;
    this[kOptions] = opts;
  }
  format(value, unit) {
    return this.formatToParts(value, unit).map((p) => p.value).join('');
  }
  formatToParts(value, unit) {
    value = Number(value);
    let u = String(unit);
    if (u.endsWith('s')) u = u.slice(0, -1);
    if (!Object.hasOwn(relUnits, u)) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${unit}'`);
    if (!Number.isFinite(value)) throw new RangeError('Invalid time value');
    const style = this[kOptions].style === undefined ? 'long' : String(this[kOptions].style);
    const names = relUnits[u];
    if (this[kOptions].numeric === 'auto') {
      const k = Object.is(value, -0) ? 0 : value;
      let word;
      if (u === 'day') word = { '-1': 'yesterday', 0: 'today', 1: 'tomorrow' }[k];
      else if (u === 'second') word = k === 0 ? 'now' : undefined;
      else if (u === 'hour' || u === 'minute') word = k === 0 ? 'this ' + u : undefined;
      else if (k === -1 || k === 0 || k === 1) word = ['last', 'this', 'next'][k + 1] + (style === 'long' ? names[0] : names[2]);
      if (word !== undefined) return [{ type: 'literal', value: word }];
    }
    const n = internal.intlFormatNumber(Math.abs(value), undefined, {});
    const one = n === '1';
    const label = style === 'long' ? names[one ? 0 : 1] : style === 'short' ? names[one ? 2 : 3] : names[4];
    const parts = numberParts(n, u);
    if (value < 0 || Object.is(value, -0)) parts.push({ type: 'literal', value: label + ' ago' });
    else {
      parts.unshift({ type: 'literal', value: 'in ' });
      parts.push({ type: 'literal', value: label });
    }
    return parts;
  }
  resolvedOptions() {
    const o = this[kOptions];
    return { locale: resolvedLocale(this[kLocales]), style: o.style === undefined ? 'long' : String(o.style),
      numeric: o.numeric === undefined ? 'always' : String(o.numeric), numberingSystem: 'latn' };
  }
  static supportedLocalesOf(locales) { return supportedLocalesOf(locales); }
}

// Segmenter: grapheme clusters, words and sentences after UAX #29
// (js/locale_segment.go finds the boundaries).
const kSegmenter = Symbol('kSegmenter');
const kInput = Symbol('kInput');
const granularities = ['grapheme', 'word', 'sentence'];
function Segmenter(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const o = copyOptions(options);
  const granularity = o.granularity === undefined ? 'grapheme' : String(o.granularity);
  if (!granularities.includes(granularity)) {
    throw new RangeError('Value ' + granularity + ' out of range for Intl.Segmenter options property granularity');
  }
  const first = locales === undefined ? undefined : [].concat(locales)[0];
  this[kSegmenter] = { locale: typeof first === 'string' ? canonicalTag(first) : 'en-US', granularity };
}
Object.defineProperty(Segmenter, 'length', { value: 0 });
Segmenter.supportedLocalesOf = function supportedLocalesOf(locales) { return supportedLocalesOfAll(locales); };
Segmenter.prototype.segment = function segment(string) {
  const s = this[kSegmenter];
  if (s === undefined) throw new TypeError('Method Intl.Segmenter.prototype.segment called on incompatible receiver ' + String(this));
  return new Segments(s.granularity, String(string));
};
Segmenter.prototype.resolvedOptions = function resolvedOptions() {
  const s = this[kSegmenter];
  return { locale: s.locale, granularity: s.granularity };
};
function supportedLocalesOfAll(locales) { return supportedLocalesOf(locales); }

// Segments is what segment() returns: iterable, and containing(index).
function Segments(granularity, input) {
  const [ends, wordLike] = internal.intlSegment(input, granularity);
  // V8's %SegmentsPrototype% has no constructor: it prints as {}.
  Object.defineProperty(this, kInput, { value: { granularity, input, ends, wordLike } });
}
function segmentData(d, i) {
  const start = i === 0 ? 0 : d.ends[i - 1];
  const out = { segment: d.input.slice(start, d.ends[i]), index: start, input: d.input };
  if (d.granularity === 'word') out.isWordLike = d.wordLike[i];
  return out;
}
Object.defineProperty(Segments.prototype, 'containing', {
  writable: true, configurable: true,
  value: function containing(index) {
    const d = this[kInput];
    const n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= d.input.length) return undefined;
    let i = 0;
    while (d.ends[i] <= n) i++;
    return segmentData(d, i);
  },
});
delete Segments.prototype.constructor;
const SegmentIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(SegmentIteratorProto, 'next', {
  writable: true, configurable: true,
  value: function next() {
    const it = this[kInput];
    if (it.i >= it.d.ends.length) return { value: undefined, done: true };
    return { value: segmentData(it.d, it.i++), done: false };
  },
});
Object.defineProperty(SegmentIteratorProto, Symbol.toStringTag, { value: 'Segmenter String Iterator', configurable: true });
Object.defineProperty(Segments.prototype, Symbol.iterator, {
  writable: true, configurable: true,
  value: function () {
    const it = Object.create(SegmentIteratorProto);
    Object.defineProperty(it, kInput, { value: { d: this[kInput], i: 0 } });
    return it;
  },
});

const dateTypes = ['year', 'month', 'day', 'weekday'];
// rangeDiff is the largest calendar field in which two times differ in the
// format's zone: 'year' … 'second', or '' when none does.
function rangeDiff(f, ta, tb) {
  const all = new DateTimeFormat('en-US', { timeZone: f.resolvedOptions().timeZone, year: 'numeric', month: 'numeric',
    day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
  const pa = all.formatToParts(ta), pb = all.formatToParts(tb);
  for (const t of ['year', 'month', 'day', 'hour', 'minute', 'second']) {
    const va = pa.find((p) => p.type === t), vb = pb.find((p) => p.type === t);
    if (va && vb && va.value !== vb.value) return t;
  }
  return '';
}
// withDate writes a clock with its date in front (1/5/2026, 7:04 AM).
function withDate(f, t) {
  return new DateTimeFormat('en-US', { timeZone: f.resolvedOptions().timeZone }).format(t) + ', ' +
    f.formatToParts(t).map((p) => p.value).join('');
}
// ICU's range separator: an en dash between thin spaces (and a range's
// AM/PM follows a narrow no-break space, as formatToParts' does).
const rangeDash = '\u2009\u2013\u2009';

const Intl = {};
for (const [name, C] of Object.entries({
  NumberFormat: callable(NumberFormat), DateTimeFormat: callable(DateTimeFormat), Collator: callable(Collator),
  PluralRules, ListFormat, RelativeTimeFormat, Segmenter,
})) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: `Intl.${name}`, configurable: true });
  Object.defineProperty(Intl, name, { value: C, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(Intl, 'getCanonicalLocales', {
  value: function getCanonicalLocales(locales) {
    if (locales === undefined) return [];
    // As V8's CanonicalizeLocaleList: a string or a list of them (holes
    // skipped), each a well-formed tag, each once.
    const list = typeof locales === 'string' ? [locales] : Object(locales);
    const out = [];
    const n = Math.min(Math.max(0, Math.floor(Number(list.length)) || 0), 2 ** 32 - 1);
    // A long sparse list ({ length: 2 ** 32 - 1 }): its own indexes only.
    const indexes = n <= 1e5 ? null : Object.keys(list).filter((k) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < n).map(Number).sort((a, b) => a - b);
    for (let j = 0, m = indexes ? indexes.length : n; j < m; j++) {
      const i = indexes ? indexes[j] : j;
      if (!(i in list)) continue;
      const v = list[i];
      if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) throw new TypeError('Language ID should be string or object.');
      const text = String(v);
      if (!/^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i.test(text)) {
        throw new RangeError(typeof v === 'string' && /^[a-z]{2,3}(-|$)/i.test(text) ? 'Invalid language tag: ' + text : 'Incorrect locale information provided');
      }
      const tag = canonicalTag(text);
      if (!out.includes(tag)) out.push(tag);
    }
    return out;
  },
  writable: true, configurable: true,
});
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });

module.exports = { Intl };
