// v8: the parts of node's v8 module that make sense on goja — heap
// statistics (from Go's memory statistics, through process.memoryUsage),
// setFlagsFromString (accepted, ignored), cachedDataVersionTag, and
// serialize/deserialize in V8's wire format (serdes.js, not in the page's
// build: serdes_web.go). There is no V8
// here, so heap snapshots and coverage are absent.
'use strict';

function getHeapStatistics() {
  const m = process.memoryUsage();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, internal.heapLimit - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: internal.heapLimit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

const spaces = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'new_large_object_space',
  'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapSpaceStatistics() {
  const m = process.memoryUsage();
  return spaces.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? m.heapTotal : 0,
      space_used_size: old ? m.heapUsed : 0,
      space_available_size: old ? m.heapTotal - m.heapUsed : 0,
      physical_space_size: old ? m.heapTotal : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') {
    const err = new TypeError('The "flags" argument must be of type string. Received ' + require('util').inspect(flags));
    internal.setErrorCode(err, 'ERR_INVALID_ARG_TYPE');
    throw err;
  }
}

module.exports = {
  cachedDataVersionTag: () => 0,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
};
if (internal.serdes) {
  const { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, deserialize, serialize } = internal.serdes;
  Object.assign(module.exports, { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, deserialize, serialize });
}
