// JSON for `appexguard threats --format json` (docs/threats.md#json): stable key order.

#include "report/json_stream.hpp"
#include "report/threats_report.hpp"

namespace axg::report {

namespace {
using Json = OrderedJson;

Json path_json(const std::vector<graph::Step>& path) {
    Json steps = Json::array();
    for (const auto& s : path) {
        steps.push_back({{"from", s.from}, {"to", s.to}, {"via", s.via}});
    }
    return steps;
}

Json location_json(const util::SourceLocation& at) {
    return {{"file", at.file}, {"line", at.line}, {"column", at.column}};
}

// The suppression that accepts the threat, or null: the shape of a finding's "suppressed".
Json accepted_json(const graph::Threat& t) {
    if (!t.accepted) {
        return nullptr;
    }
    return {{"reason", t.accepted->reason},
            {"expires", t.accepted->expires},
            {"location", location_json(t.accepted->location)}};
}
} // namespace

void render_threats_json(const ThreatsInput& input, std::ostream& out) {
    Json root;
    root["tool"] = {{"name", "appexguard"}, {"version", input.tool_version}};
    root["contract"] = input.contract_path;
    if (input.blast) {
        const auto& b = *input.blast;
        Json reaches = Json::array();
        for (const auto& r : b.reaches) {
            Json j = {{"target", r.target}, {"kind", graph::reach_kind_name(r.kind)}, {"path", path_json(r.path)}};
            if (!r.cut.empty()) {
                j["checked_by_receiver"] = r.cut;
            }
            reaches.push_back(std::move(j));
        }
        Json exposures = Json::array();
        for (const auto& e : b.exposures) {
            exposures.push_back({{"classification", model::classification_name(e.classification)},
                                 {"where", e.where},
                                 {"addressed_to_it", e.own},
                                 {"path", path_json(e.path)}});
        }
        root["blast_radius"] = {{"compromised", b.compromised},
                                {"worst_classification", model::classification_name(b.worst())},
                                {"reaches", std::move(reaches)},
                                {"data", std::move(exposures)}};
    } else {
        auto c = count_threats(input.threats);
        root["summary"] = {{"threats", input.threats.size()},
                           {"unmitigated", c.unmitigated},
                           {"accepted", c.accepted},
                           {"partial", c.partial},
                           {"mitigated", c.mitigated}};
        auto threat_json = [](const graph::Threat& t) -> Json {
            return {{"id", t.id},
                    {"category", graph::stride_name(t.entry->category)},
                    {"threat", t.entry->id},
                    {"title", t.entry->title},
                    {"target", t.target},
                    {"element", graph::subject_name(t.entry->subject)},
                    {"severity", model::severity_name(t.severity)},
                    {"status", graph::threat_shown_status(t)},
                    {"applies_because", t.entry->applies},
                    {"mitigations_found", t.found},
                    {"mitigations_missing", t.missing},
                    {"location", location_json(t.location)},
                    {"accepted", accepted_json(t)}};
        };
        write_json_with_array(std::move(root), "threats", input.threats, threat_json, out);
        out << '\n';
        return;
    }
    out << dump_json(root) << '\n';
}

} // namespace axg::report
