#include "app/lock_command.hpp"

#include "app/exit_codes.hpp"
#include "app/output.hpp"
#include "drift/lock.hpp"
#include "load/toml/lock_loader.hpp"
#include "util/input_log.hpp"

namespace axg::app {

int run_lock(const LockOptions& options, std::ostream& out, std::ostream& err) {
    util::InputLog inputs; // every file read from here on; no output may replace one
    util::Diagnostics diagnostics;
    load::LoadOptions load = options.load;
    load.configuration.clear();
    auto model = load::load_model(load, diagnostics);
    if (!model) {
        return report_input_errors(diagnostics, err);
    }
    std::string text = drift::render_lock(*model);
    if (options.output == "-") {
        out << text;
        return k_exit_clean;
    }
    std::string path = options.output.empty() ? load::lock_path_for(load.contract_path) : options.output;
    if (!emit(path, text, out, err)) {
        return k_exit_input;
    }
    std::size_t entries = 0;
    for (const auto& view : model->configurations) {
        for (const auto& [id, manifests] : view.components) {
            if (manifests.entitlements && manifests.entitlements->root.type == model::PlistValue::Type::Dict) {
                entries += manifests.entitlements->root.dict.size();
            }
        }
    }
    out << "wrote " << path << ": " << entries << " entitlement keys across " << model->contract.components.size()
        << " components and " << model->configurations.size()
        << " configurations; commit it for the security reviewers to own\n";
    return k_exit_clean;
}

} // namespace axg::app
