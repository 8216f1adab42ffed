exports.from_u = 'u';
