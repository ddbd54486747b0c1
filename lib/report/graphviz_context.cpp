#include "report/graphviz_context.hpp"

namespace axg::report {

GVC_t* graphviz_context() {
    // Never freed (see the header). It stays reachable from this static, so LeakSanitizer counts neither it nor
    // what it owns as a leak.
    static GVC_t* const context = gvContext();
    return context;
}

} // namespace axg::report
