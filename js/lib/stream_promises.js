// stream/promises: pipeline and finished returning promises (the same
// functions as require('stream').promises).
'use strict';

module.exports = require('stream').promises;
