/*
 * The floor: the least work any tree-sitter based Python linter must do.
 *
 * For every path given (a file, or a directory searched recursively for *.py),
 * read the file, parse it with the tree-sitter Python grammar and visit every
 * node once with a TSTreeCursor, iteratively, on one thread. Prints the number
 * of files, bytes and nodes. tenet's budgets (DESIGN.md section 9) are stated
 * relative to this program's CPU time and start-up.
 *
 * Usage: tenet_bench_floor PATH...
 * Exit status: 0 on success, 1 if a path could not be read, 2 on usage error.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

struct floor_state {
  TSParser *parser;
  char *buf;       /* reused read buffer */
  size_t buf_cap;
  uint64_t files;
  uint64_t bytes;
  uint64_t nodes;
  uint64_t error_trees; /* files whose tree contains an ERROR or MISSING node */
  int failures;
};

/* Read all of fd into st->buf; returns the length or -1. */
static long read_all(struct floor_state *st, int fd) {
  size_t len = 0;
  for (;;) {
    if (len == st->buf_cap) {
      size_t cap = st->buf_cap ? st->buf_cap * 2 : 1 << 16;
      char *p = realloc(st->buf, cap);
      if (!p) return -1;
      st->buf = p;
      st->buf_cap = cap;
    }
    ssize_t n = read(fd, st->buf + len, st->buf_cap - len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  return (long)len;
}

static uint64_t walk(TSTree *tree) {
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
  uint64_t count = 1; /* the root */
  for (;;) {
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      ++count;
      continue;
    }
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        ++count;
        break;
      }
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return count;
      }
    }
  }
}

static void do_file(struct floor_state *st, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
    st->failures = 1;
    return;
  }
  long len = read_all(st, fd);
  int saved = errno;
  close(fd);
  if (len < 0) {
    fprintf(stderr, "floor: %s: %s\n", path, strerror(saved));
    st->failures = 1;
    return;
  }
  TSTree *tree = ts_parser_parse_string(st->parser, NULL, st->buf, (uint32_t)len);
  if (!tree) {
    fprintf(stderr, "floor: %s: parse failed\n", path);
    st->failures = 1;
    return;
  }
  if (ts_node_has_error(ts_tree_root_node(tree))) ++st->error_trees;
  st->nodes += walk(tree);
  st->bytes += (uint64_t)len;
  ++st->files;
  ts_tree_delete(tree);
}

static int has_py_suffix(const char *name) {
  size_t n = strlen(name);
  return n > 3 && strcmp(name + n - 3, ".py") == 0;
}

/* Recurse into dir; symbolic links to directories are not followed. */
static void do_dir(struct floor_state *st, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "floor: %s: %s\n", dir, strerror(errno));
    st->failures = 1;
    return;
  }
  size_t dlen = strlen(dir);
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    const char *name = e->d_name;
    if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
    size_t nlen = strlen(name);
    char *child = malloc(dlen + 1 + nlen + 1);
    if (!child) {
      fprintf(stderr, "floor: out of memory\n");
      exit(1);
    }
    memcpy(child, dir, dlen);
    child[dlen] = '/';
    memcpy(child + dlen + 1, name, nlen + 1);

    unsigned char type = e->d_type;
    if (type == DT_UNKNOWN || type == DT_LNK) {
      struct stat sb;
      if (lstat(child, &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) type = DT_DIR;
        else if (S_ISREG(sb.st_mode)) type = DT_REG;
        else if (S_ISLNK(sb.st_mode) && stat(child, &sb) == 0 && S_ISREG(sb.st_mode))
          type = DT_REG; /* follow links to files, never to directories */
        else type = DT_UNKNOWN;
      }
    }
    if (type == DT_DIR) do_dir(st, child);
    else if (type == DT_REG && has_py_suffix(name)) do_file(st, child);
    free(child);
  }
  closedir(d);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PATH...\n", argv[0]);
    return 2;
  }
  struct floor_state st = {0};
  st.parser = ts_parser_new();
  if (!ts_parser_set_language(st.parser, tree_sitter_python())) {
    fprintf(stderr, "floor: incompatible tree-sitter-python language version\n");
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0) {
      fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
      st.failures = 1;
    } else if (S_ISDIR(sb.st_mode)) {
      do_dir(&st, argv[i]);
    } else {
      do_file(&st, argv[i]); /* explicit files are parsed whatever their name */
    }
  }
  printf("files %llu bytes %llu nodes %llu error_trees %llu\n", (unsigned long long)st.files,
         (unsigned long long)st.bytes, (unsigned long long)st.nodes,
         (unsigned long long)st.error_trees);
  ts_parser_delete(st.parser);
  free(st.buf);
  return st.failures;
}
