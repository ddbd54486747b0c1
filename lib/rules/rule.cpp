#include "rules/rule.hpp"

#include "analysis/analysis.hpp"

namespace axg::rules {

RuleContext::RuleContext(const analysis::Analysis& analysis, const model::Policy& policy)
    : analysis(analysis), policy(policy), model(analysis.model()), base(analysis.drift().base),
      base_label(analysis.drift().base_label), lock(analysis.drift().lock) {}

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
