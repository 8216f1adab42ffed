// diagnostics_channel: named channels that publish messages to
// subscribers synchronously, and tracing channels (start, end, asyncStart,
// asyncEnd, error) around sync, callback and promise work. Channels are
// kept for the whole run (node keeps unused ones weakly; nothing observable
// differs).
'use strict';

const { argType } = internal; // ERR_INVALID_ARG_TYPE (lib/bootstrap.js)

const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = [];
    this._stores = new Map();
    this.name = name;
  }
  get hasSubscribers() { return this._subscribers.length > 0 || this._stores.size > 0; }
  subscribe(subscription) {
    if (typeof subscription !== 'function') throw argType('subscription', 'of type function', subscription);
    this._subscribers = [...this._subscribers, subscription];
  }
  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i < 0) return false;
    this._subscribers = [...this._subscribers.slice(0, i), ...this._subscribers.slice(i + 1)];
    return true;
  }
  publish(data) {
    for (const fn of this._subscribers) {
      try {
        fn(data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }
  bindStore(store, transform) {
    this._stores.set(store, transform);
  }
  unbindStore(store) {
    return this._stores.delete(store);
  }
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return fn.apply(thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const inner = run;
      let value = data;
      if (typeof transform === 'function') {
        try {
          value = transform(data);
        } catch (err) {
          process.nextTick(() => { throw err; });
          continue;
        }
      }
      run = () => store.run(value, inner);
    }
    return run();
  }
  get [Symbol.toStringTag]() { return 'Channel'; }
}

function channel(name) {
  const c = channels.get(name);
  if (c) return c;
  if (typeof name !== 'string' && typeof name !== 'symbol') throw argType('channel', 'one of type string or symbol', name);
  const made = new Channel(name);
  channels.set(name, made);
  return made;
}

function hasSubscribers(name) {
  const c = channels.get(name);
  return c !== undefined && c.hasSubscribers;
}

function subscribe(name, subscription) { channel(name).subscribe(subscription); }
function unsubscribe(name, subscription) { return channel(name).unsubscribe(subscription); }

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const e of traceEvents) this[e] = channel('tracing:' + nameOrChannels + ':' + e);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const e of traceEvents) {
        const c = nameOrChannels[e];
        if (!(c instanceof Channel)) throw argType('nameOrChannels.' + e, 'an instance of Channel', c);
        this[e] = c;
      }
    } else {
      throw argType('nameOrChannels', 'of type string or an instance of TracingChannel or Object', nameOrChannels);
    }
  }
  get hasSubscribers() { return traceEvents.some((e) => this[e].hasSubscribers); }
  subscribe(handlers) {
    for (const e of traceEvents) if (handlers[e]) this[e].subscribe(handlers[e]);
  }
  unsubscribe(handlers) {
    let done = true;
    for (const e of traceEvents) if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    return done;
  }
  traceSync(fn, context = {}, thisArg, ...args) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = fn.apply(thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
  tracePromise(fn, context = {}, thisArg, ...args) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = fn.apply(thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (typeof fn !== 'function') throw argType('fn', 'of type function', fn);
    const callback = args.at(position);
    if (typeof callback !== 'function') throw argType('callback', 'of type function', callback);
    const { start, end, asyncStart, asyncEnd, error } = this;
    function wrappedCallback(err, res) {
      const self = this;
      const argv = arguments;
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      return asyncStart.runStores(context, () => {
        try {
          return callback.apply(self, argv);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return start.runStores(context, () => {
      try {
        return fn.apply(thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) { return new TracingChannel(nameOrChannels); }

module.exports = { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
