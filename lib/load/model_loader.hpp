#pragma once
// Loads a whole project: the contract, then for each configuration the manifests of every
// component, with build-setting variables expanded.

#include <optional>
#include <string>

#include "model/manifest.hpp"
#include "util/diagnostics.hpp"

namespace axg::load {

class FileSource;

struct LoadOptions {
    std::string contract_path = "appexguard.toml"; // as the user wrote it; files are read through it
    // How locations and messages name the contract, and every file named relative to it; "" = its path relative to
    // its repository (util::repository_name), so that no working directory or spelling changes a finding.
    std::string display_name;
    std::string root;                   // project root; "" = the contract's directory
    std::string configuration;          // "" = every configuration the contract declares
    const FileSource* source = nullptr; // where files are read from; nullptr = the file system
};

// The configuration used when a contract declares none.
inline constexpr std::string_view k_implicit_configuration = "Release";

std::optional<model::Model> load_model(const LoadOptions& options, util::Diagnostics& diagnostics);

// options.display_name, or the contract's repository name when it is "".
std::string contract_display_name(const LoadOptions& options);

} // namespace axg::load
