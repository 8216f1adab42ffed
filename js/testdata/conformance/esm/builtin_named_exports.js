// Built-ins as ES modules: named exports, the default export is the module object, node: and bare names give one namespace.
import fs, { readFileSync } from 'node:fs';
import * as path from 'path';
import * as path2 from 'node:path';
import { EventEmitter } from 'events';
import def from 'events';
console.log(fs.readFileSync === readFileSync, path === path2, path.join('a', 'b'), EventEmitter === def, typeof path.default.join);
