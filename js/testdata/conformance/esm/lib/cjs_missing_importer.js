import { computed } from './cjs_computed.cjs';
console.log(computed);
