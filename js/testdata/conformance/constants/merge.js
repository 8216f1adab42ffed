// require('constants') (DEP0008): os.constants' dlopen, errno, priority and signals, fs.constants and
// crypto.constants in one frozen object, in node's key order; without crypto's defaultCipherList when crypto
// was not loaded before it.
const c = require('constants');
console.log(Object.keys(c).length, Object.isFrozen(c), Object.getPrototypeOf(c) === Object.prototype);
console.log(JSON.stringify(c));
console.log(require('node:constants') === c, 'defaultCipherList' in c, typeof c.defaultCoreCipherList);
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const merged = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals,
  fs.constants, crypto.constants);
console.log(Object.keys(merged).filter((k) => !(k in c)), Object.keys(c).every((k) => c[k] === merged[k]));
try {
  'use strict';
  c.O_RDONLY = 5;
} catch (e) {
  console.log(e.name);
}
console.log(c.O_RDONLY, c.SIGINT, c.ENOENT, c.RTLD_NOW, c.PRIORITY_HIGH, c.RSA_PKCS1_PADDING);
