// v8.getHeapStatistics has node's fields as non-negative numbers; getHeapSpaceStatistics lists spaces; setFlagsFromString accepts a string.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join(','));
console.log(Object.values(s).every((v) => typeof v === 'number' && v >= 0), s.used_heap_size <= s.total_heap_size, s.heap_size_limit > s.used_heap_size);
const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.length > 0, Object.keys(spaces[0]).join(','), spaces.some((x) => x.space_name === 'old_space'));
v8.setFlagsFromString('--allow-natives-syntax');
try { v8.setFlagsFromString(1); } catch (e) { console.log(e.code); }
console.log(typeof v8.cachedDataVersionTag());
