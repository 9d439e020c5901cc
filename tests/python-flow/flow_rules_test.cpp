// Unit tests of the exception-handling and logging rules: the semantics that are easy to get
// wrong (re-raise forms, exc_info truthiness, nesting, names through imports) and fixes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "linters/core/rule.h"
#include "pydoc-checker/python_checker.h"
#include "tests/python-flow/flow_test_support.h"

namespace tenet::python::flow {
namespace {

using testing::findings;
using testing::positions;
using Positions = std::vector<std::string>;

TEST(FlowRules, EveryRuleHasMetadata) {
  std::size_t count = 0;
  for (const RuleMeta* rule : python_rules()) {
    const std::string_view tags = rule->tags;
    if (tags.find("exceptions") == std::string_view::npos && tags.find("logging") == std::string_view::npos &&
        tags.find("output") == std::string_view::npos) {
      continue;
    }
    ++count;
    EXPECT_TRUE(rule->summary.ends_with('.')) << rule->code;
    EXPECT_EQ(rule->language, Language::python) << rule->code;
    EXPECT_FALSE(rule->name.empty()) << rule->code;
  }
  EXPECT_EQ(count, 45u);
}

TEST(FlowRules, BareExceptExemptsATopLevelBareRaise) {
  EXPECT_EQ(positions("try:\n    x\nexcept:\n    cleanup()\n    raise\n", "E722"), Positions{});
  EXPECT_EQ(positions("try:\n    x\nexcept:\n    if y:\n        raise\n", "E722"), Positions{"3:1"});
}

TEST(FlowRules, BlindExceptAcceptsReraisesAndLoggedExceptions) {
  const std::string prefix = "import logging\nlogger = logging.getLogger(__name__)\ntry:\n    x()\n";
  const auto ble = [&](const std::string& handler) { return positions(prefix + handler, "BLE001"); };
  EXPECT_EQ(ble("except Exception:\n    raise\n"), Positions{});
  EXPECT_EQ(ble("except Exception as e:\n    raise e\n"), Positions{});
  EXPECT_EQ(ble("except Exception as e:\n    raise RuntimeError() from e\n"), Positions{});
  EXPECT_EQ(ble("except Exception as e:\n    raise RuntimeError() from None\n"), Positions{"5:8"});
  EXPECT_EQ(ble("except Exception:\n    logger.exception('x')\n"), Positions{});
  EXPECT_EQ(ble("except Exception:\n    logger.warning('x', exc_info=True)\n"), Positions{});
  EXPECT_EQ(ble("except Exception:\n    logger.error('x', exc_info=False)\n"), Positions{"5:8"});
  EXPECT_EQ(ble("except Exception:\n    logger.error('x', exc_info=None)\n"), Positions{"5:8"});
  EXPECT_EQ(ble("except BaseException:\n    logging.error('x')\n"), Positions{"5:8"});
  EXPECT_EQ(ble("except (ValueError, Exception):\n    pass\n"), Positions{"5:21"});
  EXPECT_EQ(ble("except* Exception:\n    pass\n"), Positions{"5:9"});
  // A re-raise inside a nested try belongs to that try.
  EXPECT_EQ(ble("except Exception:\n    try:\n        raise\n    except ValueError:\n        pass\n"),
            Positions{"5:8"});
}

TEST(FlowRules, RaiseFormsInHandlers) {
  const std::string source =
      "try:\n    x()\nexcept ValueError as e:\n"
      "    if a:\n        raise\n"                        // 5: fine
      "    if b:\n        raise e\n"                      // 7: TRY201, not B904
      "    if c:\n        raise KeyError(e) from e\n"     // 9: fine
      "    if d:\n        raise KeyError(e) from None\n"  // 11: fine
      "    raise KeyError(e)\n";                          // 12: B904
  EXPECT_EQ(positions(source, "B904"), Positions{"12:5"});
  EXPECT_EQ(positions(source, "TRY201"), Positions{"7:15"});
}

TEST(FlowRules, VerboseRaiseFixIsSafeUnlessTheNameIsRebound) {
  const testing::Checked plain = testing::check("try:\n    x()\nexcept ValueError as e:\n    raise e\n");
  const testing::Checked rebound =
      testing::check("try:\n    x()\nexcept ValueError as e:\n    e = wrap(e)\n    raise e\n");
  const auto fix_of = [](const testing::Checked& checked) -> const Fix* {
    for (const Diagnostic& diagnostic : checked.diagnostics) {
      if (diagnostic.rule->code == "TRY201") return diagnostic.fix ? &*diagnostic.fix : nullptr;
    }
    return nullptr;
  };
  ASSERT_NE(fix_of(plain), nullptr);
  EXPECT_EQ(fix_of(plain)->safety, FixAvailability::safe);
  EXPECT_EQ(fix_of(plain)->edits.at(0).replacement, "raise");
  ASSERT_NE(fix_of(rebound), nullptr);
  EXPECT_EQ(fix_of(rebound)->safety, FixAvailability::unsafe);
}

TEST(FlowRules, UselessTryExceptNeedsEveryHandlerUseless) {
  EXPECT_EQ(positions("try:\n    x()\nexcept A:\n    raise\nexcept B as b:\n    raise b\n", "TRY203"),
            (Positions{"3:1", "5:1"}));
  EXPECT_EQ(positions("try:\n    x()\nexcept A:\n    raise\nexcept B:\n    log()\n", "TRY203"), Positions{});
}

TEST(FlowRules, RootLoggerCallsThroughImports) {
  const std::string source =
      "import logging as lg\n"
      "from logging import error\n"
      "lg.info('a')\n"
      "error('b')\n"
      "log = lg.getLogger(__name__)\n"
      "log.info('c')\n";
  EXPECT_EQ(positions(source, "LOG015"), (Positions{"3:1", "4:1"}));
}

TEST(FlowRules, LoggingMessageFormats) {
  const std::string source =
      "import logging\n"
      "log = logging.getLogger(__name__)\n"
      "log.info(f'{x}')\n"          // 3 G004
      "log.info('%s' % x)\n"        // 4 G002
      "log.info('a' + x)\n"         // 5 G003
      "log.info('{}'.format(x))\n"  // 6 G001
      "log.log(20, f'{x}')\n"       // 7 G004 on the second argument
      "log.info(msg=f'{x}')\n"      // 8 G004 by keyword
      "log.info('%s', x)\n"         // 9 fine
      "print(f'{x}')\n";            // 10 not logging
  EXPECT_EQ(positions(source, "G004"), (Positions{"3:10", "7:13", "8:14"}));
  EXPECT_EQ(positions(source, "G002"), Positions{"4:10"});
  EXPECT_EQ(positions(source, "G003"), Positions{"5:10"});
  EXPECT_EQ(positions(source, "G001"), Positions{"6:10"});
}

TEST(FlowRules, TemplateStringsAreNotPlainStrings) {
  const std::string source =
      "import logging\nlogging.getLogger().info(t'{x}')\nraise ValueError(t'{x} bad')\n";
  EXPECT_EQ(positions(source, "G004"), Positions{"2:26"});
  EXPECT_EQ(positions(source, "EM101"), Positions{});
  EXPECT_EQ(positions(source, "EM102"), Positions{});
}

TEST(FlowRules, PrintIsAllowedInScriptsAndMainModules) {
  EXPECT_EQ(positions("print('x')\n", "T201"), Positions{"1:1"});
  EXPECT_EQ(positions("if __name__ == '__main__':\n    print('x')\n", "T201"), Positions{});
  EXPECT_EQ(positions("def print(x): pass\nprint('x')\n", "T201"), Positions{});
  EXPECT_EQ(positions("import sys\nprint('x', file=sys.stderr)\nprint('y', file=f)\n", "T201"),
            Positions{"2:1"});
  EXPECT_EQ(findings("print('x')\n", {"T201"}, "/nonexistent/tenet/__main__.py"), std::vector<std::string>{});
}

TEST(FlowRules, ExceptionLoggedWithoutTraceback) {
  const std::string source =
      "import logging\n"
      "logger = logging.getLogger(__name__)\n"
      "try:\n    x()\nexcept OSError as e:\n"
      "    logger.error(e)\n"                               // 6
      "    logger.error(str(e))\n"                          // 7
      "    logger.warning(f'failed: {e}')\n"                // 8
      "    logger.warning('failed: %s', e.strerror)\n"      // 9 fine: a chosen detail
      "    logger.error('failed: %s', e, exc_info=True)\n"  // 10 fine
      "    logger.error('failed: %s', e, exc_info=e)\n"     // 11 fine
      "    logger.info('retrying after %s', e)\n"           // 12 fine: info
      "    logger.error('failed')\n";                       // 13 fine for TPY202
  EXPECT_EQ(positions(source, "TPY202"), (Positions{"6:5", "7:5", "8:5"}));
}

TEST(FlowRules, SwallowedException) {
  const auto tpy = [](const std::string& handler) {
    return positions("def f():\n    try:\n        x()\n" + handler, "TPY201");
  };
  EXPECT_EQ(tpy("    except Exception:\n        pass\n"), Positions{"4:5"});
  EXPECT_EQ(tpy("    except:\n        return None\n"), Positions{"4:5"});
  EXPECT_EQ(tpy("    except (KeyError, BaseException):\n        value = None\n        count = 0\n"),
            Positions{"4:5"});
  EXPECT_EQ(tpy("    except Exception:\n        continue\n"), Positions{"4:5"});
  EXPECT_EQ(tpy("    except KeyError:\n        pass\n"), Positions{});  // specific: control flow
  EXPECT_EQ(tpy("    except Exception:\n        return False\n"), Positions{});
  EXPECT_EQ(tpy("    except Exception as e:\n        errors.append(e)\n"), Positions{});
  EXPECT_EQ(tpy("    except Exception:\n        raise LookupError from None\n"), Positions{});
  EXPECT_EQ(tpy("    except Exception:\n        log.debug('missing')\n"), Positions{});
}

TEST(FlowRules, LoggingFixes) {
  const testing::Checked checked = testing::check(
      "import logging\n"
      "logger = logging.getLogger(__name__)\n"
      "logger.warn('x')\n"
      "try:\n    x()\nexcept OSError:\n"
      "    logger.error('failed', exc_info=True)\n"
      "    logger.exception('failed', exc_info=True)\n");
  std::vector<std::string> fixes;
  for (const Diagnostic& diagnostic : checked.diagnostics) {
    if (!diagnostic.fix) continue;
    std::string edits = std::string(diagnostic.rule->code) + ":";
    for (const Edit& edit : diagnostic.fix->edits) {
      edits += " [" + std::to_string(edit.range.begin) + "," + std::to_string(edit.range.end) +
               ")=" + edit.replacement;
    }
    fixes.push_back(edits);
  }
  // `warn` at bytes 59..63; `error` at 109..114 with `, exc_info=True` at 123..138; the
  // second call's `, exc_info=True` at 169..184. TRY400 stays quiet: the traceback is logged.
  EXPECT_EQ(fixes, (std::vector<std::string>{
                       "G010: [59,63)=warning",
                       "G201: [109,114)=exception [123,138)=",
                       "G202: [169,184)=",
                   }));
}

TEST(FlowRules, LoggingArgumentCounts) {
  const std::string source =
      "import logging\n"
      "logging.info('%s %s', a)\n"               // 2 too few
      "logging.info('%s', a, b)\n"               // 3 too many
      "logging.info('{} items', n)\n"            // 4 too many, {} not filled
      "logging.info('%(n)s', {'n': 1})\n"        // 5 mapping: skipped
      "logging.info('%s %s', *args)\n"           // 6 starred: skipped
      "logging.info('100%')\n"                   // 7 invalid, no args: skipped
      "logging.info('%s %s', a, exc_info=1)\n";  // 8 keywords: too-few skipped
  EXPECT_EQ(positions(source, "PLE1206"), Positions{"2:1"});
  EXPECT_EQ(positions(source, "PLE1205"), (Positions{"3:1", "4:1"}));
  EXPECT_EQ(findings(source, {"PLE1205"})[1],
            "4:1 PLE1205 Logging format string has 0 placeholders for 1 argument; logging does not fill `{}` "
            "placeholders.");
}

TEST(FlowRules, TypeCheckWithoutTypeError) {
  const std::string source =
      "def f(x):\n"
      "    if not isinstance(x, int):\n"
      "        raise ValueError('no')\n"  // 3
      "    if isinstance(x, str) and callable(x):\n"
      "        pass\n"
      "    elif issubclass(x, int):\n"
      "        return\n"
      "    else:\n"
      "        raise RuntimeError\n"  // 9
      "    if x > 0:\n"
      "        raise ValueError\n"  // not a type check
      "    if isinstance(x, int):\n"
      "        raise TypeError\n";  // right exception
  EXPECT_EQ(positions(source, "TRY004"), (Positions{"3:9", "9:9"}));
}

TEST(FlowRules, DuplicateHandlerExceptionFix) {
  const testing::Checked checked = testing::check(
      "try:\n    x()\nexcept (IOError, OSError, ValueError, UnicodeError, ValueError):\n    pass\n");
  const Diagnostic* b014 = nullptr;
  for (const Diagnostic& diagnostic : checked.diagnostics) {
    if (diagnostic.rule->code == "B014") b014 = &diagnostic;
  }
  ASSERT_NE(b014, nullptr);
  EXPECT_EQ(
      b014->message,
      "Redundant exception types in one handler: `IOError` is an alias of `OSError`; `ValueError` already "
      "covers `UnicodeError`; `ValueError` is listed twice.");
  ASSERT_TRUE(b014->fix);
  EXPECT_EQ(b014->fix->edits.at(0).replacement, "(OSError, ValueError)");
}

TEST(FlowRules, UnnecessaryParenOnRaise) {
  const std::string source =
      "class Custom(Exception): pass\n"
      "def make(): return Custom()\n"
      "raise ValueError()\n"            // 3 safe
      "raise Custom()\n"                // 4 safe
      "raise make()\n"                  // function: skipped
      "raise errors.Thing()\n"          // 6 unsafe
      "raise errors.make_one()\n"       // lowercase: skipped
      "raise ValueError()from None\n";  // 8 replaced by a space
  EXPECT_EQ(positions(source, "RSE102"), (Positions{"3:17", "4:13", "6:19", "8:17"}));
}

TEST(FlowRules, MisplacedBareRaise) {
  const std::string source =
      "raise\n"
      "class Ctx:\n"
      "    def __exit__(self, *a):\n"
      "        raise\n"
      "try:\n    pass\nexcept E:\n    def later():\n        raise\n";
  EXPECT_EQ(positions(source, "PLE0704"), (Positions{"1:1", "9:9"}));
}

TEST(FlowRules, LibraryLoggingConfiguration) {
  const std::string library =
      "import logging\n"
      "logging.basicConfig()\n"
      "logging.getLogger().addHandler(h)\n"
      "logging.getLogger('x').addHandler(h)\n"
      "def main():\n    logging.basicConfig()\n";
  EXPECT_EQ(positions(library, "TPY301"), (Positions{"2:1", "3:1"}));
  EXPECT_EQ(positions(library + "if __name__ == '__main__':\n    main()\n", "TPY301"), Positions{});
}

}  // namespace
}  // namespace tenet::python::flow
