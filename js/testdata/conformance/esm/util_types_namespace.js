// util.types: a module namespace is isModuleNamespaceObject and not isProxy (evloop builds namespaces as proxies).
import * as fs from 'node:fs';
import * as me from './util_types_namespace.js';
import util from 'node:util';
export const x = 1;
console.log(util.types.isProxy(me), util.types.isModuleNamespaceObject(me), util.types.isModuleNamespaceObject(fs));
console.log(util.types.isModuleNamespaceObject({}), util.types.isProxy(fs));
