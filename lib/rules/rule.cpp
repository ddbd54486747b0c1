#include "rules/rule.hpp"

#include "analysis/analysis.hpp"

namespace axg::rules {

RuleContext::RuleContext(const analysis::Analysis& analysis, const model::Policy& policy)
    : analysis(analysis), policy(policy), model(analysis.model()), base(analysis.drift().base),
      base_label(k_base_marker), lock(analysis.drift().lock) {}

void name_base(model::Finding& finding, std::string_view label) {
    for (std::string* text : {&finding.message, &finding.fix}) {
        for (std::size_t at = text->find(k_base_marker); at != std::string::npos;
             at = text->find(k_base_marker, at + label.size())) {
            text->replace(at, k_base_marker.size(), label);
        }
    }
}

model::Finding& Findings::add(std::string target, util::SourceLocation location, std::string message, std::string fix) {
    model::Finding f;
    f.target = std::move(target);
    f.location = std::move(location);
    f.message = std::move(message);
    f.fix = std::move(fix);
    f.severity = m_severity;
    m_items.push_back(std::move(f));
    return m_items.back();
}

model::Finding& Findings::add(const model::ConfigurationView& configuration, std::string target,
                              util::SourceLocation location, std::string message, std::string fix) {
    model::Finding& f = add(std::move(target), std::move(location), std::move(message), std::move(fix));
    f.configurations.push_back(configuration.name);
    return f;
}

} // namespace axg::rules
