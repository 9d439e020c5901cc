// report_sample_writer SAMPLE_ROOT FORMAT OUTPUT [--show-suppressed]
//
// Renders the sample run (the one the golden files hold) in FORMAT and writes it to
// OUTPUT, so that external validators (tests/sarif/validate.sh) can check what the
// reporters produce. Exit 0 on success, 2 on bad arguments or an unwritable OUTPUT.
#include <exception>
#include <iostream>
#include <sstream>
#include <string_view>

#include "linters/report/reporter.h"
#include "tests/report/sample_report.h"

int main(int argc, char** argv) {
  if (argc < 4 || argc > 5 || (argc == 5 && std::string_view(argv[4]) != "--show-suppressed")) {
    std::cerr << "usage: report_sample_writer SAMPLE_ROOT FORMAT OUTPUT [--show-suppressed]\n";
    return 2;
  }
  const auto write = tenet::report::find_writer(argv[2]);
  if (write == nullptr) {
    std::cerr << "report_sample_writer: unknown format " << argv[2] << '\n';
    return 2;
  }
  try {
    const tenet::RunReport run = tenet::testing::sample_run(argv[1]);
    std::ostringstream out;
    write(run, tenet::testing::sample_options(argc == 5), out);
    tenet::report::write_file_atomically(argv[3], out.str());
  } catch (const std::exception& error) {
    std::cerr << "report_sample_writer: " << error.what() << '\n';
    return 2;
  }
  return 0;
}
