for (const i of [1]) { break lbl; }
