// An error evloop makes with a node code (ERR_INVALID_ARG_TYPE from require) names its code in the stack's first line and in toString, as node's do; the code stays its only enumerable key.
try {
  require(5);
} catch (e) {
  console.log(e.stack.split('\n')[0]);
  console.log(String(e), e.name, e.code, Object.keys(e));
}
