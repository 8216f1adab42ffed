const api = { kind: 'module.exports export' };
export { api as 'module.exports' };
export default 'ignored';
