import { a } from './tla_req_a.js';
export const c = a + 'c';
