#include "linters/report/reporter.h"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "linters/report/formats.h"

namespace tenet::report {
namespace {

struct FormatEntry {
  std::string_view name;
  WriteFn write;
};

// The order is the one `--help` lists; text first because it is the default.
constexpr std::array<FormatEntry, 8> kFormats{{
    {"text", &write_text},
    {"json", &write_json},
    {"sarif", &write_sarif},
    {"github", &write_github},
    {"gitlab", &write_gitlab},
    {"junit", &write_junit},
    {"rdjson", &write_rdjson},
    {"rdjsonl", &write_rdjsonl},
}};

constexpr std::array<std::string_view, kFormats.size()> format_name_list() {
  std::array<std::string_view, kFormats.size()> names{};
  for (std::size_t i = 0; i < kFormats.size(); ++i) names[i] = kFormats[i].name;
  return names;
}

constexpr auto kFormatNames = format_name_list();

[[noreturn]] void fail(const std::filesystem::path& path, std::string_view what, int error) {
  throw std::runtime_error("cannot write " + path.string() + ": " + std::string(what) + ": " +
                           std::strerror(error));
}

/// An open temporary file beside the target; removes itself unless committed.
class TempFile {
 public:
  /// Creates a new file in \p directory whose name starts with \p stem. Names include
  /// the process id and a counter, and O_EXCL guarantees no clash with another writer.
  TempFile(const std::filesystem::path& target, const std::filesystem::path& directory,
           const std::string& stem) {
    static std::atomic<unsigned> counter{0};
    for (int attempt = 0; attempt < 100; ++attempt) {
      path_ = directory / (stem + std::to_string(::getpid()) + "-" + std::to_string(counter++));
      // 0666 so the umask decides the final mode, as for any file the user creates.
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ >= 0) return;
      if (errno != EEXIST) fail(target, "cannot create a temporary file", errno);
    }
    fail(target, "cannot create a temporary file", EEXIST);
  }

  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }

  /// Writes all of \p contents, retrying short writes; returns 0 or an errno value.
  int write_all(std::string_view contents) {
    while (!contents.empty()) {
      const ssize_t written = ::write(fd_, contents.data(), contents.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        return errno;
      }
      contents.remove_prefix(static_cast<std::size_t>(written));
    }
    return 0;
  }

  /// Flushes to disk and closes; returns 0 or an errno value. Without the fsync a crash
  /// after the rename could leave an empty file under the final name.
  int sync_and_close() {
    const int sync_error = ::fsync(fd_) == 0 ? 0 : errno;
    const int close_error = ::close(fd_) == 0 ? 0 : errno;
    fd_ = -1;
    return sync_error != 0 ? sync_error : close_error;
  }

  /// Renames the file to \p target; returns 0 or an errno value.
  int rename_to(const std::filesystem::path& target) {
    if (::rename(path_.c_str(), target.c_str()) != 0) return errno;
    committed_ = true;
    return 0;
  }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

/// Best effort: makes the rename itself durable. Failure leaves a correct file that a
/// crash might roll back, which is not worth failing the run for.
void sync_directory(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

WriteFn find_writer(std::string_view format) {
  for (const FormatEntry& entry : kFormats) {
    if (entry.name == format) return entry.write;
  }
  return nullptr;
}

std::span<const std::string_view> format_names() { return kFormatNames; }

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  const std::filesystem::path directory =
      path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  // A dot-name keeps the temporary file out of casual listings and globs.
  TempFile temp(path, directory, "." + path.filename().string() + ".tenet-tmp-");
  if (const int error = temp.write_all(contents)) fail(path, "write failed", error);
  if (const int error = temp.sync_and_close()) fail(path, "flush failed", error);
  if (const int error = temp.rename_to(path)) fail(path, "rename failed", error);
  sync_directory(directory);
}

void write_json_document(const nlohmann::ordered_json& document, std::ostream& out) {
  out << document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace tenet::report
