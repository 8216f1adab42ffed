// An anonymous default function declaration: hoisted, named "default".
export default function () { return 1; }
