// An anonymous default class, named "default".
export default class extends Array {
  m() { return 2; }
}
