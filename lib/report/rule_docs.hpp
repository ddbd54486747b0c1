#pragma once
// What the reports take from a rule's compiled doc page (docs/rules/AXGnnn.md): the page itself,
// its one-sentence description and its CWE reference. One source of truth: no second table.

#include <string>
#include <string_view>

#include "rules/rule.hpp"

namespace axg::report {

struct RuleDoc {
    std::string markdown;    // the whole page; "" when the rule has no page
    std::string description; // the first paragraph under the title; the rule's summary when none
    std::string cwe;         // "CWE-250": the first CWE in the References section; "" when none
};

// Read from the compiled-in page once per catalog rule and process (reports ask per finding; safe from several
// threads). A rule outside rules::registry() gets an empty RuleDoc.
const RuleDoc& rule_doc(const rules::Rule& rule);

// Where the tool is published; the docs/ tree of the source distribution is under it.
inline constexpr std::string_view k_project_uri = "https://github.com/appexguard/appexguard";

// Where the rule's page is published (SARIF helpUri, the JUnit and Markdown links).
std::string rule_help_uri(const rules::Rule& rule);

// The page's first paragraph after its "# " title, joined into one line.
std::string doc_description(const std::string& markdown);
// The first "CWE-<digits>" inside the "## References" section.
std::string doc_cwe(const std::string& markdown);

} // namespace axg::report
