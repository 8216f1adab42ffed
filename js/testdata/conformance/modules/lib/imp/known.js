module.exports = 'known';
