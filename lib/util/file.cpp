#include "util/file.hpp"

#include <cerrno>
#include <cstdint>
#include <charconv>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <variant>
#include <vector>

#include "util/confinement.hpp"
#include "util/input_log.hpp"

namespace axg::util {

namespace fs = std::filesystem;

namespace {

std::string system_error(const fs::path& path, std::string_view doing, int saved_errno) {
    return "cannot " + std::string(doing) + " " + path.string() + ": " + std::strerror(saved_errno);
}

// Closes a descriptor on every path out of a function.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }
    // Closes now; the errno of a failed close (a deferred write error on some file systems), or 0.
    int close() {
        int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

private:
    int m_fd;
};

// 0, or the errno of the failed write.
int write_all(int fd, std::string_view contents) {
    while (!contents.empty()) {
        ssize_t n = ::write(fd, contents.data(), contents.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        contents.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

// ---- Temporaries that a handled signal removes ------------------------------------------------------------------
//
// The handler may only use async-signal-safe calls, so the registry is a fixed array of fixed buffers, changed only
// while the signals are blocked.

constexpr int k_cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr std::size_t k_max_temporaries = 32;

struct TemporarySlot {
    char path[PATH_MAX];
    volatile sig_atomic_t used;
};
TemporarySlot g_temporaries[k_max_temporaries];
struct sigaction g_previous[std::size(k_cleanup_signals)];
bool g_installed[std::size(k_cleanup_signals)];

extern "C" void remove_temporaries_and_reraise(int signal_number) {
    for (auto& slot : g_temporaries) {
        if (slot.used) {
            ::unlink(slot.path);
            slot.used = 0;
        }
    }
    for (std::size_t i = 0; i < std::size(k_cleanup_signals); ++i) {
        if (k_cleanup_signals[i] == signal_number) {
            ::sigaction(signal_number, &g_previous[i], nullptr);
            g_installed[i] = false;
        }
    }
    // Blocked while this handler runs; delivered with the previous disposition (by default: termination) as soon
    // as it returns.
    ::raise(signal_number);
}

// Blocks the cleanup signals for its lifetime.
class SignalBlock {
public:
    SignalBlock() {
        sigset_t set;
        sigemptyset(&set);
        for (int s : k_cleanup_signals) {
            sigaddset(&set, s);
        }
        ::pthread_sigmask(SIG_BLOCK, &set, &m_previous);
    }
    ~SignalBlock() { ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }
    SignalBlock(const SignalBlock&) = delete;
    SignalBlock& operator=(const SignalBlock&) = delete;

private:
    sigset_t m_previous;
};

// Installs the handler for the lifetime of one write_files_atomic call; a signal the process ignores (nohup)
// stays ignored.
class CleanupHandlers {
public:
    CleanupHandlers() {
        SignalBlock block;
        for (std::size_t i = 0; i < std::size(k_cleanup_signals); ++i) {
            struct sigaction current {};
            ::sigaction(k_cleanup_signals[i], nullptr, &current);
            if (current.sa_handler == SIG_IGN) {
                continue;
            }
            struct sigaction ours {};
            ours.sa_handler = remove_temporaries_and_reraise;
            sigemptyset(&ours.sa_mask);
            for (int s : k_cleanup_signals) {
                sigaddset(&ours.sa_mask, s); // one cleanup at a time
            }
            ::sigaction(k_cleanup_signals[i], &ours, &g_previous[i]);
            g_installed[i] = true;
        }
    }
    ~CleanupHandlers() {
        SignalBlock block;
        for (std::size_t i = 0; i < std::size(k_cleanup_signals); ++i) {
            if (g_installed[i]) {
                ::sigaction(k_cleanup_signals[i], &g_previous[i], nullptr);
                g_installed[i] = false;
            }
        }
    }
    CleanupHandlers(const CleanupHandlers&) = delete;
    CleanupHandlers& operator=(const CleanupHandlers&) = delete;
};

// A registry slot, taken and released with the signals blocked; -1 when the registry is full.
int register_temporary(const fs::path& path) {
    const std::string& text = path.native();
    if (text.size() >= PATH_MAX) {
        return -1;
    }
    for (std::size_t i = 0; i < k_max_temporaries; ++i) {
        if (!g_temporaries[i].used) {
            std::memcpy(g_temporaries[i].path, text.c_str(), text.size() + 1);
            g_temporaries[i].used = 1;
            return static_cast<int>(i);
        }
    }
    return -1;
}

void release_temporary(int slot) {
    if (slot >= 0) {
        g_temporaries[slot].used = 0;
    }
}

// ---- Targets ----------------------------------------------------------------------------------------------------

enum class Target { Replace, InPlace };

bool under_system_directory(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    auto it = absolute.begin();
    if (ec || it == absolute.end() || ++it == absolute.end()) {
        return false;
    }
    return *it == "dev" || *it == "proc";
}

// How `path` is written, or an error sentence.
std::variant<Target, std::string> classify(const fs::path& path) {
    struct stat st {};
    bool system = under_system_directory(path);
    // Under /dev and /proc links are followed (/dev/stdout -> /proc/self/fd/1); elsewhere a symlink is replaced.
    int rc = system ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
    if (rc != 0) {
        if (errno != ENOENT) {
            return system_error(path, "write", errno);
        }
        if (system) { // never create a file in /dev or /proc
            return system_error(path, "write", ENOENT);
        }
        return Target::Replace;
    }
    if (S_ISDIR(st.st_mode)) {
        return system_error(path, "write", EISDIR);
    }
    if (S_ISBLK(st.st_mode)) {
        return "cannot write " + path.string() + ": it is a block device; reports go to files, pipes or /dev/null";
    }
    if (system || S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) {
        return Target::InPlace;
    }
    return Target::Replace;
}

std::string random_suffix() {
    static std::mt19937 generator{std::random_device{}()};
    static constexpr char k_hex[] = "0123456789abcdef";
    std::string out(8, '0');
    for (char& c : out) {
        c = k_hex[generator() % 16];
    }
    return out;
}

constexpr std::string_view k_temporary_marker = ".appexguard.tmp.";
constexpr std::size_t k_max_name_in_temporary = 100; // keeps the temporary's name within NAME_MAX

fs::path temporary_for(const fs::path& target) {
    std::string name = target.filename().string().substr(0, k_max_name_in_temporary);
    return target.parent_path() /
           ("." + name + std::string(k_temporary_marker) + std::to_string(::getpid()) + "." + random_suffix());
}

// Removes temporaries in `dir` whose writer no longer runs (it was killed with SIGKILL, or the machine stopped).
void remove_stale_temporaries(const fs::path& dir) {
    std::error_code ec;
    for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::optional<long> pid = temporary_file_pid(name);
        if (!pid || *pid == ::getpid() || *pid <= 0 || *pid > INT_MAX) {
            continue;
        }
        if (::kill(static_cast<pid_t>(*pid), 0) == 0 || errno != ESRCH) {
            continue; // alive, or not ours to judge
        }
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))) {
            ::unlink(it->path().c_str());
        }
    }
}

struct Pending {
    const FileToWrite* file;
    fs::path temporary;
    int slot = -1;
};

void remove_pending(std::vector<Pending>& pending) {
    SignalBlock block;
    for (Pending& p : pending) {
        if (p.slot >= 0) {
            ::unlink(p.temporary.c_str());
            release_temporary(p.slot);
            p.slot = -1;
        }
    }
}

// Creates and fills the temporary for `p`. "" or an error sentence.
std::string write_temporary(Pending& p) {
    const fs::path& target = p.file->path;
    struct stat existing {};
    bool replaces = ::lstat(target.c_str(), &existing) == 0 && S_ISREG(existing.st_mode);
    int fd = -1;
    for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
        p.temporary = temporary_for(target);
        SignalBlock block; // the file and its registry slot appear together for the handler
        p.slot = register_temporary(p.temporary);
        if (p.slot < 0) {
            return "cannot write " + target.string() + ": too many outputs, or a path too long, for one run";
        }
        fd = ::open(p.temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0) {
            int saved = errno;
            release_temporary(p.slot);
            p.slot = -1;
            if (saved != EEXIST) {
                return system_error(target, "write", saved);
            }
        }
    }
    if (fd < 0) {
        return system_error(target, "write", EEXIST);
    }
    Descriptor out(fd);
    if (replaces) { // keep the permissions of the file being replaced (umask applied to new files only)
        ::fchmod(out.get(), existing.st_mode & 07777);
    }
    if (int saved = write_all(out.get(), p.file->contents); saved != 0) {
        return system_error(target, "write", saved);
    }
    if (int saved = out.close(); saved != 0) {
        return system_error(target, "write", saved);
    }
    return {};
}

std::string write_in_place(const FileToWrite& file) {
    // O_APPEND: /dev/stdout redirected to a file (`>>` or `>`) is appended to, not overwritten from its start.
    int fd = ::open(file.path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return system_error(file.path, "write", errno);
    }
    Descriptor out(fd);
    if (int saved = write_all(out.get(), file.contents); saved != 0) {
        return system_error(file.path, "write", saved);
    }
    if (int saved = out.close(); saved != 0) {
        return system_error(file.path, "write", saved);
    }
    return {};
}

} // namespace

namespace {
std::size_t g_max_input_bytes = k_default_max_input_bytes;
} // namespace

std::size_t max_input_bytes() {
    return g_max_input_bytes;
}

void set_max_input_bytes(std::size_t bytes) {
    g_max_input_bytes = bytes;
}

std::string over_input_limit(std::size_t size) {
    if (size <= g_max_input_bytes) {
        return "";
    }
    return "file is larger than the input limit of " + std::to_string(g_max_input_bytes >> 20) + " MiB (" +
           std::to_string(g_max_input_bytes) + " bytes, --max-input-size); refusing to parse it";
}

std::optional<std::size_t> parse_size(std::string_view text) {
    std::size_t digits = 0;
    std::uint64_t value = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        if (value > (std::uint64_t{1} << 50)) {
            return std::nullopt;
        }
        value = value * 10 + static_cast<std::uint64_t>(text[digits] - '0');
        ++digits;
    }
    std::string_view unit = text.substr(digits);
    if (digits == 0 || value == 0) {
        return std::nullopt;
    }
    std::uint64_t scale = 0;
    if (unit.empty() || unit == "B") {
        scale = 1;
    } else if (unit == "k" || unit == "K" || unit == "KiB") {
        scale = std::uint64_t{1} << 10;
    } else if (unit == "M" || unit == "MiB") {
        scale = std::uint64_t{1} << 20;
    } else if (unit == "G" || unit == "GiB") {
        scale = std::uint64_t{1} << 30;
    } else {
        return std::nullopt;
    }
    return static_cast<std::size_t>(value * scale);
}

ReadResult read_file(const fs::path& path, std::size_t max_bytes) {
    if (max_bytes == 0) {
        max_bytes = max_input_bytes();
    }
    if (std::string refused = confinement_error(path); !refused.empty()) {
        return {std::nullopt, refused}; // before open: not even a FIFO or device outside the root is opened
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; fstat then refuses it.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        int saved = errno;
        if (saved == ENOENT || saved == ENOTDIR) {
            return {std::nullopt, "no such file"};
        }
        return {std::nullopt, std::string("cannot open: ") + std::strerror(saved)};
    }
    Descriptor in(fd);
    if (std::string refused = confinement_error(path, in.get()); !refused.empty()) {
        return {std::nullopt, refused}; // a symlink swapped in since the check above
    }
    struct stat st {};
    if (::fstat(in.get(), &st) != 0) {
        return {std::nullopt, std::string("cannot read its size: ") + std::strerror(errno)};
    }
    if (!S_ISREG(st.st_mode)) {
        return {std::nullopt, "not a regular file"};
    }
    auto size = static_cast<std::uintmax_t>(st.st_size);
    if (size > max_bytes) {
        return {std::nullopt, "file is " + std::to_string(size) + " bytes, larger than the limit of " +
                                  std::to_string(max_bytes) + " bytes"};
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::read(in.get(), text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return {std::nullopt, std::string("cannot read: ") + std::strerror(errno)};
        }
        if (n == 0) {
            break; // the file shrank while being read
        }
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    InputLog::record(in.get(), path);
    return {std::move(text), {}};
}

std::optional<long> temporary_file_pid(std::string_view name) {
    std::size_t marker = name.rfind(k_temporary_marker);
    if (name.size() < 2 || name[0] != '.' || marker == std::string_view::npos || marker == 0) {
        return std::nullopt;
    }
    std::string_view rest = name.substr(marker + k_temporary_marker.size()); // "<pid>.<8 hex>"
    std::size_t dot = rest.find('.');
    if (dot == std::string_view::npos || dot == 0 || rest.size() - dot - 1 != 8) {
        return std::nullopt;
    }
    for (char c : rest.substr(dot + 1)) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return std::nullopt;
        }
    }
    long pid = 0;
    auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + dot, pid);
    if (ec != std::errc() || ptr != rest.data() + dot) {
        return std::nullopt;
    }
    return pid;
}

std::string write_files_atomic(std::span<const FileToWrite> files) {
    std::vector<Pending> replaced;
    std::vector<const FileToWrite*> in_place;
    std::set<fs::path> directories;
    for (const FileToWrite& file : files) {
        auto target = classify(file.path);
        if (auto* error = std::get_if<std::string>(&target)) {
            return *error;
        }
        if (std::get<Target>(target) == Target::InPlace) {
            in_place.push_back(&file);
        } else {
            replaced.push_back({&file, {}, -1});
            directories.insert(file.path.parent_path());
        }
    }
    for (const fs::path& dir : directories) {
        remove_stale_temporaries(dir);
    }
    {
        CleanupHandlers handlers;
        for (Pending& p : replaced) {
            if (std::string error = write_temporary(p); !error.empty()) {
                remove_pending(replaced);
                return error;
            }
        }
        // Every temporary is complete: rename them all, with the signals held until the last one is done.
        SignalBlock block;
        for (std::size_t i = 0; i < replaced.size(); ++i) {
            Pending& p = replaced[i];
            if (::rename(p.temporary.c_str(), p.file->path.c_str()) != 0) {
                int saved = errno;
                remove_pending(replaced);
                std::string error = system_error(p.file->path, "write", saved);
                if (i > 0) {
                    error += " (after replacing " + std::to_string(i) + " of the other files)";
                }
                return error;
            }
            release_temporary(p.slot);
            p.slot = -1;
        }
    }
    for (const FileToWrite* file : in_place) {
        if (std::string error = write_in_place(*file); !error.empty()) {
            return error;
        }
    }
    return {};
}

std::string write_file_atomic(const fs::path& path, std::string_view contents) {
    FileToWrite file{path, contents};
    return write_files_atomic(std::span<const FileToWrite>(&file, 1));
}

} // namespace axg::util
