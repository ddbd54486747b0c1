#pragma once
// The one loop of the schema-change drift rules (AXG403-AXG408, AXG415, AXG416): each reports the changes of its
// kinds that break a side the schema's compatibility mode protects and that no declared migration covers
// (drift/schema_migration.hpp decides that, once per change).

#include <initializer_list>
#include <string_view>

#include "drift/schema_diff.hpp"
#include "rules/rule.hpp"

namespace axg::rules {

// `keep` is the rule's way to avoid the break ("keep the field ..."); the fix adds the migration to declare.
void report_schema_changes(const RuleContext& ctx, Findings& out, std::initializer_list<drift::SchemaChangeKind> kinds,
                           std::string_view keep);

} // namespace axg::rules
