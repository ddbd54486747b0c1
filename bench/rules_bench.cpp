// Rule benchmarks: a model of N components and 10 N channels generated in memory (no TOML), run
// through each rule and through the whole check. Time must grow linearly with N (no pairwise
// loops over channels); docs/performance.md records the numbers.

#include <benchmark/benchmark.h>

#include <string>

#include "analysis/analysis.hpp"
#include "check/check.hpp"
#include "model/entitlements.hpp"
#include "rules/registry.hpp"

namespace {

using namespace axg;

constexpr const char* k_points[] = {"com.apple.share-services", "com.apple.widgetkit-extension",
                                    "com.apple.usernotifications.service", "com.apple.keyboard-service",
                                    "com.apple.intents-service"};

model::PlistValue string_value(std::string s, std::uint32_t line) {
    model::PlistValue v;
    v.type = model::PlistValue::Type::String;
    v.string = std::move(s);
    v.location = {"gen.entitlements", line, 1};
    return v;
}

// N components (one app, N-1 extensions), N/10 app-group stores of 10 members, 10 N channels,
// 100 schemas of 8 fields, one release configuration with every component's entitlements.
model::Model generate(int n) {
    model::Model m;
    auto& c = m.contract;
    c.path = "gen.toml";
    c.project.name = "bench";
    c.project.team_id = "ABCDE12345";
    auto at = [](std::uint32_t line) { return util::SourceLocation{"gen.toml", line, 1}; };
    for (int s = 0; s < 100; ++s) {
        model::Schema schema;
        schema.id = "S" + std::to_string(s);
        schema.location = at(1);
        for (int f = 0; f < 8; ++f) {
            model::Field field;
            field.id = "f" + std::to_string(f);
            field.type = f % 2 ? model::FieldType::String : model::FieldType::Int;
            field.max_len = 64;
            field.min = 0;
            field.max = 100;
            field.classification = f == 7 ? model::Classification::Personal : model::Classification::Internal;
            schema.fields.push_back(field);
        }
        c.schemas[schema.id] = schema;
    }
    model::ConfigurationView view;
    view.name = "Release";
    for (int i = 0; i < n; ++i) {
        model::Component comp;
        comp.id = i == 0 ? "app" : "ext" + std::to_string(i);
        comp.location = at(static_cast<std::uint32_t>(i + 1));
        comp.kind = i == 0 ? model::ComponentKind::App : model::ComponentKind::Extension;
        comp.extension_point = i == 0 ? "" : k_points[i % 5];
        comp.bundle_id = "com.example.bench." + comp.id;
        comp.schemas["S" + std::to_string(i % 100)] = 1;
        std::string group = "group.com.example.bench." + std::to_string(i / 10);
        model::ComponentManifests manifests;
        manifests.bundle_id = comp.bundle_id.all;
        manifests.entitlements = model::Manifest{"gen.entitlements", false, {}};
        manifests.entitlements->root.type = model::PlistValue::Type::Dict;
        model::PlistEntry groups{std::string(model::entitlement::k_app_groups), {"gen.entitlements", 1, 1}, {}};
        groups.value.type = model::PlistValue::Type::Array;
        groups.value.array.push_back(string_value(group, static_cast<std::uint32_t>(i + 1)));
        manifests.entitlements->root.dict.push_back(groups);
        view.components[comp.id] = std::move(manifests);
        c.components[comp.id] = std::move(comp);
    }
    for (int s = 0; s < n / 10; ++s) {
        model::Store store;
        store.id = "g" + std::to_string(s);
        store.location = at(static_cast<std::uint32_t>(s + 1));
        store.identifier = "group.com.example.bench." + std::to_string(s);
        store.protection = model::Protection::Complete;
        store.classification = model::Classification::Personal;
        store.retention = std::chrono::hours(24);
        for (int k = 0; k < 10; ++k) {
            int i = s * 10 + k;
            store.members.push_back(i == 0 ? "app" : "ext" + std::to_string(i));
            store.partitions[store.members.back()] = "inbox/" + store.members.back();
        }
        if (s > 0) {
            store.members.push_back("app"); // the app reads every group
        }
        view.store_identifiers[store.id] = store.identifier.all;
        c.stores[store.id] = std::move(store);
    }
    for (int ch = 0; ch < 10 * n; ++ch) {
        int sender = 1 + ch % (n - 1);
        model::Channel channel;
        channel.id = "c" + std::to_string(ch);
        channel.location = at(static_cast<std::uint32_t>(ch + 1));
        channel.transport = model::Transport::AppGroupFile;
        channel.from = "ext" + std::to_string(sender);
        channel.to = {"app"};
        channel.store = "g" + std::to_string(sender / 10);
        channel.schema = "S" + std::to_string(sender % 100);
        channel.classification = model::Classification::Personal;
        channel.auth = model::Auth::MutualToken;
        channel.token_ttl = std::chrono::minutes(5);
        channel.encryption = model::Encryption::Aead;
        channel.key_storage = model::KeyStorage::KeychainThisDeviceOnly;
        channel.validation = model::Validation::Both;
        channel.retention = std::chrono::hours(1);
        channel.rate_limit = util::Rate{30, 60};
        channel.audit = true;
        c.channels[channel.id] = std::move(channel);
    }
    m.configurations.push_back(std::move(view));
    return m;
}

const model::Model& model_of(int n) {
    static std::map<int, model::Model> cache;
    auto it = cache.find(n);
    if (it == cache.end()) {
        it = cache.emplace(n, generate(n)).first;
    }
    return it->second;
}

model::Policy policy() {
    model::Policy p;
    p.max_token_ttl = std::chrono::hours(1);
    model::ClassificationPolicy personal;
    personal.auth = personal.validation = personal.retention = personal.audit = true;
    personal.encryption = model::Encryption::Aead;
    personal.key_storage = model::KeyStorage::Keychain;
    personal.store_protection = 1;
    personal.max_retention = std::chrono::hours(24 * 30);
    p.classifications[model::Classification::Personal] = personal;
    return p;
}

void BM_Rule(benchmark::State& state, const rules::Rule* rule) {
    const model::Model& m = model_of(static_cast<int>(state.range(0)));
    model::Policy p = policy();
    std::size_t findings = 0;
    for (auto _ : state) {
        // Each iteration analyses afresh: a graph rule's time includes the threats or reach it derives.
        const analysis::Analysis analysis(m);
        rules::Findings out;
        rule->run(rules::RuleContext(analysis, p), out);
        findings = out.items().size();
        benchmark::DoNotOptimize(out.items().data());
    }
    state.counters["channels"] = static_cast<double>(m.contract.channels.size());
    state.counters["findings"] = static_cast<double>(findings);
    state.SetComplexityN(state.range(0));
}

// `families`: "" = every rule; otherwise only rules whose family digit is in it (e.g. "1239").
void BM_Check(benchmark::State& state, std::string families) {
    const model::Model& m = model_of(static_cast<int>(state.range(0)));
    model::Policy p = policy();
    for (const rules::Rule* rule : rules::registry()) {
        if (!families.empty() && families.find(rule->id[3]) == std::string::npos) {
            p.disabled_rules.insert(std::string(rule->id));
        }
    }
    for (auto _ : state) {
        auto result = check::run_check(analysis::Analysis(m), p);
        benchmark::DoNotOptimize(result.findings.data());
        state.counters["findings"] = static_cast<double>(result.findings.size());
    }
    state.SetComplexityN(state.range(0));
}

int register_all() {
    for (const rules::Rule* rule : rules::registry()) {
        if (rule->run) {
            benchmark::RegisterBenchmark(("rule/" + std::string(rule->id)).c_str(), BM_Rule, rule)
                ->Arg(1000)
                ->Arg(3000)
                ->Arg(10000)
                ->Unit(benchmark::kMillisecond)
                ->Complexity();
        }
    }
    benchmark::RegisterBenchmark("check/catalog-1xx-2xx-3xx-9xx", BM_Check, std::string("1239"))
        ->Arg(1000)
        ->Arg(10000)
        ->Unit(benchmark::kMillisecond)
        ->Complexity();
    benchmark::RegisterBenchmark("check/all", BM_Check, std::string())
        ->Arg(1000)
        ->Arg(10000)
        ->Unit(benchmark::kMillisecond)
        ->Complexity();
    return 0;
}
const int k_registered = register_all();

} // namespace

BENCHMARK_MAIN();
