import config from '#config';
import { helper } from '#util/helper';
import { kind } from '#dep';
import { readFileSync } from '#fs';
let missing;
try {
  await import('#missing');
} catch (e) {
  missing = e.code;
}
export const out = [config, helper, kind, typeof readFileSync, missing];
