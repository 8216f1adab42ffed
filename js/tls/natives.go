//go:build !evloopweb

package tls

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	ctls "crypto/tls"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/evloop/evloop/js"
	"github.com/evloop/evloop/js/internal/safeexport"
)

// natives are tls.js's Go side:
//
//	context({key, cert, ca, ALPNProtocols, requestCert}) → context | throws
//	engine(isServer, context, servername) → engine
//
// An engine has start(), feed(ArrayBuffer|null), write(data), closeWrite()
// — each returns {out: ArrayBuffer|null, events: [...]} — stop(),
// verifyError() (null or {code, message}), peerCertificate(detailed),
// protocol(), cipher(), alpnProtocol(). An event is {type: 'secure'},
// {type: 'data', data}, {type: 'end'} or {type: 'error', message, code}.
func natives(r *js.Runtime) *goja.Object {
	vm := r.VM()
	o := r.NewInternal()
	o.Set("available", true)
	o.Set("context", func(c goja.FunctionCall) goja.Value {
		cfg, err := newContext(vm, c.Argument(0))
		if err != nil {
			panic(r.NewError("Error", err.Error(), codeOf(err)))
		}
		return vm.ToValue(cfg)
	})
	o.Set("engine", func(c goja.FunctionCall) goja.Value {
		server := c.Argument(0).ToBoolean()
		ctx, ok := safeexport.Export(c.Argument(1)).(*tlsContext)
		if !ok {
			panic(r.NewError("TypeError", "not a TLS context", "ERR_INVALID_ARG_TYPE"))
		}
		cfg := ctx.config.Clone()
		if !server {
			if sn := c.Argument(2); !goja.IsUndefined(sn) && !goja.IsNull(sn) {
				cfg.ServerName = sn.String()
			}
		}
		return newEngineObject(r, newEngine(server, cfg), ctx)
	})
	return o
}

// tlsContext is a SecureContext: the configuration every connection made
// with it starts from, and the roots its clients verify against.
type tlsContext struct {
	config *ctls.Config
	roots  *x509.CertPool // nil: the system's
}

// ctxError is an error with node's code.
type ctxError struct{ msg, code string }

func (e *ctxError) Error() string { return e.msg }

func codeOf(err error) string {
	var ce *ctxError
	if errors.As(err, &ce) {
		return ce.code
	}
	return ""
}

// pems reads an option that tls.js normalized to an array of strings.
func pems(vm *goja.Runtime, o *goja.Object, name string) []string {
	v := o.Get(name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	var out []string
	vm.ExportTo(v, &out)
	return out
}

func newContext(vm *goja.Runtime, v goja.Value) (*tlsContext, error) {
	o := v.ToObject(vm)
	cfg := &ctls.Config{
		// Verification is node's, after the handshake (verify in
		// peer.go): a client with rejectUnauthorized false connects to
		// any certificate and reads the reason in authorizationError.
		InsecureSkipVerify: true,
		MinVersion:         ctls.VersionTLS12,
	}
	keys, certs := pems(vm, o, "key"), pems(vm, o, "cert")
	switch {
	case len(keys) > 0 && len(certs) == 0:
		// node checks the pair only when both are given.
	case len(certs) > 0 && len(keys) == 0:
		return nil, &ctxError{"a cert option needs its key option", "ERR_INVALID_ARG_VALUE"}
	case len(keys) > 0:
		if len(keys) != len(certs) {
			return nil, &ctxError{"key and cert options do not pair up", "ERR_INVALID_ARG_VALUE"}
		}
		for i := range keys {
			pair, err := ctls.X509KeyPair([]byte(certs[i]), []byte(keys[i]))
			if err != nil {
				return nil, pairError(err)
			}
			cfg.Certificates = append(cfg.Certificates, pair)
		}
	}
	var ctx tlsContext
	if cas := pems(vm, o, "ca"); len(cas) > 0 {
		ctx.roots = x509.NewCertPool()
		for _, p := range cas {
			if !ctx.roots.AppendCertsFromPEM([]byte(p)) {
				return nil, &ctxError{"error:0480006C:PEM routines::no start line", "ERR_OSSL_PEM_NO_START_LINE"}
			}
		}
	}
	var alpn []string
	vm.ExportTo(o.Get("ALPNProtocols"), &alpn)
	cfg.NextProtos = alpn
	if o.Get("requestCert").ToBoolean() {
		cfg.ClientAuth = ctls.RequestClientCert
	}
	ctx.config = cfg
	return &ctx, nil
}

// pairError names a bad key or certificate as OpenSSL would.
func pairError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "does not match"):
		return &ctxError{"error:05800074:x509 certificate routines::key values mismatch", "ERR_OSSL_X509_KEY_VALUES_MISMATCH"}
	case strings.Contains(msg, "failed to find"), strings.Contains(msg, "PEM"):
		return &ctxError{"error:0480006C:PEM routines::no start line", "ERR_OSSL_PEM_NO_START_LINE"}
	}
	return &ctxError{"error:1E08010C:DECODER routines::unsupported", "ERR_OSSL_UNSUPPORTED"}
}

// newEngineObject is the JS face of e.
func newEngineObject(r *js.Runtime, e *engine, ctx *tlsContext) *goja.Object {
	vm := r.VM()
	h := vm.NewObject()
	result := func() goja.Value {
		events, out := e.take()
		res := vm.NewObject()
		if out != nil {
			res.Set("out", vm.NewArrayBuffer(out))
		} else {
			res.Set("out", goja.Null())
		}
		list := make([]any, 0, len(events))
		for _, ev := range events {
			o := vm.NewObject()
			switch ev.kind {
			case evSecure:
				o.Set("type", "secure")
			case evData:
				o.Set("type", "data")
				o.Set("data", vm.NewArrayBuffer(ev.data))
			case evEnd:
				o.Set("type", "end")
			case evError:
				o.Set("type", "error")
				msg, code := handshakeError(ev.err)
				o.Set("message", msg)
				o.Set("code", code)
			}
			list = append(list, o)
		}
		res.Set("events", vm.NewArray(list...))
		return res
	}
	h.Set("start", func() goja.Value { e.step(); return result() })
	h.Set("feed", func(c goja.FunctionCall) goja.Value {
		if goja.IsNull(c.Argument(0)) {
			e.feed(nil, true)
		} else {
			e.feed(js.BytesView(c.Argument(0)), false)
		}
		return result()
	})
	h.Set("write", func(c goja.FunctionCall) goja.Value {
		var data []byte
		if s, ok := safeexport.Export(c.Argument(0)).(string); ok {
			data = []byte(s)
		} else {
			data = js.BytesView(c.Argument(0))
		}
		if err := e.write(data); err != nil {
			panic(r.NewError("Error", err.Error(), "EPROTO"))
		}
		return result()
	})
	h.Set("closeWrite", func() goja.Value { e.closeWrite(); return result() })
	h.Set("stop", func() { e.stop() })
	h.Set("verifyError", func() goja.Value {
		if !e.isSecure {
			return goja.Null()
		}
		code, msg := verify(e.state.PeerCertificates, ctx.roots)
		if code == "" {
			return goja.Null()
		}
		o := vm.NewObject()
		o.Set("code", code)
		o.Set("message", msg)
		return o
	})
	h.Set("peerCertificate", func(c goja.FunctionCall) goja.Value {
		if !e.isSecure || len(e.state.PeerCertificates) == 0 {
			return goja.Null()
		}
		return certObject(vm, e.state.PeerCertificates, c.Argument(0).ToBoolean())
	})
	h.Set("protocol", func() goja.Value {
		if !e.isSecure {
			return goja.Null()
		}
		return vm.ToValue(versionName(e.state.Version))
	})
	h.Set("cipher", func() goja.Value {
		if !e.isSecure {
			return goja.Null()
		}
		o := vm.NewObject()
		name := ctls.CipherSuiteName(e.state.CipherSuite)
		o.Set("name", name)
		o.Set("standardName", name)
		o.Set("version", versionName(e.state.Version))
		return o
	})
	h.Set("alpnProtocol", func() goja.Value {
		if !e.isSecure || e.state.NegotiatedProtocol == "" {
			return vm.ToValue(false)
		}
		return vm.ToValue(e.state.NegotiatedProtocol)
	})
	return h
}

func versionName(v uint16) string {
	switch v {
	case ctls.VersionTLS13:
		return "TLSv1.3"
	case ctls.VersionTLS12:
		return "TLSv1.2"
	case ctls.VersionTLS11:
		return "TLSv1.1"
	case ctls.VersionTLS10:
		return "TLSv1"
	}
	return "unknown"
}

// handshakeError turns crypto/tls's error into a message and node's code.
func handshakeError(err error) (string, string) {
	msg := err.Error()
	var rh ctls.RecordHeaderError
	if errors.As(err, &rh) {
		// OpenSSL names an HTTP request sent to a TLS port.
		for _, m := range []string{"GET ", "POST", "HEAD", "PUT ", "DELE", "OPTI", "PATC", "CONN"} {
			if string(rh.RecordHeader[:4]) == m {
				return "http request", "ERR_SSL_HTTP_REQUEST"
			}
		}
	}
	switch {
	case strings.Contains(msg, "does not look like a TLS handshake"), strings.Contains(msg, "unsupported SSLv2"):
		return "wrong version number", "ERR_SSL_WRONG_VERSION_NUMBER"
	case strings.Contains(msg, "no application protocol"), strings.Contains(msg, "unsupported application protocols"):
		return "tlsv1 alert no application protocol", "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL"
	case strings.Contains(msg, "unknown certificate authority"):
		return "tlsv1 alert unknown ca", "ERR_SSL_TLSV1_ALERT_UNKNOWN_CA"
	case strings.Contains(msg, "handshake failure"):
		return "sslv3 alert handshake failure", "ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE"
	case strings.Contains(msg, "EOF"):
		return "Client network socket disconnected before secure TLS connection was established", "ECONNRESET"
	}
	return strings.TrimPrefix(msg, "tls: "), "EPROTO"
}

// verify checks chain (leaf first) against roots as OpenSSL's default
// verification does, and names the first failure with OpenSSL's code and
// message ("" when the chain is trusted). The host name is checked in JS
// (tls.checkServerIdentity), as node does.
func verify(chain []*x509.Certificate, roots *x509.CertPool) (string, string) {
	if len(chain) == 0 {
		return "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"
	}
	if roots == nil {
		sys, err := x509.SystemCertPool()
		if err != nil || sys == nil {
			sys = x509.NewCertPool()
		}
		roots = sys
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	leaf := chain[0]
	_, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err == nil {
		return "", ""
	}
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) {
		switch inv.Reason {
		case x509.Expired:
			if inv.Cert != nil && inv.Cert.NotBefore.After(timeNow()) {
				return "CERT_NOT_YET_VALID", "certificate is not yet valid"
			}
			return "CERT_HAS_EXPIRED", "certificate has expired"
		}
	}
	selfSigned := func(c *x509.Certificate) bool {
		return c.CheckSignatureFrom(c) == nil && string(c.RawIssuer) == string(c.RawSubject)
	}
	switch last := chain[len(chain)-1]; {
	case len(chain) == 1 && selfSigned(leaf):
		return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"
	case selfSigned(last):
		return "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"
	case len(chain) == 1:
		return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
	}
	return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"
}

// certObject is getPeerCertificate's object for chain[0] (with detailed,
// issuerCertificate links down the chain; the last one links to itself
// when self-signed, as node's does).
func certObject(vm *goja.Runtime, chain []*x509.Certificate, detailed bool) goja.Value {
	objs := make([]*goja.Object, len(chain))
	for i, c := range chain {
		objs[i] = oneCert(vm, c)
	}
	if detailed {
		for i := range objs {
			if i+1 < len(objs) {
				objs[i].Set("issuerCertificate", objs[i+1])
			} else if string(chain[i].RawIssuer) == string(chain[i].RawSubject) {
				objs[i].Set("issuerCertificate", objs[i])
			}
		}
	}
	return objs[0]
}

func colonHex(b []byte) string {
	var s strings.Builder
	for i, c := range b {
		if i > 0 {
			s.WriteByte(':')
		}
		fmt.Fprintf(&s, "%02X", c)
	}
	return s.String()
}

// nameObject is a subject or issuer as node shows it: a null-prototype
// object of the attributes, short names, repeated ones as arrays.
func nameObject(vm *goja.Runtime, fallback [][2]string) *goja.Object {
	o := vm.NewObject()
	o.SetPrototype(nil)
	seen := map[string][]string{}
	var order []string
	for _, kv := range fallback {
		if _, ok := seen[kv[0]]; !ok {
			order = append(order, kv[0])
		}
		seen[kv[0]] = append(seen[kv[0]], kv[1])
	}
	for _, k := range order {
		if v := seen[k]; len(v) == 1 {
			o.Set(k, v[0])
		} else {
			o.Set(k, v)
		}
	}
	return o
}

var shortNames = map[string]string{
	"2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.5": "serialNumber", "2.5.4.9": "street", "2.5.4.17": "postalCode", "1.2.840.113549.1.9.1": "emailAddress",
	"0.9.2342.19200300.100.1.25": "DC",
}

func nameAttrs(c *x509.Certificate, issuer bool) [][2]string {
	n := c.Subject
	if issuer {
		n = c.Issuer
	}
	var out [][2]string
	for _, rdn := range n.ToRDNSequence() {
		for _, a := range rdn {
			k, ok := shortNames[a.Type.String()]
			if !ok {
				k = a.Type.String()
			}
			out = append(out, [2]string{k, fmt.Sprint(a.Value)})
		}
	}
	return out
}

func oneCert(vm *goja.Runtime, c *x509.Certificate) *goja.Object {
	o := vm.NewObject()
	o.Set("subject", nameObject(vm, nameAttrs(c, false)))
	o.Set("issuer", nameObject(vm, nameAttrs(c, true)))
	if alt := sanNames(c); len(alt) > 0 {
		o.Set("subjectaltname", strings.Join(alt, ", "))
	}
	o.Set("ca", c.IsCA)
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		o.Set("bits", k.N.BitLen())
		o.Set("exponent", fmt.Sprintf("0x%x", k.E))
		o.Set("modulus", strings.ToUpper(k.N.Text(16)))
	case *ecdsa.PublicKey:
		o.Set("bits", k.Curve.Params().BitSize)
		switch k.Curve {
		case elliptic.P256():
			o.Set("asn1Curve", "prime256v1")
			o.Set("nistCurve", "P-256")
		case elliptic.P384():
			o.Set("asn1Curve", "secp384r1")
			o.Set("nistCurve", "P-384")
		case elliptic.P521():
			o.Set("asn1Curve", "secp521r1")
			o.Set("nistCurve", "P-521")
		}
	case ed25519.PublicKey:
		o.Set("bits", 256)
	}
	o.Set("valid_from", c.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT"))
	o.Set("valid_to", c.NotAfter.UTC().Format("Jan _2 15:04:05 2006 GMT"))
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	s512 := sha512.Sum512(c.Raw)
	o.Set("fingerprint", colonHex(s1[:]))
	o.Set("fingerprint256", colonHex(s256[:]))
	o.Set("fingerprint512", colonHex(s512[:]))
	if len(c.ExtKeyUsage) > 0 {
		var eku []any
		for _, u := range c.ExtKeyUsage {
			if oid, ok := ekuOIDs[u]; ok {
				eku = append(eku, oid)
			}
		}
		o.Set("ext_key_usage", eku)
	}
	o.Set("serialNumber", serialHex(c.SerialNumber))
	// tls.js makes a Buffer of it.
	o.Set("raw", vm.NewArrayBuffer(append([]byte(nil), c.Raw...)))
	return o
}

var ekuOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageServerAuth: "1.3.6.1.5.5.7.3.1", x509.ExtKeyUsageClientAuth: "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning: "1.3.6.1.5.5.7.3.3", x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping: "1.3.6.1.5.5.7.3.8", x509.ExtKeyUsageOCSPSigning: "1.3.6.1.5.5.7.3.9",
}

// serialHex is OpenSSL's BN_bn2hex: upper case, two digits a byte.
func serialHex(n *big.Int) string {
	if n.Sign() == 0 {
		return "00"
	}
	return fmt.Sprintf("%X", n.Bytes())
}

// sanNames lists the subject alternative names as OpenSSL prints them
// ("DNS:localhost", "IP Address:127.0.0.1"), in the extension's order
// (Go's parsed fields split them by kind).
func sanNames(c *x509.Certificate) []string {
	var out []string
	for _, ext := range c.Extensions {
		if !ext.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			continue
		}
		var seq asn1.RawValue
		if _, err := asn1.Unmarshal(ext.Value, &seq); err != nil {
			return nil
		}
		rest := seq.Bytes
		for len(rest) > 0 {
			var v asn1.RawValue
			var err error
			if rest, err = asn1.Unmarshal(rest, &v); err != nil {
				return out
			}
			switch v.Tag {
			case 1:
				out = append(out, "email:"+string(v.Bytes))
			case 2:
				out = append(out, "DNS:"+string(v.Bytes))
			case 6:
				out = append(out, "URI:"+string(v.Bytes))
			case 7:
				if ip, ok := netip.AddrFromSlice(v.Bytes); ok {
					if ip.Is6() {
						out = append(out, "IP Address:"+strings.ToUpper(ipv6Long(ip)))
					} else {
						out = append(out, "IP Address:"+ip.String())
					}
				}
			}
		}
	}
	return out
}

// ipv6Long is OpenSSL's form of an IPv6 SAN: eight groups, no "::".
func ipv6Long(ip netip.Addr) string {
	b := ip.As16()
	parts := make([]string, 8)
	for i := range parts {
		parts[i] = fmt.Sprintf("%X", uint16(b[2*i])<<8|uint16(b[2*i+1]))
	}
	return strings.Join(parts, ":")
}

func timeNow() time.Time { return time.Now() }
