// require('constants') after crypto has been loaded: crypto's defaultCipherList is then part of the copy, a
// plain frozen value; crypto.constants itself is a null-prototype table with an accessor for it.
const crypto = require('crypto');
const c = require('constants');
console.log(Object.keys(c).length, Object.keys(c).slice(-2));
const d = Object.getOwnPropertyDescriptor(c, 'defaultCipherList');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, d.value === c.defaultCoreCipherList);
const cd = Object.getOwnPropertyDescriptor(crypto.constants, 'defaultCipherList');
console.log(typeof cd.get, typeof cd.set, cd.enumerable, cd.configurable);
console.log(Object.getPrototypeOf(crypto.constants), Object.isFrozen(crypto.constants), Object.keys(crypto.constants).length);
crypto.constants.defaultCipherList = 'HIGH';
console.log(crypto.constants.defaultCipherList, c.defaultCipherList === 'HIGH');
console.log(Object.entries(require('os').constants.errno).length, require('os').constants.dlopen.RTLD_DEEPBIND);
