#include "report/html.hpp"

#include <graphviz/gvc.h>

#include <set>

#include "model/manifest.hpp"
#include "report/diagram.hpp"
#include "report/report_view.hpp"

namespace axg::report {

std::string embeddable_svg(const std::string& svg) {
    auto start = svg.find("<svg");
    if (start == std::string::npos) {
        return {};
    }
    std::string out;
    std::size_t pos = start;
    while (pos < svg.size()) {
        auto comment = svg.find("<!--", pos);
        if (comment == std::string::npos) {
            out.append(svg, pos);
            break;
        }
        out.append(svg, pos, comment - pos);
        auto end = svg.find("-->", comment + 4);
        pos = end == std::string::npos ? svg.size() : end + 3;
    }
    return out;
}

namespace {
// Lays out DOT text and renders SVG. Graphviz 2.43 (Debian 12) double-frees in gvFreeLayout
// after flat_edges reallocated a rank (valgrind: notes-flawed, threats view), which aborts the
// process; render_diagram(Svg) frees the layout and crashes there. The layout, the graph and the
// context are deliberately not freed: a report is rendered once per process, and the `dot`
// binary does not free them either.
std::string svg_from_dot(const std::string& dot, std::string& error) {
    GVC_t* gvc = gvContext();
    Agraph_t* graph = agmemread(dot.c_str());
    if (!graph) {
        error = "Graphviz could not read the diagram";
        return {};
    }
    std::string out;
    if (gvLayout(gvc, graph, "dot") == 0) {
        char* buffer = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, "svg", &buffer, &length) == 0 && buffer) {
            out.assign(buffer, length);
        }
        if (buffer) {
            gvFreeRenderData(buffer);
        }
    }
    if (out.empty()) {
        error = "Graphviz could not render the diagram as SVG";
    }
    return out;
}
} // namespace

std::string render_html(const ReportInput& input, const Template& tmpl) {
    std::vector<const model::Finding*> ordered = review_order(input.findings);
    mstch::map view = report_view(input, ordered);
    mstch::array findings;
    std::set<std::string> component_ids;
    for (const model::Finding* f : ordered) {
        for (const auto& c : finding_components(*f, input.model)) {
            component_ids.insert(c);
        }
        findings.push_back(finding_view(*f, input));
    }
    if (input.model) {
        for (const auto& [id, component] : input.model->contract.components) {
            component_ids.insert(id);
        }
    }
    view["has_findings"] = !findings.empty();
    view["findings"] = findings;
    view["component_ids"] = mstch::array(component_ids.begin(), component_ids.end());
    std::string error = "the report was rendered without the project model";
    std::string svg;
    if (input.model) {
        error.clear();
        std::string dot = render_diagram(*input.model, {"threats", DiagramFormat::Dot}, error);
        if (!dot.empty()) {
            svg = embeddable_svg(svg_from_dot(dot, error));
        }
        if (svg.empty() && error.empty()) {
            error = "Graphviz produced no SVG";
        }
    }
    view["has_diagram"] = !svg.empty();
    view["diagram_svg"] = svg;
    view["diagram_error"] = error;
    return render_template(tmpl, view, TemplateEscape::Html);
}

} // namespace axg::report
