// Intl.getCanonicalLocales checks and canonicalizes as V8: holes skipped, TypeError for a non-string, RangeError for a malformed tag, each tag once.
for (const v of [undefined, 'en-us', ['EN', 'en-US', 'en-us'], new Array(5), [null], [{}], ['en-'], [''], [1], ['zh-hant-tw'], [new String('de-de')], 'x', [ 'en', , 'de']]) {
  try { console.log(Intl.getCanonicalLocales(v)); } catch (e) { console.log(e.name, e.message); }
}
