#include "linters/core/diff_filter.h"

#include <algorithm>
#include <charconv>

#include "linters/core/process.h"

namespace fs = std::filesystem;

namespace tenet {

void ChangedLines::add(const fs::path& file, std::uint32_t first, std::uint32_t last) {
  ranges_[file].emplace_back(std::max<std::uint32_t>(first, 1), std::max<std::uint32_t>(last, 1));
}

void ChangedLines::add_whole_file(const fs::path& file) { ranges_[file].emplace_back(kWholeFile, kWholeFile); }

bool ChangedLines::contains(const fs::path& file, std::uint32_t line) const {
  const auto it = ranges_.find(file);
  if (it == ranges_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const auto& range) {
    return range.first == kWholeFile || (line >= range.first && line <= range.second);
  });
}

bool ChangedLines::overlaps(const fs::path& file, std::uint32_t first, std::uint32_t last) const {
  const auto it = ranges_.find(file);
  if (it == ranges_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const auto& range) {
    return range.first == kWholeFile || (range.first <= last && first <= range.second);
  });
}

std::vector<fs::path> ChangedLines::files() const {
  std::vector<fs::path> files;
  files.reserve(ranges_.size());
  for (const auto& [file, ranges] : ranges_) files.push_back(file);
  return files;
}

namespace {

std::uint32_t read_number(std::string_view text, std::size_t& at) {
  std::uint32_t value = 0;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (error == std::errc()) at = static_cast<std::size_t>(end - text.data());
  return value;
}

/// The path of a `+++ b/path` header line; empty for /dev/null (a deleted file).
std::string new_path_of(std::string_view header) {
  std::string_view path = header.substr(4);
  if (path == "/dev/null") return {};
  if (path.size() >= 2 && path.front() == '"' && path.back() == '"') path = path.substr(1, path.size() - 2);
  if (path.starts_with("b/")) path.remove_prefix(2);
  return std::string(path);
}

}  // namespace

void parse_unified_diff(std::string_view diff, const fs::path& git_root, ChangedLines& lines) {
  fs::path current;
  std::size_t start = 0;
  while (start < diff.size()) {
    const std::size_t newline = diff.find('\n', start);
    const std::string_view line = diff.substr(start, newline == std::string_view::npos ? std::string_view::npos : newline - start);
    start = newline == std::string_view::npos ? diff.size() : newline + 1;
    if (line.starts_with("diff --git ")) {
      current.clear();
    } else if (line.starts_with("+++ ")) {
      const std::string path = new_path_of(line);
      current = path.empty() ? fs::path() : (git_root / path).lexically_normal();
    } else if (line.starts_with("@@ ") && !current.empty()) {
      // @@ -old[,count] +new[,count] @@
      const std::size_t plus = line.find(" +");
      if (plus == std::string_view::npos) continue;
      std::size_t at = plus + 2;
      const std::uint32_t first = read_number(line, at);
      std::uint32_t count = 1;
      if (at < line.size() && line[at] == ',') {
        ++at;
        count = read_number(line, at);
      }
      if (count == 0) {
        lines.add(current, first, first + 1);  // removed lines sat between first and first+1
      } else {
        lines.add(current, first, first + count - 1);
      }
    }
  }
}

namespace {

ProcessResult git(const fs::path& directory, std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "-c", "core.quotepath=off"});
  return run_process(args, directory);
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line;
}

/// How to get \p revision into a shallow CI clone. A branch name (`main`, `origin/main`)
/// needs an explicit refspec: a single-branch clone fetches other branches only into
/// FETCH_HEAD, and `--deepen` (unlike `--depth`) also deepens HEAD's history, which the
/// merge base needs.
std::string fetch_hint(const std::string& revision) {
  const bool branch_like = !revision.empty() && revision.find_first_of("~^:@{} ") == std::string::npos &&
                           !(revision.size() >= 7 && revision.find_first_not_of("0123456789abcdef") == std::string::npos);
  if (!branch_like) return "in a shallow CI clone fetch more history first (git fetch --deepen=50)";
  std::string branch = revision;
  if (branch.starts_with("origin/")) branch.erase(0, 7);
  return "in a shallow CI clone fetch it first (git fetch --deepen=50 origin \"+refs/heads/" + branch +
         ":refs/remotes/origin/" + branch + "\") and use --diff-base origin/" + branch;
}

}  // namespace

ChangedLines changed_lines_since(const std::string& base_revision, const fs::path& directory) {
  const ProcessResult top = git(directory, {"rev-parse", "--show-toplevel"});
  if (top.exit_code != 0) throw DiffError("--diff-base: " + directory.string() + " is not inside a git work tree");
  const fs::path git_root = first_line(top.out);

  const ProcessResult base = git(directory, {"rev-parse", "--verify", "--quiet", "--end-of-options", base_revision + "^{commit}"});
  if (base.exit_code != 0) {
    throw DiffError("--diff-base: revision \"" + base_revision + "\" not found; " + fetch_hint(base_revision));
  }
  const std::string base_commit = first_line(base.out);
  std::string merge_base = base_commit;
  const ProcessResult head = git(directory, {"rev-parse", "--verify", "--quiet", "HEAD"});
  if (head.exit_code == 0) {
    const ProcessResult mb = git(directory, {"merge-base", base_commit, "HEAD"});
    if (mb.exit_code != 0) {
      throw DiffError("--diff-base: no merge base between \"" + base_revision +
                      "\" and HEAD; in a shallow clone fetch more history of both (git fetch --deepen=100)");
    }
    merge_base = first_line(mb.out);
  }

  ChangedLines lines;
  const ProcessResult diff = git(git_root, {"diff", "--no-color", "--no-ext-diff", "--unified=0", "--find-renames",
                                            "--src-prefix=a/", "--dst-prefix=b/", merge_base, "--"});
  if (diff.exit_code != 0) throw DiffError("--diff-base: git diff failed: " + first_line(diff.err));
  parse_unified_diff(diff.out, git_root, lines);

  const ProcessResult untracked = git(git_root, {"ls-files", "-z", "--others", "--exclude-standard"});
  std::size_t start = 0;
  while (start < untracked.out.size()) {
    const std::size_t end = untracked.out.find('\0', start);
    const std::size_t stop = end == std::string::npos ? untracked.out.size() : end;
    if (stop > start) lines.add_whole_file((git_root / untracked.out.substr(start, stop - start)).lexically_normal());
    start = stop + 1;
  }
  return lines;
}

}  // namespace tenet
