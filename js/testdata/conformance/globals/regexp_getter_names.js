// the getters evloop adds to RegExp.prototype print as V8's: name and length are not enumerable
for (const k of ['flags', 'hasIndices', 'unicodeSets']) {
  const g = Object.getOwnPropertyDescriptor(RegExp.prototype, k).get;
  console.log(g, Object.keys(g), Object.getOwnPropertyDescriptor(g, 'name'));
}
console.log(RegExp.prototype.exec.length, Object.keys(RegExp.prototype.exec));
