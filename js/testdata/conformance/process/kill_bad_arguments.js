// process.kill validates: an unknown signal name is ERR_UNKNOWN_SIGNAL, a non-number pid ERR_INVALID_ARG_TYPE; signal 0 checks.
try { process.kill(process.pid, 'SIGFOO'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.kill('abc'); } catch (e) { console.log(e.name, e.code); }
console.log(process.kill(process.pid, 0));
