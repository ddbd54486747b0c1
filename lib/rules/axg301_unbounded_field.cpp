// AXG301 unbounded-field: a field that crosses a boundary with no bound: a string, bytes, URL or
// array without max_len, a number without min and max. A receiver cannot reject an oversized
// message it has no limit for.

#include <set>

#include "model/queries.hpp"
#include "rules/registry.hpp"

namespace axg::rules {

namespace {
// The key(s) the field lacks, or "" when bounded.
std::string missing_bound(const model::Field& field) {
    switch (field.type) {
    case model::FieldType::String:
    case model::FieldType::Bytes:
    case model::FieldType::Url:
    case model::FieldType::Array: return field.max_len ? "" : "max_len";
    case model::FieldType::Int:
    case model::FieldType::Float:
        if (!field.min && !field.max) {
            return "min and max";
        }
        return !field.min ? "min" : !field.max ? "max" : "";
    default: return ""; // enum, bool, date, uuid are bounded by type; objects by their own schema
    }
}

void run(const RuleContext& ctx, Findings& out) {
    const auto& contract = ctx.model.contract;
    std::set<std::string> used;
    for (const auto& [id, channel] : contract.channels) {
        if (channel.payload && !channel.schema.empty()) {
            used.insert(channel.schema);
        }
    }
    for (const auto& [id, schema] : contract.schemas) {
        if (!used.count(id)) {
            continue;
        }
        for (const auto& field : schema.fields) {
            std::string missing = missing_bound(field);
            if (missing.empty()) {
                continue;
            }
            out.add(model::field_target(id, field.id), field.location,
                    "field \"" + field.id + "\" (" + std::string(model::field_type_name(field.type)) +
                        ") of schema \"" + id + "\" crosses a boundary without " + missing,
                    "declare " + missing + " for it and reject larger values in the receiver");
        }
    }
}
} // namespace

const Rule k_axg301{"AXG301",
                    "unbounded-field",
                    model::Severity::Medium,
                    "validation",
                    "A field at a boundary without max length or range",
                    &run};

} // namespace axg::rules
