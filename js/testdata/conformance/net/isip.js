// net.isIP, isIPv4 and isIPv6, including IPv6 zone ids, embedded IPv4 tails and malformed addresses.
const net = require('net');
const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4 ',
  '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%1', 'fe80::1%lo.0', 'fe80::1%', '::1%a b', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '1::2::3', ':::', '1:::2', '12345::1', '::ffff:127.0.0.1',
  '::ffff:127.0.0.256', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'g::1', 'abcd:ef01::', ':1', '1:',
  'localhost', '', '1.2.3.4%x', 'ABCD::EF', '::1.2.3.4', '1::2:3:4:5:6:7', '1::2:3:4:5:6:7:8'];
for (const s of inputs) console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
console.log(net.isIP(), net.isIP(123), net.isIPv6(null));
