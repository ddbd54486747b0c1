#include "analysis/analysis.hpp"
#include "support/rule_fixture.hpp"

#include <filesystem>
#include <list>
#include <mutex>

#include <gtest/gtest.h>

#include "load/model_loader.hpp"
#include "load/toml/policy_loader.hpp"
#include "rules/registry.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {

namespace fs = std::filesystem;

std::string channel(const std::string& id, const std::map<std::string, std::string>& overrides) {
    std::vector<std::pair<std::string, std::string>> keys = {
        {"transport", "\"app-group-file\""},
        {"store", "\"group\""},
        {"from", "\"share\""},
        {"to", "[\"app\"]"},
        {"schema", "\"Note\""},
        {"classification", "\"personal\""},
        {"auth", "\"mutual-token\""},
        {"token_ttl", "\"5m\""},
        {"token_rotation", "true"},
        {"encryption", "\"aead\""},
        {"key_storage", "\"keychain-this-device-only\""},
        {"validation", "\"both\""},
        {"retention", "\"24h\""},
        {"rate_limit", "\"30/min\""},
        {"audit", "true"},
    };
    for (const auto& [key, value] : overrides) {
        bool found = false;
        for (auto& kv : keys) {
            if (kv.first == key) {
                kv.second = value;
                found = true;
            }
        }
        if (!found) {
            keys.emplace_back(key, value);
        }
    }
    std::string out = "\n[channels." + id + "]\n";
    for (const auto& [key, value] : keys) {
        if (!value.empty()) {
            out += key + " = " + value + "\n";
        }
    }
    return out;
}

std::string plist(std::string_view body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n<dict>\n" +
           std::string(body) + "\n</dict>\n</plist>\n";
}

std::string string_array(std::string_view key, const std::vector<std::string>& values) {
    std::string out = "<key>" + std::string(key) + "</key>\n<array>\n";
    for (const auto& v : values) {
        out += "  <string>" + v + "</string>\n";
    }
    return out + "</array>\n";
}

std::string write_fixture(const std::string& contract, const Files& files) {
    // Each fixture lives until the test process exits (tests read it until they end), then its TempDir removes it:
    // a suite run used to leave some 2,000 directories in /tmp.
    static std::mutex mutex;
    static std::list<TempDir> dirs;
    std::lock_guard lock(mutex);
    const TempDir& dir = dirs.emplace_back();
    dir.write("appexguard.toml", contract);
    for (const auto& [path, text] : files) {
        dir.write(path, text);
    }
    return dir.path().string();
}

std::optional<model::Model> load_fixture(const std::string& contract, const Files& files) {
    load::LoadOptions options;
    options.contract_path = (fs::path(write_fixture(contract, files)) / "appexguard.toml").string();
    util::Diagnostics diagnostics;
    auto model = load::load_model(options, diagnostics);
    for (const auto& d : diagnostics.sorted()) {
        ADD_FAILURE() << "fixture does not load: " << d.str();
    }
    return model;
}

model::Policy builtin_policy(std::string_view name) {
    util::Diagnostics diagnostics;
    auto policy = load::load_policy(std::string(name), ".", {"test", 0, 0}, diagnostics);
    EXPECT_TRUE(policy.has_value()) << "built-in policy " << name;
    return policy.value_or(model::Policy{});
}

model::Policy baseline_policy() {
    return builtin_policy("baseline");
}

std::vector<model::Finding> run_rule(std::string_view rule_id, const std::string& contract, const Files& files,
                                     const std::optional<model::Policy>& policy) {
    const rules::Rule* rule = rules::find_rule(rule_id);
    if (!rule || !rule->run) {
        ADD_FAILURE() << "no runnable rule " << rule_id;
        return {};
    }
    auto model = load_fixture(contract, files);
    if (!model) {
        return {};
    }
    model::Policy p = policy ? *policy : baseline_policy();
    const analysis::Analysis analysis(*model);
    rules::RuleContext context(analysis, p);
    rules::Findings out(rule->severity);
    rule->run(context, out);
    for (auto& f : out.items()) {
        f.rule_id = std::string(rule->id);
        rules::name_base(f, analysis.drift().base_label);
        EXPECT_FALSE(f.target.empty()) << f.message;
        EXPECT_FALSE(f.fix.empty()) << f.message;
        EXPECT_FALSE(f.location.file.empty()) << f.message;
    }
    return std::move(out.items());
}

check::CheckResult run_all(const std::string& contract, const Files& files,
                           const std::optional<model::Policy>& policy) {
    auto model = load_fixture(contract, files);
    if (!model) {
        return {};
    }
    return check::run_check(analysis::Analysis(*model), policy ? *policy : baseline_policy());
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << "fixture has no \"" << from << "\"";
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string share_url_scheme_contract(const std::string& classification, const std::string& extra) {
    return k_project + R"(
[components.app]
kind = "app"
bundle_id = "com.example.app"

[components.share]
kind = "extension"
extension_point = "com.apple.share-services"
bundle_id = "com.example.app.share"

[channels.open]
transport = "url-scheme"
scheme = "x"
from = "share"
to = ["app"]
classification = ")" +
           classification + "\"\n" + extra;
}

} // namespace axg::test
