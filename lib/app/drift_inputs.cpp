#include "app/drift_inputs.hpp"

#include "load/model_loader.hpp"
#include "load/toml/lock_loader.hpp"

namespace axg::app {

analysis::DriftInputs DriftContext::inputs() const {
    return {base ? &*base : nullptr, base_label, lock ? &*lock : nullptr};
}

bool load_drift_context(const load::LoadOptions& load, const DriftSources& sources, DriftContext& context,
                        util::Diagnostics& diagnostics) {
    bool ok = true;
    if (sources.use_lock || sources.require_lock) {
        std::string path = load::lock_path_for(load.contract_path);
        ok = load::read_lock(path, load::lock_path_for(load::contract_display_name(load)), context.lock, diagnostics);
        if (ok && !context.lock && sources.require_lock) {
            diagnostics.error({path, 0, 0}, "--require-lock: there is no appexguard.lock beside the contract; run "
                                            "`appexguard lock` and commit the file for a security reviewer to own");
            ok = false;
        }
    }
    if (!sources.base.empty()) {
        context.base = load::load_base(load, sources.base, diagnostics);
        context.base_label = sources.base.label();
        ok = ok && context.base.has_value();
    }
    return ok;
}

} // namespace axg::app
