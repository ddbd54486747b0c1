#include "support/init_probe.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "app/exit_codes.hpp"
#include "app/init_command.hpp"
#include "init/contract_synthesis.hpp"
#include "load/model_loader.hpp"
#include "load/toml/contract_loader.hpp"
#include "load/toml/toml_reader.hpp"
#include "util/diagnostics.hpp"

namespace axg::test {

namespace fs = std::filesystem;

namespace {

std::string quote(const fs::path& path) {
    return "'" + path.string() + "'";
}

fs::path normal(const fs::path& path) {
    std::error_code ec;
    return fs::weakly_canonical(path, ec).lexically_normal();
}

std::string first_diagnostic(const util::Diagnostics& d) {
    return d.empty() ? "" : d.items().front().str();
}

// One load_model per configuration, so that a configuration that does not load does not hide the others.
class ConfigurationModels {
public:
    explicit ConfigurationModels(fs::path contract) : m_contract(std::move(contract)) {}

    // The view of `configuration`, or nullptr with `error` set.
    const model::ConfigurationView* view(const std::string& configuration, std::string& error) {
        auto it = m_models.find(configuration);
        if (it == m_models.end()) {
            load::LoadOptions options;
            options.contract_path = m_contract.string();
            options.root = "/";
            options.configuration = configuration;
            util::Diagnostics d;
            Entry entry;
            entry.model = load::load_model(options, d);
            entry.error = first_diagnostic(d);
            it = m_models.emplace(configuration, std::move(entry)).first;
        }
        error = it->second.error;
        if (!it->second.model || it->second.model->configurations.empty()) {
            return nullptr;
        }
        return &it->second.model->configurations.front();
    }

private:
    struct Entry {
        std::optional<model::Model> model;
        std::string error;
    };
    fs::path m_contract;
    std::map<std::string, Entry> m_models;
};

} // namespace

InitCheckRun init_then_check(const fs::path& dir, const fs::path& work_dir) {
    InitCheckRun run;
    run.contract_path = work_dir / "appexguard.toml";
    run.init = run_cli("init " + quote(dir) + " -o " + quote(run.contract_path));
    if (!fs::exists(run.contract_path)) {
        return run;
    }
    std::string text = read_text(run.contract_path);
    util::Diagnostics d;
    run.contract = load::parse_contract(text, run.contract_path.string(), d);
    run.contract_error = first_diagnostic(d);
    // The `target` key is read from the TOML itself, so that this works whether or not model::Component has it.
    util::Diagnostics toml_errors;
    if (auto table = load::parse_toml(text, run.contract_path.string(), toml_errors)) {
        if (const toml::table* components = (*table)["components"].as_table()) {
            for (const auto& [id, node] : *components) {
                if (const toml::table* component = node.as_table()) {
                    if (auto target = (*component)["target"].value<std::string>()) {
                        run.component_targets[std::string(id.str())] = *target;
                    }
                }
            }
        }
    }
    if (run.contract && !run.contract->project.xcode_project.empty()) {
        run.project = normal(work_dir / run.contract->project.xcode_project);
    }
    run.check = run_cli("check " + quote(run.contract_path) + " --root / --format json");
    return run;
}

int expect_init_writes_only_loadable_contracts(const fs::path& dir, const fs::path& work_dir) {
    app::InitOptions options;
    options.dir = dir.string();
    options.output = (work_dir / "guarded.toml").string();
    std::ostringstream out, err;
    int code = app::run_init(options, out, err);
    if (code != app::k_exit_clean) {
        EXPECT_FALSE(fs::exists(options.output)) << "(d) init exited " << code << " but wrote " << options.output;
        return code;
    }
    load::LoadOptions load_options;
    load_options.contract_path = options.output;
    load_options.root = "/";
    util::Diagnostics d;
    auto model = load::load_model(load_options, d);
    EXPECT_TRUE(model && d.empty()) << "(d) init exited 0 but its contract does not load with the manifests ("
                                    << d.items().size() << " diagnostics): " << first_diagnostic(d);
    return code;
}

std::string component_for_target(const InitCheckRun& run, std::string_view target) {
    if (!run.contract) {
        return "";
    }
    if (!run.component_targets.empty()) {
        for (const auto& [id, t] : run.component_targets) {
            if (t == target) {
                return id;
            }
        }
        return "";
    }
    std::string id = init::component_id(target);
    return run.contract->components.count(id) ? id : "";
}

std::string Tally::str() const {
    auto pair = [](std::size_t a, std::size_t b) { return std::to_string(a) + "/" + std::to_string(b); };
    return "components found " + pair(components_found, components_expected) + ", bundle ids right " +
           pair(bundle_exact_right, bundle_exact_checked) + ", entitlements paths right " +
           pair(entitlements_exact_right, entitlements_exact_checked) + ", non-literal values present/absent as due " +
           pair(other_right, other_checked) + ", (component, configuration) pairs missing " +
           std::to_string(configurations_missing);
}

Tally expect_components(const InitCheckRun& run, const std::vector<ExpectedComponent>& expected) {
    Tally tally;
    tally.components_expected = expected.size();
    if (!run.contract) {
        ADD_FAILURE() << "(c) no contract to compare: init exited " << run.init.exit_code << ": "
                      << run.init.err.substr(0, 600) << run.contract_error;
        return tally;
    }
    const model::Contract& contract = *run.contract;
    fs::path contract_dir = run.contract_path.parent_path();
    ConfigurationModels models(run.contract_path);
    for (const auto& e : expected) {
        std::string id = component_for_target(run, e.target);
        if (id.empty()) {
            ADD_FAILURE() << "(c) target \"" << e.target << "\" is not a component of the contract";
            continue;
        }
        ++tally.components_found;
        const model::Component& component = contract.components.at(id);
        EXPECT_EQ(component.kind == model::ComponentKind::Extension, e.extension)
            << "(c) component " << id << " (target \"" << e.target << "\") has the wrong kind";

        std::map<std::string, bool> configurations;
        for (const auto& [c, x] : e.entitlements) {
            configurations[c] = true;
        }
        for (const auto& [c, x] : e.bundle_id) {
            configurations[c] = true;
        }
        for (const auto& [configuration, unused] : configurations) {
            std::string where =
                "target \"" + e.target + "\" (component " + id + "), configuration \"" + configuration + "\"";
            bool declared = contract.configurations.empty() ? configuration == load::k_implicit_configuration
                                                            : contract.configurations.count(configuration) > 0;
            if (!declared) {
                // Every expectation of the configuration counts as checked and wrong.
                ++tally.configurations_missing;
                for (const auto* values : {&e.entitlements, &e.bundle_id}) {
                    auto it = values->find(configuration);
                    if (it == values->end()) {
                        continue;
                    }
                    if (it->second.kind != Expectation::Kind::Exact) {
                        ++tally.other_checked;
                    } else {
                        ++(values == &e.entitlements ? tally.entitlements_exact_checked : tally.bundle_exact_checked);
                    }
                }
                ADD_FAILURE() << "(c) " << where << ": the contract does not declare this configuration";
                continue;
            }
            if (auto it = e.entitlements.find(configuration); it != e.entitlements.end()) {
                const std::string& written = component.entitlements.for_configuration(configuration);
                const Expectation& x = it->second;
                if (x.kind == Expectation::Kind::Exact) {
                    ++tally.entitlements_exact_checked;
                    std::string got = written.empty() ? "" : normal(contract_dir / written).string();
                    tally.entitlements_exact_right += got == x.value;
                    EXPECT_EQ(got, x.value) << "(c) entitlements of " << where;
                } else {
                    ++tally.other_checked;
                    bool ok = (x.kind == Expectation::Kind::NonEmpty) != written.empty();
                    tally.other_right += ok;
                    EXPECT_TRUE(ok) << "(c) entitlements of " << where << ": expected "
                                    << (x.kind == Expectation::Kind::NonEmpty ? "a path" : "none")
                                    << ", the contract has \"" << written << "\"";
                }
            }
            if (auto it = e.bundle_id.find(configuration); it != e.bundle_id.end()) {
                const Expectation& x = it->second;
                bool exact = x.kind == Expectation::Kind::Exact;
                ++(exact ? tally.bundle_exact_checked : tally.other_checked);
                std::string error;
                const model::ConfigurationView* view = models.view(configuration, error);
                if (!view) {
                    ADD_FAILURE() << "(c) bundle id of " << where << ": the contract does not load: " << error;
                    continue;
                }
                const model::ComponentManifests* manifests = view->component(id);
                std::string got = manifests ? manifests->bundle_id : "";
                if (exact) {
                    tally.bundle_exact_right += got == x.value;
                    EXPECT_EQ(got, x.value) << "(c) expanded bundle id of " << where;
                } else {
                    bool ok = (x.kind == Expectation::Kind::NonEmpty) != got.empty();
                    tally.other_right += ok;
                    EXPECT_TRUE(ok) << "(c) expanded bundle id of " << where << " is \"" << got << "\"";
                }
            }
        }
    }
    return tally;
}

} // namespace axg::test
