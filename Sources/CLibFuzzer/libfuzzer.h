// libFuzzer's own driver, declared here so the fuzz executables can call it from their main.
// SwiftPM links every Swift executable with `--defsym main=<module>_main`, which takes the place
// of libFuzzer's `main`; so the executables keep a Swift entry point and hand over to this
// function when built with `-sanitize=fuzzer` (the runtime that defines it is linked only then).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
