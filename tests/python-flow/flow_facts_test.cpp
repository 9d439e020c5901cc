// Unit tests of the flow facts: handlers and caught types, raises and their handlers,
// import resolution, logger detection, and robustness (deep nesting, broken code).
#include <gtest/gtest.h>

#include <string>

#include "tests/python-flow/flow_test_support.h"

namespace tenet::python::flow {
namespace {

using testing::Facts;

TEST(FlowFacts, HandlersResolveCaughtTypesThroughImports) {
  Facts f(
      "import socket as s\n"
      "from errors import Boom\n"
      "try:\n"
      "    pass\n"
      "except (ValueError, s.error, Boom) as exc:\n"
      "    pass\n"
      "except* OSError:\n"
      "    pass\n"
      "except:\n"
      "    pass\n");
  const std::vector<Handler>& handlers = f.facts.handlers();
  ASSERT_EQ(handlers.size(), 3u);
  ASSERT_EQ(handlers[0].caught.size(), 3u);
  EXPECT_EQ(handlers[0].caught[0].qualified, "ValueError");
  EXPECT_TRUE(handlers[0].caught[0].builtin);
  EXPECT_EQ(handlers[0].caught[1].qualified, "socket.error");
  EXPECT_FALSE(handlers[0].caught[1].builtin);
  EXPECT_EQ(handlers[0].caught[2].qualified, "errors.Boom");
  EXPECT_EQ(handlers[0].name_text, "exc");
  EXPECT_FALSE(handlers[0].star);
  EXPECT_TRUE(handlers[1].star);
  EXPECT_TRUE(handlers[2].bare());
  ASSERT_EQ(f.facts.tries().size(), 1u);
  EXPECT_EQ(f.facts.tries()[0].handlers.size(), 3u);
  EXPECT_TRUE(f.facts.tries()[0].star);
}

TEST(FlowFacts, ShadowedExceptionIsNotTheBuiltin) {
  Facts f(
      "class Exception(BaseException): pass\n"
      "try:\n    pass\nexcept Exception:\n    pass\n");
  ASSERT_EQ(f.facts.handlers().size(), 1u);
  EXPECT_EQ(f.facts.handlers()[0].broad_type(), nullptr);
}

TEST(FlowFacts, PythonThreeFourteenUnparenthesizedExceptList) {
  Facts f("try:\n    pass\nexcept ValueError, TypeError:\n    pass\n");
  ASSERT_EQ(f.facts.handlers().size(), 1u);
  EXPECT_EQ(f.facts.handlers()[0].type_expressions.size(), 2u);
  EXPECT_EQ(f.facts.handlers()[0].caught.size(), 2u);
}

TEST(FlowFacts, HandlerSummaries) {
  Facts f(
      "import logging\n"
      "log = logging.getLogger(__name__)\n"
      "try:\n    pass\nexcept Exception as e:\n    raise RuntimeError('x') from e\n"  // 0 re-raises
      "try:\n    pass\nexcept Exception:\n    log.error('x', exc_info=True)\n"        // 1 logs
      "try:\n    pass\nexcept Exception:\n    log.error('x', exc_info=False)\n"       // 2 neither
      "try:\n    pass\nexcept Exception:\n    try:\n        raise\n    except ValueError:\n        pass\n"  // 3
      "try:\n    pass\nexcept Exception as err:\n    def later():\n        raise\n    print(err)\n");  // 4
  const std::vector<Handler>& h = f.facts.handlers();
  ASSERT_EQ(h.size(), 6u);
  EXPECT_TRUE(h[0].reraises);
  EXPECT_FALSE(h[0].logs_exception);
  EXPECT_TRUE(h[1].logs_exception);
  EXPECT_FALSE(h[2].logs_exception);
  EXPECT_FALSE(h[2].reraises);
  EXPECT_FALSE(h[3].reraises);  // the bare raise belongs to the nested try
  EXPECT_TRUE(h[3].raises);
  EXPECT_FALSE(h[5].reraises);  // a raise in a nested def runs later
  EXPECT_TRUE(h[5].uses_name);
}

TEST(FlowFacts, RaisesKnowTheirHandlerAndTryBody) {
  Facts f(
      "try:\n"
      "    raise KeyError\n"
      "except KeyError as e:\n"
      "    raise\n"
      "finally:\n"
      "    raise ValueError\n"
      "raise\n");
  const std::vector<Raise>& raises = f.facts.raises();
  ASSERT_EQ(raises.size(), 4u);
  EXPECT_EQ(raises[0].try_body, 0u);
  EXPECT_EQ(raises[0].handler, kNone);
  EXPECT_EQ(raises[1].handler, 0u);
  EXPECT_TRUE(ts_node_is_null(raises[1].exc));
  EXPECT_TRUE(raises[2].in_finally);
  EXPECT_EQ(raises[2].try_body, kNone);
  EXPECT_EQ(raises[3].handler, kNone);
}

TEST(FlowFacts, LoggingCallsResolveThroughImportsAndAssignments) {
  Facts f(
      "import logging as lg\n"
      "from logging import error, getLogger\n"
      "from app import log as applog\n"
      "quiet = getLogger(__name__)\n"
      "lg.info('a')\n"        // 0 module
      "error('b')\n"          // 1 module
      "quiet.warning('c')\n"  // 2 logger by assignment
      "self_logger = None\n"
      "self_logger.debug('d')\n"      // 3 logger by name
      "applog.info('e')\n"            // 4 imported from elsewhere: not a logger
      "catalog.error('f')\n"          // 5 not logger-like
      "LOG.critical('g')\n"           // 6 logger by name
      "lg.getLogger().info('h')\n");  // 7/8: getLogger() call, then info on it
  const std::vector<Call>& calls = f.facts.calls();
  std::vector<std::pair<std::string, LogKind>> seen;
  for (const Call& call : calls) seen.emplace_back(f.text_of(call.function), call.log);
  const std::vector<std::pair<std::string, LogKind>> expected{{"getLogger", LogKind::none},
                                                              {"lg.info", LogKind::module},
                                                              {"error", LogKind::module},
                                                              {"quiet.warning", LogKind::logger},
                                                              {"self_logger.debug", LogKind::logger},
                                                              {"applog.info", LogKind::none},
                                                              {"catalog.error", LogKind::none},
                                                              {"LOG.critical", LogKind::logger},
                                                              {"lg.getLogger().info", LogKind::logger},
                                                              {"lg.getLogger", LogKind::none}};
  EXPECT_EQ(seen, expected);
}

TEST(FlowFacts, ConfiguredLoggerObjects) {
  Settings settings;
  settings.python.logger_objects = {"app.log"};
  Facts f("from app import log as applog\napplog.info('e')\n", settings);
  ASSERT_EQ(f.facts.calls().size(), 1u);
  EXPECT_EQ(f.facts.calls()[0].log, LogKind::logger);
}

TEST(FlowFacts, ScopesShadowImports) {
  Facts f(
      "import logging\n"
      "def f(logging):\n"
      "    logging.info('x')\n"
      "def g():\n"
      "    logging.info('y')\n"
      "class C:\n"
      "    logging = None\n"
      "    def m(self):\n"
      "        logging.info('z')\n");
  const std::vector<Call>& calls = f.facts.calls();
  ASSERT_EQ(calls.size(), 3u);
  // A parameter is not recorded as a binding, so `f` still sees the module import (as ruff
  // would see a local); `g` and the method (class bodies do not enclose) see the import.
  EXPECT_EQ(calls[1].log, LogKind::module);
  EXPECT_EQ(calls[2].log, LogKind::module);
}

TEST(FlowFacts, ExcInfoClassification) {
  Facts f(
      "import logging, sys\n"
      "log = logging.getLogger(__name__)\n"
      "log.error('a')\n"
      "log.error('b', exc_info=True)\n"
      "log.error('c', exc_info=1)\n"
      "log.error('d', exc_info=sys.exc_info())\n"
      "log.error('e', exc_info=False)\n"
      "log.error('f', exc_info=None)\n"
      "log.error('g', exc_info=err)\n"
      "log.error('h', exc_info=(t, v, tb))\n");
  using Kind = FlowFacts::ExcInfo::Kind;
  std::vector<Kind> kinds;
  for (const Call& call : f.facts.calls()) {
    if (call.method == "error") kinds.push_back(f.facts.exc_info(call).kind);
  }
  EXPECT_EQ(kinds, (std::vector<Kind>{Kind::absent, Kind::current, Kind::current, Kind::current, Kind::falsy,
                                      Kind::falsy, Kind::explicit_, Kind::explicit_}));
}

TEST(FlowFacts, AliasedLoggingFunctionsAreRecorded) {
  Facts f("from logging import exception as log_exception\nlog_exception('x')\nunrelated('y')\n");
  ASSERT_EQ(f.facts.calls().size(), 1u);
  EXPECT_EQ(f.facts.calls()[0].log, LogKind::module);
  EXPECT_EQ(f.facts.calls()[0].method, "exception");
}

TEST(FlowFacts, ParametersShadowModules) {
  Facts f("import logging\ndef f(__file__, *args, logging=None):\n    return logging.getLogger(__file__)\n");
  ASSERT_EQ(f.facts.calls().size(), 1u);
  EXPECT_EQ(f.facts.calls()[0].callee.kind, Resolved::Kind::local);
}

TEST(FlowFacts, WarnReferencesAndMainGuard) {
  Facts f(
      "import logging\n"
      "from logging import WARN\n"
      "level = logging.WARN\n"
      "other = WARN\n"
      "if __name__ == '__main__':\n"
      "    logging.basicConfig()\n");
  EXPECT_EQ(f.facts.warn_references().size(), 2u);
  EXPECT_TRUE(f.facts.has_main_guard());
  ASSERT_EQ(f.facts.calls().size(), 1u);
  EXPECT_TRUE(f.facts.calls()[0].in_main_guard);
}

TEST(FlowFacts, FinallyJumps) {
  Facts f(
      "def f():\n"
      "    for x in y:\n"
      "        try:\n"
      "            pass\n"
      "        finally:\n"
      "            if x:\n"
      "                continue\n"
      "            for z in x:\n"
      "                break\n"
      "            return 1\n");
  const std::vector<FinallyJump>& jumps = f.facts.finally_jumps();
  ASSERT_EQ(jumps.size(), 3u);
  EXPECT_EQ(jumps[0].keyword, "continue");
  EXPECT_FALSE(jumps[0].in_loop);
  EXPECT_EQ(jumps[1].keyword, "break");
  EXPECT_TRUE(jumps[1].in_loop);
  EXPECT_EQ(jumps[2].keyword, "return");
}

TEST(FlowFacts, DeeplyNestedBlocks) {
  // One space per level keeps the file small; tree-sitter's own limits decide how much of
  // it parses as nested blocks, and the walk must cope with whatever it gets.
  std::string source;
  std::string indent;
  for (int i = 0; i < 1000; ++i) {
    source += indent + (i % 2 == 0 ? "try:\n" : "if x:\n");
    indent += ' ';
  }
  source += indent + "raise\n";
  std::string close_indent = indent;
  for (int i = 999; i >= 0; --i) {
    close_indent.pop_back();
    if (i % 2 == 0) source += close_indent + "except Exception:\n" + close_indent + " log.error(x)\n";
  }
  Facts f(source);
  EXPECT_EQ(f.facts.raises().size(), 1u);
  EXPECT_GT(f.facts.handlers().size(), 100u);
  EXPECT_NO_FATAL_FAILURE(testing::findings(source, {"E722"}));
}

TEST(FlowFacts, TenThousandNestedCallsDoNotOverflowTheStack) {
  std::string source = "try:\n    pass\nexcept Exception as e:\n    logger.error(";
  for (int i = 0; i < 10000; ++i) source += "f(";
  source += "e";
  for (int i = 0; i < 10000; ++i) source += ")";
  source += ")\n    raise ";
  for (int i = 0; i < 10000; ++i) source += "not ";
  source += "e\n";
  Facts f(source);
  EXPECT_EQ(f.facts.raises().size(), 1u);
  EXPECT_EQ(f.facts.calls().size(), 1u);  // only the logging call is of interest
  ASSERT_EQ(f.facts.handlers().size(), 1u);
  EXPECT_TRUE(f.facts.handlers()[0].uses_name);
  EXPECT_NO_FATAL_FAILURE(testing::findings(source, {"TPY202", "B904", "BLE001"}));
}

TEST(FlowFacts, DeeplyNestedExpressions) {
  std::string source = "logger.error(";
  for (int i = 0; i < 10000; ++i) source += "(";
  source += "x";
  for (int i = 0; i < 10000; ++i) source += ")";
  source += ")\n";
  Facts f(source);
  EXPECT_EQ(f.facts.calls().size(), 1u);
}

TEST(FlowFacts, BrokenCodeStillYieldsFacts) {
  Facts f("try:\n    pass\nexcept ValueError as:\n    raise\nlogging.info(\n");
  EXPECT_GE(f.facts.handlers().size(), 0u);
}

}  // namespace
}  // namespace tenet::python::flow
