// process.report: getReport's sections and fields (glibc versions left out: evloop runs on no C library), its settings; process.setSourceMapsEnabled.
const r = process.report;
console.log(Object.keys(r));
const g = r.getReport();
console.log(Object.keys(g), Object.keys(g.header).filter((k) => !k.startsWith('glibc')), g.header.trigger, g.header.event, g.header.filename, g.header.nodejsVersion, g.header.reportVersion);
console.log(g.javascriptStack.message, g.javascriptStack.errorProperties, Array.isArray(g.javascriptStack.stack), g.javascriptStack.stack[0].startsWith('at '));
const e = new TypeError('boom'); e.code = 'E1'; e.n = 5;
const j = r.getReport(e).javascriptStack;
console.log(j.message, j.errorProperties, j.stack[0].startsWith('at '));
try { r.getReport('x'); } catch (err) { console.log(err.code, err.message); }
console.log(Object.keys(g.javascriptHeap), Object.keys(g.javascriptHeap.heapSpaces), Object.keys(g.resourceUsage), Object.keys(g.uvthreadResourceUsage), Object.keys(g.userLimits));
console.log(g.header.componentVersions.node === process.versions.node, g.header.processId === process.pid, g.header.cwd === process.cwd(), Array.isArray(g.header.cpus), Object.keys(g.header.cpus[0]));
console.log(r.compact, r.directory, r.filename, r.signal, r.reportOnFatalError, r.reportOnSignal, r.reportOnUncaughtException, r.excludeNetwork);
console.log(process.sourceMapsEnabled, process.setSourceMapsEnabled.length);
process.setSourceMapsEnabled(true); console.log(process.sourceMapsEnabled);
try { process.setSourceMapsEnabled(1); } catch (err) { console.log(err.code, err.message); }
console.log(Object.keys(g.header.networkInterfaces[0] || { name: 1, internal: 1, mac: 1, address: 1, netmask: 1, family: 1 }));
