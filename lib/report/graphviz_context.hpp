#pragma once
// The one Graphviz context of the process (docs/architecture.md, "Graphviz: one context per process").
// Graphviz 2.43's pango plugin remembers, in a static, the name of the last font it measured; that name belongs to
// the context's font dictionary, which gvFreeContext frees (dtclose). The first label a second context measures is
// compared against the freed name (ASan: heap-use-after-free in textspan_size from gvLayout). So every layout and
// render goes through this context, created on first use and never freed: it lives as long as the plugins' statics.

#include <graphviz/gvc.h>

namespace axg::report {

// The process-wide context (created on the first call). Graphviz is not thread-safe: call from one thread.
GVC_t* graphviz_context();

} // namespace axg::report
