export { café as cafè, 'другое' as 'другое2' } from './unicode_names.js';
