// dns/promises: the promise API of dns (lib/dns.js builds it, so both share
// the default result order).
'use strict';

module.exports = require('dns').promises;
