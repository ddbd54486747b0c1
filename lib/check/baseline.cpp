#include "check/baseline.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace axg::check {

namespace {
util::SourceLocation offset_location(std::string_view text, std::size_t offset, const std::string& path) {
    util::SourceLocation loc{path, 1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }
    return loc;
}

void normalise(Baseline& baseline) {
    std::sort(baseline.entries.begin(), baseline.entries.end());
    baseline.entries.erase(
        std::unique(baseline.entries.begin(), baseline.entries.end(),
                    [](const BaselineEntry& a, const BaselineEntry& b) { return a.fingerprint == b.fingerprint; }),
        baseline.entries.end());
}
} // namespace

bool Baseline::contains(const std::string& fingerprint) const {
    auto it = std::lower_bound(entries.begin(), entries.end(), fingerprint,
                               [](const BaselineEntry& e, const std::string& fp) { return e.fingerprint < fp; });
    return it != entries.end() && it->fingerprint == fingerprint;
}

Baseline make_baseline(const std::vector<model::Finding>& findings) {
    Baseline baseline;
    for (const auto& f : findings) {
        if (!f.suppressed) {
            baseline.entries.push_back({f.fingerprint, f.rule_id, f.target});
        }
    }
    normalise(baseline);
    return baseline;
}

std::string baseline_json(const Baseline& baseline) {
    nlohmann::ordered_json root;
    root["schema_version"] = k_baseline_schema_version;
    root["tool"] = "appexguard";
    auto entries = nlohmann::ordered_json::array();
    for (const auto& e : baseline.entries) {
        entries.push_back({{"fingerprint", e.fingerprint}, {"rule", e.rule}, {"target", e.target}});
    }
    root["findings"] = entries;
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<Baseline> parse_baseline(std::string_view text, const std::string& path, util::Diagnostics& diagnostics) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        std::size_t at = e.byte == 0 ? 0 : e.byte - 1;
        diagnostics.error(offset_location(text, at, path), "not a baseline: invalid JSON");
        return std::nullopt;
    } catch (const nlohmann::json::exception& e) { // out_of_range: a number such as 1e400
        diagnostics.error({path, 0, 0}, std::string("not a baseline: ") + e.what());
        return std::nullopt;
    }
    util::SourceLocation file{path, 0, 0};
    if (!root.is_object() || !root.contains("schema_version") || !root["schema_version"].is_number_integer()) {
        diagnostics.error(file, "not a baseline: no integer \"schema_version\" (write one with `appexguard baseline`)");
        return std::nullopt;
    }
    if (root["schema_version"].get<long long>() != k_baseline_schema_version) { // not get<int>: 2^32 + 1 is not 1
        diagnostics.error(file, "baseline schema_version " + std::to_string(root["schema_version"].get<long long>()) +
                                    " is not supported (this appexguard reads " +
                                    std::to_string(k_baseline_schema_version) + ")");
        return std::nullopt;
    }
    if (!root.contains("findings") || !root["findings"].is_array()) {
        diagnostics.error(file, "baseline has no \"findings\" array");
        return std::nullopt;
    }
    Baseline baseline;
    std::size_t index = 0;
    for (const auto& entry : root["findings"]) {
        if (!entry.is_object() || !entry.contains("fingerprint") || !entry["fingerprint"].is_string() ||
            entry["fingerprint"].get<std::string>().empty()) {
            diagnostics.error(file, "baseline findings[" + std::to_string(index) + "] has no \"fingerprint\" string");
            return std::nullopt;
        }
        BaselineEntry e;
        e.fingerprint = entry["fingerprint"].get<std::string>();
        if (entry.contains("rule") && entry["rule"].is_string()) {
            e.rule = entry["rule"].get<std::string>();
        }
        if (entry.contains("target") && entry["target"].is_string()) {
            e.target = entry["target"].get<std::string>();
        }
        baseline.entries.push_back(std::move(e));
        ++index;
    }
    normalise(baseline);
    return baseline;
}

BaselineOutcome apply_baseline(const Baseline& baseline, std::vector<model::Finding>& findings) {
    BaselineOutcome outcome;
    std::set<std::string> present;
    for (const auto& f : findings) {
        present.insert(f.fingerprint);
    }
    for (const auto& e : baseline.entries) {
        if (!present.count(e.fingerprint)) {
            ++outcome.fixed;
        }
    }
    auto known = std::remove_if(findings.begin(), findings.end(), [&](const model::Finding& f) {
        return !f.suppressed && baseline.contains(f.fingerprint);
    });
    outcome.known = static_cast<std::size_t>(findings.end() - known);
    findings.erase(known, findings.end());
    return outcome;
}

} // namespace axg::check
