// `appexguard init` then `check` on every repository of ../shared/corpora (one ctest case per repository and
// property), measured against /work/shared/corpora-oracle (an independent pbxproj parser, @bacons/xcode):
//   (a) init on the repository root exits 0;
//   (b) check on the written contract exits 0 or 1, never 2;
//   (c) every app extension that an iOS application of the chosen pbxproj embeds is a component, and in every
//       configuration the oracle lists its entitlements path and expanded bundle id are the oracle's where the
//       oracle's value is literal, and present where it is not;
//   (d) run in-process, init exits 0 only with a contract that loads with its manifests (load::load_model).
// XcodeGen-only repositories have no oracle file: their spec is read here with yaml-cpp (targets, templates,
// includes, dependencies) and (c) asks only that every embedded app extension is a component.
//
// What the oracle does not know is taken from elsewhere, and said so where it is done:
// - which target an embed is: the copy phase's file reference is the target's productReference (tests/support/
//   pbx_graph), so that product names that differ from or repeat across target names map to the right target;
// - platforms: SDKROOT / SUPPORTED_PLATFORMS as the loader resolves them (xcconfig files included). A target whose
//   platform cannot be resolved is taken to be iOS, so a loader failure makes the test demand more, not less;
// - CODE_SIGN_ENTITLEMENTS when the oracle has null (set in an xcconfig, or not at all): the loader's value
//   decides whether the contract must have a path or none.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "load/xcode/xcode_project.hpp"
#include "support/corpus_repos.hpp"
#include "support/init_probe.hpp"
#include "support/pbx_graph.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view k_application = "com.apple.product-type.application";
constexpr std::string_view k_app_extension = "com.apple.product-type.app-extension";

fs::path normal(const fs::path& path) {
    std::error_code ec;
    return fs::weakly_canonical(path, ec).lexically_normal();
}

bool literal(const json& value) {
    return value.is_string() && !value.get<std::string>().empty() &&
           value.get<std::string>().find('$') == std::string::npos;
}

// Xcode's condition patterns as the corpora write them: exact, or a prefix with a trailing '*'. Anything else is
// taken to match (the caller then compares less strictly, never more).
bool condition_matches(const std::string& pattern, const std::string& text) {
    std::size_t star = pattern.find('*');
    if (star == std::string::npos) {
        return pattern == text;
    }
    return star + 1 != pattern.size() || text.starts_with(pattern.substr(0, star));
}

// True when a target-level `KEY[cond=…]` could apply to an iOS device build of `configuration`, which would make
// the oracle's unconditional value (it ignores conditional keys) the wrong one to compare with.
bool conditional_override(const GraphTarget& t, const std::string& configuration, std::string_view key) {
    auto it = t.keys.find(configuration);
    if (it == t.keys.end()) {
        return false;
    }
    for (const auto& written : it->second) {
        if (!written.starts_with(std::string(key) + "[")) {
            continue;
        }
        bool applies = true;
        for (std::size_t at = written.find('['); at != std::string::npos; at = written.find('[', at + 1)) {
            std::size_t end = written.find(']', at);
            std::string condition = written.substr(at + 1, end == std::string::npos ? end : end - at - 1);
            std::size_t eq = condition.find('=');
            std::string name = condition.substr(0, eq);
            std::string pattern = eq == std::string::npos ? "" : condition.substr(eq + 1);
            if ((name == "sdk" && !condition_matches(pattern, "iphoneos")) ||
                (name == "config" && !condition_matches(pattern, configuration))) {
                applies = false;
            }
        }
        if (applies) {
            return true;
        }
    }
    return false;
}

// iOS unless the resolved SDKROOT / SUPPORTED_PLATFORMS say otherwise in every configuration.
bool is_ios(const load::XcodeProject* project, const std::string& target) {
    const load::XcodeTarget* t = project ? project->find_target(target) : nullptr;
    if (!t || t->settings.empty()) {
        return true;
    }
    for (const auto& [configuration, settings] : t->settings) {
        std::string sdk = t->setting(configuration, "SDKROOT");
        std::string platforms = t->setting(configuration, "SUPPORTED_PLATFORMS");
        if (sdk.empty() || sdk.starts_with("iphoneos") || platforms.find("iphoneos") != std::string::npos ||
            (sdk == "auto" && platforms.empty())) {
            return true;
        }
    }
    return false;
}

struct OracleExpectations {
    std::vector<ExpectedComponent> components;
    std::vector<std::string> problems; // where the oracle and the object graph disagree
};

// Expectations for one pbxproj from its oracle entry.
OracleExpectations oracle_expectations(const fs::path& pbxproj, const json& entry) {
    OracleExpectations out;
    std::string error;
    auto raw = read_pbx_graph(pbxproj, error);
    if (!raw) {
        out.problems.push_back("cannot read " + pbxproj.string() + ": " + error);
        return out;
    }
    util::Diagnostics d;
    std::optional<load::XcodeProject> loaded = load::load_xcode_project(pbxproj, d);
    if (!loaded) {
        out.problems.push_back("the loader cannot read " + pbxproj.string() + " (platforms unknown: all taken as iOS)");
    }
    const load::XcodeProject* project = loaded ? &*loaded : nullptr;
    fs::path source_root = normal(pbxproj.parent_path().parent_path() / raw->project_dir_path);

    std::map<std::string, const json*> oracle_targets;
    for (const auto& t : entry.at("targets")) {
        oracle_targets[t.at("name").get<std::string>()] = &t;
    }
    std::set<std::string> done;
    for (const auto& [host_name, host] : oracle_targets) {
        if (!host->at("productType").get<std::string>().starts_with(k_application) || !is_ios(project, host_name)) {
            continue;
        }
        const GraphTarget* raw_host = raw->find(host_name);
        if (!raw_host) {
            out.problems.push_back("the oracle's target " + host_name + " is not a PBXNativeTarget of the pbxproj");
            continue;
        }
        std::vector<std::string> oracle_embeds = host->at("embeds").get<std::vector<std::string>>();
        std::vector<std::string> graph_embeds = raw_host->embedded_paths;
        std::sort(oracle_embeds.begin(), oracle_embeds.end());
        std::sort(graph_embeds.begin(), graph_embeds.end());
        if (oracle_embeds != graph_embeds) {
            out.problems.push_back("the PlugIns copy phases of " + host_name + " differ from the oracle's embeds");
        }
        for (const auto& name : raw_host->embedded) {
            auto ext = oracle_targets.find(name);
            if (ext == oracle_targets.end() ||
                !ext->second->at("productType").get<std::string>().starts_with(k_app_extension) ||
                !is_ios(project, name) || !done.insert(name).second) {
                continue;
            }
            ExpectedComponent c;
            c.target = name;
            const GraphTarget& raw_ext = *raw->find(name);
            const load::XcodeTarget* loaded_ext = project ? project->find_target(name) : nullptr;
            for (const auto& [configuration, values] : ext->second->at("configs").items()) {
                const json& bid = values.at("bid");
                c.bundle_id[configuration] =
                    literal(bid) && !conditional_override(raw_ext, configuration, "PRODUCT_BUNDLE_IDENTIFIER")
                        ? Expectation::exact(bid.get<std::string>())
                        : Expectation::non_empty();
                const json& ent = values.at("ent");
                if (literal(ent) && !conditional_override(raw_ext, configuration, "CODE_SIGN_ENTITLEMENTS")) {
                    c.entitlements[configuration] =
                        Expectation::exact(normal(source_root / ent.get<std::string>()).string());
                } else if (ent.is_string()) {
                    c.entitlements[configuration] = Expectation::non_empty();
                } else {
                    bool set = loaded_ext && !loaded_ext->code_sign_entitlements(configuration).empty();
                    c.entitlements[configuration] = set ? Expectation::non_empty() : Expectation::absent();
                }
            }
            out.components.push_back(std::move(c));
        }
    }
    return out;
}

// --- XcodeGen specs, read independently of lib/load/xcode/xcodegen -------------------------------------------

struct SpecTarget {
    std::map<std::string, YAML::Node> keys; // top-level keys of the target, later definitions winning
};

struct Spec {
    std::map<std::string, SpecTarget> targets;
    std::map<std::string, SpecTarget> templates;
    std::set<fs::path> files; // every file read (the root and its includes)
};

void merge_targets(const YAML::Node& node, std::map<std::string, SpecTarget>& into) {
    if (!node || !node.IsMap()) {
        return;
    }
    for (const auto& t : node) {
        if (!t.second.IsMap()) {
            continue;
        }
        SpecTarget& target = into[t.first.as<std::string>()];
        for (const auto& key : t.second) {
            target.keys[key.first.as<std::string>()] = key.second;
        }
    }
}

// XcodeGen merges included specs first, then the including spec over them; include paths are relative to the
// including file.
void read_spec(const fs::path& file, Spec& spec, int depth = 0) {
    if (depth > 16 || !fs::is_regular_file(file) || !spec.files.insert(normal(file)).second) {
        return;
    }
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::Exception&) {
        return;
    }
    if (!root.IsMap()) {
        return;
    }
    if (const YAML::Node include = root["include"]; include && include.IsSequence()) {
        for (const auto& item : include) {
            std::string path = item.IsScalar() ? item.as<std::string>()
                                               : (item.IsMap() && item["path"] ? item["path"].as<std::string>() : "");
            if (!path.empty()) {
                read_spec(file.parent_path() / path, spec, depth + 1);
            }
        }
    }
    merge_targets(root["targetTemplates"], spec.templates);
    merge_targets(root["targets"], spec.targets);
}

std::string scalar(const SpecTarget& t, const Spec& spec, const std::string& key) {
    if (auto it = t.keys.find(key); it != t.keys.end() && it->second.IsScalar()) {
        return it->second.as<std::string>();
    }
    if (auto templates = t.keys.find("templates"); templates != t.keys.end() && templates->second.IsSequence()) {
        for (const auto& name : templates->second) {
            auto tmpl = spec.templates.find(name.as<std::string>());
            if (tmpl != spec.templates.end()) {
                if (auto it = tmpl->second.keys.find(key); it != tmpl->second.keys.end() && it->second.IsScalar()) {
                    return it->second.as<std::string>();
                }
            }
        }
    }
    return "";
}

// App-extension targets that an iOS application target of the spec embeds (XcodeGen's `embed` defaults to true
// for application targets).
std::vector<ExpectedComponent> spec_expectations(const fs::path& file) {
    Spec spec;
    read_spec(file, spec);
    std::set<std::string> names;
    for (const auto& [name, host] : spec.targets) {
        std::string platform = scalar(host, spec, "platform");
        if (scalar(host, spec, "type") != "application" || (!platform.empty() && platform != "iOS")) {
            continue;
        }
        auto deps = host.keys.find("dependencies");
        if (deps == host.keys.end() || !deps->second.IsSequence()) {
            continue;
        }
        for (const auto& dep : deps->second) {
            if (!dep.IsMap() || !dep["target"]) {
                continue;
            }
            std::string target = dep["target"].as<std::string>();
            bool embed = !dep["embed"] || dep["embed"].as<std::string>() == "true" ||
                         dep["embed"].as<std::string>() == "YES" || dep["embed"].as<std::string>() == "yes";
            auto t = spec.targets.find(target);
            if (embed && t != spec.targets.end() && scalar(t->second, spec, "type").starts_with("app-extension")) {
                names.insert(target);
            }
        }
    }
    std::vector<ExpectedComponent> out;
    for (const auto& name : names) {
        out.push_back(ExpectedComponent{name, true, {}, {}});
    }
    return out;
}

// XcodeGen root specs of a repository: YAML files with a top-level `name` that no other spec includes.
std::vector<fs::path> root_specs(const fs::path& repo) {
    std::vector<fs::path> candidates;
    std::set<fs::path> included;
    for (auto it = fs::recursive_directory_iterator(repo); it != fs::recursive_directory_iterator(); ++it) {
        auto ext = it->path().extension();
        if (!it->is_regular_file() || (ext != ".yml" && ext != ".yaml")) {
            continue;
        }
        try {
            YAML::Node root = YAML::LoadFile(it->path().string());
            if (!root.IsMap() || !root["name"]) {
                continue;
            }
            candidates.push_back(normal(it->path()));
            Spec spec;
            read_spec(it->path(), spec);
            for (const auto& f : spec.files) {
                if (f != normal(it->path())) {
                    included.insert(f);
                }
            }
        } catch (const YAML::Exception&) {
        }
    }
    std::vector<fs::path> out;
    for (const auto& c : candidates) {
        if (!included.count(c)) {
            out.push_back(c);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// --- the tests ----------------------------------------------------------------------------------------------

class InitCorpus : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        auto dir = corpora_dir();
        if (!dir || GetParam().empty()) {
            GTEST_SKIP() << "../shared/corpora is absent";
        }
        m_repo = normal(fs::absolute(*dir / GetParam()));
    }

    std::optional<json> oracle() const {
        auto dir = corpora_oracle_dir();
        if (!dir || !fs::exists(*dir / (GetParam() + ".json"))) {
            return std::nullopt;
        }
        return json::parse(read_text(*dir / (GetParam() + ".json")));
    }

    fs::path m_repo;
    TempDir m_tmp;
};

TEST_P(InitCorpus, InitExitsZeroAndCheckDoesNotFail) {
    InitCheckRun run = init_then_check(m_repo, m_tmp.path());
    EXPECT_EQ(run.init.exit_code, 0) << "(a) init " << m_repo.string() << ": " << run.init.err.substr(0, 1500);
    ASSERT_TRUE(run.wrote_contract()) << "(b) not checkable: no contract (" << run.contract_error << ")";
    EXPECT_TRUE(run.check.exit_code == 0 || run.check.exit_code == 1)
        << "(b) check exited " << run.check.exit_code << ": " << run.check.err.substr(0, 1500);
    EXPECT_FALSE(run.check.out.empty()) << "(b) check printed no JSON report";
}

TEST_P(InitCorpus, EmbeddedExtensionsAreComponentsWithTheOraclesValues) {
    InitCheckRun run = init_then_check(m_repo, m_tmp.path());
    ASSERT_TRUE(run.wrote_contract()) << "(c) not checkable: init exited " << run.init.exit_code << ": "
                                      << run.init.err.substr(0, 1500) << run.contract_error;
    ASSERT_FALSE(run.project.empty()) << "(c) the contract names no [project] xcode_project";
    fs::path chosen = run.project.filename() == "project.pbxproj" ? run.project.parent_path() : run.project;
    std::vector<ExpectedComponent> expected;
    // Projects of the repository that embed app extensions in an iOS app, for "init chose a sample or a framework".
    std::vector<std::string> better;
    if (chosen.extension() == ".xcodeproj") {
        auto data = oracle();
        ASSERT_TRUE(data) << "(c) no oracle file for a repository with a pbxproj";
        std::string key = (chosen / "project.pbxproj").lexically_relative(m_repo).generic_string();
        ASSERT_TRUE(data->contains(key)) << "(c) the oracle has no entry for the chosen project " << key;
        OracleExpectations o = oracle_expectations(chosen / "project.pbxproj", data->at(key));
        for (const auto& p : o.problems) {
            ADD_FAILURE() << "(c) oracle vs object graph: " << p;
        }
        expected = std::move(o.components);
        if (expected.empty()) {
            for (const auto& [other, entry] : data->items()) {
                if (other != key && !oracle_expectations(m_repo / other, entry).components.empty()) {
                    better.push_back(other);
                }
            }
        }
    } else {
        expected = spec_expectations(chosen);
        if (expected.empty()) {
            for (const auto& spec : root_specs(m_repo)) {
                if (spec != chosen && !spec_expectations(spec).empty()) {
                    better.push_back(spec.lexically_relative(m_repo).generic_string());
                }
            }
        }
    }
    EXPECT_TRUE(better.empty()) << "(c) init chose " << chosen.lexically_relative(m_repo).generic_string()
                                << ", which embeds no iOS app extension, over " << better.front();
    Tally tally = expect_components(run, expected);
    std::printf("[oracle] %s (%s): %s\n", GetParam().c_str(),
                chosen.lexically_relative(m_repo).generic_string().c_str(), tally.str().c_str());
}

// (d) The guard in lib/app/init_command.cpp, in-process: exit 0 only with a contract that loads with its manifests.
TEST_P(InitCorpus, InitWritesOnlyAContractThatLoads) {
    expect_init_writes_only_loadable_contracts(m_repo, m_tmp.path());
}

INSTANTIATE_TEST_SUITE_P(Corpora, InitCorpus, ::testing::ValuesIn(corpus_test_parameters()),
                         [](const auto& info) { return test_name(info.param); });

} // namespace
} // namespace axg::test
