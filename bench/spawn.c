/*
 * tenet_bench_spawn: run one command and report its wall time, CPU time and peak RSS.
 *
 * Usage: tenet_bench_spawn RESULT_FILE PROGRAM [ARG...]
 *
 * Runs PROGRAM (searched in PATH) with this process's stdin, stdout and stderr, waits for it
 * and writes one line to RESULT_FILE:
 *     wall_ns user_us sys_us maxrss_kib exit
 * where the CPU times and maxrss come from wait4 (so they include the children PROGRAM waited
 * for) and exit is the exit status, or -SIGNAL if it was killed.
 *
 * Why not measure from bench/run.py directly: Linux records in ru_maxrss the peak RSS of the
 * memory image a process replaced with exec. A child spawned from Python therefore reports at
 * least the Python harness's own peak (about 13 MiB), which hides the floor's real peak (about
 * 2 MiB). This launcher is small, so what it reports is the command's own peak.
 *
 * Exit status: the command's exit status; 127 if it could not be run; 125 on usage errors.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long tv_us(struct timeval tv) {
  return (long long)tv.tv_sec * 1000000LL + tv.tv_usec;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s RESULT_FILE PROGRAM [ARG...]\n", argv[0]);
    return 125;
  }
  long long start = now_ns();
  pid_t pid = fork();
  if (pid < 0) {
    perror("tenet_bench_spawn: fork");
    return 127;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    fprintf(stderr, "tenet_bench_spawn: %s: %s\n", argv[2], strerror(errno));
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  pid_t r;
  do {
    r = wait4(pid, &status, 0, &ru);
  } while (r < 0 && errno == EINTR);
  long long wall = now_ns() - start;
  if (r < 0) {
    perror("tenet_bench_spawn: wait4");
    return 127;
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1;

  FILE *out = fopen(argv[1], "w");
  if (!out) {
    fprintf(stderr, "tenet_bench_spawn: %s: %s\n", argv[1], strerror(errno));
    return 125;
  }
  fprintf(out, "%lld %lld %lld %ld %d\n", wall, tv_us(ru.ru_utime), tv_us(ru.ru_stime),
          ru.ru_maxrss, code);
  if (fclose(out) != 0) return 125;
  return code >= 0 ? code : 128 - code;
}
