// process.env is an object of strings: missing keys are undefined, assignments are stringified.
console.log(typeof process.env);
console.log(process.env.EVLOOP_SURELY_NOT_SET);
process.env.EVLOOP_TEST_VAR = 42;
console.log(typeof process.env.EVLOOP_TEST_VAR, process.env.EVLOOP_TEST_VAR);
delete process.env.EVLOOP_TEST_VAR;
console.log("EVLOOP_TEST_VAR" in process.env);
