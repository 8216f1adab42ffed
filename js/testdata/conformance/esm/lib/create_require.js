import req from './require_helper.cjs';
export const createRequire = req;
