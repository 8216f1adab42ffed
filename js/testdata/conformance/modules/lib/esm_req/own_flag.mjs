export const __esModule = 'own value';
export default 'd';
