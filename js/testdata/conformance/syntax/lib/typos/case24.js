let o = {a: 1,
