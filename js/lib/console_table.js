// console_table: console.table's box, loaded on its first call.
'use strict';

// renderTable draws console.table's box, as node 20 does (cells left-aligned).
function renderTable(data, properties) {
  if (data === null || typeof data !== 'object') return internal.format(data);
  const cell = (v) => internal.inspect(v, { depth: 1, breakLength: Infinity, compact: 3 });
  const rows = [];
  const keys = [];
  let hasValues = false;
  const entries = data instanceof Map ? [...data.entries()] :
    Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.keys(data).map((k) => [k, data[k]]);
  for (const [index, value] of entries) {
    const row = { index: String(index), cells: {} };
    if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) {
        if (properties && !properties.includes(k)) continue;
        if (!keys.includes(k)) keys.push(k);
        row.cells[k] = cell(value[k]);
      }
    } else {
      hasValues = true;
      row.value = cell(value);
    }
    rows.push(row);
  }
  const header = ['(index)', ...(properties || keys)];
  if (hasValues) header.push('Values');
  const table = rows.map((r) => [r.index, ...(properties || keys).map((k) => r.cells[k] ?? ''),
    ...(hasValues ? [r.value ?? ''] : [])]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)) + 2);
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const fmt = (cells) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i] - c.length - 1)).join('│') + '│';
  return [line('┌', '┬', '┐'), fmt(header), line('├', '┼', '┤'), ...table.map(fmt), line('└', '┴', '┘')].join('\n');
}

module.exports = renderTable;
