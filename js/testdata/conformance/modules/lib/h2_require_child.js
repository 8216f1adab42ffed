// helper of require_stack_and_paths: a missing require from a child, and what a child sees of its module.
const top = require('path').dirname(__dirname);
const rel = (p) => p.replace(top, '<dir>');
try { require('./h2-missing-module'); } catch (e) { console.log(e.code, JSON.stringify(rel(e.message).replace(rel(e.message), rel(e.message)).split(top).join('<dir>')), e.requireStack.map(rel)); }
module.exports = { parentId: module.parent && rel(module.parent.id), paths: module.paths.slice(0, 2).map(rel) };
