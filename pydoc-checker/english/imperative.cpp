// The D401 word lists. Both lists were compiled for tenet: the verbs are the base forms
// that docstring summaries commonly start with; the never-imperative words are
// determiners, pronouns and nouns that often open a descriptive summary ("This function
// ...", "Helper for ..."), some of which share a stem with a verb.
#include "pydoc-checker/english/imperative.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pydoc-checker/english/stemmer.h"

namespace tenet::english {

namespace {

constexpr std::string_view kVerbs =
    "abort accept access accumulate acquire activate adapt add adjust advance aggregate alert align "
    "allocate allow alter analyse analyze annotate answer append apply approve archive arrange ask "
    "assemble assert assign associate attach attempt augment authenticate authorize autodetect avoid "
    "await back batch become begin benchmark bind block boot bootstrap bound break bridge bring "
    "broadcast browse buffer build bump bundle bypass cache calculate call cancel canonicalize capture "
    "carry cast catch center chain change check choose clamp classify clean cleanup clear click clip "
    "clone close coalesce coerce collapse collect combine commit compare compile complain complete "
    "compose compress compute concatenate configure confirm connect consider consolidate constrain "
    "construct consume contain continue control convert copy correct count cover crash crawl create "
    "crop customize cut deactivate deal debug decide declare decode decompress decorate decrease "
    "decrement decrypt deduplicate deepcopy defer define delay delegate delete deliver demonstrate "
    "denormalize deny deploy deprecate dequeue derive describe deserialize destroy detach detect "
    "determine diff disable disallow disconnect discover dispatch display dispose distinguish "
    "distribute divide do document download drain draw drive drop dump duplicate echo edit eliminate "
    "embed emit empty emulate enable encapsulate encode encrypt end enforce enqueue ensure enter "
    "enumerate erase escape establish estimate evaluate examine exclude execute exercise exit expand "
    "expect expire explain export expose extend extract fail fake feed fetch fill filter finalize "
    "find finish fire fit fix flag flatten flip flush fold follow force forget fork format forward "
    "free freeze gather generate get give go grab grant group grow guarantee guard guess handle hash "
    "help hide highlight hold hook identify ignore implement import improve include increase "
    "increment indent index indicate infer inflate inform inherit initialize inject input insert "
    "inspect install instantiate integrate intercept interpolate interpret intersect introduce "
    "invalidate invert invoke isolate issue iterate join jump keep kill label launch lay leave let "
    "limit link list listen load localize locate lock log look lookup loop lower make manage "
    "manipulate map mark marshal mask match materialize maximize measure memoize merge migrate mimic "
    "minimize mirror mix mock modify monitor mount move multiply mutate name navigate negate nest "
    "normalize note notify obtain offset omit open operate optimize order output overlay override "
    "overwrite pack pad pair parse partition pass paste patch pause perform permit persist pick pin "
    "ping place play plot plug poll pop populate post precompute predict prefer prefetch prefix "
    "prepare prepend preprocess present preserve press prevent print probe proceed process produce "
    "profile project promote prompt propagate protect prove provide proxy prune publish pull purge "
    "push put quantize query queue quit quote raise randomize rank reach read realize rearrange "
    "reassign rebuild recalculate receive recognize recompute reconnect reconstruct record recover "
    "recurse redefine redirect redraw reduce refactor refer reformat refresh regenerate register "
    "reinitialize reject relabel release reload relocate remap remember remove rename render reorder "
    "repair repeat rephrase replace replay reply report reposition represent request require "
    "resample rescale reschedule reserve reset reshape resize resolve respond restart restore "
    "restrict restructure resume retain retrieve retry return reuse reveal reverse revert review "
    "revoke rewind rewrite roll rollback rotate round route run sample sanitize satisfy save scale "
    "scan schedule scroll search seed seek segment select send separate serialize serve set settle "
    "shift show shrink shuffle shut shutdown sign simplify simulate skip sleep slice smooth "
    "snapshot solve sort spawn specify split squeeze stack stage start stash step stop store stream "
    "stretch strip stub submit subscribe substitute subtract succeed suggest sum summarize supply "
    "support suppress swallow swap switch sync synchronize tag take target teach tear tell terminate "
    "test throw tie toggle tokenize touch trace track train transfer transform translate transmit "
    "transpose traverse treat trigger trim truncate try turn unbind uncompress undo unescape unfold "
    "unify uninstall unload unlock unmarshal unmount unpack unquote unregister unroll unset "
    "unsubscribe unwrap update upgrade upload use utilize validate vectorize verify view visit "
    "visualize wait walk warn watch widen wipe work wrap write yield zip";

constexpr std::string_view kNeverImperative =
    "a an the this these those that it its here some same always should does abstract base basic "
    "callback callbacks common constructor constructors convenience convenient current custom data default "
    "deprecated dictionary dummy example factory function functions generic handler handlers helper "
    "helpers hook hooks implementation internal main method methods module new number optional "
    "placeholder setup simple special standard static string true false unique utility utilities "
    "wrapper wrappers";

// Words that share a stem with a listed verb without being a form of it (adverbs, nouns,
// other verbs): judged as fine, like the imperative itself.
constexpr std::string_view kAlsoFine =
    "initiate incrementally intersection recursive recursively repeatedly token tokens";

template <class F>
void for_each_word(std::string_view list, F&& f) {
  std::size_t i = 0;
  while (i < list.size()) {
    const std::size_t end = list.find(' ', i);
    const std::size_t stop = end == std::string_view::npos ? list.size() : end;
    if (stop > i) f(list.substr(i, stop - i));
    i = stop + 1;
  }
}

struct Tables {
  std::unordered_set<std::string_view> never;
  /// Stem -> the imperative forms with that stem.
  std::unordered_map<std::string, std::vector<std::string_view>> imperatives;

  Tables() {
    for_each_word(kNeverImperative, [&](std::string_view w) { never.insert(w); });
    for_each_word(kVerbs, [&](std::string_view w) { imperatives[stem(w)].push_back(w); });
    for_each_word(kAlsoFine, [&](std::string_view w) {
      const auto it = imperatives.find(stem(w));
      if (it != imperatives.end()) it->second.push_back(w);
    });
  }
};

const Tables& tables() {
  static const Tables kTables;
  return kTables;
}

}  // namespace

std::optional<bool> is_imperative(std::string_view word) {
  const Tables& t = tables();
  if (t.never.contains(word)) return false;
  const auto it = t.imperatives.find(stem(word));
  if (it == t.imperatives.end()) return std::nullopt;
  for (const std::string_view form : it->second) {
    if (form == word) return true;
  }
  return false;
}

}  // namespace tenet::english
