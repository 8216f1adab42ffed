// Built-in modules with and without the node: prefix, default and named imports.
import { EventEmitter } from 'node:events';
import events from 'events';
import * as timers from 'node:timers';
console.log(EventEmitter === events, typeof timers.setTimeout, typeof events.once);
