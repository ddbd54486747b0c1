#include <gtest/gtest.h>

#include <sys/resource.h>

#include <cstdlib>
#include <fstream>

#include "load/git_source.hpp"
#include "load/model_loader.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"
#include "util/file.hpp"

namespace axg::load {
namespace {

namespace fs = std::filesystem;

class GitSourceTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir.write("sub/a.txt", "old\n");
        fs::create_symlink("a.txt", m_dir.path() / "sub/link.txt");
        git("init -q && git config user.name T && git config user.email t@example.com && git config "
            "commit.gpgsign false && git add -A && git commit -q -m one");
        m_dir.write("sub/a.txt", "new\n");
    }
    void git(const std::string& commands) {
        std::string cmd = "cd '" + m_dir.path().string() + "' && git " + commands + " >/dev/null 2>&1";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    }
    test::TempDir m_dir;
};

TEST_F(GitSourceTest, ReadsTheCommittedBlobNotTheWorkingTree) {
    std::string error;
    auto source = GitSource::open(m_dir.path() / "sub", "HEAD", error);
    ASSERT_TRUE(source) << error;
    auto read = source->read(m_dir.path() / "sub/a.txt");
    ASSERT_TRUE(read.text) << read.error;
    EXPECT_EQ(*read.text, "old\n");
    EXPECT_EQ(source->commit().size(), 9u);
}

TEST_F(GitSourceTest, RefusesSymlinksMissingFilesAndPathsOutside) {
    std::string error;
    auto source = GitSource::open(m_dir.path(), "HEAD", error);
    ASSERT_TRUE(source) << error;
    auto link = source->read(m_dir.path() / "sub/link.txt");
    EXPECT_FALSE(link.text);
    EXPECT_NE(link.error.find("symlink"), std::string::npos) << link.error;
    auto missing = source->read(m_dir.path() / "sub/none.txt");
    EXPECT_NE(missing.error.find("does not exist at HEAD"), std::string::npos) << missing.error;
    auto outside = source->resolve(m_dir.path() / "sub", m_dir.path() / "sub", "../../etc/passwd");
    EXPECT_FALSE(outside.error.empty());
    auto absolute = source->resolve(m_dir.path(), m_dir.path(), "/etc/passwd");
    EXPECT_NE(absolute.error.find("absolute"), std::string::npos);
}

TEST_F(GitSourceTest, BadRefAndNoRepository) {
    std::string error;
    EXPECT_FALSE(GitSource::open(m_dir.path(), "nope~3", error));
    EXPECT_NE(error.find("cannot resolve git revision"), std::string::npos) << error;
    test::TempDir plain;
    error.clear();
    EXPECT_FALSE(GitSource::open(plain.path(), "HEAD", error));
    EXPECT_NE(error.find("no git repository"), std::string::npos) << error;
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A blob over --max-input-size is refused from its object header: a 48 MiB run of zeros compresses to a few
// KiB in .git, and inflating it first (as git_blob_lookup does) would cost its whole size in memory.
TEST_F(GitSourceTest, ABlobOverTheLimitIsRefusedBeforeItIsInflated) {
    constexpr std::size_t big = 48u << 20;
    {
        std::ofstream out(m_dir.path() / "sub/big.plist", std::ios::binary);
        std::string zeros(1u << 20, '\0');
        for (std::size_t i = 0; i < big / zeros.size(); ++i) {
            out << zeros;
        }
    }
    git("add -A && git commit -q -m big");
    fs::remove(m_dir.path() / "sub/big.plist");
    std::string error;
    auto source = GitSource::open(m_dir.path(), "HEAD", error);
    ASSERT_TRUE(source) << error;
    std::size_t saved = util::max_input_bytes();
    util::set_max_input_bytes(1u << 20);
    long before = peak_rss_kib();
    auto read = source->read(m_dir.path() / "sub/big.plist");
    long grown_kib = peak_rss_kib() - before;
    util::set_max_input_bytes(saved);
    EXPECT_FALSE(read.text);
    EXPECT_NE(read.error.find("larger than 1048576 bytes (--max-input-size)"), std::string::npos) << read.error;
    EXPECT_LT(grown_kib, 16 * 1024) << "reading the refused blob grew the peak RSS by " << grown_kib << " KiB";
    auto small = source->read(m_dir.path() / "sub/a.txt");
    ASSERT_TRUE(small.text) << small.error;
}

} // namespace
} // namespace axg::load
