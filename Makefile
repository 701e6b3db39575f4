# Sourcelight: the index of what you can do here. Build logic lives in Go
# (./build); this file only names the commands. `make help` lists them.

ADDR     ?= 127.0.0.1:8080
FUZZTIME ?= 60s
CHROMIUM ?= /usr/bin/chromium
# Budget for everything the first visit downloads (the page, the engine and
# what the service worker precaches), in KiB after brotli. Issue 4: <= 750.
SIZE_BUDGET_KIB ?= 750

GO       ?= go
GOROOT   := $(shell $(GO) env GOROOT)
WASMEXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec

.DEFAULT_GOAL := help
.PHONY: build serve test bench eval fuzz size update-golden clean help

build: ## write dist/: the wasm engine, minified and content-hashed assets, .br/.gz, service worker
	$(GO) run ./build

serve: build ## build, then serve dist/ at ADDR (default 127.0.0.1:8080; make serve ADDR=host:port)
	@# Run the server binary itself (not under go run) so Ctrl-C reaches it
	@# and it shuts down cleanly with status 0.
	@bin=$${TMPDIR:-/tmp}/sourcelight-build-serve && $(GO) build -o $$bin ./build && exec $$bin serve -addr $(ADDR) -dir dist

# The build's tests (two full builds) run after the engine's, not beside them,
# so they do not slow the engine's timing tests.
test: ## gofmt check, go vet, Go tests natively and under js/wasm (Node), the size budget, then the browser tests
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './dist/*' -not -path './.git/*')); \
	if [ -n "$$out" ]; then echo "gofmt: these files need formatting (run gofmt -w):"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) test $$($(GO) list ./... | grep -v -e '/e2e$$' -e '/build$$' -e '/build/')
	@# every benchmark once, so that one broken by a change to the passes fails here, not in make bench
	$(GO) test -run '^$$' -bench . -benchtime 1x ./annotate
	$(GO) test ./build/...
	@command -v node >/dev/null || { echo "node is missing: the js/wasm tests run under Node (apt-get install nodejs)"; exit 1; }
	GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm $(GO) test -exec=$(WASMEXEC) ./annotate/... ./wasm
	$(GO) run ./build
	$(GO) run ./build size -dir dist -budget $(SIZE_BUDGET_KIB)
	@test -x $(CHROMIUM) || { echo "Chromium is missing at $(CHROMIUM): the browser tests need it. Install it with: apt-get install chromium"; exit 1; }
	$(GO) test -count=1 -timeout 8m ./e2e/...

bench: ## engine benchmarks, natively on one core and under js/wasm (Node)
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./annotate
	@# js/wasm as the page's worker runs it: built without inlining and with the older
	@# collector (build/site: WasmGCFlags, WasmEnv), GOGC=400 (web/worker.js)
	GOGC=400 GOEXPERIMENT=nogreenteagc GOOS=js GOARCH=wasm $(GO) test -gcflags=all=-l -exec=$(WASMEXEC) -run '^$$' -bench . -benchmem ./annotate

eval: ## accuracy against the gold articles (precision, recall, F1 per kind)
	$(GO) run ./cmd/eval

fuzz: ## fuzz the engine's invariants for FUZZTIME (default 60s)
	@# Minimizing each new input for the default 60 s stalled the run at 0 execs/s
	@# (an article-sized input takes ~1 ms a run): 100 runs each keeps it fuzzing.
	$(GO) test -run '^$$' -fuzz FuzzAnnotate -fuzztime $(FUZZTIME) -fuzzminimizetime 100x ./annotate

size: build ## bytes (raw, gzip, brotli) of everything a first visit downloads; fails above SIZE_BUDGET_KIB
	$(GO) run ./build size -dir dist -budget $(SIZE_BUDGET_KIB)

update-golden: ## rewrite the engine's golden files from the current output
	$(GO) test ./annotate -run TestGolden -update

clean: ## remove dist/
	rm -rf dist

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
