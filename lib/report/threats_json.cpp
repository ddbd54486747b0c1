// JSON for `appexguard threats --format json` (docs/threats.md#json): stable key order.

#include "report/json_stream.hpp"
#include "report/json_writer.hpp"
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

void write_location(JsonWriter& w, const util::SourceLocation& at) {
    w.begin_object().key("file").value(at.file).key("line").value(at.line).key("column").value(at.column);
    w.end_object();
}

void write_threat(JsonWriter& w, const graph::Threat& t) {
    w.begin_object();
    w.key("id").value(t.id).key("category").value(graph::stride_name(t.entry->category));
    w.key("threat").value(t.entry->id).key("title").value(t.entry->title).key("target").value(t.target);
    w.key("element")
        .value(graph::subject_name(t.entry->subject))
        .key("severity")
        .value(model::severity_name(t.severity));
    w.key("status").value(graph::threat_shown_status(t)).key("applies_because").value(t.entry->applies);
    w.key("mitigations_found").strings(t.found).key("mitigations_missing").strings(t.missing);
    w.key("location");
    write_location(w, t.location);
    // The suppression that accepts the threat, or null: the shape of a finding's "suppressed".
    w.key("accepted");
    if (t.accepted) {
        w.begin_object().key("reason").value(t.accepted->reason).key("expires").value(t.accepted->expires);
        w.key("location");
        write_location(w, t.accepted->location);
        w.end_object();
    } else {
        w.null();
    }
    w.end_object();
}
} // namespace

void render_threats_json(const ThreatsInput& input, std::ostream& out) {
    if (input.blast) {
        Json root;
        root["tool"] = {{"name", "appexguard"}, {"version", input.tool_version}};
        root["contract"] = input.contract_path;
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
        out << dump_json(root) << '\n';
        return;
    }
    auto c = count_threats(input.threats);
    // Hundreds of thousands of threats: written as they go (JsonWriter), in the layout dump_json gives the rest.
    JsonWriter w(out);
    w.begin_object();
    w.key("tool").begin_object().key("name").value("appexguard").key("version").value(input.tool_version);
    w.end_object().key("contract").value(input.contract_path).key("summary").begin_object();
    w.key("threats").value(input.threats.size()).key("unmitigated").value(c.unmitigated);
    w.key("accepted").value(c.accepted).key("partial").value(c.partial).key("mitigated").value(c.mitigated);
    w.end_object().key("threats").begin_array();
    for (const graph::Threat& t : input.threats) {
        write_threat(w, t);
    }
    w.end_array().end_object();
    w.flush();
    out << '\n';
}

} // namespace axg::report
