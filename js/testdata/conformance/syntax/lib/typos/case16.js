arr.map(x => x * 2
