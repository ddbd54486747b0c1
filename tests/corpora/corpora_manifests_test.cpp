// Every .entitlements and Info.plist in ../shared/corpora loads, in its XML form and converted to
// binary, with the same keys; a few exact values are checked. Skipped when the corpora are absent.

#include <gtest/gtest.h>

#include <plist/plist.h>

#include "load/plist/plist_reader.hpp"
#include "support/paths.hpp"

namespace fs = std::filesystem;
using axg::model::PlistValue;

namespace {
std::vector<fs::path> manifests(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        auto ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".entitlements" || ext == ".plist")) {
            out.push_back(entry.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<PlistValue> load(const fs::path& path) {
    axg::util::Diagnostics d;
    auto v = axg::load::parse_plist(axg::test::read_text(path), path.string(), d);
    EXPECT_TRUE(d.empty()) << (d.empty() ? "" : d.items()[0].str());
    return v;
}

std::string to_binary(const std::string& xml) {
    plist_t p = nullptr;
    plist_from_xml(xml.data(), static_cast<uint32_t>(xml.size()), &p);
    if (!p) {
        return {};
    }
    char* bin = nullptr;
    uint32_t length = 0;
    plist_to_bin(p, &bin, &length);
    std::string out(bin, length);
    free(bin);
    plist_free(p);
    return out;
}
} // namespace

TEST(CorporaManifests, EveryManifestLoadsAsXmlAndAsBinary) {
    auto root = axg::test::corpora_dir();
    if (!root) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    auto files = manifests(*root);
    ASSERT_GE(files.size(), 40u);
    for (const auto& path : files) {
        SCOPED_TRACE(path.string());
        auto xml = load(path);
        ASSERT_TRUE(xml);
        ASSERT_EQ(xml->type, PlistValue::Type::Dict);
        EXPECT_GT(xml->dict.front().key_location.line, 0u);
        std::string binary = to_binary(axg::test::read_text(path));
        ASSERT_FALSE(binary.empty());
        axg::util::Diagnostics d;
        auto bin = axg::load::parse_plist(binary, path.string(), d);
        ASSERT_TRUE(bin) << (d.empty() ? "" : d.items()[0].str());
        ASSERT_EQ(bin->dict.size(), xml->dict.size());
        for (const auto& entry : xml->dict) {
            EXPECT_NE(bin->find(entry.key), nullptr) << entry.key;
        }
    }
}

TEST(CorporaManifests, ExactValues) {
    auto root = axg::test::corpora_dir();
    if (!root) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    auto proton_share = load(*root / "protonpass__ios-pass/Share/Share.entitlements");
    ASSERT_TRUE(proton_share);
    const auto* autofill =
        proton_share->find_entry("com.apple.developer.authentication-services.autofill-credential-provider");
    ASSERT_NE(autofill, nullptr);
    EXPECT_TRUE(autofill->value.is_true());
    EXPECT_GT(autofill->key_location.line, 1u);

    auto proton_app = load(*root / "protonpass__ios-pass/iOS/App/iOS.entitlements");
    ASSERT_TRUE(proton_app);
    EXPECT_EQ(proton_app->find("aps-environment")->string, "development");

    auto nnw = load(*root / "Ranchero-Software__NetNewsWire/iOS/Resources/NetNewsWire.entitlements");
    ASSERT_TRUE(nnw);
    EXPECT_EQ(nnw->find("aps-environment")->string, "Production");

    auto nse = load(*root / "element-hq__element-ios/RiotNSE/RiotNSE.entitlements");
    ASSERT_TRUE(nse);
    EXPECT_TRUE(nse->find("com.apple.developer.usernotifications.filtering")->is_true());
    auto groups = nse->find("com.apple.security.application-groups")->strings();
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0]->string, "$(APPLICATION_GROUP_IDENTIFIER)");

    auto wireguard = load(*root / "brave__brave-ios/App/BraveWireGuard/Info.plist");
    ASSERT_TRUE(wireguard);
    EXPECT_EQ(wireguard->find("NSExtension")->find("NSExtensionPointIdentifier")->string,
              "com.apple.networkextension.packet-tunnel");
}
