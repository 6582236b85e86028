# netra: a thin wrapper over tools/install-deps.sh, CMake and ctest.
# Every target prints the commands it runs; `make help` lists the targets.
#
# Variables: BUILD (build), ASAN_BUILD (build-asan), JOBS (2: the machines
# have 2 cores), BUILD_TYPE (RelWithDebInfo).

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= 2
BUILD_TYPE ?= RelWithDebInfo
CMAKE      ?= cmake
CTEST      ?= ctest

# Steps run in the order written, even under `make -j`.
.NOTPARALLEL:
.DEFAULT_GOAL := help
.PHONY: help deps configure demo test asan bench format lint clean

help: ## List the targets
	@echo "usage: make TARGET [BUILD=build] [JOBS=2]"
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

deps: ## Install missing Debian packages and tools/node's npm packages (tools/install-deps.sh)
	tools/install-deps.sh

configure: deps ## deps, then configure build/ with CMake (RelWithDebInfo)
	$(CMAKE) -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

demo: ## tools/demo.sh: install, build netra, run it on samples/ (results in out/)
	BUILD=$(BUILD) JOBS=$(JOBS) tools/demo.sh

test: ## tools/test.sh: install, build everything with -DNETRA_WERROR=ON, run ctest (what CI runs)
	BUILD=$(BUILD) JOBS=$(JOBS) tools/test.sh

# Warnings are not errors here: g++ 12 warns spuriously under the sanitizers.
asan: deps ## The same tests built with ASan+UBSan (-DNETRA_SANITIZE=ON) in build-asan/
	$(CMAKE) -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DNETRA_SANITIZE=ON \
	  -DNETRA_BUILD_BENCHMARKS=OFF
	$(CMAKE) --build $(ASAN_BUILD) -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(CTEST) --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

bench: configure ## Build netra_bench (tools/bench/*.cpp) and run tools/bench/run.sh if present
	@if $(CMAKE) --build $(BUILD) --target help | grep -qw netra_bench; then \
	  echo "$(CMAKE) --build $(BUILD) -j$(JOBS) --target netra_bench"; \
	  $(CMAKE) --build $(BUILD) -j$(JOBS) --target netra_bench; \
	else \
	  echo "bench: no netra_bench target (tools/bench has no .cpp files yet)"; \
	fi
	@if [ -f tools/bench/run.sh ]; then \
	  echo "NETRA_BUILD_DIR=$(BUILD) bash tools/bench/run.sh"; \
	  NETRA_BUILD_DIR=$(BUILD) bash tools/bench/run.sh; \
	else \
	  echo "bench: no tools/bench/run.sh yet; nothing to run"; \
	fi

format: ## Reformat every tracked .h and .cpp in place with clang-format (.clang-format)
	@command -v clang-format >/dev/null || \
	  { echo "format: clang-format not found (apt-get install clang-format)" >&2; exit 1; }
	git ls-files -z -- '*.h' '*.cpp' | xargs -0 -r clang-format -i

lint: ## Check that modules include each other one way only (tools/check_layering.py)
	python3 tools/check_layering.py src

clean: ## Remove the build folders build/ and build-asan/ (not out/)
	rm -rf $(BUILD) $(ASAN_BUILD)
