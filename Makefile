# netra: a thin wrapper over tools/install-deps.sh, CMake and ctest.
# Every target prints the commands it runs; `make help` lists the targets.
#
# Variables: BUILD (build), SAN_BUILD (build-san), JOBS (2: the machines
# have 2 cores), BUILD_TYPE (RelWithDebInfo).

BUILD      ?= build
SAN_BUILD  ?= build-san
JOBS       ?= 2
BUILD_TYPE ?= RelWithDebInfo
CMAKE      ?= cmake
CTEST      ?= ctest

# Steps run in the order written, even under `make -j`.
.NOTPARALLEL:
.DEFAULT_GOAL := help
.PHONY: help deps configure demo test asan check bench format lint clean

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

asan: deps ## The tests and the fuzz smoke runs built with clang, ASan+UBSan, in build-san/ (tools/check_sanitizers.sh)
	BUILD=$(SAN_BUILD) JOBS=$(JOBS) tools/check_sanitizers.sh

check: ## What .ci/run adds to the tests: clang-format, clang-tidy on build/, then `asan`
	tools/check_format.sh
	tools/check_tidy.sh -p $(BUILD)
	BUILD=$(SAN_BUILD) JOBS=$(JOBS) tools/check_sanitizers.sh

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

clean: ## Remove the build folders build/ and build-san/ (not out/)
	rm -rf $(BUILD) $(SAN_BUILD)
