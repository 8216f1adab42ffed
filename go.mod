module github.com/evloop/evloop

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/dlclark/regexp2 v1.11.4
	github.com/dop251/goja v0.0.0-20260311135729-065cd970411c
	github.com/evanw/esbuild v0.28.2
	github.com/go-sourcemap/sourcemap v2.1.3+incompatible
	github.com/tetratelabs/wazero v1.12.0
	golang.org/x/crypto v0.59.0
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
)

require github.com/google/pprof v0.0.0-20261105003125-4bf881d7fb0b // indirect
