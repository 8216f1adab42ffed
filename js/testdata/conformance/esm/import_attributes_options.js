// import()'s options as node 20 reads them: "with" or the deprecated "assert", TypeErrors for a non-object or a non-string attribute, rejected at once.
const tries = [5, null, undefined, {}, { with: 5 }, { with: { type: 5 } }, { with: { type: 'json' }, assert: { type: 'css' } },
  { assert: { type: 'json' } }, { with: undefined, assert: { type: 'json' } }, { with: {} }];
for (const opts of tries) {
  try {
    const m = await import('./lib/data.json', opts);
    console.log('loaded', JSON.stringify(opts), typeof m.default);
  } catch (e) {
    console.log('rejected', JSON.stringify(opts), e.name, e.code, e.message.replace(/file:\/\/.*\/lib/, 'lib'));
  }
}
import('./lib/data.json', 7).catch((e) => console.log('first job:', e.message));
Promise.resolve().then(() => console.log('second job'));
