#include "cli/output.hpp"

#include <jixiao/error.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <sstream>
#include <unistd.h>

namespace jixiao::cli {

void write_output(const std::string& path, std::string_view content) {
    if (path.empty() || path == "-") {
        std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
        std::cout.flush();
        return;
    }
    const auto fail = [&](const std::string& why) {
        return error({"无法写入输出文件：" + why, "cannot write the output file: " + why}, location::of_file(path));
    };
    std::random_device entropy;
    const std::string temporary = path + ".tmp-" + std::to_string(entropy());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) throw fail(std::strerror(errno));
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.close();
        if (!out) {
            std::filesystem::remove(temporary);
            throw fail(std::strerror(errno));
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary);
        throw fail(ec.message());
    }
}

std::string read_input(const std::string& path) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw error({"这是一个目录，不是文件", "is a directory, not a file"}, location::of_file(path));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw error({std::string("无法打开文件：") + std::strerror(errno),
                     std::string("cannot open the file: ") + std::strerror(errno)},
                    location::of_file(path));
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

namespace {

// The temporary file of the output stream being written, for the signal
// handler: Ctrl-C or a kill in the middle of a long stream leaves no litter.
char interrupted_temporary[4096];

extern "C" void remove_temporary_and_die(int signal_number) {
    if (interrupted_temporary[0] != '\0') ::unlink(interrupted_temporary);  // async-signal-safe
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

}  // namespace

output_stream::output_stream(const std::string& path) : path_(path) {
    if (path.empty() || path == "-") {
        file_ = stdout;
        return;
    }
    std::random_device entropy;
    temporary_ = path + ".tmp-" + std::to_string(entropy());
    file_ = std::fopen(temporary_.c_str(), "wb");
    if (!file_) {
        temporary_.clear();
        fail(std::strerror(errno));
    }
    if (temporary_.size() < sizeof interrupted_temporary) {
        std::memcpy(interrupted_temporary, temporary_.c_str(), temporary_.size() + 1);
        for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, remove_temporary_and_die);
    }
}

output_stream::~output_stream() {
    interrupted_temporary[0] = '\0';
    if (temporary_.empty()) return;
    if (file_) std::fclose(file_);
    std::remove(temporary_.c_str());
}

void output_stream::fail(const std::string& why) {
    throw error({"无法写入输出：" + why, "cannot write the output: " + why},
                location::of_file(path_.empty() ? "<stdout>" : path_));
}

void output_stream::write(std::string_view bytes) {
    if (bytes.empty()) return;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail(std::strerror(errno));
}

void output_stream::commit() {
    if (std::fflush(file_) != 0) fail(std::strerror(errno));
    if (temporary_.empty()) return;
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) fail(std::strerror(errno));
    std::error_code ec;
    std::filesystem::rename(temporary_, path_, ec);
    if (ec) fail(ec.message());
    interrupted_temporary[0] = '\0';
    temporary_.clear();
}

}  // namespace jixiao::cli
