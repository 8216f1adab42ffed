exports.from_v = 'v';
