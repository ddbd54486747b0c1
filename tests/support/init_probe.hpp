#pragma once
// `appexguard init` then `appexguard check` on a project directory, and the comparison that the corpus and
// generated-project tests make against their oracles: which targets became components, and per configuration the
// entitlements path (from the written contract) and the expanded bundle id (from load::load_model on it).

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/contract.hpp"
#include "support/paths.hpp"

namespace axg::test {

struct InitCheckRun {
    std::filesystem::path contract_path; // where init was told to write
    RunResult init;
    RunResult check; // exit_code -1 when init wrote nothing
    std::optional<model::Contract> contract;
    std::string contract_error;                           // the first parse diagnostic when `contract` is nullopt
    std::map<std::string, std::string> component_targets; // component id -> its `target` key, when written
    std::filesystem::path project; // [project] xcode_project, absolute and normalised; "" when none

    bool wrote_contract() const { return contract.has_value(); }
};

// Runs `init DIR -o WORK/appexguard.toml`, then (when it wrote a contract) `check … --root / --format json`.
InitCheckRun init_then_check(const std::filesystem::path& dir, const std::filesystem::path& work_dir);

// The id of the component init made from target `target`: the one whose `target` key names it; when no component
// carries a `target` key, the one whose id is init::component_id(target). "" when there is none.
std::string component_for_target(const InitCheckRun& run, std::string_view target);

// What one value of one configuration must be.
struct Expectation {
    enum class Kind { Exact, NonEmpty, Absent };
    Kind kind = Kind::NonEmpty;
    std::string value; // Exact: the bundle id, or the entitlements file as an absolute normalised path

    static Expectation exact(std::string v) { return {Kind::Exact, std::move(v)}; }
    static Expectation non_empty() { return {Kind::NonEmpty, {}}; }
    static Expectation absent() { return {Kind::Absent, {}}; }
};

struct ExpectedComponent {
    std::string target;
    bool extension = true;
    std::map<std::string, Expectation> entitlements; // by configuration
    std::map<std::string, Expectation> bundle_id;    // by configuration
};

// Counts for the report: how much of the oracle the contract matches.
struct Tally {
    std::size_t components_found = 0, components_expected = 0;
    std::size_t bundle_exact_right = 0, bundle_exact_checked = 0;
    std::size_t entitlements_exact_right = 0, entitlements_exact_checked = 0;
    std::size_t other_right = 0, other_checked = 0; // NonEmpty and Absent expectations
    std::size_t configurations_missing = 0;         // (component, configuration) pairs the contract lacks
    std::string str() const;
};

// The guard of `appexguard init` (lib/app/init_command.cpp), run in-process: when init exits 0 the contract it
// wrote must load with its manifests (load::load_model, every configuration, no diagnostics), and when it refuses
// it must have written nothing. Returns the exit code.
int expect_init_writes_only_loadable_contracts(const std::filesystem::path& dir, const std::filesystem::path& work_dir);

// ADD_FAILUREs every expectation that does not hold (naming target and configuration) and counts them all.
Tally expect_components(const InitCheckRun& run, const std::vector<ExpectedComponent>& expected);

} // namespace axg::test
