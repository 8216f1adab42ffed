// dns/promises: the promise API of dns (dns.js builds it, so both share
// the default result order).
'use strict';

module.exports = require('dns').promises;
