// vm: node's vm module on one goja realm (see vm.go for why a context is
// a scope, not a realm). A context's code runs as
//   with (shadow) with (scope) eval(code)
// where scope is a proxy of the sandbox (its names, then the intrinsics)
// and shadow hides the main realm's own globals (require, process,
// setTimeout…). Top-level var declarations are made properties of the
// sandbox before the code runs, function declarations after; a name
// assigned without any declaration lands on the real global object and is
// moved to the sandbox when the run ends.
'use strict';

const kTimeoutMax = 4294967295;

function invalidArgType(name, type, value) { return internal.invalidArgType(name, type, value); }

function outOfRange(name, range, value) {
  const err = new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${internal.inspect(value)}`);
  internal.setErrorCode(err, 'ERR_OUT_OF_RANGE');
  return err;
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'object', value);
}

// The intrinsics a new V8 context has (the main realm's, here).
const intrinsics = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined',
  'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError',
  'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView',
  'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape', 'eval',
  'isFinite', 'isNaN', 'SharedArrayBuffer', 'Atomics', 'WebAssembly', 'globalThis', 'console',
].filter((k) => k === 'globalThis' || k === 'console' || k in globalThis));

// A context's console is V8's own: there, but it prints nowhere.
const silentConsole = {};
for (const k of Object.keys(console)) silentConsole[k] = function () {};

// The names the wrapper itself needs from the real scope.
const kCode = '__evloopVmCode';
const wrapperNames = new Set(['eval', kCode]);

const states = new WeakMap(); // sandbox → its context state

function intrinsic(st, k) {
  if (k === 'globalThis') return st.global;
  if (k === 'console') return silentConsole;
  return globalThis[k];
}

function newState(sandbox) {
  // hidden: the code's function declarations, resolved in the wrapper's
  // scope while it runs; before: the real global object's names when the
  // run began (a name the code creates there is the sandbox's, not hidden).
  // lexicals: the context's top-level let and const bindings, which
  // outlive a run as a script's do in node (its global lexical scope),
  // and are not properties of the sandbox.
  const st = { sandbox, hidden: new Set(), before: new Set(), lexicals: Object.create(null) };
  st.lexicalScope = new Proxy(st.lexicals, {
    has(t, k) { return typeof k === 'string' && Object.prototype.hasOwnProperty.call(t, k); },
    get(t, k) { return k === Symbol.unscopables ? undefined : t[k]; },
    set(t, k, v) { t[k] = v; return true; },
  });
  // globalThis and top-level `this` inside the context.
  st.global = new Proxy(sandbox, {
    get(t, k) {
      if (k in t) return Reflect.get(t, k);
      return typeof k === 'string' && intrinsics.has(k) ? intrinsic(st, k) : undefined;
    },
    has(t, k) { return k in t || (typeof k === 'string' && intrinsics.has(k)); },
    set(t, k, v) { t[k] = v; return true; },
  });
  st.scope = new Proxy(sandbox, {
    has(t, k) {
      if (typeof k !== 'string' || st.hidden.has(k) || wrapperNames.has(k)) return false;
      return k in t || intrinsics.has(k);
    },
    get(t, k) {
      if (k === Symbol.unscopables) return undefined;
      if (k in t) return Reflect.get(t, k);
      return intrinsic(st, k);
    },
    set(t, k, v) { t[k] = v; return true; },
  });
  st.shadow = new Proxy({}, {
    has(t, k) {
      return typeof k === 'string' && !st.hidden.has(k) && !wrapperNames.has(k) && st.before.has(k);
    },
    get() { return undefined; },
    set(t, k, v) { sandbox[k] = v; return true; },
  });
  return st;
}

// vm.constants: importModuleDynamically's USE_MAIN_CONTEXT_DEFAULT_LOADER
// (ES modules load as the main realm's would; here they do anyway) and
// DONT_CONTEXTIFY, which asks createContext for a fresh global of its own.
const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

function createContext(contextObject = {}, options) {
  if (contextObject === constants.DONT_CONTEXTIFY) contextObject = {};
  validateObject(contextObject, 'object');
  if (options !== undefined) validateObject(options, 'options');
  if (!states.has(contextObject)) states.set(contextObject, newState(contextObject));
  return contextObject;
}

function isContext(object) {
  validateObject(object, 'object');
  return states.has(object);
}

function contextState(contextifiedObject) {
  validateObject(contextifiedObject, 'object');
  const st = states.get(contextifiedObject);
  if (st) return st;
  const err = new TypeError('The "contextifiedObject" argument must be an vm.Context. Received ' +
    internal.describe(contextifiedObject));
  internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
  throw err;
}

// runOptions validates a run's options (a string is the filename).
function runOptions(options) {
  if (typeof options === 'string') return { filename: options, timeout: 0 };
  if (options === undefined) return { timeout: 0 };
  validateObject(options, 'options');
  let timeout = 0;
  if (options.timeout !== undefined) {
    timeout = options.timeout;
    if (typeof timeout !== 'number') throw invalidArgType('options.timeout', 'number', timeout);
    if (!Number.isInteger(timeout)) throw outOfRange('options.timeout', 'an integer', timeout);
    if (timeout < 1 || timeout > kTimeoutMax) throw outOfRange('options.timeout', `>= 1 && <= ${kTimeoutMax}`, timeout);
  }
  for (const k of ['displayErrors', 'breakOnSigint']) {
    if (options[k] !== undefined && typeof options[k] !== 'boolean') {
      throw invalidArgType(`options.${k}`, 'boolean', options[k]);
    }
  }
  return { filename: options.filename, timeout };
}

// runIn runs a Script's code in a context.
function runIn(script, st, timeout) {
  const [vars, funcs, strict, lexNames, lexCode] = script._declared;
  const { sandbox } = st;
  let code = script._code;
  if (!strict && lexCode !== '') {
    // Top-level let and const go to the context's lexical scope: their
    // keywords are blanked (so they assign) and the names made there.
    for (const k of lexNames) {
      if (Object.prototype.hasOwnProperty.call(st.lexicals, k)) {
        throw new SyntaxError(`Identifier '${k}' has already been declared`);
      }
    }
    for (const k of lexNames) st.lexicals[k] = undefined;
    code = lexCode;
  }
  if (!strict) {
    // Declaration order, as V8 instantiates them: functions, then vars.
    for (const f of funcs) {
      if (!(f in sandbox)) sandbox[f] = undefined;
    }
    for (const v of vars) {
      if (!(v in sandbox) && !intrinsics.has(v)) sandbox[v] = undefined;
    }
  }
  const hide = strict ? [] : funcs;
  const body = 'with (__evloopVmShadow) with (__evloopVmScope) with (__evloopVmLexical) ' +
    `return [eval(${kCode}), [${hide.join(', ')}]];`;
  const wrapper = new Function('__evloopVmShadow', '__evloopVmScope', '__evloopVmLexical', kCode, body);
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  const outer = st.before;
  st.before = before;
  for (const f of hide) st.hidden.add(f);
  try {
    const [result, fns] = internal.call(wrapper, st.global, [st.shadow, st.scope, st.lexicalScope, code], timeout);
    hide.forEach((f, i) => { sandbox[f] = fns[i]; });
    return result;
  } finally {
    for (const f of hide) st.hidden.delete(f);
    st.before = outer;
    // Names assigned without a declaration went to the real global object.
    for (const k of Object.getOwnPropertyNames(globalThis)) {
      if (!before.has(k)) {
        sandbox[k] = globalThis[k];
        delete globalThis[k];
      }
    }
  }
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const filename = options.filename === undefined ? 'evalmachine.<anonymous>' : `${options.filename}`;
    const err = internal.syntaxError(filename, code);
    if (err !== undefined) throw err;
    Object.defineProperty(this, '_code', { value: code });
    Object.defineProperty(this, '_filename', { value: filename });
    Object.defineProperty(this, '_declared', { value: internal.declared(code) });
    this.sourceMapURL = undefined;
  }

  runInThisContext(options) {
    const { timeout } = runOptions(options);
    return internal.runScript(this._filename, this._code, timeout);
  }

  runInContext(contextifiedObject, options) {
    const st = contextState(contextifiedObject);
    const { timeout } = runOptions(options);
    return runIn(this, st, timeout);
  }

  runInNewContext(contextObject, options) {
    const ctx = createContext(contextObject === undefined ? {} : contextObject);
    return this.runInContext(ctx, options);
  }

  createCachedData() { return require('buffer').Buffer.alloc(0); }
}

function scriptOptions(options) {
  return typeof options === 'string' ? options : Object.assign({}, options);
}

// The module's run functions spread their options, as node's do: a
// number or a boolean is no options at all.
function runInThisContext(code, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  contextState(contextifiedObject);
  options = scriptOptions(options);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (contextObject !== undefined) validateObject(contextObject, 'contextObject');
  options = scriptOptions(options);
  return new Script(code, options).runInNewContext(contextObject, options);
}

// compileFunction: a function of code with params, its free names looked
// up in contextExtensions, then parsingContext (or the main context).
function compileFunction(code, params = [], options = {}) {
  code = `${code}`;
  if (!Array.isArray(params)) {
    const err = new TypeError('The "params" argument must be an instance of Array. Received ' + internal.describe(params));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    throw err;
  }
  params.forEach((p, i) => {
    if (typeof p !== 'string') throw invalidArgType(`params[${i}]`, 'string', p);
  });
  validateObject(options, 'options');
  const exts = options.contextExtensions === undefined ? [] : options.contextExtensions;
  if (!Array.isArray(exts)) throw invalidArgType('options.contextExtensions', 'Array', exts);
  exts.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  const scopes = [];
  if (options.parsingContext !== undefined) {
    const st = contextState(options.parsingContext);
    scopes.push(st.shadow, st.scope);
  }
  scopes.push(...exts);
  const err = internal.syntaxError(options.filename || 'evalmachine.<anonymous>',
    `(function (${params.join(', ')}) {\n${code}\n})`);
  if (err !== undefined) throw err;
  const names = scopes.map((_, i) => `__evloopVmScope${i}`);
  const withs = names.map((n) => `with (${n}) `).join('');
  return new Function(...names, `${withs}return function (${params.join(', ')}) {\n${code}\n};`)(...scopes);
}

module.exports = {
  Script, createContext,
  createScript(code, options) { return new Script(code, options); },
  runInContext, runInNewContext, runInThisContext, isContext, compileFunction,
  measureMemory() {
    const err = new Error('vm.measureMemory is not supported: the engine is goja');
    internal.setErrorCode(err, 'ERR_METHOD_NOT_IMPLEMENTED');
    return Promise.reject(err);
  },
  constants,
};
