// AsyncLocalStorage follows I/O callbacks: fs (callback and promise), crypto on the thread pool, zlib, and nested runs restore the outer store.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const crypto = require('crypto');
const zlib = require('zlib');
const als = new AsyncLocalStorage();
const seen = (where) => console.log(where, als.getStore());
als.run('fs', () => fs.readFile(__filename, () => {
  seen('readFile');
  als.run('inner', () => fs.stat(__filename, () => {
    seen('nested stat');
    als.run('crypto', () => crypto.pbkdf2('pw', 'salt', 1, 8, 'sha256', () => {
      seen('pbkdf2');
      als.run('zlib', () => zlib.gzip('x', () => {
        seen('gzip');
        als.run('promises', async () => { await fs.promises.readFile(__filename); seen('fs.promises'); });
      }));
    }));
  }));
  seen('after nested run');
}));
seen('main');
