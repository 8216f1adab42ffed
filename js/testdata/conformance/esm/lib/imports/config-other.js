export default 'other config';
