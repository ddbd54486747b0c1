#pragma once
// [project] xcode_project -> model::XcodeFacts: what the Xcode project builds, for the contract-vs-project rules
// (AXG120-AXG122). The rules never read the project themselves.

#include <filesystem>
#include <vector>

#include "load/model_loader.hpp"
#include "load/xcode/xcode_project.hpp"
#include "model/manifest.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

// Reduces a loaded project to facts and matches the model's components to its targets. `contract_dir` is
// absolute; `display_dir` is the contract's directory as the user wrote it (for paths in messages).
model::XcodeFacts xcode_facts(const XcodeProject& project, const model::Model& model,
                              const std::filesystem::path& contract_dir, const std::filesystem::path& display_dir);

// Loads the project the contract names (if it names one) into model.xcode. Problems of the project file are
// errors (false); problems that do not stop discovery (missing xcconfig includes) go to `warnings`.
bool attach_xcode_facts(model::Model& model, const LoadOptions& options, util::Diagnostics& diagnostics,
                        std::vector<util::Diagnostic>& warnings);

// Every *.entitlements file below `dir`, skipping Pods, build, .git, DerivedData, node_modules and bundles. Sorted.
std::vector<std::filesystem::path> find_entitlements_files(const std::filesystem::path& dir);

} // namespace axg::load
