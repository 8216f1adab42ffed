export default 'node config';
