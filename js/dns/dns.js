// dns: node 20's dns.lookup (getaddrinfo on the thread pool, through the
// natives in dns.go), its promise form and the constants. The resolver
// knows numeric addresses, the hosts file and localhost; evloop has no DNS
// client, so the c-ares side of the module (resolve*, reverse, Resolver,
// lookupService) throws.
'use strict';

// ---- errors ----------------------------------------------------------------

// node's internal errors, coded as node codes them (lib/bootstrap.js): a
// dotted argType name is an options property.
const { codedError, argType } = internal;

function argKind(name) { return name.includes('.') ? 'property' : 'argument'; }

function validateFunction(v, name) {
  if (typeof v !== 'function') throw argType(name, 'of type function', v);
}

function validateBoolean(v, name) {
  if (typeof v !== 'boolean') throw argType(name, 'of type boolean', v);
}

function validateOneOf(v, name, allowed) {
  if (!allowed.includes(v)) {
    const list = allowed.map((a) => (typeof a === 'string' ? "'" + a + "'" : String(a))).join(', ');
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      'The ' + argKind(name) + " '" + name + "' must be one of: " + list + '. Received ' + internal.inspect(v));
  }
}

// uv's errno numbers for the getaddrinfo codes (EAI_* are negated, offset by
// 3000) and the few system errors a lookup can report.
const errnos = {
  EAI_ADDRFAMILY: -3000, EAI_AGAIN: -3001, EAI_BADFLAGS: -3002, EAI_CANCELED: -3003, EAI_FAIL: -3004,
  EAI_FAMILY: -3005, EAI_MEMORY: -3006, EAI_NODATA: -3007, ENOTFOUND: -3008, EAI_OVERFLOW: -3009,
  EAI_SERVICE: -3010, EAI_SOCKTYPE: -3011, ENOSYS: -38,
};

// dnsException is node's: "getaddrinfo ENOTFOUND nosuch.invalid" with errno,
// code, syscall and hostname, in that order.
function dnsException(code, syscall, hostname) {
  const err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  err.errno = errnos[code];
  internal.setErrorCode(err, code);
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// ---- constants -------------------------------------------------------------

// getaddrinfo's flags are the platform's: glibc's values on Linux, the BSD
// ones on macOS.
const bsd = process.platform === 'darwin' || process.platform === 'freebsd';
const ADDRCONFIG = bsd ? 0x400 : 0x20;
const V4MAPPED = bsd ? 0x800 : 0x8;
const ALL = bsd ? 0x100 : 0x10;

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() { return defaultResultOrder; }

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

const isIP = (s) => internal.dnsIsIP(s);

// ---- lookup ----------------------------------------------------------------

let warnedHostname = false;
function warnInvalidHostname(hostname) {
  if (warnedHostname) return;
  warnedHostname = true;
  process.emitWarning('The provided hostname "' + String(hostname) + '" is not a valid hostname, and is ' +
    'supported in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// parseOptions reads lookup's second argument (a family or an options
// object) as node 20 does, in its order of checks. Only the callback API
// takes 'IPv4' and 'IPv6' as a family (familyNames).
function parseOptions(options, familyNames) {
  const out = { family: 0, hints: 0, all: false, order: defaultResultOrder };
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    out.family = options;
    return out;
  }
  if (options === undefined || options === null) return out;
  if (options.hints != null) {
    if (typeof options.hints !== 'number') throw argType('options.hints', 'of type number', options.hints);
    out.hints = options.hints >>> 0;
    if ((out.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'hints' is invalid. Received " + internal.inspect(out.hints));
    }
  }
  if (options.family != null) {
    if (familyNames && options.family === 'IPv4') {
      out.family = 4;
    } else if (familyNames && options.family === 'IPv6') {
      out.family = 6;
    } else {
      validateOneOf(options.family, 'options.family', validFamilies);
      out.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    out.order = options.order;
  }
  return out;
}

// ordered applies the result order to the resolver's answer (getaddrinfo's
// own order is 'verbatim').
function ordered(addresses, order) {
  if (order === 'verbatim') return addresses;
  const first = order === 'ipv4first' ? 4 : 6;
  return addresses.filter((a) => isIP(a) === first).concat(addresses.filter((a) => isIP(a) !== first));
}

// GetAddrInfoReqWrap is what lookup returns for a name it has to look up.
class GetAddrInfoReqWrap {}

function onlookup(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  const address = addresses[0];
  this.callback(null, address, this.family || isIP(address));
}

function onlookupall(err, addresses) {
  if (err) return this.callback(dnsException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses.map((address) => ({ address, family: this.family || isIP(address) })));
}

// startLookup hands the name to the pool; oncomplete(code|null, addresses).
function startLookup(hostname, family, order, oncomplete) {
  return internal.dnsLookup(hostname, family, (code, addresses) => {
    oncomplete(code, code ? null : ordered(addresses, order));
  });
}

function lookup(hostname, options, callback) {
  if (hostname) {
    if (typeof hostname !== 'string') throw argType('hostname', 'of type string', hostname);
  }
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = parseOptions(undefined, true);
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    opts = parseOptions(options, true);
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw argType('options', 'of type object or integer', options);
  } else {
    validateFunction(callback, 'callback');
    opts = parseOptions(options, true);
  }
  const { family, all } = opts;

  if (!hostname) {
    warnInvalidHostname(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const code = startLookup(hostname, family, opts.order, (err, addresses) => req.oncomplete(err, addresses));
  if (typeof code === 'string') {
    process.nextTick(callback, dnsException(code, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
// util.promisify(dns.lookup) resolves { address, family }.
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true, enumerable: false,
  value: (hostname, options) => promises.lookup(hostname, options),
});

// ---- the promise API -------------------------------------------------------

function lookupPromise(hostname, options) {
  if (hostname) {
    if (typeof hostname !== 'string') throw argType('hostname', 'of type string', hostname);
  }
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'number') {
    throw argType('options', 'of type object or integer', options);
  }
  const { family, all, order } = parseOptions(options, false);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      warnInvalidHostname(hostname);
      resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
      return;
    }
    const matched = isIP(hostname);
    if (matched) {
      const result = { address: hostname, family: matched };
      resolve(all ? [result] : result);
      return;
    }
    const code = startLookup(hostname, family, order, (err, addresses) => {
      if (err) return reject(dnsException(err, 'getaddrinfo', hostname));
      const results = addresses.map((address) => ({ address, family: family || isIP(address) }));
      resolve(all ? results : results[0]);
    });
    if (typeof code === 'string') reject(dnsException(code, 'getaddrinfo', hostname));
  });
}

// ---- what evloop leaves out ------------------------------------------------

function unavailable(name) {
  return codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    name + ' is not available in evloop (it has no DNS client; dns.lookup reads the hosts file)');
}

function absent(name) {
  return function () { throw unavailable('dns.' + name); };
}

class Resolver {
  constructor() { throw unavailable('dns.Resolver'); }
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const resolverNames = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse'];

const promises = {
  lookup: lookupPromise,
  lookupService: absent('promises.lookupService'),
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: absent('promises.setServers'),
  ...errorCodes,
};
for (const name of resolverNames) promises[name] = absent('promises.' + name);

module.exports = {
  lookup,
  lookupService: absent('lookupService'),
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: absent('setServers'),
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
};
for (const name of resolverNames) module.exports[name] = absent(name);
module.exports.promises = promises;
