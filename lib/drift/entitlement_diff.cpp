#include "drift/entitlement_diff.hpp"

#include <algorithm>
#include <cstdio>

#include "util/text.hpp"

namespace axg::drift {

using model::EntitlementValue;
using model::PlistValue;

namespace {

void collect(const PlistValue& value, const std::string& prefix, std::vector<EntitlementValue>& out) {
    auto add = [&](std::string text) { out.push_back({prefix + text, value.location}); };
    switch (value.type) {
    case PlistValue::Type::String:
    case PlistValue::Type::Date: add(value.string); break;
    case PlistValue::Type::Data: add("data:" + value.string); break;
    case PlistValue::Type::Bool: add(value.boolean ? "true" : "false"); break;
    case PlistValue::Type::Integer: add(std::to_string(value.integer)); break;
    case PlistValue::Type::Real: {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", value.real);
        add(buffer);
        break;
    }
    case PlistValue::Type::Array:
        for (const auto& item : value.array) {
            collect(item, prefix, out);
        }
        break;
    case PlistValue::Type::Dict:
        for (const auto& entry : value.dict) {
            collect(entry.value, prefix + entry.key + "=", out);
        }
        break;
    }
}

void sort_unique(std::vector<EntitlementValue>& values) {
    // Stable, so that a value written twice keeps its first location.
    std::stable_sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

std::vector<std::string> texts(const std::vector<EntitlementValue>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        out.push_back(v.value);
    }
    return out;
}

const model::EntitlementValue* find_value(const std::vector<EntitlementValue>& values, const std::string& text) {
    auto it = std::lower_bound(values.begin(), values.end(), EntitlementValue{text, {}});
    return it != values.end() && it->value == text ? &*it : nullptr;
}

} // namespace

std::vector<EntitlementValue> canonical_values(const PlistValue& value) {
    std::vector<EntitlementValue> out;
    collect(value, "", out);
    sort_unique(out);
    return out;
}

model::EntitlementSet entitlement_set(const model::ComponentManifests& manifests) {
    model::EntitlementSet set;
    if (!manifests.entitlements || manifests.entitlements->root.type != PlistValue::Type::Dict) {
        return set;
    }
    for (const auto& entry : manifests.entitlements->root.dict) {
        auto& locked = set[entry.key];
        locked.location = entry.key_location;
        auto values = canonical_values(entry.value);
        locked.values.insert(locked.values.end(), values.begin(), values.end());
        sort_unique(locked.values);
    }
    return set;
}

model::EntitlementSnapshot snapshot(const model::Model& model, std::string source, bool keep_locations) {
    model::EntitlementSnapshot snap;
    snap.source = std::move(source);
    for (const auto& view : model.configurations) {
        for (const auto& [id, manifests] : view.components) {
            if (!manifests.entitlements) {
                continue;
            }
            auto set = entitlement_set(manifests);
            if (!keep_locations) {
                for (auto& [key, locked] : set) {
                    locked.location = {};
                    for (auto& v : locked.values) {
                        v.location = {};
                    }
                }
            }
            snap.components[id][view.name] = std::move(set);
        }
    }
    return snap;
}

std::vector<EntitlementChange> diff_entitlements(const model::Model& head, const model::EntitlementSnapshot& approved) {
    std::vector<EntitlementChange> changes;
    static const model::EntitlementSet k_empty;
    for (const auto& view : head.configurations) {
        // Components the approved set knows but the contract no longer declares lost everything.
        for (const auto& [id, by_configuration] : approved.components) {
            if (view.components.count(id)) {
                continue;
            }
            if (auto it = by_configuration.find(view.name); it != by_configuration.end()) {
                for (const auto& [key, locked] : it->second) {
                    changes.push_back({EntitlementChange::Kind::Removed, id, view.name, key, "", texts(locked.values),
                                       false, locked.location});
                }
            }
        }
        for (const auto& [id, manifests] : view.components) {
            if (!manifests.entitlements) {
                continue;
            }
            const model::EntitlementSet* old_set = nullptr;
            if (auto c = approved.components.find(id); c != approved.components.end()) {
                if (auto s = c->second.find(view.name); s != c->second.end()) {
                    old_set = &s->second;
                }
            }
            bool unknown = old_set == nullptr;
            const model::EntitlementSet& before = old_set ? *old_set : k_empty;
            model::EntitlementSet now = entitlement_set(manifests);
            const util::SourceLocation file_only{manifests.entitlements->path, 0, 0};
            for (const auto& [key, locked] : now) {
                auto old = before.find(key);
                if (old == before.end()) {
                    changes.push_back({EntitlementChange::Kind::Added, id, view.name, key, "", texts(locked.values),
                                       unknown, locked.location});
                    continue;
                }
                for (const auto& v : locked.values) {
                    if (!find_value(old->second.values, v.value)) {
                        changes.push_back(
                            {EntitlementChange::Kind::Added, id, view.name, key, v.value, {}, false, v.location});
                    }
                }
                for (const auto& v : old->second.values) {
                    if (!find_value(locked.values, v.value)) {
                        changes.push_back({EntitlementChange::Kind::Removed,
                                           id,
                                           view.name,
                                           key,
                                           v.value,
                                           {},
                                           false,
                                           v.location.file.empty() ? locked.location : v.location});
                    }
                }
            }
            for (const auto& [key, locked] : before) {
                if (!now.count(key)) {
                    changes.push_back({EntitlementChange::Kind::Removed, id, view.name, key, "", texts(locked.values),
                                       false, locked.location.file.empty() ? file_only : locked.location});
                }
            }
        }
    }
    std::sort(changes.begin(), changes.end(), [](const EntitlementChange& a, const EntitlementChange& b) {
        return std::tie(a.component, a.key, a.value, a.configuration) <
               std::tie(b.component, b.key, b.value, b.configuration);
    });
    return changes;
}

std::string describe(const EntitlementChange& change) {
    if (!change.value.empty()) {
        return change.key + " = \"" + util::printable(change.value) + "\"";
    }
    std::vector<std::string> quoted;
    for (const auto& v : change.values) {
        quoted.push_back("\"" + util::printable(v) + "\"");
    }
    return change.key + " = [" + util::join(quoted, ", ") + "]";
}

} // namespace axg::drift
