// jemalloc's options, built into tenet when it links jemalloc (linters/cli/CMakeLists.txt):
// jemalloc reads this symbol at start-up, before the environment's MALLOC_CONF.

extern "C" {

/// Pages a run frees go back to the system after one second of disuse instead of ten. A run
/// frees a syntax tree per file on every worker; with the default, freed pages from the
/// first workers were still counted in the peak when the last ones ran (55 MiB instead of
/// 36 on ten copies of the standard library, bench/README.md), at no measurable CPU cost.
extern const char* const malloc_conf;
const char* const malloc_conf = "dirty_decay_ms:1000";

}
