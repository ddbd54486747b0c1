#pragma once
// The files one command reads, so that it can refuse to write a report over any of them: `-o appexguard.toml`,
// or `--sarif` naming an entitlements file, would otherwise destroy an input (docs/security.md).

#include <filesystem>
#include <optional>
#include <map>
#include <mutex>
#include <utility>
#include <sys/types.h>

namespace axg::util {

// While an InputLog exists it is the thread's innermost one, and util::read_file records every regular file it
// opens into it and into every log around it. A command holds one from its first read to its last write.
class InputLog {
public:
    InputLog();
    ~InputLog();
    InputLog(const InputLog&) = delete;
    InputLog& operator=(const InputLog&) = delete;

    // The innermost log of this thread, or nullptr when no command is running.
    static const InputLog* current();
    // Records the file open as `fd` (its device and inode) under `path`; called by util::read_file.
    static void record(int fd, const std::filesystem::path& path);

    // The input that is the same file as `path` (same device and inode: hard links and symlinks to an input
    // count), or nullopt.
    std::optional<std::filesystem::path> find(const std::filesystem::path& path) const;

    // While it exists, `log` is the calling thread's innermost log: a thread that reads for a command (drift loads
    // the base beside the current project) records into the command's log.
    class Adopt {
    public:
        explicit Adopt(InputLog& log);
        ~Adopt();
        Adopt(const Adopt&) = delete;
        Adopt& operator=(const Adopt&) = delete;

    private:
        InputLog* m_saved;
    };

private:
    // (device, inode) -> the path it was read under (the first in byte order, if several: the same whatever thread
    // read first); a monorepo's project reads tens of thousands.
    std::map<std::pair<dev_t, ino_t>, std::filesystem::path> m_inputs;
    mutable std::mutex m_mutex; // threads of one command record at once
    InputLog* m_outer;
};

} // namespace axg::util
