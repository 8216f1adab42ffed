// spawn validates its arguments synchronously with node's TypeErrors.
const { spawn } = require('child_process');
for (const args of [[123], [''], ['true', 'not-an-array-or-options'], ['true', [], 'opts']]) {
  try {
    spawn(...args);
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
