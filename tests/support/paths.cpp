#include "support/paths.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace axg::test {

std::filesystem::path source_dir() { return APPEXGUARD_SOURCE_DIR; }
std::filesystem::path binary() { return APPEXGUARD_BINARY; }

std::optional<std::filesystem::path> corpora_dir() {
    auto dir = source_dir().parent_path() / "shared" / "corpora";
    if (std::filesystem::is_directory(dir)) {
        return dir;
    }
    return std::nullopt;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

RunResult run_cli(const std::string& args, const std::filesystem::path& cwd) {
    static int counter = 0;
    auto tmp = std::filesystem::temp_directory_path();
    auto stem = "axg_run_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    auto out_path = tmp / (stem + ".out");
    auto err_path = tmp / (stem + ".err");
    std::string command = "cd '" + cwd.string() + "' && '" + binary().string() + "' " + args + " >'" +
                          out_path.string() + "' 2>'" + err_path.string() + "' </dev/null";
    int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(out_path);
    result.err = read_text(err_path);
    std::filesystem::remove(out_path);
    std::filesystem::remove(err_path);
    return result;
}

} // namespace axg::test
