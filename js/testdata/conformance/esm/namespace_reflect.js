// Module namespace writes from module (strict) code: Reflect.set/defineProperty/deleteProperty/setPrototypeOf return false, assignments and Object.* throw V8's TypeErrors, a descriptor that changes nothing is accepted (seal works, freeze throws).
import * as ns from './lib/ns_target.js';
import { nsOps } from './lib/ns_ops.js';
console.log(nsOps(ns));
