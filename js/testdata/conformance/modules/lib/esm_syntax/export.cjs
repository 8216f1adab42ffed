module.exports = 1;
  export default 2;
