// Helper for modules/ cases (not a case itself): module state shared by every require.
let count = 0;
console.log("counter.js evaluated");
module.exports = {
  next() {
    count++;
    return count;
  },
};
