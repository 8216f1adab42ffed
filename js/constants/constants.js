// constants: the deprecated merge of os.constants (dlopen, errno,
// priority, signals), fs.constants and crypto.constants, frozen, in that
// order. crypto adds defaultCipherList to its table when it loads, so the
// merge has it only if crypto was required first, as in node. A runtime
// without fs or crypto registered merges what it has.
'use strict';

const os = require('os');
const out = {};
Object.assign(out, os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals);
let fs;
try {
  fs = require('fs');
} catch {}
if (fs !== undefined) Object.assign(out, fs.constants);
let crypto;
try {
  crypto = require('crypto');
} catch {}
if (crypto !== undefined) {
  for (const k of Object.keys(crypto.constants)) {
    if (k !== 'defaultCipherList' || internal.cryptoLoaded) out[k] = crypto.constants[k];
  }
}
module.exports = Object.freeze(out);
