#include "util/file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace axg::util {

ReadResult read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return {std::nullopt, "no such file"};
    }
    if (!std::filesystem::is_regular_file(status)) {
        return {std::nullopt, "not a regular file"};
    }
    auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return {std::nullopt, "cannot read its size: " + ec.message()};
    }
    if (size > max_bytes) {
        return {std::nullopt, "file is " + std::to_string(size) + " bytes, larger than the limit of " +
                                  std::to_string(max_bytes) + " bytes"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {std::nullopt, std::string("cannot open: ") + std::strerror(errno)};
    }
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return {std::move(text), {}};
}

std::string write_file_atomic(const std::filesystem::path& path, std::string_view contents) {
    auto tmp = path;
    tmp += ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            return "cannot write " + path.string() + ": " + std::strerror(errno);
        }
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            return "cannot write " + path.string() + ": " + std::strerror(errno);
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return "cannot write " + path.string() + ": " + ec.message();
    }
    return {};
}

} // namespace axg::util
