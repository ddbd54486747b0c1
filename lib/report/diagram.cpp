#include "report/diagram.hpp"

#include "report/dot.hpp"
#include "report/graphviz_context.hpp"

namespace axg::report {

std::string render_diagram(const analysis::Analysis& analysis, const DiagramRequest& request, std::string& error) {
    error.clear();
    auto view = parse_view(request.view, analysis.contract(), error);
    if (!view) {
        return {};
    }
    view->laid_out = request.format != DiagramFormat::Dot;
    AgraphPtr dot = build_dot(analysis, *view);
    if (request.format == DiagramFormat::Dot) {
        return write_dot(dot.get());
    }
    GVC_t* gvc = graphviz_context();
    if (gvLayout(gvc, dot.get(), "dot") != 0) {
        error = "Graphviz could not lay out the diagram (is the dot layout plugin installed? run `dot -c` once)";
        return {};
    }
    const char* format = request.format == DiagramFormat::Svg ? "svg" : "png";
    char* buffer = nullptr;
    unsigned int length = 0;
    int rc = gvRenderData(gvc, dot.get(), format, &buffer, &length);
    std::string out;
    if (rc == 0 && buffer) {
        out.assign(buffer, length);
    } else {
        error = std::string("Graphviz could not render ") + format + " (is its plugin installed? run `dot -c` once)";
    }
    if (buffer) {
        gvFreeRenderData(buffer);
    }
    // No gvFreeLayout: in Graphviz 2.43 it frees flat-edge label data twice ("corrupted size vs.
    // prev_size") after dot_position reallocated it. The layout records go with the graph
    // (agclose); what stays is a little memory once per diagram.
    return out;
}

} // namespace axg::report
