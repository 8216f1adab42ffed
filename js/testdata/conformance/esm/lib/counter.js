// A live binding: count changes after importers have imported it.
export let count = 0;
export function inc() { count++; }
export const later = () => { count += 10; };
