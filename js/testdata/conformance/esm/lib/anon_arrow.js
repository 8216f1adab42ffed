// An anonymous default arrow function, named "default".
export default async (a, { b } = {}) => a;
