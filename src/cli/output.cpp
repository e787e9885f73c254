#include "cli/output.hpp"

#include "render/inert_text.hpp"

#include <jixiao/error.hpp>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <pthread.h>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace jixiao::cli {
namespace {

// ---- signals -------------------------------------------------------------------------

constexpr int fatal_signals[] = {SIGINT,  SIGTERM,   SIGHUP,  SIGPIPE, SIGQUIT, SIGUSR1,
                                 SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ};

// The temporary files being written, for the handler: at most two at once (an
// output and the xlsx library's file for it).
constexpr std::size_t slots = 2;
char temporaries[slots][PATH_MAX];
volatile std::sig_atomic_t registered[slots];

extern "C" void remove_temporaries_and_die(int signal_number) {
    for (std::size_t i = 0; i < slots; ++i)
        if (registered[i]) ::unlink(temporaries[i]);  // async-signal-safe
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(signal_number, &dfl, nullptr);
    ::raise(signal_number);  // delivered, now fatal, when the handler returns
}

// The slot now holding `path`; slots when it does not fit (then a signal leaves it).
std::size_t register_temporary(const std::string& path) {
    if (path.size() >= PATH_MAX) return slots;
    for (std::size_t i = 0; i < slots; ++i)
        if (!registered[i]) {
            std::memcpy(temporaries[i], path.c_str(), path.size() + 1);
            registered[i] = 1;
            return i;
        }
    return slots;
}

void unregister_temporary(const std::string& path) {
    for (std::size_t i = 0; i < slots; ++i)
        if (registered[i] && path == temporaries[i]) registered[i] = 0;
}

// ---- files ---------------------------------------------------------------------------

[[noreturn]] void fail_output(const std::string& path, const std::string& why) {
    throw error({"无法写入输出：" + why, "cannot write the output: " + why},
                location::of_file(path.empty() || path == "-" ? "<stdout>" : shown_name(path)));
}

// The file `path` stands for: symbolic links followed to their target, which
// need not exist yet.
std::string follow_links(const std::string& path) {
    std::filesystem::path p(path);
    for (int depth = 0; depth < 40; ++depth) {
        struct stat st {};
        if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p.string();
        std::error_code ec;
        const std::filesystem::path target = std::filesystem::read_symlink(p, ec);
        if (ec) fail_output(path, ec.message());
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    fail_output(path, std::strerror(ELOOP));
}

// A new file for writing in `directory`, under a short name that fits any file
// system's limit whatever the target's name; registered for the signal handler.
int make_temporary(const std::string& directory, std::string& name, const std::string& shown) {
    std::string pattern = (std::filesystem::path(directory.empty() ? "." : directory) / ".jixiao-XXXXXX").string();
    // The fatal signals wait while the file is created and registered: one landing
    // between the two would end jixiao with the file left behind.
    sigset_t fatal, before;
    sigemptyset(&fatal);
    for (const int s : fatal_signals) sigaddset(&fatal, s);
    ::pthread_sigmask(SIG_BLOCK, &fatal, &before);
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    const int created_errno = errno;
    if (fd >= 0) register_temporary(pattern);
    ::pthread_sigmask(SIG_SETMASK, &before, nullptr);  // a signal held back is delivered here
    if (fd < 0) fail_output(shown, std::strerror(created_errno));
    name = pattern;
    return fd;
}

void write_all(int fd, std::string_view bytes, const std::string& shown) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            fail_output(shown, std::strerror(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

void install_signal_handlers() {
    for (const int s : fatal_signals) {
        struct sigaction old {};
        if (::sigaction(s, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;  // nohup: stays ignored
        struct sigaction handler {};
        handler.sa_handler = remove_temporaries_and_die;
        sigfillset(&handler.sa_mask);
        ::sigaction(s, &handler, nullptr);
    }
}

std::string shown_name(const std::string& path) { return path == "-" ? "<stdin>" : detail::terminal_visible(path); }

void check_stdin_once(const std::vector<std::string>& files) {
    if (std::count(files.begin(), files.end(), "-") > 1)
        throw error({"标准输入（-）只能读取一次，不能给出两次", "standard input (-) can be read only once; it was given more than once"});
}

void print_message(std::string_view line) {
    std::string text = detail::terminal_visible(line);
    if (text.empty() || text.back() != '\n') text += '\n';
    std::cerr << text << std::flush;  // a failure to report is not reported
}

void write_output(const std::string& path, std::string_view content) {
    output_stream out(path);
    out.write(content);
    out.commit();
}

std::string read_input(const std::string& path) {
    const int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    const std::string shown = shown_name(path);
    if (fd < 0)
        throw error({std::string("无法打开文件：") + std::strerror(errno),
                     std::string("cannot open the file: ") + std::strerror(errno)},
                    location::of_file(shown));
    const struct closer {
        int fd;
        ~closer() {
            if (fd != STDIN_FILENO) ::close(fd);
        }
    } close_at_end{fd};
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
        throw error({"这是一个目录，不是文件", "is a directory, not a file"}, location::of_file(shown));
    std::string bytes;
    if (S_ISREG(st.st_mode) && st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = std::strerror(errno);
            throw error({"读取失败：" + why, "cannot read: " + why}, location::of_file(shown));
        }
        bytes.append(chunk, static_cast<std::size_t>(n));
    }
    return bytes;
}

output_stream::output_stream(const std::string& path) : path_(path) {
    if (path.empty() || path == "-") {
        fd_ = STDOUT_FILENO;
        return;
    }
    target_ = follow_links(path);
    struct stat st {};
    if (::stat(target_.c_str(), &st) != 0) {
        if (errno != ENOENT) fail(std::strerror(errno));
        // A new file: the permissions a plain create would give it.
        fd_ = make_temporary(std::filesystem::path(target_).parent_path().string(), temporary_, path_);
        owns_fd_ = true;
        const mode_t mask = ::umask(0);
        ::umask(mask);
        if (::fchmod(fd_, 0666 & ~mask) != 0) abandon(std::strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) fail(std::strerror(EISDIR));
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
        fd_ = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0) fail(std::strerror(errno));
        owns_fd_ = true;
        return;
    }
    if (!S_ISREG(st.st_mode))
        fail(std::string("not a regular file, a FIFO or a character device / 不是普通文件、FIFO 或字符设备"));
    fd_ = make_temporary(std::filesystem::path(target_).parent_path().string(), temporary_, path_);
    owns_fd_ = true;
    if (::fchmod(fd_, st.st_mode & 07777) != 0) abandon(std::strerror(errno));
    if (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) (void)!::fchown(fd_, st.st_uid, st.st_gid);  // root only
}

output_stream::~output_stream() {
    if (owns_fd_ && fd_ >= 0) ::close(fd_);
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
        unregister_temporary(temporary_);
    }
}

void output_stream::fail(const std::string& why) { fail_output(path_, why); }

// A failure in the constructor: the destructor will not run, so the temporary file goes now.
void output_stream::abandon(const std::string& why) {
    ::close(fd_);
    ::unlink(temporary_.c_str());
    unregister_temporary(temporary_);
    fail(why);
}

void output_stream::write_fd(std::string_view bytes) { write_all(fd_, bytes, path_); }

void output_stream::write(std::string_view bytes) { write_fd(bytes); }

void output_stream::write_through_file(const std::function<void(const std::string& file)>& writer) {
    if (!temporary_.empty()) {
        writer(temporary_);
        return;
    }
    // Standard output, a FIFO or a device: written to a file first, then copied in.
    const char* tmpdir = std::getenv("TMPDIR");
    std::string file;
    const int fd = make_temporary(tmpdir && *tmpdir ? tmpdir : "/tmp", file, path_);
    const struct remover {
        int fd;
        std::string file;
        ~remover() {
            ::close(fd);
            ::unlink(file.c_str());
            unregister_temporary(file);
        }
    } remove_at_end{fd, file};
    writer(file);
    const int in = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) fail(std::strerror(errno));
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, chunk, sizeof chunk);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            const int e = errno;
            ::close(in);
            fail(std::strerror(e));
        }
        try {
            write_fd(std::string_view(chunk, static_cast<std::size_t>(n)));
        } catch (...) {
            ::close(in);
            throw;
        }
    }
    ::close(in);
}

void output_stream::commit() {
    if (temporary_.empty()) return;  // written straight through: nothing is buffered
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail(std::strerror(errno));
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail(std::strerror(errno));
    unregister_temporary(temporary_);
    temporary_.clear();
}

}  // namespace jixiao::cli
