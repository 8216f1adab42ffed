// console_table: console.table's box, loaded on its first call.
'use strict';

// Column titles as node's.
const indexKey = '(index)';
const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';

// cell is how node 20 shows one value: an object with more than two keys
// collapses to [Object], other objects show one level (depth 0), arrays
// at most three items, all on one line.
function cell(v) {
  const wide = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2;
  return internal.inspect(v, { depth: wide ? -1 : 0, maxArrayLength: 3, breakLength: Infinity });
}

// renderTable is node 20's console.table: Maps as (iteration index), Key,
// Values; Sets as (iteration index), Values; anything else by its own keys,
// one column per property of its object rows and a Values column for its
// primitive rows. Cells are left-aligned and padded by terminal width.
function renderTable(data, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw internal.argType('properties', 'an instance of Array', properties);
  }
  if (data === null || typeof data !== 'object') return internal.format(data);
  const indexes = (n) => Array.from({ length: n }, (_, i) => cell(i));
  if (data instanceof Map) {
    const keys = [];
    const values = [];
    for (const [k, v] of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return draw([iterKey, keyKey, valuesKey], [indexes(keys.length), keys, values]);
  }
  if (data instanceof Set) {
    const values = [];
    for (const v of data) values.push(cell(v));
    return draw([iterKey, valuesKey], [indexes(values.length), values]);
  }
  const columns = Object.create(null);
  let hasPrimitives = false;
  const primitives = [];
  const rowKeys = Object.keys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = cell(item);
      continue;
    }
    for (const key of properties || Object.keys(item)) {
      columns[key] ??= [];
      columns[key][i] = (primitive || !Object.prototype.hasOwnProperty.call(item, key)) ? '' : cell(item[key]);
    }
  }
  const head = Object.keys(columns);
  const body = Object.values(columns);
  if (hasPrimitives) {
    head.push(valuesKey);
    body.push(primitives);
  }
  head.unshift(indexKey);
  body.unshift(rowKeys);
  return draw(head, body);
}

// draw lays out the columns (holes are empty cells) under their heads.
function draw(head, columns) {
  const widths = head.map((h) => internal.stringWidth(h));
  const height = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < height; j++) {
      rows[j] ??= [];
      const v = rows[j][i] = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      widths[i] = Math.max(widths[i] || 0, internal.stringWidth(v));
    }
  }
  const rule = widths.map((w) => '─'.repeat(w + 2));
  const row = (cells) => '│' + cells.map((c, i) => ' ' + c + ' '.repeat(widths[i] - internal.stringWidth(c) + 1)).join('│') + '│';
  const out = ['┌' + rule.join('┬') + '┐', row(head), '├' + rule.join('┼') + '┤'];
  for (const r of rows) out.push(row(r));
  out.push('└' + rule.join('┴') + '┘');
  return out.join('\n');
}

module.exports = renderTable;
