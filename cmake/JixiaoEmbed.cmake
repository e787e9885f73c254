# cmake -DINPUT=file.json -DOUTPUT=file.cpp -P JixiaoEmbed.cmake
# Writes the bytes of INPUT as a C++ array behind jixiao::embedded_report_book().
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from the seed report book by cmake/JixiaoEmbed.cmake; do not edit.
#include <jixiao/embedded.hpp>

namespace {
constexpr unsigned char book[] = {
${bytes}0x00};
}  // namespace

std::string_view jixiao::embedded_report_book() noexcept {
    return {reinterpret_cast<const char*>(book), ${size}};
}
")
# Replaced only when the bytes differ: configuring again does not rebuild jixiao_core.
configure_file("${OUTPUT}.tmp" "${OUTPUT}" COPYONLY)
file(REMOVE "${OUTPUT}.tmp")
