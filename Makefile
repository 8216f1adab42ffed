# evloop — the two commands a fresh machine needs: `make run` and `make test`.
GO      ?= go
BIN     := bin/evloop
WASM    := host/wasmbin/evloop.wasm
WASMHOST := host/wasmbin/embedded/evloop-host.wasm
WASMCMD := host/wasmbin/evloop-cmd.wasm
WASMWEB := host/wasmbin/evloop-web.wasm
WASMTR  := host/wasmbin/esm-transform.wasm
WEBJS   := host/wasmbin/webjs
SEEDS   := $(sort $(wildcard js/testdata/conformance/seeds/*.js))

.PHONY: all build wasm wasm-cmd run test test-go test-site fuzz fuzz-short golden bench bench-js soak pgo site check deps clean nodesuite

all: build

## build: the CLI, bin/evloop (with the wasm engine embedded when it is built). Linked
## statically (no cgo: evloop has none, and net's pure-Go resolver serves dns.lookup): the
## dynamic loader was ~3 ms of a 29 ms empty-script start (perf stat -r 40: 29.1 → 26.1 ms)
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./host/cmd/evloop

## wasm: the core as a wasip1 reactor module, three times: the plain build (simulated I/O; imports only
## WASI; plugins, not embedded), the evloophost build (the evloop host's imports: real I/O and the
## ES-module transform; the one module bin/evloop embeds, for evloop run --engine=wasm) and the
## evloopweb build (the page's: simulated I/O, the ES-module transform asked of the page's worker,
## which answers with esm-transform.wasm, package esm's Transform alone, loaded only when needed).
## The page's build is compiled without inlining (-l): 14 % fewer bytes with brotli (goja's code is
## most of the difference), for JavaScript that computes ~25 % slower; a page's snippets are small
## and its first run waits on the download and the start, not on speed (site/docs/abi.md, "Costs").
## Also for the page's download: its built-in JavaScript without comment lines (wasm/internal/stripjs,
## through go build -overlay; line numbers kept), and the two wasm features every browser and wazero
## has had since 2021 (sign extension, non-trapping float-to-int: GOWASM=satconv,signext)
wasm: wasm-cmd
	@mkdir -p $(dir $(WASM)) $(dir $(WASMHOST))
	GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -ldflags='-s -w' -o $(WASM) ./wasm
	GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -ldflags='-s -w' -tags evloophost -o $(WASMHOST) ./wasm
	$(GO) run ./wasm/internal/stripjs -root . -out $(WEBJS)
	GOWASM=satconv,signext GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -ldflags='-s -w' -gcflags=all=-l \
	  -overlay $(WEBJS)/overlay.json -tags evloopweb -o $(WASMWEB) ./wasm
	GOOS=wasip1 GOARCH=wasm $(GO) build -buildmode=c-shared -trimpath -ldflags='-s -w' -o $(WASMTR) ./wasm/transformer
	@ls -l $(WASM) $(WASMHOST) $(WASMWEB) $(WASMTR) | awk '{print "wasm module:", $$9, $$5, "bytes"}'

## wasm-cmd: the same core as a WASI command (build tag evloopcmd): its _start runs
## `evloop-cmd.wasm [flags] script.js [args]` under `wazero run` or node:wasi (site/docs/plugin.md)
wasm-cmd:
	@mkdir -p $(dir $(WASMCMD))
	GOOS=wasip1 GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -tags evloopcmd -o $(WASMCMD) ./wasm

## run: the main job — each seed-article example: evloop's output beside node's (recorded in
## the .out next to it), ✔ when output and exit code are node's, then its trace, shortened
## (where each callback was created and is defined, why the clock moved; evloop --trace has it all)
run: build
	@t=$$(mktemp -d); pass=0; n=0; for f in $(SEEDS); do n=$$((n+1)); \
	  $(BIN) $$f > $$t/evloop 2>/dev/null; code=$$?; want=$$(cat $${f%.js}.code); \
	  if cmp -s $$t/evloop $${f%.js}.out && [ "$$code" = "$$want" ]; then mark=✔; pass=$$((pass+1)); else mark=✘; fi; \
	  echo; echo "$$mark $$f"; printf '  %-38s%s\n' "evloop (exit $$code)" "node (exit $$want)"; \
	  paste -d'\t' $$t/evloop $${f%.js}.out | awk -F'\t' '{ printf "  %s %-36s%s\n", ($$1 == $$2 ? " " : "≠"), $$1, $$2 }'; \
	  echo "  trace (virtual clock):"; $(BIN) --clock=virtual --trace $$f 2>&1 >/dev/null | \
	    grep -E ' (enqueue|register|callback.start|clock|poll.timeout) |⋯|── [a-z]' | \
	    awk '/── /{ h = $$0; next } { if (h != "") print "  " h; h = ""; print "  " $$0 }'; \
	done; rm -rf $$t; echo; echo "$$pass of $$n examples print what node prints"; [ $$pass = $$n ]

## test: everything CI runs (installs what a fresh machine lacks first)
test: deps wasm site build test-go test-site

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...
	cd js/internal/bench/peer && $(GO) vet .  # make bench's goja_nodejs runner, its own module
	$(MAKE) --no-print-directory fuzz-short

## fuzz: look for new failing inputs, FUZZTIME (default 60s) per target (go test ./... already runs
## each target's committed corpus, testdata/fuzz/; a new failing input is written there: commit it
## with the fix). fuzz-short, part of `make test`, gives each target a fixed number of inputs
## (about 8 s each here idle) rather than a time: a slow machine takes longer but never fails on
## time; it fails only on an input that crashes or breaks a target's invariant.
FUZZTIME ?= 60s
FUZZ_TARGETS := FuzzTransform:./js/esm:6000x FuzzInspect:./js/inspect:16000x FuzzSimFS:./poller:100000x \
                FuzzTraceDecode:./loop/trace:100000x FuzzHostImports:./host:30000x
fuzz:
	@for t in $(FUZZ_TARGETS); do n=$${t%%:*}; r=$${t#*:}; p=$${r%%:*}; \
	  echo "fuzz $$n ($$p) for $(FUZZTIME)"; \
	  $(GO) test -run '^$$' -fuzz "^$$n\$$" -fuzztime=$(FUZZTIME) $$p || exit 1; done

fuzz-short:
	@for t in $(FUZZ_TARGETS); do n=$${t%%:*}; r=$${t#*:}; p=$${r%%:*}; b=$${r#*:}; \
	  echo "fuzz $$n ($$p), $$b inputs"; \
	  $(GO) test -run '^$$' -fuzz "^$$n\$$" -fuzztime=$$b -timeout 30m $$p || exit 1; done

## --no-wasm-tier-up: node 20's V8 (11.3) crashed now and then (SIGSEGV) recompiling the wasm
## module's hot functions in its optimizing tier, at the seventh program run in one process
## (plugin.test.mjs: 3 runs in 8 on 2026-12-06, none in 5 with the flag, but once in CI with
## it, so that test now gives each program a node process of its own); site/docs/plugin.md
test-site: site
	node --no-wasm-tier-up --test site/test/

## deps: install what a fresh machine lacks (Chromium for the browser tests, npm packages, Go modules)
deps:
	@bash .ci/deps

## golden: record expected stdout and exit codes from node (never from evloop)
golden:
	$(GO) run ./js/internal/golden

## bench: loop primitives (Go benchmarks), then the JS programs under node, evloop (both engines)
## and goja_nodejs (goja with its own event loop; a separate Go module, js/internal/bench/peer, so
## evloop never depends on it), interleaved, as one table of ratios with their min–max over
## BENCHRUNS runs; every run's output must equal node's. bench-js: the table alone.
## BENCHFLAGS adds the tool's flags, e.g. BENCHFLAGS='-only timers,immediate -base old/evloop -cpu'.
BENCHRUNS ?= 5
BENCHFLAGS ?=
PEER := bin/goja_nodejs-peer
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./loop/ ./js/
	$(MAKE) --no-print-directory bench-js

bench-js: build
	cd js/internal/bench/peer && CGO_ENABLED=0 $(GO) build -o ../../../../$(PEER) .
	$(GO) run ./js/internal/bench -evloop $(BIN) -peer $(PEER) -runs $(BENCHRUNS) $(BENCHFLAGS)

## nodesuite: node's own test/parallel tests (a fixed selection: js/internal/nodesuite) under node
## and under bin/evloop; counts evloop's passes among node's and groups the failures by their first
## error line. Not part of make test: node's tests are not in this repository. NODETESTS is node's
## test/ directory (a checkout of a v20 tag), e.g. make nodesuite NODETESTS=/tmp/nodetests/test
NODETESTS ?=
NODESUITEFLAGS ?=
nodesuite: build
	@test -n "$(NODETESTS)" || { echo "make nodesuite NODETESTS=<node's test/ directory>"; exit 2; }
	$(GO) run ./js/internal/nodesuite -tests $(NODETESTS) -evloop $(BIN) $(NODESUITEFLAGS)

## soak: 10,000 concurrent TCP connections against an echo server in node and in evloop (both
## engines), one after the other in one run: connect and echo times, throughput, peak RSS, the
## server's descriptors open and after (leaks) and every error (js/internal/soak). Not part of
## make test: about a minute and a few hundred MB. SOAKN connections (default 10000; the
## descriptor hard limit must allow SOAKN+100, else the tool scales down and says so)
SOAKN ?= 10000
soak: build
	$(GO) run ./js/internal/soak -evloop $(BIN) -n $(SOAKN) -engines native,wasm

## pgo: refresh host/cmd/evloop/default.pgo, the CPU profile `go build` picks up for bin/evloop
## (profile-guided inlining): the native engine running the bench programs (js/program_bench_test.go)
## and the conformance corpus, merged. Refresh it after large changes to js/, loop/ or goja; a stale
## profile only loses some of the gain. The wasm module is built without one (it did not pay there).
## See site/docs/benchmarks.md, "PGO".
PGO_BENCH := fib27:3s nextTick1M:3s await1M:3s thenChain1M:1x immediate200k:3s timers100k:3s
pgo:
	@rm -rf .pgo.tmp && mkdir -p .pgo.tmp
	@for b in $(PGO_BENCH); do n=$${b%%:*}; t=$${b##*:}; \
	  $(GO) test -run '^$$' -bench "^BenchmarkProgram_$$n\$$" -benchtime=$$t -count=1 -pgo=off \
	    -cpuprofile .pgo.tmp/$$n.prof -o .pgo.tmp/js.test ./js/ | grep '^Benchmark' || exit 1; done
	$(GO) test -run '^TestConformance$$' -count=1 -pgo=off -cpuprofile .pgo.tmp/conformance.prof -o .pgo.tmp/js.test ./js/
	$(GO) tool pprof -proto .pgo.tmp/*.prof > .pgo.tmp/merged.pgo
	cp .pgo.tmp/merged.pgo host/cmd/evloop/default.pgo
	@rm -rf .pgo.tmp

## site: the static playground and widget in site/dist (also embedded by the next `make build`, its evloop.wasm gzipped)
site: wasm
	cd site && npm ci --no-audit --no-fund && node build.mjs
	find host/cmd/evloop/playground -mindepth 1 ! -name README.md ! -name .gitignore -delete && cp -r site/dist/. host/cmd/evloop/playground/
	rm -f host/cmd/evloop/playground/*.wasm  # bin/evloop carries the modules compressed only (.br, .gz)

## check: formatting, vet, cross-builds for every OS that matters, and a clean tree
check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt needed"; exit 1; }
	$(GO) vet ./...
	GOOS=linux   $(GO) build -o /dev/null ./host/cmd/evloop
	GOOS=darwin  $(GO) build -o /dev/null ./host/cmd/evloop
	GOOS=freebsd $(GO) build -o /dev/null ./host/cmd/evloop
	GOOS=wasip1 GOARCH=wasm $(GO) build -o /dev/null ./loop/... ./js/... ./poller/...
	GOOS=js     GOARCH=wasm $(GO) build -o /dev/null ./loop/... ./js/... ./poller/...
	@test -z "$$(git status --porcelain)" || { git status --short; echo "the tree is dirty"; exit 1; }

clean:
	rm -rf bin site/dist $(WEBJS) $(WASM) $(WASMHOST) $(WASMCMD) $(WASMWEB) $(WASMTR)
	find host/cmd/evloop/playground -mindepth 1 ! -name README.md ! -name .gitignore -delete
