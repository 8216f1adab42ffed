module.exports = 'selfpkg sub';
