export const café = 'café';
export function naïve() { return 'naïve'; }
export default function über() { return 'über'; }
const v = 'v';
export { v as 'другое', v as "string name" };
