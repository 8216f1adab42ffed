// Promise.any rejects with an AggregateError whose message is "All promises were rejected", errors in input order, also for an empty list.
Promise.any([Promise.reject(new Error('a')), Promise.reject(2), new Promise((_, rej) => setTimeout(() => rej(3), 1))])
  .catch((e) => console.log(e.name, JSON.stringify(e.message), e.errors.map(String), e instanceof AggregateError));
Promise.any([]).catch((e) => console.log('empty:', JSON.stringify(e.message), e.errors));
Promise.any([Promise.reject(1), Promise.resolve('win')]).then((v) => console.log('fulfilled', v));
Promise.any('ab').then((v) => console.log('iterable', v));
const order = [];
Promise.any([1]).then(() => order.push('any'));
Promise.resolve().then(() => order.push('t1')).then(() => order.push('t2')).then(() => order.push('t3'))
  .then(() => console.log(order.join(',')));
try { Promise.any(5).catch((e) => console.log('not iterable:', e.name)); } catch (e) { console.log('threw', e.name); }
