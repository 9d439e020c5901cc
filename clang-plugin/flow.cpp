#include "clang-plugin/flow.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/SmallPtrSet.h>

#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>

namespace tenet::cpp {
namespace {

bool is_std_function(const clang::FunctionDecl* function, std::initializer_list<llvm::StringRef> names) {
  if (function == nullptr || function->getIdentifier() == nullptr || !function->isInStdNamespace()) return false;
  const llvm::StringRef name = function->getName();
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_current_exception(const clang::Stmt* node) {
  const auto* call = clang::dyn_cast<clang::CallExpr>(node);
  return call != nullptr && is_std_function(call->getDirectCallee(), {"current_exception"});
}

/// Walks a handler's body once, filling a HandlerSummary.
class HandlerWalk {
 public:
  HandlerWalk(const RuleContext& context, const clang::CXXCatchStmt& handler, HandlerSummary& out)
      : context_(context), loggers_(context.fact<Loggers>()), handler_(handler), out_(out) {
    if (out.variable != nullptr) derived_.insert(out.variable);
  }

  void walk(const clang::Stmt* node, bool in_lambda, bool in_nested_handler) {
    if (node == nullptr) return;
    if (auto log = loggers_.statement(context_, *node)) {
      const bool uses = mentions_exception(node);
      out_.uses_exception = out_.uses_exception || uses;
      out_.logs.push_back(HandlerLog{std::move(*log), uses});
      return;
    }
    if (const auto* thrown = clang::dyn_cast<clang::CXXThrowExpr>(node)) {
      if (!in_lambda && !in_nested_handler) {
        if (thrown->getSubExpr() == nullptr) {
          out_.rethrows = true;
        } else {
          out_.throws.push_back(thrown);
        }
      }
    } else if (const auto* returned = clang::dyn_cast<clang::ReturnStmt>(node)) {
      if (!in_lambda && returned->getRetValue() != nullptr) out_.returns_value = true;
    } else if (const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(node)) {
      note_reference(*ref);
    } else if (const auto* declaration = clang::dyn_cast<clang::DeclStmt>(node)) {
      for (const clang::Decl* decl : declaration->decls()) {
        const auto* variable = clang::dyn_cast<clang::VarDecl>(decl);
        if (variable != nullptr && variable->getInit() != nullptr && mentions_exception(variable->getInit())) {
          derived_.insert(variable);
        }
      }
    } else if (const auto* lambda = clang::dyn_cast<clang::LambdaExpr>(node)) {
      for (const clang::Stmt* child : lambda->children()) walk(child, true, in_nested_handler);
      return;
    } else if (const auto* nested = clang::dyn_cast<clang::CXXCatchStmt>(node)) {
      walk(nested->getHandlerBlock(), in_lambda, true);
      return;
    } else if (const auto* binary = clang::dyn_cast<clang::BinaryOperator>(node)) {
      if (binary->isAssignmentOp() && is_outer(binary->getLHS())) out_.stores = true;
    }
    if (const auto* call = clang::dyn_cast<clang::CallExpr>(node)) note_call(*call, in_lambda);
    for (const clang::Stmt* child : node->children()) walk(child, in_lambda, in_nested_handler);
  }

 private:
  void note_reference(const clang::DeclRefExpr& ref) {
    const auto* variable = clang::dyn_cast<clang::VarDecl>(ref.getDecl());
    if (variable == nullptr) return;
    if (derived_.contains(variable)) out_.uses_exception = true;
    const llvm::StringRef name = variable->getIdentifier() != nullptr ? variable->getName() : "";
    if (name == "stderr" || (variable->isInStdNamespace() &&
                             (name == "cerr" || name == "clog" || name == "wcerr" || name == "wclog"))) {
      out_.reports = true;
    }
  }

  void note_call(const clang::CallExpr& call, bool in_lambda) {
    const clang::FunctionDecl* callee = call.getDirectCallee();
    if (callee == nullptr) return;
    if (is_std_function(callee, {"current_exception"})) out_.uses_exception = true;
    if (is_std_function(callee, {"throw_with_nested", "make_exception_ptr", "rethrow_if_nested"})) out_.nests = true;
    if (!in_lambda && callee->isNoReturn()) out_.terminates = true;
    if (callee->getIdentifier() != nullptr && callee->getName() == "perror") out_.reports = true;
    if (const auto* op = clang::dyn_cast<clang::CXXOperatorCallExpr>(&call);
        op != nullptr && op->isAssignmentOp() && op->getNumArgs() > 0 && is_outer(op->getArg(0))) {
      out_.stores = true;
    }
    // A non-const member function called on, or a non-const reference or pointer parameter
    // given, something declared outside the handler: `errors.push_back(...)`, `fail(status)`.
    if (const auto* member = clang::dyn_cast<clang::CXXMemberCallExpr>(&call)) {
      const clang::CXXMethodDecl* method = member->getMethodDecl();
      if (method != nullptr && !method->isConst() && !method->isStatic() &&
          is_outer(member->getImplicitObjectArgument())) {
        out_.stores = true;
      }
    }
    const unsigned first = clang::isa<clang::CXXOperatorCallExpr>(call) && clang::isa<clang::CXXMethodDecl>(callee) ? 1 : 0;
    for (unsigned index = first; index < call.getNumArgs() && index - first < callee->getNumParams(); ++index) {
      const clang::QualType type = callee->getParamDecl(index - first)->getType();
      const bool writable = (type->isLValueReferenceType() || type->isPointerType()) &&
                            !type->getPointeeType().isConstQualified() && !type->getPointeeType()->isFunctionType();
      if (writable && is_outer(call.getArg(index))) out_.stores = true;
    }
  }

  /// Whether \p target (an assignment's left side) is declared outside the handler.
  bool is_outer(const clang::Expr* target) const {
    for (int depth = 0; depth < 32 && target != nullptr; ++depth) {
      target = target->IgnoreParenImpCasts();
      if (clang::isa<clang::CXXThisExpr>(target)) return true;
      if (const auto* member = clang::dyn_cast<clang::MemberExpr>(target)) {
        target = member->getBase();
      } else if (const auto* subscript = clang::dyn_cast<clang::ArraySubscriptExpr>(target)) {
        target = subscript->getBase();
      } else if (const auto* unary = clang::dyn_cast<clang::UnaryOperator>(target)) {
        target = unary->getSubExpr();
      } else if (const auto* op = clang::dyn_cast<clang::CXXOperatorCallExpr>(target)) {
        if (op->getNumArgs() == 0) return false;
        target = op->getArg(0);
      } else if (const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(target)) {
        const clang::ValueDecl* decl = ref->getDecl();
        const clang::SourceManager& sources = context_.sources();
        const clang::SourceRange range = handler_.getSourceRange();
        return !sources.isPointWithin(decl->getLocation(), range.getBegin(), range.getEnd());
      } else {
        return false;
      }
    }
    return false;
  }

  bool mentions_exception(const clang::Stmt* node) const {
    if (node == nullptr) return false;
    if (const auto* ref = clang::dyn_cast<clang::DeclRefExpr>(node)) {
      if (const auto* variable = clang::dyn_cast<clang::VarDecl>(ref->getDecl()); derived_.contains(variable)) {
        return true;
      }
    }
    if (is_current_exception(node)) return true;
    for (const clang::Stmt* child : node->children()) {
      if (mentions_exception(child)) return true;
    }
    return false;
  }

  const RuleContext& context_;
  const Loggers& loggers_;
  const clang::CXXCatchStmt& handler_;
  HandlerSummary& out_;
  llvm::SmallPtrSet<const clang::VarDecl*, 4> derived_;
};

clang::QualType plain(clang::QualType type) {
  return type.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

/// Whether \p handler catches an exception of static type \p type (null: unknown).
bool handler_catches(const clang::CXXCatchStmt& handler, clang::QualType type) {
  if (handler.getExceptionDecl() == nullptr) return true;  // catch (...)
  if (type.isNull()) return false;
  clang::QualType caught = plain(handler.getCaughtType());
  clang::QualType thrown = plain(type);
  if (caught->isDependentType() || thrown->isDependentType()) return true;  // unknown: stay quiet
  if (caught == thrown) return true;
  if (caught->isPointerType() && thrown->isPointerType()) {
    caught = caught->getPointeeType().getUnqualifiedType();
    thrown = thrown->getPointeeType().getUnqualifiedType();
    if (caught->isVoidType() || caught == thrown) return true;
  }
  const auto* base = caught->getAsCXXRecordDecl();
  const auto* derived = thrown->getAsCXXRecordDecl();
  if (base == nullptr || derived == nullptr || !derived->hasDefinition()) return false;
  return derived->getCanonicalDecl() == base->getCanonicalDecl() || derived->isDerivedFrom(base);
}

/// Finds the throws that escape function bodies, following visible callees.
class EscapeAnalysis {
 public:
  EscapeAnalysis(const RuleContext& context, bool through_callees)
      : context_(context), through_callees_(through_callees) {}

  std::vector<EscapingThrow> of_function(const clang::FunctionDecl& function, int depth) {
    const clang::FunctionDecl* definition = nullptr;
    if (!function.hasBody(definition) || definition == nullptr) return {};
    if (auto cached = cache_.find(definition); cached != cache_.end()) return cached->second;
    if (!active_.insert(definition).second) return {};  // recursion
    std::vector<EscapingThrow> out;
    Stack stack;
    if (const auto* constructor = clang::dyn_cast<clang::CXXConstructorDecl>(definition)) {
      for (const clang::CXXCtorInitializer* init : constructor->inits()) {
        if (init->isWritten()) walk(init->getInit(), stack, depth, out);
      }
    }
    walk(definition->getBody(), stack, depth, out);
    active_.erase(definition);
    cache_[definition] = out;
    return out;
  }

 private:
  struct Stack {
    std::vector<const clang::CXXTryStmt*> tries;       ///< Try blocks the walk is inside.
    std::vector<const clang::CXXCatchStmt*> handlers;  ///< Handlers the walk is inside.
  };

  static bool caught(const Stack& stack, clang::QualType type) {
    for (const clang::CXXTryStmt* block : stack.tries) {
      for (unsigned i = 0; i < block->getNumHandlers(); ++i) {
        if (handler_catches(*block->getHandler(i), type)) return true;
      }
    }
    return false;
  }

  void walk(const clang::Stmt* node, Stack& stack, int depth, std::vector<EscapingThrow>& out) {
    if (node == nullptr) return;
    if (const auto* block = clang::dyn_cast<clang::CXXTryStmt>(node)) {
      stack.tries.push_back(block);
      walk(block->getTryBlock(), stack, depth, out);
      stack.tries.pop_back();
      for (unsigned i = 0; i < block->getNumHandlers(); ++i) {
        stack.handlers.push_back(block->getHandler(i));
        walk(block->getHandler(i)->getHandlerBlock(), stack, depth, out);
        stack.handlers.pop_back();
      }
      return;
    }
    if (clang::isa<clang::LambdaExpr, clang::BlockExpr>(node)) return;  // thrown when called, not here
    if (const auto* thrown = clang::dyn_cast<clang::CXXThrowExpr>(node)) {
      clang::QualType type;
      if (const clang::Expr* operand = thrown->getSubExpr()) {
        type = operand->getType();
      } else if (!stack.handlers.empty() && stack.handlers.back()->getExceptionDecl() != nullptr) {
        type = stack.handlers.back()->getCaughtType();
      }
      if (!caught(stack, type)) out.push_back(EscapingThrow{thrown, thrown, type, nullptr});
      walk(thrown->getSubExpr(), stack, depth, out);
      return;
    }
    if (through_callees_ && depth < 3) {
      const clang::FunctionDecl* callee = nullptr;
      if (const auto* call = clang::dyn_cast<clang::CallExpr>(node)) {
        callee = call->getDirectCallee();
      } else if (const auto* construct = clang::dyn_cast<clang::CXXConstructExpr>(node)) {
        callee = construct->getConstructor();
      }
      if (callee != nullptr && visible(*callee)) {
        llvm::SmallVector<clang::QualType, 4> seen;
        for (const EscapingThrow& inner : of_function(*callee, depth + 1)) {
          if (caught(stack, inner.type)) continue;
          const clang::QualType key = inner.type.isNull() ? inner.type : plain(inner.type);
          if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
          seen.push_back(key);
          const clang::FunctionDecl* definition = nullptr;
          callee->hasBody(definition);
          out.push_back(EscapingThrow{node, inner.thrown, inner.type, definition != nullptr ? definition : callee});
        }
      }
    }
    for (const clang::Stmt* child : node->children()) walk(child, stack, depth, out);
  }

  /// A callee whose body is in a project file and whose exceptions reach the caller.
  bool visible(const clang::FunctionDecl& callee) const {
    const clang::FunctionDecl* definition = nullptr;
    if (!callee.hasBody(definition) || definition == nullptr || is_nothrow(*definition)) return false;
    if (clang::isa<clang::CXXDestructorDecl>(definition)) return false;
    return context_.in_project_file(definition->getLocation());
  }

  const RuleContext& context_;
  bool through_callees_;
  llvm::DenseMap<const clang::FunctionDecl*, std::vector<EscapingThrow>> cache_;
  llvm::SmallPtrSet<const clang::FunctionDecl*, 8> active_;
};

}  // namespace

HandlerSummary summarize_handler(const RuleContext& context, const clang::CXXCatchStmt& handler) {
  HandlerSummary summary;
  const clang::VarDecl* variable = handler.getExceptionDecl();
  if (variable != nullptr && variable->getIdentifier() != nullptr) summary.variable = variable;
  const auto* body = clang::dyn_cast_or_null<clang::CompoundStmt>(handler.getHandlerBlock());
  summary.empty = body == nullptr || body->body_empty();
  HandlerWalk walk(context, handler, summary);
  walk.walk(handler.getHandlerBlock(), false, false);
  return summary;
}

std::vector<EscapingThrow> escaping_throws(const RuleContext& context, const clang::FunctionDecl& function,
                                           bool through_callees) {
  EscapeAnalysis analysis(context, through_callees);
  return analysis.of_function(function, 0);
}

bool is_std_exception(clang::QualType type) {
  const auto* record = plain(type)->getAsCXXRecordDecl();
  return record != nullptr && record->getIdentifier() != nullptr && record->getName() == "exception" &&
         record->isInStdNamespace();
}

bool is_nothrow(const clang::FunctionDecl& function) {
  const auto* prototype = function.getType()->getAs<clang::FunctionProtoType>();
  if (prototype == nullptr) return false;
  switch (prototype->getExceptionSpecType()) {
    case clang::EST_DynamicNone:
    case clang::EST_BasicNoexcept:
    case clang::EST_NoexceptTrue:
    case clang::EST_NoThrow:
      return true;
    default:
      return false;
  }
}

}  // namespace tenet::cpp
