#include "report/rule_docs.hpp"

#include <cctype>
#include <map>
#include <sstream>

#include "rules/registry.hpp"
#include "util/embedded.hpp"

namespace axg::report {

std::string doc_description(const std::string& markdown) {
    std::istringstream in(markdown);
    std::string line;
    std::string paragraph;
    bool after_title = false;
    while (std::getline(in, line)) {
        if (!after_title) {
            after_title = line.starts_with("# ");
            continue;
        }
        bool blank = line.find_first_not_of(" \t\r") == std::string::npos;
        if (blank || line.starts_with("#") || line.starts_with("|")) {
            if (!paragraph.empty()) {
                break;
            }
            continue;
        }
        if (!paragraph.empty()) {
            paragraph += ' ';
        }
        paragraph += line;
    }
    return paragraph;
}

std::string doc_cwe(const std::string& markdown) {
    auto start = markdown.find("\n## References");
    if (start == std::string::npos) {
        return {};
    }
    auto end = markdown.find("\n## ", start + 1);
    std::string_view section(markdown.data() + start, (end == std::string::npos ? markdown.size() : end) - start);
    for (auto at = section.find("CWE-"); at != std::string_view::npos; at = section.find("CWE-", at + 1)) {
        std::size_t digits = at + 4;
        while (digits < section.size() && std::isdigit(static_cast<unsigned char>(section[digits]))) {
            ++digits;
        }
        if (digits > at + 4) {
            return std::string(section.substr(at, digits - at));
        }
    }
    return {};
}

namespace {
RuleDoc read_rule_doc(const rules::Rule& rule) {
    RuleDoc doc;
    if (auto page = util::find_embedded("docs/rules/" + std::string(rule.id) + ".md")) {
        doc.markdown = std::string(*page);
    }
    doc.description = doc_description(doc.markdown);
    if (doc.description.empty()) {
        doc.description = std::string(rule.summary);
    }
    doc.cwe = doc_cwe(doc.markdown);
    return doc;
}
} // namespace

std::string rule_help_uri(const rules::Rule& rule) {
    return std::string(k_project_uri) + "/blob/main/docs/rules/" + std::string(rule.id) + ".md";
}

const RuleDoc& rule_doc(const rules::Rule& rule) {
    static const std::map<std::string_view, RuleDoc> k_docs = [] {
        std::map<std::string_view, RuleDoc> docs;
        for (const rules::Rule* r : rules::registry()) {
            docs.emplace(r->id, read_rule_doc(*r));
        }
        return docs;
    }();
    if (auto it = k_docs.find(rule.id); it != k_docs.end()) {
        return it->second;
    }
    static const RuleDoc k_none;
    return k_none; // not a catalog rule (tests make their own)
}

} // namespace axg::report
