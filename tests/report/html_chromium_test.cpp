// The HTML report in a real browser: headless Chromium shows the diagram and the findings.
// Runs when /usr/bin/chromium is installed (Debian's `chromium`); skipped otherwise.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "support/paths.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

const char* const k_chromium = "/usr/bin/chromium";

std::string chromium(const fs::path& profile, const std::string& args) {
    return std::string(k_chromium) +
           " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
           " --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir='" +
           profile.string() + "' " + args + " 2>/dev/null";
}

TEST(HtmlInChromium, ShowsTheDiagramAndTheFindings) {
    if (!fs::exists(k_chromium)) {
        GTEST_SKIP() << "no " << k_chromium << " (apt-get install chromium)";
    }
    ::setenv("APPEXGUARD_TODAY", "2026-06-01", 1);
    fs::path dir = fs::temp_directory_path() / ("axg_chromium_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path html = dir / "report.html";
    auto run = run_cli("check contracts/examples/notes-flawed/appexguard.toml --fail-on never --html " + html.string());
    ASSERT_EQ(run.exit_code, 0) << run.err;

    fs::path dom = dir / "dom.html";
    std::string command =
        chromium(dir / "profile-dom", "--dump-dom 'file://" + html.string() + "' >'" + dom.string() + "'");
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::string text = read_text(dom);
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("class=\"finding"), std::string::npos);
    EXPECT_NE(text.find("AXG"), std::string::npos);
    // The filter script ran: it fills in how many findings are shown.
    EXPECT_NE(text.find(" shown</span>"), std::string::npos);

    fs::path png = dir / "report.png";
    command = chromium(dir / "profile-shot",
                       "--window-size=1280,2000 --screenshot='" + png.string() + "' 'file://" + html.string() + "'");
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    ASSERT_TRUE(fs::exists(png));
    EXPECT_GT(fs::file_size(png), 20000u); // a rendered page, not a blank one
    if (const char* keep = std::getenv("APPEXGUARD_KEEP_SCREENSHOT")) {
        fs::copy_file(png, keep, fs::copy_options::overwrite_existing);
    }
    fs::remove_all(dir);
}

} // namespace
} // namespace axg::test
