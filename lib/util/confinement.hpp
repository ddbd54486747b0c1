#pragma once
// Keeping the files a command reads on behalf of the project inside the project root (docs/security.md,
// "Confinement"): a pull request can point an xcconfig `#include`, an XcodeGen `include:`, CODE_SIGN_ENTITLEMENTS
// or a symlink anywhere on the CI machine, and what appexguard reads there can end up in its output.

#include <filesystem>
#include <string>
#include <vector>

namespace axg::util {

// While a ReadConfinement exists, util::read_file refuses every path that resolves (symlinks followed, `..`
// applied) outside its root, and outside the root of every confinement around it; the opened file is checked again
// by descriptor, so a symlink swapped in between does not escape. Files named on the command line are read before
// a command sets one up.
class ReadConfinement {
public:
    explicit ReadConfinement(const std::filesystem::path& root);
    ~ReadConfinement();
    ReadConfinement(const ReadConfinement&) = delete;
    ReadConfinement& operator=(const ReadConfinement&) = delete;

    struct Refusal {
        std::filesystem::path path; // as the reader asked for it
        std::string reason;         // confinement_error's sentence
    };

    const std::filesystem::path& root() const { return m_root; }
    // Every read refused under this confinement (or one inside it), in order: a command fails when any was.
    const std::vector<Refusal>& refusals() const { return m_refusals; }

private:
    friend std::string confinement_error(const std::filesystem::path& path, int fd);
    std::filesystem::path m_root; // canonical
    std::vector<Refusal> m_refusals;
    ReadConfinement* m_outer;
};

// "" when `path` may be read: no confinement is active, or it lies inside every active root. Else one sentence
// naming where it resolves and the root, and the refusal is recorded in every active confinement. With `fd` (an
// open descriptor of `path`), the file actually opened is checked (Linux: /proc/self/fd).
std::string confinement_error(const std::filesystem::path& path, int fd = -1);

} // namespace axg::util
