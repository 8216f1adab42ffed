export default const z = 1;
