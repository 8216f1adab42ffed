exports.from_t = 't';
