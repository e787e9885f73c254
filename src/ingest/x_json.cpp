// Writing a reader's provenance into the "x" of the object it fills.
#include "ingest/reading.hpp"
#include "ingest/unicode.hpp"

#include <string>
#include <unordered_map>

namespace jixiao::ingest {

std::string utf8(std::u32string_view s) { return to_utf8(s); }
std::string in_quotes(std::u32string_view s) { return "“" + to_utf8(s) + "”"; }

extension to_extension(const x_record& x, const nlohmann::ordered_json& extra) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    if (!x.sources.empty()) {
        nlohmann::ordered_json sources = nlohmann::ordered_json::array();
        // Sources from the same sentence share one entry, found by line and text (a sentence of
        // thousands of items is not compared with every entry before it).
        std::unordered_map<std::string, std::size_t> entry_of;
        for (const auto& s : x.sources) {
            std::string text = to_utf8(s.sentence);
            const auto [at, added] = entry_of.try_emplace(std::to_string(s.line) + '\n' + text, sources.size());
            if (added) sources.push_back({{"line", s.line}, {"text", std::move(text)}, {"fields", nlohmann::ordered_json::object()}});
            auto& fields = sources[at->second]["fields"];
            const std::string value = to_utf8(s.value);
            if (!fields.contains(s.field)) fields[s.field] = value;
            else if (fields[s.field] != value) {
                // The same field read twice in one sentence (a restatement): keep both.
                if (!fields[s.field].is_array()) fields[s.field] = nlohmann::ordered_json::array({fields[s.field]});
                fields[s.field].push_back(value);
            }
        }
        out["source"] = std::move(sources);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) out[it.key()] = it.value();
    if (!x.notes.empty()) out["notes"] = x.notes;
    if (out.empty()) return {};
    return extension{out.dump()};
}

}  // namespace jixiao::ingest
