// report: process.report, node's diagnostic report (the CLI's build only:
// js/clilibs.go) as far as evloop has
// its figures. getReport() has node's sections and header fields (no
// glibc versions: evloop does not run on a C library; no native stack,
// libuv handle list or shared objects: empty lists).
'use strict';

const os = require('os');

function checkObject(err) {
  if (err === null || typeof err !== 'object') throw internal.invalidArgType('err', 'object', err);
}

function stackSection(err) {
  let message = 'Error [ERR_SYNTHETIC]: JavaScript Callstack';
  let stack;
  const errorProperties = {};
  if (err === undefined) {
    stack = String(new Error().stack).split('\n').slice(2);
    errorProperties.code = 'ERR_SYNTHETIC';
  } else {
    const lines = String(err.stack).split('\n');
    const at = lines.findIndex((l) => /^\s+at /.test(l));
    message = (at < 0 ? lines : lines.slice(0, at)).join('\n');
    stack = at < 0 ? [] : lines.slice(at);
    for (const k of Object.keys(err)) errorProperties[k] = String(err[k]);
  }
  return { message, stack: stack.map((l) => l.trim()), errorProperties };
}

function cpuFigures(ru, seconds) {
  const user = ru.userCPUTime / 1e6;
  const sys = ru.systemCPUTime / 1e6;
  const pct = (v) => (seconds > 0 ? Math.round((v / seconds) * 1e6) / 1e4 : 0);
  return {
    userCpuSeconds: user, kernelCpuSeconds: sys, cpuConsumptionPercent: pct(user + sys),
    userCpuConsumptionPercent: pct(user), kernelCpuConsumptionPercent: pct(sys),
  };
}

function getReport(err) {
  if (err !== undefined) checkObject(err);
  const now = new Date();
  const ru = process.resourceUsage();
  const cpu = cpuFigures(ru, process.uptime());
  const mem = process.memoryUsage();
  const v8 = require('v8');
  const heap = v8.getHeapStatistics();
  const heapSpaces = {};
  for (const s of v8.getHeapSpaceStatistics()) {
    heapSpaces[s.space_name] = {
      memorySize: s.space_size, committedMemory: s.physical_space_size, capacity: s.space_used_size + s.space_available_size,
      used: s.space_used_size, available: s.space_available_size,
    };
  }
  const interfaces = [];
  for (const [name, list] of Object.entries(os.networkInterfaces())) {
    for (const i of list) {
      const e = { name, internal: i.internal, mac: i.mac, address: i.address, netmask: i.netmask, family: i.family };
      if (i.scopeid !== undefined) e.scopeid = i.scopeid;
      interfaces.push(e);
    }
  }
  const limit = (v) => ({ soft: v, hard: v });
  return {
    header: {
      reportVersion: 4,
      event: 'JavaScript API',
      trigger: 'GetReport',
      filename: null,
      dumpEventTime: now.toISOString().replace(/\.\d+Z$/, 'Z'),
      dumpEventTimeStamp: String(now.getTime()),
      processId: process.pid,
      threadId: threadId(),
      cwd: process.cwd(),
      commandLine: [process.argv0, ...process.execArgv, ...process.argv.slice(1)],
      nodejsVersion: process.version,
      wordSize: 64,
      arch: process.arch,
      platform: process.platform,
      componentVersions: { ...process.versions },
      release: { ...process.release },
      osName: os.type(),
      osRelease: os.release(),
      osVersion: os.version(),
      osMachine: os.machine(),
      cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, ...c.times })),
      networkInterfaces: interfaces,
      host: os.hostname(),
    },
    javascriptStack: stackSection(err),
    javascriptHeap: {
      totalMemory: heap.total_heap_size, executableMemory: heap.total_heap_size_executable,
      totalCommittedMemory: heap.total_physical_size, availableMemory: heap.total_available_size,
      totalGlobalHandlesMemory: heap.total_global_handles_size, usedGlobalHandlesMemory: heap.used_global_handles_size,
      usedMemory: heap.used_heap_size, memoryLimit: heap.heap_size_limit, mallocedMemory: heap.malloced_memory,
      externalMemory: heap.external_memory, peakMallocedMemory: heap.peak_malloced_memory,
      nativeContextCount: heap.number_of_native_contexts, detachedContextCount: heap.number_of_detached_contexts,
      doesZapGarbage: heap.does_zap_garbage, heapSpaces,
    },
    nativeStack: [],
    resourceUsage: {
      free_memory: os.freemem(), total_memory: os.totalmem(), rss: mem.rss,
      constrained_memory: process.constrainedMemory(), available_memory: process.availableMemory(),
      ...cpu, maxRss: ru.maxRSS * 1024,
      pageFaults: { IORequired: ru.majorPageFault, IONotRequired: ru.minorPageFault },
      fsActivity: { reads: ru.fsRead, writes: ru.fsWrite },
    },
    uvthreadResourceUsage: { ...cpu, fsActivity: { reads: ru.fsRead, writes: ru.fsWrite } },
    libuv: [],
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: {
      core_file_size_blocks: limit('unlimited'), data_seg_size_kbytes: limit('unlimited'), file_size_blocks: limit('unlimited'),
      max_locked_memory_bytes: limit('unlimited'), max_memory_size_kbytes: limit('unlimited'), open_files: limit('unlimited'),
      stack_size_bytes: limit('unlimited'), cpu_time_seconds: limit('unlimited'), max_user_processes: limit('unlimited'),
      virtual_memory_kbytes: limit('unlimited'),
    },
    sharedObjects: [],
  };
}

let sequence = 0;

function writeReport(file, err) {
  if (typeof file === 'object' && file !== null) { err = file; file = undefined; }
  if (file !== undefined && typeof file !== 'string') throw internal.invalidArgType('file', 'string', file);
  if (err !== undefined) checkObject(err);
  const report = getReport(err);
  report.header.event = 'JavaScript API';
  report.header.trigger = 'API';
  if (file === undefined || file === '') {
    const d = new Date();
    const p = (n, w = 2) => String(n).padStart(w, '0');
    file = (report.directory || '') + 'report.' + d.getFullYear() + p(d.getMonth() + 1) + p(d.getDate()) + '.' +
      p(d.getHours()) + p(d.getMinutes()) + p(d.getSeconds()) + '.' + process.pid + '.0.' + p(++sequence, 3) + '.json';
  }
  report.header.filename = file;
  const text = settings.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2);
  const path = require('path').resolve(settings.directory || process.cwd(), file);
  require('fs').writeFileSync(path, text + '\n');
  process._rawDebug('\nWriting Node.js report to file: ' + file + '\nNode.js report completed');
  return file;
}

const settings = { directory: '', filename: '', compact: false, excludeNetwork: false, signal: 'SIGUSR2' };

const report = {
  writeReport,
  getReport,
  get directory() { return settings.directory; },
  set directory(v) { if (typeof v !== 'string') throw internal.invalidArgType('directory', 'string', v); settings.directory = v; },
  get filename() { return settings.filename; },
  set filename(v) { if (typeof v !== 'string') throw internal.invalidArgType('filename', 'string', v); settings.filename = v; },
  get compact() { return settings.compact; },
  set compact(v) { if (typeof v !== 'boolean') throw internal.invalidArgType('compact', 'boolean', v); settings.compact = v; },
  get excludeNetwork() { return settings.excludeNetwork; },
  set excludeNetwork(v) { if (typeof v !== 'boolean') throw internal.invalidArgType('excludeNetwork', 'boolean', v); settings.excludeNetwork = v; },
  get signal() { return settings.signal; },
  set signal(v) { if (typeof v !== 'string') throw internal.invalidArgType('signal', 'string', v); settings.signal = v; },
  get reportOnFatalError() { return false; },
  set reportOnFatalError(v) { if (typeof v !== 'boolean') throw internal.invalidArgType('trigger', 'boolean', v); },
  get reportOnSignal() { return false; },
  set reportOnSignal(v) { if (typeof v !== 'boolean') throw internal.invalidArgType('trigger', 'boolean', v); },
  get reportOnUncaughtException() { return false; },
  set reportOnUncaughtException(v) { if (typeof v !== 'boolean') throw internal.invalidArgType('trigger', 'boolean', v); },
};

module.exports = report;

function threadId() {
  try { return require('worker_threads').threadId; } catch { return 0; }
}
