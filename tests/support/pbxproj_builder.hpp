#pragma once
// Small project.pbxproj texts for discovery and init tests: one application and the app extensions it embeds.

#include <string>

namespace axg::test {

struct SimpleProject {
    std::string app = "App";
    std::string sdk = "iphoneos"; // the project-level SDKROOT
    int extensions = 0;           // extensions Ext0..ExtN-1, embedded by a PlugIns copy phase
    std::string app_entitlements; // CODE_SIGN_ENTITLEMENTS of the app ("" = none)
    std::string bundle_id = "com.example.app";
};

std::string simple_pbxproj(const SimpleProject& project);

// A project with one framework target and no application.
std::string framework_pbxproj();

} // namespace axg::test
