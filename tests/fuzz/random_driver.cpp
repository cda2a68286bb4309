// Without libFuzzer (gcc builds): feeds the fuzz target random and mutated CSV-like inputs, so
// CI still exercises it. Usage: csv_reader_random [iterations] [seed]
#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
    const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
    std::mt19937 random(argc > 2 ? unsigned(std::atol(argv[2])) : 1251u);
    // bytes CSV readers trip over: quotes, separators, line ends, BOM and cp1251/UTF-8 bytes
    const QByteArray alphabet =
        QByteArray("\"\";,\t\r\n\n ab1\xEF\xBB\xBF\xFF\xFE\xC8\xD0\x98\xE2\x80");
    for (long i = 0; i < iterations; ++i) {
        QByteArray input;
        const int length = int(random() % 600);
        for (int k = 0; k < length; ++k)
            input += (random() % 4 == 0) ? char(random() % 256)
                                         : alphabet.at(int(random() % alphabet.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                               size_t(input.size()));
    }
    std::printf("%ld inputs read without a crash\n", iterations);
    return 0;
}
