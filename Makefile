# Novoselye — the commands a person types. See README.md.
BUILD      ?= build
BUILD_ASAN ?= build-asan
JOBS       ?= $(shell nproc)
CMAKE_GEN  := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
CTEST_ARGS ?= --output-on-failure -j $(JOBS)

.PHONY: run test bench test-asan package install deps build format clean

deps:
	@bash packaging/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/novoselye $(ARGS)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest $(CTEST_ARGS)

bench: build
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/novoselye_bench --dir $(BUILD)/bench $(BENCH_ARGS)

# Left out of the sanitizer pass (they run in `make test`): the moscow-scale demo (10 min under
# ASan, the same code runs at district scale in other tests), the SIGKILL test (its processes
# are killed on purpose; the operations it kills run whole in other tests) and the .deb's content.
ASAN_SKIP ?= TheDemosSpecialMilestoneResidentMatchesSql|CrashSafety\.|Packaging\.

test-asan: deps
	cmake -S . -B $(BUILD_ASAN) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DNOVOSELYE_SANITIZE=ON
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
	  UBSAN_OPTIONS=print_stacktrace=1 ctest $(CTEST_ARGS) -E '$(ASAN_SKIP)'

package: build
	cd $(BUILD) && cpack -G DEB

install: build
	cmake --install $(BUILD)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(BUILD_ASAN)
