// util/types: node's util.types as a module of its own.
'use strict';

module.exports = require('util').types;
