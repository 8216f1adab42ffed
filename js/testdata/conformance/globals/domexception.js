// DOMException is a global: name, code from the name, message, options with cause, the legacy constants.
const e = new DOMException('boom', 'AbortError');
console.log(e.name, e.code, e.message, e instanceof Error, Object.prototype.toString.call(e));
const d = new DOMException('x');
console.log(d.name, d.code);
const c = new DOMException('y', { name: 'TimeoutError', cause: 7 });
console.log(c.name, c.code, c.cause);
console.log(DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, DOMException.TIMEOUT_ERR);
