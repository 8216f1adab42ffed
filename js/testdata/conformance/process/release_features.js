// process.release (lts, sourceUrl, headersUrl) and process.features' keys as node 20's
console.log(process.release);
console.log(Object.keys(process.features).join(), ['debug', 'uv', 'ipv6', 'tls', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'cached_builtins', 'require_module'].map((k) => process.features[k]).join());
console.log(typeof process.features.inspector);
