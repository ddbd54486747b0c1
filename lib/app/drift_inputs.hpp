#pragma once
// What `check` and `drift` compare the model with: the project at a base (git ref or directory)
// and the entitlement lock beside the contract. Loaded once here so both commands agree.

#include <optional>
#include <string>

#include "analysis/analysis.hpp"
#include "load/base_loader.hpp"
#include "model/entitlement_lock.hpp"

namespace axg::app {

struct DriftSources {
    load::BaseSpec base;
    bool use_lock = true;      // read appexguard.lock beside the contract when it exists
    bool require_lock = false; // and make its absence an input error
};

struct DriftContext {
    std::optional<model::Model> base;
    std::optional<model::EntitlementSnapshot> lock;
    std::string base_label;
    analysis::DriftInputs inputs() const;
};

// False when a requested input is unusable; the reasons are in `diagnostics`.
bool load_drift_context(const load::LoadOptions& load, const DriftSources& sources, DriftContext& context,
                        util::Diagnostics& diagnostics);

} // namespace axg::app
