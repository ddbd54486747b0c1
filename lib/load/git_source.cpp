#include "load/git_source.hpp"

#include <git2.h>

#include "util/text.hpp"

namespace axg::load {

namespace fs = std::filesystem;

namespace {

struct Library {
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
};

void ensure_library() {
    static Library library;
}

std::string last_error() {
    const git_error* e = git_error_last();
    return e && e->message ? std::string(e->message) : std::string("unknown libgit2 error");
}

// The size of a blob from its object header, without inflating it (libgit2 inflates a whole blob on lookup).
bool blob_size(git_repository* repo, git_odb*& odb, const git_oid* id, std::size_t& size) {
    if (!odb && git_repository_odb(&odb, repo) != 0) {
        return false;
    }
    git_object_t type = GIT_OBJECT_INVALID;
    return git_odb_read_header(&size, &type, odb, id) == 0;
}

struct TreeEntry {
    git_tree_entry* entry = nullptr;
    ~TreeEntry() { git_tree_entry_free(entry); }
};

} // namespace

struct GitSource::Handles {
    git_repository* repo = nullptr;
    git_tree* tree = nullptr;
    git_odb* odb = nullptr;
    ~Handles() {
        git_odb_free(odb);
        git_tree_free(tree);
        git_repository_free(repo);
    }
};

GitSource::GitSource(std::unique_ptr<Handles> handles, std::string ref, std::string commit, fs::path workdir)
    : m_handles(std::move(handles)), m_ref(std::move(ref)), m_commit(std::move(commit)), m_workdir(std::move(workdir)) {
}

GitSource::~GitSource() = default;

std::unique_ptr<GitSource> GitSource::open(const fs::path& start_dir, const std::string& ref, std::string& error) {
    ensure_library();
    auto handles = std::make_unique<Handles>();
    std::error_code ec;
    fs::path start = fs::weakly_canonical(fs::absolute(start_dir), ec);
    if (git_repository_open_ext(&handles->repo, start.c_str(), 0, nullptr) != 0) {
        error =
            "no git repository holds " + start.string() + " (--base needs one; --base-dir compares with a directory)";
        return nullptr;
    }
    const char* workdir = git_repository_workdir(handles->repo);
    if (!workdir) {
        error = "the git repository at " + std::string(git_repository_path(handles->repo)) + " is bare";
        return nullptr;
    }
    git_object* object = nullptr;
    if (git_revparse_single(&object, handles->repo, ref.c_str()) != 0) {
        error = "cannot resolve git revision \"" + util::printable(ref) + "\": " + last_error();
        return nullptr;
    }
    git_object* peeled = nullptr;
    int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT);
    git_object_free(object);
    if (rc != 0) {
        error = "git revision \"" + util::printable(ref) + "\" is not a commit: " + last_error();
        return nullptr;
    }
    char id[10] = {};
    git_oid_tostr(id, sizeof id, git_object_id(peeled));
    rc = git_commit_tree(&handles->tree, reinterpret_cast<git_commit*>(peeled));
    git_object_free(peeled);
    if (rc != 0) {
        error = "cannot read the tree of \"" + util::printable(ref) + "\": " + last_error();
        return nullptr;
    }
    fs::path root = fs::weakly_canonical(fs::path(workdir), ec);
    if (!root.has_filename()) {
        root = root.parent_path();
    }
    return std::unique_ptr<GitSource>(new GitSource(std::move(handles), ref, id, std::move(root)));
}

std::string GitSource::repo_relative(const fs::path& path, std::string& error) const {
    fs::path full = fs::absolute(path).lexically_normal();
    if (!util::is_inside(m_workdir, full)) {
        // The user may have named the contract through a symlinked directory.
        std::error_code ec;
        full = fs::weakly_canonical(full.parent_path(), ec) / full.filename();
    }
    if (!util::is_inside(m_workdir, full) || full == m_workdir) {
        error = "\"" + path.string() + "\" is outside the git repository " + m_workdir.string();
        return {};
    }
    return full.lexically_relative(m_workdir).generic_string();
}

util::ResolvedPath GitSource::resolve(const fs::path& root, const fs::path& base_dir,
                                      const std::string& relative) const {
    if (relative.empty()) {
        return {{}, "the path is empty"};
    }
    if (relative.find('\0') != std::string::npos) {
        return {{}, "the path contains a NUL character"};
    }
    if (fs::path(relative).is_absolute()) {
        return {{}, "the path \"" + relative + "\" is absolute; write it relative to the contract file"};
    }
    fs::path resolved = (base_dir / relative).lexically_normal();
    if (!util::is_inside(root, resolved)) {
        return {{},
                "the path \"" + relative + "\" resolves outside the project root " + root.string() + " at " + m_ref +
                    "; keep manifests inside the project or pass --root"};
    }
    return {resolved, {}};
}

util::ReadResult GitSource::read(const fs::path& path) const {
    std::string error;
    std::string relative = repo_relative(path, error);
    if (relative.empty()) {
        return {std::nullopt, error};
    }
    // Walk one component at a time so that a symlinked directory is refused, not followed.
    std::string prefix;
    for (const auto& part : fs::path(relative)) {
        prefix += (prefix.empty() ? "" : "/") + part.string();
        TreeEntry e;
        if (git_tree_entry_bypath(&e.entry, m_handles->tree, prefix.c_str()) != 0) {
            return {std::nullopt, "\"" + relative + "\" does not exist at " + m_ref};
        }
        if (git_tree_entry_filemode(e.entry) == GIT_FILEMODE_LINK) {
            return {std::nullopt,
                    "\"" + prefix + "\" is a symlink at " + m_ref + "; appexguard does not follow symlinks"};
        }
        if (prefix.size() == relative.size()) {
            if (git_tree_entry_type(e.entry) != GIT_OBJECT_BLOB) {
                return {std::nullopt, "\"" + relative + "\" is not a file at " + m_ref};
            }
            // The size comes from the object header first, so a small .git holding a highly compressible
            // blob cannot cost its full inflated size in memory.
            const git_oid* id = git_tree_entry_id(e.entry);
            std::size_t header_size = 0;
            if (!blob_size(m_handles->repo, m_handles->odb, id, header_size)) {
                return {std::nullopt, "cannot read \"" + relative + "\" at " + m_ref + ": " + last_error()};
            }
            if (header_size > util::max_input_bytes()) {
                return {std::nullopt, "the file is larger than " + std::to_string(util::max_input_bytes()) +
                                          " bytes (--max-input-size)"};
            }
            git_blob* blob = nullptr;
            if (git_blob_lookup(&blob, m_handles->repo, id) != 0) {
                return {std::nullopt, "cannot read \"" + relative + "\" at " + m_ref + ": " + last_error()};
            }
            auto size = static_cast<std::size_t>(git_blob_rawsize(blob));
            util::ReadResult result;
            if (size > util::max_input_bytes()) {
                result.error =
                    "the file is larger than " + std::to_string(util::max_input_bytes()) + " bytes (--max-input-size)";
            } else {
                result.text = std::string(static_cast<const char*>(git_blob_rawcontent(blob)), size);
            }
            git_blob_free(blob);
            return result;
        }
    }
    return {std::nullopt, "\"" + relative + "\" does not exist at " + m_ref};
}

} // namespace axg::load
