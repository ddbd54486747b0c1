#include "report/diagram.hpp"

namespace axg::report {

std::string render_diagram(const model::Model&, const DiagramRequest&, std::string& error) {
    error = "diagrams are not implemented yet";
    return {};
}

} // namespace axg::report
