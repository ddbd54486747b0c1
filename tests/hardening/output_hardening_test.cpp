// Writing outputs destroys nothing (docs/security.md, "Writing outputs"): no output replaces one of the run's
// inputs or another output, devices and FIFOs are written in place, errors carry the real errno, a multi-file run
// writes all its files or none, and no temporary survives a handled signal or a killed run.

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "support/paths.hpp"
#include "support/temp_dir.hpp"
#include "util/file.hpp"
#include "util/input_log.hpp"

namespace axg::test {
namespace {

namespace fs = std::filesystem;

// The notes example copied into a fresh directory, so that a failing test can only damage the copy.
class OutputHardening : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(source_dir() / "contracts/examples/notes", m_dir.path() / "notes", fs::copy_options::recursive);
        m_contract_text = read_text(contract());
    }
    fs::path contract() const { return m_dir.path() / "notes/appexguard.toml"; }
    fs::path dir() const { return m_dir.path(); }
    RunResult run(const std::string& args) { return run_cli(args, m_dir.path()); }
    void expect_contract_intact() { EXPECT_EQ(read_text(contract()), m_contract_text); }

    std::vector<std::string> temporaries(const fs::path& in) const {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(in)) {
            if (util::temporary_file_pid(entry.path().filename().string())) {
                out.push_back(entry.path().filename().string());
            }
        }
        return out;
    }

    TempDir m_dir;
    std::string m_contract_text;
};

TEST_F(OutputHardening, AnOutputNamingAnInputIsRefused) {
    struct Case {
        std::string args;
        std::string victim; // relative to dir()
    } cases[] = {
        {"check notes/appexguard.toml -o notes/appexguard.toml", "notes/appexguard.toml"},
        {"check notes/appexguard.toml --sarif notes/Share/Share.entitlements", "notes/Share/Share.entitlements"},
        {"check notes/appexguard.toml --html notes/Widget/Info.plist", "notes/Widget/Info.plist"},
        {"check notes/appexguard.toml --junit ./notes/../notes/appexguard.toml", "notes/appexguard.toml"},
        {"graph notes/appexguard.toml -o notes/appexguard.toml", "notes/appexguard.toml"},
        {"threats notes/appexguard.toml -o notes/Notes/Notes.entitlements", "notes/Notes/Notes.entitlements"},
        {"lock notes/appexguard.toml -o notes/appexguard.toml", "notes/appexguard.toml"},
    };
    for (const auto& c : cases) {
        std::string before = read_text(dir() / c.victim);
        RunResult r = run(c.args);
        EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.err;
        EXPECT_NE(r.err.find("it is one of this run's inputs"), std::string::npos) << c.args << "\n" << r.err;
        EXPECT_EQ(read_text(dir() / c.victim), before) << c.args;
        EXPECT_TRUE(r.out.empty()) << c.args;
    }
}

TEST_F(OutputHardening, APolicyFileAndABaselineAreInputsToo) {
    fs::copy(source_dir() / "contracts/policies/baseline.toml", dir() / "policy.toml");
    std::string policy = read_text(dir() / "policy.toml");
    RunResult r = run("check notes/appexguard.toml --policy policy.toml --markdown policy.toml");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(read_text(dir() / "policy.toml"), policy);
    RunResult made = run("baseline notes/appexguard.toml -o b.json");
    ASSERT_EQ(made.exit_code, 0) << made.err;
    std::string baseline = read_text(dir() / "b.json");
    RunResult again = run("check notes/appexguard.toml --baseline b.json --sarif b.json");
    EXPECT_EQ(again.exit_code, 2) << again.err;
    EXPECT_NE(again.err.find("refusing to write --sarif b.json"), std::string::npos) << again.err;
    EXPECT_EQ(read_text(dir() / "b.json"), baseline);
}

// The same file under another name: a hard link and a symlink to the contract.
TEST_F(OutputHardening, HardLinksAndSymlinksToAnInputAreRefused) {
    fs::create_hard_link(contract(), dir() / "hard.toml");
    fs::create_symlink(contract(), dir() / "soft.toml");
    for (const char* name : {"hard.toml", "soft.toml"}) {
        RunResult r = run(std::string("check notes/appexguard.toml -o ") + name);
        EXPECT_EQ(r.exit_code, 2) << name << r.err;
        EXPECT_NE(r.err.find("(" + contract().string().substr(dir().string().size() + 1)), std::string::npos) << r.err;
    }
    expect_contract_intact();
    EXPECT_TRUE(fs::is_symlink(dir() / "soft.toml"));
}

TEST_F(OutputHardening, AFileNamedTwiceIsRefusedAndNothingIsWritten) {
    for (const char* args : {"-o r.txt --sarif r.txt", "-o r.txt --sarif ./r.txt", "--sarif r.txt --junit sub/../r.txt",
                             "--html r.txt --markdown r.txt"}) {
        fs::create_directories(dir() / "sub");
        RunResult r = run(std::string("check notes/appexguard.toml ") + args);
        EXPECT_EQ(r.exit_code, 2) << args << r.err;
        EXPECT_NE(r.err.find("both write"), std::string::npos) << args << r.err;
        EXPECT_FALSE(fs::exists(dir() / "r.txt")) << args;
        EXPECT_TRUE(r.out.empty()) << args;
    }
    fs::copy_file(contract(), dir() / "a.txt");
    fs::create_hard_link(dir() / "a.txt", dir() / "b.txt");
    RunResult r = run("check notes/appexguard.toml --sarif a.txt --junit b.txt");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(read_text(dir() / "a.txt"), m_contract_text);
}

TEST_F(OutputHardening, DashIsStdoutAndStdoutTakesOneReport) {
    RunResult sarif = run("check notes/appexguard.toml --sarif - -o report.txt");
    EXPECT_EQ(sarif.exit_code, 0) << sarif.err;
    EXPECT_NE(sarif.out.find("\"$schema\""), std::string::npos);
    EXPECT_FALSE(fs::exists(dir() / "-"));
    EXPECT_TRUE(fs::exists(dir() / "report.txt"));
    RunResult both = run("check notes/appexguard.toml --sarif -");
    EXPECT_EQ(both.exit_code, 2) << both.err;
    EXPECT_NE(both.err.find("--sarif and -o both write stdout"), std::string::npos) << both.err;
    EXPECT_TRUE(both.out.empty());
}

// /dev/null stays a character device (as root, a rename over it would have made it a regular file), and any number
// of outputs may go there.
TEST_F(OutputHardening, DevNullIsWrittenNotReplaced) {
    RunResult r = run("check notes/appexguard.toml -o /dev/null --sarif /dev/null --junit /dev/null");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    struct stat st {};
    ASSERT_EQ(::lstat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    EXPECT_EQ(major(st.st_rdev), 1u);
    EXPECT_EQ(minor(st.st_rdev), 3u);
    EXPECT_TRUE(temporaries("/dev").empty());
}

// /dev/stdout is a symlink into /proc; run_cli points the child's stdout at a regular file, the case where a
// rename would have replaced /dev/stdout itself. The report must arrive through it, and the link stay.
TEST_F(OutputHardening, DevStdoutIsWrittenThrough) {
    RunResult r = run("check notes/appexguard.toml -o /dev/stdout");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("no findings"), std::string::npos) << r.out;
    EXPECT_TRUE(fs::is_symlink("/dev/stdout"));
    RunResult twice = run("check notes/appexguard.toml -o /dev/stdout --sarif /dev/stdout");
    EXPECT_EQ(twice.exit_code, 2) << twice.err; // one regular file behind both names: the second would garble it
}

TEST_F(OutputHardening, AFifoIsWrittenInPlace) {
    fs::path fifo = dir() / "report.fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = read_text(fifo); });
    RunResult r = run("check notes/appexguard.toml --format json -o report.fifo");
    reader.join();
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(received.find("\"findings\""), std::string::npos) << received;
    struct stat st {};
    ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

// A test-owned device node (root only): the null device under another name, written in place.
TEST_F(OutputHardening, ADeviceNodeIsWrittenInPlace) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "mknod needs root";
    }
    fs::path node = dir() / "null-device";
    ASSERT_EQ(::mknod(node.c_str(), S_IFCHR | 0600, makedev(1, 3)), 0);
    RunResult r = run("check notes/appexguard.toml -o null-device");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    struct stat st {};
    ASSERT_EQ(::lstat(node.c_str(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    EXPECT_TRUE(temporaries(dir()).empty());
}

// The reason is the system's, not "Success" (errno used to be overwritten by the cleanup).
TEST_F(OutputHardening, ErrorsCarryTheRealReason) {
    fs::create_directories(dir() / "a-directory");
    RunResult is_dir = run("check notes/appexguard.toml -o a-directory");
    EXPECT_EQ(is_dir.exit_code, 2);
    EXPECT_NE(is_dir.err.find("cannot write a-directory: Is a directory"), std::string::npos) << is_dir.err;
    RunResult missing = run("check notes/appexguard.toml --sarif no/such/dir/r.sarif");
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("cannot write no/such/dir/r.sarif: No such file or directory"), std::string::npos)
        << missing.err;
    for (const auto* err : {&is_dir.err, &missing.err}) {
        EXPECT_EQ(err->find("Success"), std::string::npos) << *err;
    }
    if (::geteuid() != 0) { // root writes anywhere
        fs::create_directories(dir() / "read-only");
        fs::permissions(dir() / "read-only", fs::perms::owner_read | fs::perms::owner_exec);
        RunResult denied = run("check notes/appexguard.toml -o read-only/r.txt");
        EXPECT_NE(denied.err.find("Permission denied"), std::string::npos) << denied.err;
    }
}

// One unwritable output: none is written, an older report stays as it was, no temporary is left.
TEST_F(OutputHardening, AMultiFormatRunWritesAllOrNone) {
    fs::path old_sarif = dir() / "r.sarif";
    { std::ofstream(old_sarif) << "old"; }
    RunResult r = run("check notes/appexguard.toml -o r.txt --sarif r.sarif --junit r.xml --html missing/r.html");
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(read_text(old_sarif), "old");
    EXPECT_FALSE(fs::exists(dir() / "r.txt"));
    EXPECT_FALSE(fs::exists(dir() / "r.xml"));
    EXPECT_TRUE(temporaries(dir()).empty());
    RunResult ok = run("check notes/appexguard.toml -o r.txt --sarif r.sarif --junit r.xml --html r.html");
    EXPECT_EQ(ok.exit_code, 0) << ok.err;
    for (const char* name : {"r.txt", "r.sarif", "r.xml", "r.html"}) {
        EXPECT_TRUE(fs::exists(dir() / name)) << name;
    }
    EXPECT_NE(read_text(old_sarif), "old");
    EXPECT_TRUE(temporaries(dir()).empty());
}

// A run killed with SIGKILL leaves its temporaries; the next write into that directory removes the ones whose
// process is gone, and leaves a live process's alone.
TEST_F(OutputHardening, StaleTemporariesOfDeadProcessesAreRemoved) {
    pid_t child = ::fork();
    if (child == 0) {
        ::_exit(0);
    }
    ASSERT_GT(child, 0);
    ::waitpid(child, nullptr, 0);
    std::string dead = ".r.sarif.appexguard.tmp." + std::to_string(child) + ".0a1b2c3d";
    std::string alive = ".r.sarif.appexguard.tmp." + std::to_string(::getpid()) + ".0a1b2c3d";
    std::string lookalike = ".r.sarif.appexguard.tmp." + std::to_string(child) + ".notours";
    for (const auto& name : {dead, alive, lookalike}) {
        std::ofstream(dir() / name) << "partial";
    }
    RunResult r = run("check notes/appexguard.toml --sarif r.sarif");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(fs::exists(dir() / dead));
    EXPECT_TRUE(fs::exists(dir() / alive));
    EXPECT_TRUE(fs::exists(dir() / lookalike));
}

// SIGTERM while the temporaries are being written: they are removed and the process dies of the signal. The
// contents are large so that the window is wide; a signal that lands after the last rename is held until then
// (all files written), which the test accepts too.
TEST_F(OutputHardening, AHandledSignalLeavesNoTemporary) {
    std::string big(64u << 20, 'x');
    bool caught_in_the_act = false;
    for (int attempt = 0; attempt < 5 && !caught_in_the_act; ++attempt) {
        fs::path out = dir() / ("big" + std::to_string(attempt));
        fs::create_directories(out);
        pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            std::vector<util::FileToWrite> files{{out / "a.txt", big}, {out / "b.txt", big}};
            ::_exit(util::write_files_atomic(files).empty() ? 0 : 1);
        }
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (temporaries(out).empty() && std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            if (::waitpid(child, &status, WNOHANG) == child) {
                child = -1;
                break;
            }
        }
        if (child > 0) {
            ::kill(child, SIGTERM);
            int status = 0;
            ::waitpid(child, &status, 0);
            EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
            caught_in_the_act = !fs::exists(out / "b.txt");
        }
        EXPECT_TRUE(temporaries(out).empty()) << out;
        // All or none: either both files are there, whole, or neither is.
        EXPECT_EQ(fs::exists(out / "a.txt"), fs::exists(out / "b.txt"));
        if (fs::exists(out / "a.txt")) {
            EXPECT_EQ(fs::file_size(out / "a.txt"), big.size());
        }
    }
    EXPECT_TRUE(caught_in_the_act) << "the signal never arrived while temporaries existed";
}

// In-process: a symlink output is replaced, never written through; the replaced file keeps its permissions.
TEST(OutputWriting, ASymlinkIsReplacedAndPermissionsKept) {
    TempDir dir;
    fs::path target = dir.write("target.txt", "keep");
    fs::create_symlink(target, dir.path() / "link.txt");
    EXPECT_EQ(util::write_file_atomic(dir.path() / "link.txt", "new"), "");
    EXPECT_EQ(read_text(target), "keep");
    EXPECT_FALSE(fs::is_symlink(dir.path() / "link.txt"));
    EXPECT_EQ(read_text(dir.path() / "link.txt"), "new");
    fs::path mode = dir.write("mode.txt", "old");
    fs::permissions(mode, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(util::write_file_atomic(mode, "new"), "");
    EXPECT_EQ(fs::status(mode).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST(OutputWriting, TemporaryNamesParse) {
    EXPECT_EQ(util::temporary_file_pid(".r.sarif.appexguard.tmp.123.0a1b2c3d"), 123);
    EXPECT_EQ(util::temporary_file_pid(".a.appexguard.tmp.appexguard.tmp.7.ffffffff"), 7);
    for (const char* no : {"r.sarif.appexguard.tmp.123.0a1b2c3d", ".r.appexguard.tmp.123.0a1b2c3",
                           ".r.appexguard.tmp.x.0a1b2c3d", ".r.appexguard.tmp..0a1b2c3d",
                           ".r.appexguard.tmp.12.0A1B2C3D", "r.sarif.tmp.123", ".appexguard.tmp.1.0a1b2c3d"}) {
        EXPECT_FALSE(util::temporary_file_pid(no)) << no;
    }
}

TEST(OutputWriting, ReadingAFifoDoesNotBlock) {
    TempDir dir;
    fs::path fifo = dir.path() / "input.fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    util::ReadResult r = util::read_file(fifo);
    EXPECT_FALSE(r.text);
    EXPECT_EQ(r.error, "not a regular file");
}

TEST(OutputWriting, TheInputLogRecordsWhatWasReadWhileItExists) {
    TempDir dir;
    fs::path a = dir.write("a.txt", "a");
    fs::path b = dir.write("b.txt", "b");
    EXPECT_EQ(util::InputLog::current(), nullptr);
    util::read_file(a); // no log yet: not recorded anywhere
    {
        util::InputLog outer;
        util::read_file(a);
        {
            util::InputLog inner;
            util::read_file(b);
            EXPECT_EQ(util::InputLog::current(), &inner);
            EXPECT_FALSE(inner.find(a));
            EXPECT_TRUE(inner.find(b));
        }
        EXPECT_EQ(util::InputLog::current(), &outer);
        EXPECT_TRUE(outer.find(a));
        EXPECT_TRUE(outer.find(b)); // reads in an inner log count for the outer one too
        EXPECT_FALSE(outer.find(dir.path() / "never-read.txt"));
    }
    EXPECT_EQ(util::InputLog::current(), nullptr);
}

} // namespace
} // namespace axg::test
