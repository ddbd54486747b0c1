#pragma once
// `appexguard rules list` and `appexguard rules explain ID`: the catalog from the registry table,
// and each rule's doc page, compiled into the binary.

#include <ostream>
#include <string>

namespace axg::app {

struct RulesListOptions {
    std::string format = "text"; // text | markdown (the table of docs/rules/README.md)
};

int run_rules_list(const RulesListOptions& options, std::ostream& out, std::ostream& err);
int run_rules_explain(const std::string& rule_id, std::ostream& out, std::ostream& err);

// The generated table of docs/rules/README.md (between its BEGIN/END markers).
std::string rules_markdown_table();

} // namespace axg::app
