// net.Server, net.Socket, http.Server, http.Agent, readline.Interface and zlib's classes construct when called without new, as node's function constructors; instanceof and subclasses still hold.
const net = require('net');
const http = require('http');
const zlib = require('zlib');
const readline = require('readline');
const { Readable } = require('stream');
const show = (label, make, C) => {
  const o = make();
  console.log(label, o instanceof C, o.constructor === C, o.constructor.name, Object.getPrototypeOf(o) === C.prototype);
  return o;
};
show('net.Server()', () => net.Server(), net.Server);
show('net.Socket()', () => net.Socket(), net.Socket).destroy();
show('net.Stream()', () => net.Stream(), net.Socket).destroy();
show('http.Server()', () => http.Server(), http.Server);
show('http.Agent()', () => http.Agent({ keepAlive: true }), http.Agent);
show('zlib.Gzip()', () => zlib.Gzip(), zlib.Gzip);
show('readline.Interface()', () => readline.Interface({ input: Readable.from([]) }), readline.Interface).close();
class MyServer extends net.Server {
  constructor() { super(); this.mine = true; }
}
const m = new MyServer();
console.log(m instanceof MyServer, m instanceof net.Server, m.mine, typeof m.listen, m.constructor.name);
console.log(net.Server.name, net.Socket.name, zlib.Gzip.name, typeof net.Server.prototype.listen);
const srv = net.Server((s) => s.end());
srv.listen(0, () => { console.log('listening'); srv.close(); });
