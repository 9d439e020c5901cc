// write_file_atomically: readers see the old file or the new one, never a mix, and a
// failure leaves neither a temporary file nor a damaged target behind.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "linters/report/reporter.h"
#include "tests/report/sample_report.h"

namespace tenet::report {
namespace {

namespace fs = std::filesystem;

enum class WriteOutcome { threw_naming_path, threw_other_message, did_not_throw, no_unprivileged_user };

WriteOutcome try_write(const fs::path& target) {
  try {
    write_file_atomically(target, "new");
  } catch (const std::runtime_error& error) {
    return std::string(error.what()).find(target.string()) != std::string::npos ? WriteOutcome::threw_naming_path
                                                                                : WriteOutcome::threw_other_message;
  }
  return WriteOutcome::did_not_throw;
}

/// Root may write into any directory, so as root the write is tried in a child process
/// that has become the unprivileged user "nobody" (uid 65534).
WriteOutcome write_as_nobody(const fs::path& target) {
  const pid_t child = ::fork();
  if (child == 0) {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
      ::_exit(static_cast<int>(WriteOutcome::no_unprivileged_user));
    }
    ::_exit(static_cast<int>(try_write(target)));
  }
  int status = 0;
  if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status)) {
    return WriteOutcome::no_unprivileged_user;
  }
  return static_cast<WriteOutcome>(WEXITSTATUS(status));
}

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("tenet-atomic-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }

  void TearDown() override {
    std::error_code ignored;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(dir_, ignored);
  }

  /// Names in the directory, so a test can prove no temporary file was left.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

TEST_F(AtomicWrite, WritesANewFile) {
  write_file_atomically(dir_ / "out.sarif", "contents\n");
  EXPECT_EQ(testing::read_file(dir_ / "out.sarif"), "contents\n");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.sarif"});
}

TEST_F(AtomicWrite, ReplacesAnExistingFile) {
  write_file_atomically(dir_ / "out.txt", "old contents that are longer");
  write_file_atomically(dir_ / "out.txt", "new");
  EXPECT_EQ(testing::read_file(dir_ / "out.txt"), "new");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.txt"});
}

TEST_F(AtomicWrite, NewFilesGetTheUmaskMode) {
  const mode_t mask = ::umask(022);
  write_file_atomically(dir_ / "out.txt", "x");
  ::umask(mask);
  struct stat info {};
  ASSERT_EQ(::stat((dir_ / "out.txt").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0644U);
}

TEST_F(AtomicWrite, FailedRenameLeavesNoTemporaryFileAndTheTargetUntouched) {
  // A non-empty directory cannot be replaced by a file, even by root, so the write
  // and flush succeed and the rename fails.
  fs::create_directories(dir_ / "target" / "keep");
  try {
    write_file_atomically(dir_ / "target", "contents");
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find((dir_ / "target").string()), std::string::npos) << error.what();
  }
  EXPECT_EQ(entries(), std::vector<std::string>{"target"});
  EXPECT_TRUE(fs::is_directory(dir_ / "target" / "keep"));
}

TEST_F(AtomicWrite, MissingDirectoryThrowsNamingThePath) {
  const fs::path target = dir_ / "no" / "such" / "dir" / "out.json";
  try {
    write_file_atomically(target, "contents");
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find(target.string()), std::string::npos) << error.what();
  }
  EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicWrite, UnwritableDirectoryThrowsAndKeepsTheExistingTarget) {
  write_file_atomically(dir_ / "out.txt", "previous");
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec,
                  fs::perm_options::replace);
  const fs::path target = dir_ / "out.txt";
  const WriteOutcome outcome = ::geteuid() == 0 ? write_as_nobody(target) : try_write(target);
  fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
  if (outcome == WriteOutcome::no_unprivileged_user) GTEST_SKIP() << "cannot drop root privileges here";
  EXPECT_EQ(outcome, WriteOutcome::threw_naming_path);
  EXPECT_EQ(testing::read_file(target), "previous");
  EXPECT_EQ(entries(), std::vector<std::string>{"out.txt"});
}

}  // namespace
}  // namespace tenet::report
