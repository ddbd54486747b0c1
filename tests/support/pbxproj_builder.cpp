#include "support/pbxproj_builder.hpp"

namespace axg::test {

std::string simple_pbxproj(const SimpleProject& p) {
    std::string objects;
    std::string targets = "APP, ";
    std::string files;
    for (int i = 0; i < p.extensions; ++i) {
        std::string n = std::to_string(i);
        objects += "\t\tEXP" + n + " = {isa = PBXFileReference; path = Ext" + n +
                   ".appex; sourceTree = BUILT_PRODUCTS_DIR; };\n";
        objects += "\t\tBF" + n + " = {isa = PBXBuildFile; fileRef = EXP" + n + "; };\n";
        objects += "\t\tEXT" + n + " = {isa = PBXNativeTarget; buildConfigurationList = EL" + n +
                   "; buildPhases = ( ); name = Ext" + n + "; productReference = EXP" + n +
                   "; productType = \"com.apple.product-type.app-extension\"; };\n";
        objects += "\t\tEL" + n + " = {isa = XCConfigurationList; buildConfigurations = (ER" + n + ", ); };\n";
        objects += "\t\tER" + n +
                   " = {isa = XCBuildConfiguration; buildSettings = { PRODUCT_BUNDLE_IDENTIFIER = " + p.bundle_id +
                   ".ext" + n + "; }; name = Release; };\n";
        targets += "EXT" + n + ", ";
        files += "BF" + n + ", ";
    }
    std::string app_settings = "PRODUCT_BUNDLE_IDENTIFIER = " + p.bundle_id + "; ";
    if (!p.app_entitlements.empty()) {
        app_settings += "CODE_SIGN_ENTITLEMENTS = \"" + p.app_entitlements + "\"; ";
    }
    return "// !$*UTF8*$!\n{\n\tobjectVersion = 56;\n\tobjects = {\n" + objects +
           "\t\tAPPP = {isa = PBXFileReference; path = " + p.app +
           ".app; sourceTree = BUILT_PRODUCTS_DIR; };\n"
           "\t\tEMBED = {isa = PBXCopyFilesBuildPhase; dstPath = \"\"; dstSubfolderSpec = 13; files = (" +
           files +
           "); name = \"Embed App Extensions\"; };\n"
           "\t\tAPP = {isa = PBXNativeTarget; buildConfigurationList = AL; buildPhases = (EMBED, ); name = " +
           p.app +
           "; productReference = APPP; productType = \"com.apple.product-type.application\"; };\n"
           "\t\tPROJ = {isa = PBXProject; buildConfigurationList = PL; targets = (" +
           targets +
           "); };\n"
           "\t\tPL = {isa = XCConfigurationList; buildConfigurations = (PR, ); };\n"
           "\t\tPR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = " +
           p.sdk +
           "; }; name = Release; };\n"
           "\t\tAL = {isa = XCConfigurationList; buildConfigurations = (AR, ); };\n"
           "\t\tAR = {isa = XCBuildConfiguration; buildSettings = { " +
           app_settings +
           "}; name = Release; };\n"
           "\t};\n\trootObject = PROJ;\n}\n";
}

std::string framework_pbxproj() {
    return "{ objectVersion = 56; objects = {\n"
           "  PROJ = {isa = PBXProject; buildConfigurationList = PL; targets = (F, ); };\n"
           "  PL = {isa = XCConfigurationList; buildConfigurations = (PR, ); };\n"
           "  PR = {isa = XCBuildConfiguration; buildSettings = { SDKROOT = iphoneos; }; name = Release; };\n"
           "  F = {isa = PBXNativeTarget; buildPhases = ( ); name = Core; "
           "productType = \"com.apple.product-type.framework\"; };\n"
           "}; rootObject = PROJ; }\n";
}

} // namespace axg::test
