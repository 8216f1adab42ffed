// Sloppy-mode function declarations inside blocks are also visible after the block (Annex B.3.3): if, bare blocks, switch, try, nested functions; not in strict code.
if (true) {
  function inIf() { return 'from if'; }
}
console.log(typeof inIf, inIf(), inIf.name);
console.log(typeof later);
{
  function later() { return 'from block'; }
}
console.log(typeof later, later());
{ function twice() { return 1; } }
{ function twice() { return 2; } }
console.log(twice());
switch (1) {
  case 1:
    function inSwitch() { return 'from switch'; }
}
console.log(inSwitch());
try {
  function inTry() { return 'from try'; }
} finally {
  console.log('finally');
}
console.log(inTry());
function outer() {
  if (true) {
    function inner() { return 'from inner'; }
  }
  return inner();
}
console.log(outer(), typeof inner);
function strict() {
  'use strict';
  { function hidden() {} }
  return typeof hidden;
}
console.log(strict());
setTimeout(function tick() {
  for (const x of [1]) {
    function inLoop() { return 'from loop ' + x; }
  }
  console.log(inLoop());
}, 0);
