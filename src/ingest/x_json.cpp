// Writing a reader's provenance into the "x" of the object it fills.
#include "ingest/reading.hpp"
#include "ingest/unicode.hpp"

namespace jixiao::ingest {

std::string utf8(std::u32string_view s) { return to_utf8(s); }
std::string in_quotes(std::u32string_view s) { return "“" + to_utf8(s) + "”"; }

extension to_extension(const x_record& x, const nlohmann::ordered_json& extra) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    if (!x.sources.empty()) {
        nlohmann::ordered_json sources = nlohmann::ordered_json::array();
        for (const auto& s : x.sources) {
            // Sources from the same sentence share one entry.
            nlohmann::ordered_json* entry = nullptr;
            for (auto& e : sources)
                if (e["line"] == s.line && e["text"] == to_utf8(s.sentence)) entry = &e;
            if (!entry) {
                sources.push_back({{"line", s.line}, {"text", to_utf8(s.sentence)}, {"fields", nlohmann::ordered_json::object()}});
                entry = &sources.back();
            }
            auto& fields = (*entry)["fields"];
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
