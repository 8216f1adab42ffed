module.exports = 'selfpkg main';
