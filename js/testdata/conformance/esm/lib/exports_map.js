import { kind } from 'cond-pkg';
import feature from 'cond-pkg/feature';
import extra from 'cond-pkg/extra';
import str from 'str-pkg';
import { util } from '@scope/pat/utils/one.js';
import { createRequire } from './create_require.js';
export const results = [kind, feature.kind, extra.kind, str, util, createRequire('cond-pkg').kind];
export const errors = [];
for (const spec of ['cond-pkg/internal/x', 'cond-pkg/missing/deep', '@scope/pat/utils/private/x', 'str-pkg/main.js']) {
  try {
    await import(spec);
    errors.push('loaded ' + spec);
  } catch (e) {
    errors.push(e.code);
  }
}
