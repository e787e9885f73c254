// Reading a `jixiao/1` document from a file: the bytes go straight into a
// buffer with simdjson's padding, and file errors name the file.
#include "json/read_padded.hpp"

#include <jixiao/io.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace jixiao {

namespace {

[[noreturn]] void cannot_read(const std::string& path, int code) {
    std::string zh, en;
    switch (code) {
    case ENOENT: zh = "文件不存在"; en = "no such file"; break;
    case EACCES: zh = "没有读取权限"; en = "permission denied"; break;
    case EISDIR: zh = "是目录，不是文件"; en = "is a directory, not a file"; break;
    default: zh = en = std::strerror(code); break;
    }
    throw error({"无法读取：" + zh + "（应为 jixiao/1 文档文件）",
                 "cannot be read: " + en + " (expected a jixiao/1 document file)"},
                location{path, 0, 0, {}});
}

struct file_closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

}  // namespace

document read_document_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) cannot_read(path, EISDIR);
    const std::unique_ptr<std::FILE, file_closer> file(std::fopen(path.c_str(), "rb"));
    if (!file) cannot_read(path, errno);

    // A regular file is read at once into a buffer of its size; a pipe or a
    // /proc file, whose size is unknown, in growing chunks.
    std::string bytes;
    const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
    if (!ec && size > 0) bytes.reserve(size + simdjson::SIMDJSON_PADDING);
    for (std::size_t chunk = std::max<std::size_t>(size + 1, 1 << 16);;) {
        const std::size_t old_size = bytes.size();
        bytes.resize(old_size + chunk);
        const std::size_t n = std::fread(bytes.data() + old_size, 1, chunk, file.get());
        bytes.resize(old_size + n);
        if (n < chunk) break;
    }
    if (std::ferror(file.get())) cannot_read(path, errno != 0 ? errno : EIO);
    bytes.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);
    return read_padded(simdjson::padded_string_view(bytes.data(), bytes.size(), bytes.capacity()), path);
}

}  // namespace jixiao
