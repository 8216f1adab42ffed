const res = Promise.resolve(1);
const v = await res;
