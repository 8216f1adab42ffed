// An import statement makes a file with no package.json "type" an ES module, whose imports work.
import { EventEmitter } from 'events';
import path from 'path';
console.log(typeof EventEmitter, path.basename('/a/b.txt'));
