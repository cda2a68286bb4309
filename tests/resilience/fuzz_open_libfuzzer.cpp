// libFuzzer entry point for opening database files (built with -DNOVOSELYE_FUZZ=ON and clang):
//     build-fuzz/tests/resilience/novoselye_fuzz_open -max_total_time=60 tests/data/fuzz-open
#include "FuzzOpen.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int argc = 1;
    static char name[] = "novoselye_fuzz_open";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    if (!nov::test::fuzzOpenDatabase(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), dir.path()))
        std::abort();
    return 0;
}
