#pragma once
// Entitlements files that several components sign with although their extension points differ (AXG125, AXG127):
// code signing gives each target the whole file, so each holds the union of what all of them need.

#include <string>
#include <string_view>
#include <vector>

#include "model/manifest.hpp"

namespace axg::model {

// What a component's entitlements are for: "app" for an app, its NSExtensionPointIdentifier for an extension.
std::string_view signing_role(const Component& component);

struct SharedEntitlementsFile {
    std::string path;               // Manifest::path, as the user would open it
    std::vector<std::string> users; // component ids, sorted
    // The component that gains privileges from the sharing: the first whose role differs from the owner's (the
    // app's when an app uses the file, else the first user's). Findings sit at its `entitlements` key.
    std::string gainer;
};

// The files of `view` that components of two or more signing roles use, sorted by path.
std::vector<SharedEntitlementsFile> shared_entitlements_files(const Contract& contract, const ConfigurationView& view);

} // namespace axg::model
