// stream/consumers: read a whole stream (any async iterable) into one value.
'use strict';

const { Buffer, Blob } = require('buffer');

// each calls fn on every chunk of stream, in order, awaiting each.
async function each(stream, fn) {
  const it = stream[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    fn(value);
  }
}

async function blob(stream) {
  const chunks = [];
  await each(stream, (c) => chunks.push(c));
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const b = await blob(stream);
  return b.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  await each(stream, (chunk) => {
    str += typeof chunk === 'string' ? chunk : dec.decode(chunk, { stream: true });
  });
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
