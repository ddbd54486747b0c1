// Every .entitlements and Info.plist in ../shared/corpora loads, in its XML form and converted to
// binary, with the same keys (one case per repository); a few exact values are checked. Skipped when the corpora
// are absent.

#include <gtest/gtest.h>

#include "load/plist/plist_reader.hpp"
#include "support/corpus_repos.hpp"
#include "support/plist_convert.hpp"
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

// Info.plists that Xcode preprocesses (INFOPLIST_PREPROCESS = YES) hold `#if …` lines between elements. libplist's
// XML reader refuses text there, while appexguard's reader skips it (taking every branch), so those lines are dropped
// before the conversion; the keys then still correspond.
std::string without_preprocessor_lines(const std::string& xml) {
    std::string out;
    std::size_t start = 0;
    while (start < xml.size()) {
        std::size_t end = xml.find('\n', start);
        std::string_view line(xml.data() + start, (end == std::string::npos ? xml.size() : end + 1) - start);
        if (line.find_first_not_of(" \t") == std::string_view::npos || line[line.find_first_not_of(" \t")] != '#') {
            out += line;
        }
        start = end == std::string::npos ? xml.size() : end + 1;
    }
    return out;
}

std::string to_binary(const std::string& text) {
    return axg::test::binary_from_xml(without_preprocessor_lines(text));
}
} // namespace

// One case per corpus repository. An empty <dict/> (an entitlements file that grants nothing) is a legal manifest:
// the root dict's own location is checked, and each key's, rather than assuming a first key exists.
class CorporaManifests : public ::testing::TestWithParam<std::string> {};

TEST_P(CorporaManifests, EveryManifestLoadsAsXmlAndAsBinary) {
    auto root = axg::test::corpora_dir();
    if (!root || GetParam().empty()) {
        GTEST_SKIP() << "../shared/corpora is absent";
    }
    auto files = manifests(*root / GetParam());
    ASSERT_FALSE(files.empty()) << "no .entitlements or .plist in " << GetParam();
    for (const auto& path : files) {
        SCOPED_TRACE(path.string());
        auto xml = load(path);
        if (!xml) {
            ADD_FAILURE() << "does not load as XML";
            continue;
        }
        EXPECT_EQ(xml->type, PlistValue::Type::Dict);
        EXPECT_GT(xml->location.line, 0u);
        for (const auto& entry : xml->dict) {
            EXPECT_GT(entry.key_location.line, 0u) << entry.key;
        }
        std::string binary = to_binary(axg::test::read_text(path));
        if (binary.empty()) {
            ADD_FAILURE() << "libplist does not convert it to binary";
            continue;
        }
        axg::util::Diagnostics d;
        auto bin = axg::load::parse_plist(binary, path.string(), d);
        if (!bin) {
            ADD_FAILURE() << "its binary form does not load: " << (d.empty() ? "" : d.items()[0].str());
            continue;
        }
        EXPECT_EQ(bin->type, xml->type);
        EXPECT_EQ(bin->dict.size(), xml->dict.size());
        for (const auto& entry : xml->dict) {
            EXPECT_NE(bin->find(entry.key), nullptr) << entry.key;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Corpora, CorporaManifests, ::testing::ValuesIn(axg::test::corpus_test_parameters()),
                         [](const auto& info) { return axg::test::test_name(info.param); });

TEST(CorporaManifestValues, ExactValues) {
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
