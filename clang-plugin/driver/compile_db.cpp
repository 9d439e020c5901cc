#include "clang-plugin/driver/compile_db.h"

#include <algorithm>

#include <clang/Driver/Options.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/JSONCompilationDatabase.h>
#include <llvm/Option/ArgList.h>
#include <llvm/Option/OptTable.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/VirtualFileSystem.h>

namespace tenet::cpp {
namespace {

constexpr const char* kDefaultStandard = "-std=c++20";

bool is_file(const std::string& path) { return llvm::sys::fs::is_regular_file(path); }

/// Plugin loading flags of the real build: the driver runs the rules itself.
bool is_plugin_flag(llvm::StringRef arg) {
  return arg.starts_with("-fplugin=") || arg.starts_with("-fplugin-arg-") || arg.starts_with("-fpass-plugin=");
}

/// \p path with symbolic links resolved, or "" when it does not exist.
std::string real_path_of(const std::string& path) {
  llvm::SmallString<256> resolved;
  if (llvm::sys::fs::real_path(path, resolved)) return {};
  return std::string(resolved);
}

/// One `#include` line: the name between the delimiters, and whether it was quoted.
struct IncludeLine {
  std::string name;
  bool quoted = false;
};

/// The `#include` lines of \p text. A textual scan: conditional inclusion is ignored,
/// which at worst names a unit that does not include the header after all.
std::vector<IncludeLine> include_lines(llvm::StringRef text) {
  std::vector<IncludeLine> lines;
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    text = rest;
    line = line.ltrim();
    if (!line.consume_front("#")) continue;
    line = line.ltrim();
    if (!line.consume_front("include")) continue;
    line = line.ltrim();
    if (line.empty() || (line.front() != '"' && line.front() != '<')) continue;
    const char close = line.front() == '"' ? '"' : '>';
    const std::size_t end = line.find(close, 1);
    if (end == llvm::StringRef::npos) continue;
    lines.push_back({line.substr(1, end - 1).str(), close == '"'});
  }
  return lines;
}

/// The directories \p command searches for the project's headers (-I, -iquote), absolute;
/// system directories (-isystem, the compiler's own) are left out on purpose.
std::vector<std::string> search_directories(const clang::tooling::CompileCommand& command) {
  std::vector<std::string> directories;
  const std::vector<std::string>& argv = command.CommandLine;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    llvm::StringRef arg = argv[i];
    std::string directory;
    if ((arg == "-I" || arg == "-iquote") && i + 1 < argv.size()) {
      directory = argv[++i];
    } else if (arg.consume_front("-iquote") || arg.consume_front("-I")) {
      directory = arg.str();
    } else {
      continue;
    }
    llvm::SmallString<256> absolute(directory);
    if (llvm::sys::path::is_relative(absolute)) {
      absolute = command.Directory;
      llvm::sys::path::append(absolute, directory);
    }
    directories.emplace_back(absolute);
  }
  return directories;
}

}  // namespace

void DriverMessages::note(const std::string& text) {
  if (std::find(notes.begin(), notes.end(), text) == notes.end()) notes.push_back(text);
}

CommandSource::CommandSource(std::optional<std::string> explicit_path, std::string resource_dir,
                             DriverMessages& messages)
    : explicit_path_(std::move(explicit_path)), resource_dir_(std::move(resource_dir)), messages_(messages) {}

CommandSource::~CommandSource() = default;

std::shared_ptr<clang::tooling::CompilationDatabase> CommandSource::load(const std::string& json_path) {
  if (auto found = by_json_.find(json_path); found != by_json_.end()) return found->second;
  std::string error;
  std::unique_ptr<clang::tooling::CompilationDatabase> database =
      clang::tooling::JSONCompilationDatabase::loadFromFile(json_path, error,
                                                            clang::tooling::JSONCommandLineSyntax::AutoDetect);
  std::shared_ptr<clang::tooling::CompilationDatabase> result;
  if (database == nullptr) {
    messages_.problems.emplace_back(json_path, "compile_commands.json could not be read (" + error +
                                                   "); C++ files are checked with default flags " +
                                                   kDefaultStandard + ".");
  } else {
    // Headers and files missing from the database get the flags of their nearest neighbour.
    database = clang::tooling::inferMissingCompileCommands(std::move(database));
    database = clang::tooling::inferTargetAndDriverMode(std::move(database));
    database = clang::tooling::expandResponseFiles(std::move(database), llvm::vfs::getRealFileSystem());
    result = std::move(database);
  }
  by_json_.emplace(json_path, result);
  return result;
}

std::shared_ptr<clang::tooling::CompilationDatabase> CommandSource::database_for(const std::string& file) {
  if (explicit_path_) {
    std::string json = *explicit_path_;
    if (llvm::sys::fs::is_directory(json)) {
      llvm::SmallString<256> joined(json);
      llvm::sys::path::append(joined, "compile_commands.json");
      json = std::string(joined);
    }
    if (!is_file(json)) {
      if (!by_json_.count(json)) {
        messages_.problems.emplace_back(json, std::string("compile_commands.json not found; C++ files are checked "
                                                          "with default flags ") +
                                                  kDefaultStandard + ".");
        by_json_.emplace(json, nullptr);
      }
      return nullptr;
    }
    return load(json);
  }
  std::string directory(llvm::sys::path::parent_path(file));
  std::vector<std::string> visited;
  std::shared_ptr<clang::tooling::CompilationDatabase> found;
  bool known = false;
  for (; !directory.empty(); directory = std::string(llvm::sys::path::parent_path(directory))) {
    if (auto cached = by_directory_.find(directory); cached != by_directory_.end()) {
      found = cached->second;
      known = true;
      break;
    }
    visited.push_back(directory);
    for (const char* where : {"", "build"}) {
      llvm::SmallString<256> candidate(directory);
      llvm::sys::path::append(candidate, where, "compile_commands.json");
      if (is_file(std::string(candidate))) {
        found = load(std::string(candidate));
        known = true;
        break;
      }
    }
    if (known) break;
    if (llvm::sys::path::parent_path(directory) == directory) break;
  }
  for (const std::string& path : visited) by_directory_[path] = found;
  return found;
}

std::vector<std::string> CommandSource::adjust(std::vector<std::string> argv, const std::string& file,
                                               bool as_header) {
  // Flags Clang does not know (GCC's) would fail the whole compile: drop them and say so.
  {
    std::vector<const char*> raw;
    for (std::size_t i = 1; i < argv.size(); ++i) raw.push_back(argv[i].c_str());
    unsigned missing_index = 0;
    unsigned missing_count = 0;
    const llvm::opt::OptTable& table = clang::driver::getDriverOptTable();
    llvm::opt::InputArgList parsed = table.ParseArgs(raw, missing_index, missing_count,
                                                     llvm::opt::Visibility(clang::driver::options::ClangOption));
    std::set<unsigned> unknown;
    for (const llvm::opt::Arg* arg : parsed.filtered(clang::driver::options::OPT_UNKNOWN)) {
      unknown.insert(arg->getIndex() + 1);
    }
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < argv.size(); ++i) {
      if (unknown.count(static_cast<unsigned>(i)) != 0) {
        if (dropped_flags_.insert(argv[i]).second) {
          messages_.note("dropped compiler flag " + argv[i] + " (not known to Clang)");
        }
        continue;
      }
      if (is_plugin_flag(argv[i])) continue;
      kept.push_back(std::move(argv[i]));
    }
    argv = std::move(kept);
  }
  clang::tooling::ArgumentsAdjuster adjuster = clang::tooling::combineAdjusters(
      clang::tooling::getClangStripOutputAdjuster(),
      clang::tooling::combineAdjusters(clang::tooling::getClangStripDependencyFileAdjuster(),
                                       clang::tooling::getClangSyntaxOnlyAdjuster()));
  argv = adjuster(argv, file);
  // A bare compiler name (`clang++-19`): the driver finds its installation (and through it
  // the GCC toolchain's headers) from its own path, so resolve the name as the shell would.
  if (!argv.empty() && argv.front().find('/') == std::string::npos) {
    if (llvm::ErrorOr<std::string> found = llvm::sys::findProgramByName(argv.front())) argv.front() = *found;
  }
  // Our findings are not compiler warnings: silence those, and keep parsing after errors.
  std::vector<std::string> extra = {"-w", "-ferror-limit=0", "-Wno-unknown-warning-option"};
  const bool has_resource_dir = std::any_of(argv.begin(), argv.end(), [](const std::string& arg) {
    return llvm::StringRef(arg).starts_with("-resource-dir");
  });
  if (!has_resource_dir && !resource_dir_.empty()) extra.push_back("-resource-dir=" + resource_dir_);
  if (as_header) {
    extra.push_back("-x");
    extra.push_back("c++-header");
  }
  // Before the input file (the last argument of a compile command, after any -x), and
  // before a `--`: commands inferred for files missing from the database end in
  // `-- FILE`, and anything after `--` is read as one more input file.
  auto input = std::find(argv.begin(), argv.end(), std::string("--"));
  if (input == argv.end()) input = std::find(argv.begin(), argv.end(), file);
  argv.insert(input, extra.begin(), extra.end());
  return argv;
}

std::string CommandSource::including_unit(clang::tooling::CompilationDatabase& database, const std::string& header) {
  auto [index, fresh] = includers_.try_emplace(&database);
  if (fresh) {
    // Bounds the scan on a huge database; a header past it is parsed alone, as before.
    constexpr std::size_t kMaxScannedFiles = 20000;
    std::map<std::string, std::vector<IncludeLine>> scanned;
    std::vector<std::string> units = database.getAllFiles();
    std::sort(units.begin(), units.end());
    for (const std::string& unit : units) {
      const std::vector<clang::tooling::CompileCommand> commands = database.getCompileCommands(unit);
      if (commands.empty()) continue;
      const std::vector<std::string> directories = search_directories(commands.front());
      const std::string unit_path = real_path_of(unit);
      std::vector<std::string> pending{unit_path};
      std::set<std::string> visited;
      while (!pending.empty() && scanned.size() < kMaxScannedFiles) {
        const std::string file = std::move(pending.back());
        pending.pop_back();
        if (file.empty() || !visited.insert(file).second) continue;
        if (file != unit_path) {
          // The header's own source (api.h, api.cpp) defines what it declares: prefer it.
          auto [slot, inserted] = index->second.try_emplace(file, unit);
          const llvm::StringRef stem = llvm::sys::path::stem(file);
          if (!inserted && llvm::sys::path::stem(unit) == stem && llvm::sys::path::stem(slot->second) != stem) {
            slot->second = unit;
          }
        }
        auto [lines, unread] = scanned.try_emplace(file);
        if (unread) {
          if (auto buffer = llvm::MemoryBuffer::getFile(file)) lines->second = include_lines((*buffer)->getBuffer());
        }
        const std::string here(llvm::sys::path::parent_path(file));
        for (const IncludeLine& line : lines->second) {
          std::vector<std::string> candidates;
          if (line.quoted) candidates.push_back(here);
          candidates.insert(candidates.end(), directories.begin(), directories.end());
          for (const std::string& directory : candidates) {
            llvm::SmallString<256> candidate(directory);
            llvm::sys::path::append(candidate, line.name);
            if (!is_file(std::string(candidate))) continue;
            pending.push_back(real_path_of(std::string(candidate)));
            break;
          }
        }
      }
    }
  }
  const auto found = index->second.find(header);
  return found == index->second.end() ? std::string() : found->second;
}

namespace {

/// Whether the command-line word \p arg names the unit's file, written as the database
/// writes `"file"` or relative to the command's directory (`"lib.cpp"` beside an absolute
/// `"file"`, as some generators write it): either way it is the word to replace.
bool names_unit_file(const std::string& arg, const clang::tooling::CompileCommand& command) {
  if (arg == command.Filename) return true;
  if (arg.empty() || arg.front() == '-') return false;
  llvm::SmallString<256> resolved(arg);
  llvm::SmallString<256> unit(command.Filename);
  llvm::sys::fs::make_absolute(command.Directory, resolved);
  llvm::sys::fs::make_absolute(command.Directory, unit);
  llvm::sys::path::remove_dots(resolved, true);
  llvm::sys::path::remove_dots(unit, true);
  return resolved == unit;
}

}  // namespace

TuCommand CommandSource::command_for(const std::string& file, bool as_header) {
  std::shared_ptr<clang::tooling::CompilationDatabase> database = database_for(file);
  TuCommand command;
  std::vector<std::string> argv;
  if (as_header && database != nullptr) {
    // Checked through a unit that includes it: its macros, its includes before it and the
    // definitions of what it declares (a `throw` its doc comment must list) are known.
    const std::string unit = including_unit(*database, real_path_of(file));
    std::vector<clang::tooling::CompileCommand> commands =
        unit.empty() ? std::vector<clang::tooling::CompileCommand>{} : database->getCompileCommands(unit);
    if (!commands.empty()) {
      clang::tooling::CompileCommand& chosen = commands.front();
      command.directory = chosen.Directory;
      argv = std::move(chosen.CommandLine);
      for (std::string& arg : argv) {
        if (names_unit_file(arg, chosen)) arg = unit;
      }
      if (std::find(argv.begin(), argv.end(), unit) == argv.end()) argv.push_back(unit);
      command.argv = adjust(std::move(argv), unit, false);
      return command;
    }
  }
  if (database != nullptr) {
    std::vector<clang::tooling::CompileCommand> commands = database->getCompileCommands(file);
    if (!commands.empty()) {
      clang::tooling::CompileCommand& chosen = commands.front();
      command.directory = chosen.Directory;
      argv = std::move(chosen.CommandLine);
      if (!as_header && !chosen.Heuristic.empty()) {
        messages_.note(file + " is not in compile_commands.json; using flags " + chosen.Heuristic);
      }
      // The database may name the file relative to its directory: name it as given.
      for (std::string& arg : argv) {
        if (names_unit_file(arg, chosen)) arg = file;
      }
      if (std::find(argv.begin(), argv.end(), file) == argv.end()) argv.push_back(file);
    }
  }
  if (argv.empty()) {
    if (database == nullptr && !explicit_path_) {
      messages_.note(std::string("no compile_commands.json found; using default flags ") + kDefaultStandard);
    }
    command.directory = std::string(llvm::sys::path::parent_path(file));
    argv = {"clang++", kDefaultStandard, file};
  }
  command.argv = adjust(std::move(argv), file, as_header);
  return command;
}

}  // namespace tenet::cpp
