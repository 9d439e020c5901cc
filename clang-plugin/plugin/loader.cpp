// libtenet-clang.so: the file users pass to -fplugin. It links no LLVM, so loading it into
// any Clang is harmless. When the process holds no Clang/LLVM library of another major
// version than the one tenet was built for, it loads libtenet-clang-impl.so from its own
// directory, which registers the `tenet` plugin. Otherwise (e.g. /usr/bin/clang 14) it says
// why and does nothing: loading a second LLVM into a compiler corrupts it at exit.
#include <dlfcn.h>
#include <link.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#ifndef TENET_CLANG_MAJOR
#error "TENET_CLANG_MAJOR must be defined"
#endif

namespace {

/// Records in \p data the major version of a loaded libclang-cpp / libLLVM that is not ours.
int find_foreign_llvm(struct dl_phdr_info* info, size_t, void* data) {
  const std::string_view name = info->dlpi_name != nullptr ? info->dlpi_name : "";
  const std::string_view base = name.substr(name.rfind('/') + 1);
  for (std::string_view prefix : {"libclang-cpp.so.", "libLLVM-", "libLLVM.so."}) {
    if (base.substr(0, prefix.size()) != prefix) continue;
    int major = 0;
    std::size_t at = prefix.size();
    while (at < base.size() && base[at] >= '0' && base[at] <= '9') major = major * 10 + (base[at++] - '0');
    if (at > prefix.size() && major != TENET_CLANG_MAJOR) {
      *static_cast<int*>(data) = major;
      return 1;
    }
  }
  return 0;
}

__attribute__((constructor)) void load_tenet_plugin() {
  int foreign = -1;
  dl_iterate_phdr(find_foreign_llvm, &foreign);
  if (foreign >= 0) {
    std::fprintf(stderr,
                 "tenet: error: libtenet-clang.so is built for Clang %d but was loaded into Clang %d; "
                 "tenet's checks are disabled (compile with clang++-%d)\n",
                 TENET_CLANG_MAJOR, foreign, TENET_CLANG_MAJOR);
    return;
  }
  Dl_info self{};
  if (dladdr(reinterpret_cast<void*>(&load_tenet_plugin), &self) == 0 || self.dli_fname == nullptr) {
    std::fprintf(stderr, "tenet: error: cannot locate libtenet-clang.so; tenet's checks are disabled\n");
    return;
  }
  std::string path = self.dli_fname;
  const std::size_t slash = path.rfind('/');
  path = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) + "libtenet-clang-impl.so";
  if (dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL) == nullptr) {
    std::fprintf(stderr, "tenet: error: cannot load %s (%s); tenet's checks are disabled\n", path.c_str(),
                 dlerror());
  }
}

}  // namespace
