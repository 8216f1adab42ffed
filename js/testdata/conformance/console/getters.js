// Accessor properties print as [Getter], [Setter] or [Getter/Setter], never calling the getter.
const o = {
  get g() {
    console.log("getter called");
    return 1;
  },
  set s(v) {},
  get gs() {
    return 2;
  },
  set gs(v) {},
};
console.log(o);
