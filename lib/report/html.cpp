#include "report/html.hpp"

#include <set>

#include "analysis/analysis.hpp"
#include "report/dot.hpp"
#include "report/graphviz_context.hpp"
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
// The threat diagram as SVG, from the same cgraph graph as render_diagram (report/dot.hpp), with
// edge labels turned into xlabels before the layout: Graphviz 2.43 (Debian 12) reads and frees a
// reallocated rank array in flat_edges when flat edges carry labels (valgrind on notes-flawed,
// threats view: invalid free in gvFreeLayout, which aborts; before that the layout depends on
// stale heap memory, so the SVG changed with unrelated allocations). xlabels are placed after the
// layout and keep that path out.
std::string threat_svg(const analysis::Analysis& analysis, std::string& error) {
    auto view = parse_view("threats", analysis.contract(), error);
    if (!view) {
        return {};
    }
    view->laid_out = true;
    AgraphPtr dot = build_dot(analysis, *view);
    Agraph_t* root = dot.get();
    if (Agsym_t* label = agattr(root, AGEDGE, const_cast<char*>("label"), nullptr)) {
        Agsym_t* xlabel = agattr(root, AGEDGE, const_cast<char*>("xlabel"), const_cast<char*>(""));
        for (Agnode_t* n = agfstnode(root); n; n = agnxtnode(root, n)) {
            for (Agedge_t* e = agfstout(root, n); e; e = agnxtout(root, e)) {
                char* text = agxget(e, label);
                if (text && *text) {
                    // Keep an HTML label HTML: copy the cgraph string, do not re-parse it.
                    char* copy = aghtmlstr(text) ? agstrdup_html(root, text) : agstrdup(root, text);
                    agxset(e, xlabel, copy);
                    agstrfree(root, copy);
                    agxset(e, label, const_cast<char*>(""));
                }
            }
        }
    }
    GVC_t* gvc = graphviz_context();
    std::string out;
    if (gvLayout(gvc, root, "dot") == 0) {
        char* buffer = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, root, "svg", &buffer, &length) == 0 && buffer) {
            out.assign(buffer, length);
        }
        if (buffer) {
            gvFreeRenderData(buffer);
        }
        gvFreeLayout(gvc, root);
    }
    if (out.empty()) {
        error = "Graphviz could not render the diagram as SVG";
    }
    return out;
}
} // namespace

std::string render_html(const ReportInput& input, const Template& tmpl) {
    std::vector<const model::Finding*> ordered = review_order(input.findings);
    mstch::map view = report_view(input, ordered, tmpl);
    mstch::array findings;
    std::set<std::string> component_ids;
    for (const model::Finding* f : ordered) {
        for (const auto& c : finding_components(*f, input.analysis ? &input.analysis->contract() : nullptr)) {
            component_ids.insert(c);
        }
        findings.push_back(finding_view(*f, input));
    }
    if (input.analysis) {
        for (const auto& [id, component] : input.analysis->contract().components) {
            component_ids.insert(id);
        }
    }
    view["has_findings"] = !findings.empty();
    view["findings"] = std::move(findings);
    view["component_ids"] = mstch::array(component_ids.begin(), component_ids.end());
    mstch::array accepted = accepted_risks_view(input);
    view["accepted_count"] = static_cast<int>(accepted.size());
    view["has_accepted_risks"] = !accepted.empty();
    view["accepted_risks"] = std::move(accepted);
    std::string error = "the report was rendered without the project model";
    std::string svg;
    if (input.analysis) {
        error.clear();
        svg = embeddable_svg(threat_svg(*input.analysis, error));
        if (svg.empty() && error.empty()) {
            error = "Graphviz produced no SVG";
        }
    }
    view["has_diagram"] = !svg.empty();
    view["diagram_svg"] = std::move(svg);
    view["diagram_error"] = error;
    return render_template(tmpl, view, TemplateEscape::Html);
}

} // namespace axg::report
