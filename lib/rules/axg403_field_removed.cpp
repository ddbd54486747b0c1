// AXG403 field-removed: a schema field removed, breaking the schema's compatibility mode (docs/rules/AXG403.md).

#include "rules/registry.hpp"
#include "rules/schema_change_report.hpp"

namespace axg::rules {

namespace {
void run(const RuleContext& ctx, Findings& out) {
    report_schema_changes(
        ctx, out, {drift::SchemaChangeKind::FieldRemoved},
        "keep the field (stop writing it, keep accepting it) until no reader or stored message needs it");
}
} // namespace

const Rule k_axg403{"AXG403",
                    "field-removed",
                    model::Severity::High,
                    "validation",
                    "a schema field removed, breaking the schema's compatibility mode",
                    &run,
                    Needs::Base};

} // namespace axg::rules
