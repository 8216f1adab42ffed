exports.from_s = 's';
