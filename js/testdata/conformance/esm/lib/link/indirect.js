import { a } from './reexport_alias.js';
