// Imports from lib/, so that bare names resolve in lib/node_modules.
const show = (e) => e.message.split(import.meta.dirname).join('.');
export async function tryImport(spec) {
  try {
    await import(spec);
    return spec + ' imported';
  } catch (e) {
    return spec + ' ' + e.code + ' ' + JSON.stringify(show(e));
  }
}
