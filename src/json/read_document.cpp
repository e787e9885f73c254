// Reading a `jixiao/1` document into the model, with simdjson On
// Demand: one forward pass over the text, no DOM. Every key is checked against
// the README's format section; every error names the file, the JSON path (or line and column for
// malformed JSON) and what was expected.
#include "json/document_keys.hpp"
#include "json/json_input.hpp"
#include "json/json_syntax.hpp"
#include "json/read_padded.hpp"

#include <jixiao/io.hpp>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace jixiao {

namespace {

namespace od = json::od;
using json::expectation;

std::string quote(std::string_view s) { return json::input::quoted(s); }

class document_reader {
public:
    // `each`, when given: the projects go to it as they are read, not into the document.
    document_reader(std::string_view text, std::string_view source, const project_visitor* each = nullptr)
        : text_(text), in_(source), each_(each) {}

    json::input& input() { return in_; }

    document read(od::document& doc) {
        if (doc.type() != od::json_type::object) wrong_root(doc.type());
        od::object root = doc.get_object();
        document d;
        const auto seen = in_.object(root, keys::document, d.x, [&](std::size_t field, od::value& v) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::document, name); };
            switch (field) {
            case at("format"): read_format(v); break;
            case at("unit"): d.unit = in_.text(v); break;
            case at("region"): d.region = in_.text(v); break;
            case at("fiscal_year"): d.fiscal_year = in_.year(v); break;
            case at("scheme"): d.scheme = read_scheme(v); break;
            case at("policies"): in_.array(v, {"政策数组", "an array of policies"}, [&](od::value& p) { d.policies.push_back(read_policy(p, d.policies.size())); }); break;
            case at("projects"):
                if (each_) {
                    std::size_t index = 0;
                    in_.array(v, {"项目数组", "an array of projects"}, [&](od::value& p) {
                        (*each_)(read_project(p, index), index);
                        ++index;
                    });
                    break;
                }
                // Straight into the vector: a project moves cheaply as the vector grows.
                in_.array(v, {"项目数组", "an array of projects"}, [&](od::value& p) { d.projects.push_back(read_project(p, d.projects.size())); }); break;
            }
        });
        in_.require(seen, keys::document, {"format", "fiscal_year", "projects"});
        return d;
    }

private:
    [[noreturn]] void wrong_root(od::json_type type) {
        // "[[[" is malformed before it is the wrong kind of value.
        if (json::find_syntax_problem(text_)) throw json::malformed_json{};
        std::string zh, en;
        switch (type) {
        case od::json_type::array: zh = "数组"; en = "an array"; break;
        case od::json_type::string: zh = "字符串"; en = "a string"; break;
        case od::json_type::number: zh = "数字"; en = "a number"; break;
        case od::json_type::boolean: zh = "布尔值"; en = "true or false"; break;
        case od::json_type::null: zh = en = "null"; break;
        case od::json_type::object: break;
        }
        in_.fail({"文档是" + zh + "（应为 jixiao/1 对象：{\"format\": \"jixiao/1\", …}）",
                  "the document is " + en + " (expected a jixiao/1 object: {\"format\": \"jixiao/1\", …})"});
    }

    void read_format(od::value& v) {
        const std::string_view f = in_.string_view(v, {"字符串 \"jixiao/1\"", "the string \"jixiao/1\""});
        if (f == document_format) return;
        if (f == evaluation_format)
            in_.fail({quote(f) + " 是 jixiao 输出的评价结果，不是报告（应为 \"jixiao/1\"）",
                      quote(f) + " is an evaluation written by jixiao, not a report book (expected \"jixiao/1\")"});
        in_.fail({quote(f) + " 不是支持的格式（应为 \"jixiao/1\"）",
                  quote(f) + " is not a supported format (expected \"jixiao/1\")"});
    }

    scheme read_scheme(od::value& v) {
        scheme s;
        in_.object(v, keys::scheme, s.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::scheme, name); };
            switch (field) {
            case at("preset"): s.preset = in_.choice(f, all_scheme_presets, {"评分方案", "a scoring preset"}); break;
            case at("form"): s.form = in_.choice(f, all_form_layouts, {"自评表样式", "a form layout"}); break;
            case at("reverse"): s.reverse = in_.choice(f, all_reverse_formulas, {"反向指标计分方法", "a reverse-indicator formula"}); break;
            case at("cap_execution"): s.cap_execution = in_.boolean(f); break;
            case at("execution_weight"): s.execution_weight = in_.points_value(f, false); break;
            // More than 6 decimals of a point is beyond any form's precision.
            case at("score_decimals"): s.score_decimals = in_.small_integer(f, 0, 6, {"0 到 6 之间的整数", "a whole number from 0 to 6"}); break;
            }
        });
        return s;
    }

    // Ids seen so far and where: a short list, a hash map once there are many
    // (most documents of a JSON Lines stream hold one project).
    class id_positions {
    public:
        // Records `id` at `index`; if it was there already, its first position.
        std::optional<std::size_t> insert(std::string_view id, std::size_t index) {
            if (many_.empty()) {
                for (const auto& [seen, at] : few_)
                    if (seen == id) return at;
                few_.emplace_back(id, index);
                if (few_.size() > 16) {
                    many_.insert(few_.begin(), few_.end());
                    few_.clear();
                }
                return std::nullopt;
            }
            const auto [it, inserted] = many_.emplace(id, index);
            if (!inserted) return it->second;
            return std::nullopt;
        }

    private:
        std::vector<std::pair<std::string_view, std::size_t>> few_;
        std::unordered_map<std::string_view, std::size_t> many_;
    };

    // An id: a non-empty string, unique among its siblings.
    std::string read_id(od::value& v, id_positions& ids, std::size_t index,
                        std::string_view list, std::string_view kind_zh, std::string_view kind_en) {
        const std::string_view id = in_.string_view(v, {"字符串", "a string"});
        if (id.empty())
            in_.fail({std::string(kind_zh) + "编号为空（应为非空的编号，如 \"p01\"）",
                      "an empty " + std::string(kind_en) + " id (expected a non-empty id such as \"p01\")"});
        if (const auto earlier = ids.insert(id, index)) {
            const std::string first = std::string(list) + "[" + std::to_string(*earlier) + "]";
            in_.fail({std::string(kind_zh) + "编号 " + quote(id) + " 重复（每个编号只能出现一次；" + first + " 已使用）",
                      "duplicate " + std::string(kind_en) + " id " + quote(id) + " (expected each id once; " + first +
                          " has it already)"});
        }
        return std::string(id);
    }

public:
    // A bare policy object as the whole text (jixiao split POLICY_FILE).
    policy read_root_policy(od::document& doc) {
        if (doc.type() != od::json_type::object) wrong_root(doc.type());
        od::object root = doc.get_object();
        return read_policy(root, 0);
    }

private:
    policy read_policy(od::value& v, std::size_t index) {
        if (in_.type(v) != od::json_type::object) in_.fail_type(v, {"对象", "an object"});
        od::object obj = v.get_object();
        return read_policy(obj, index);
    }

    policy read_policy(od::object& obj, std::size_t index) {
        policy p;
        const auto seen = in_.object(obj, keys::policy, p.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::policy, name); };
            switch (field) {
            case at("id"): p.id = read_id(f, policy_ids_, index, "policies", "政策", "policy"); break;
            case at("title"): p.title = in_.text(f); break;
            case at("reference"): p.reference = in_.text(f); break;
            case at("valid_from"): p.valid_from = in_.day(f); break;
            case at("valid_to"): p.valid_to = in_.day(f); break;
            case at("standard"): p.standard = in_.amount(f); break;
            case at("categories"):
                in_.map(f, {"对象：类别名 → 分担树", "an object: category name → share tree"}, p.categories_x,
                        [&](std::string_view name, od::value& node) { p.categories.emplace_back(std::string(name), read_share_node(node)); }); break;
            }
        });
        // The spec lists no required policy keys; without a standard and the
        // categories' shares a policy cannot split anything, so they are required.
        in_.require(seen, keys::policy, {"id", "standard", "categories"});
        return p;
    }

    share_node read_share_node(od::value& v) {
        share_node node;
        in_.object(v, keys::share_node, node.x, [&](std::size_t field, od::value& f) {
            if (field == keys::index_of(keys::share_node, "rest"))
                node.rest = std::make_shared<const share_node>(read_share_node(f));
            else
                node.shares.emplace_back(*from_id(all_levels, keys::share_node[field]), in_.share(f));
        });
        return node;
    }

    project read_project(od::value& v, std::size_t index) {
        project p;
        const auto seen = in_.object(v, keys::project, p.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::project, name); };
            switch (field) {
            case at("id"): p.id = read_id(f, project_ids_, index, "projects", "项目", "project"); break;
            case at("code"): p.code = in_.text(f); break;
            case at("name"): p.name = in_.text(f); break;
            case at("department"): p.department = in_.text(f); break;
            case at("implementer"): p.implementer = in_.text(f); break;
            case at("basis"): p.basis = in_.text_list(f); break;
            case at("goal"): p.goal = in_.text(f); break;
            case at("outcome"): p.outcome = in_.text(f); break;
            case at("content"): p.content = in_.text(f); break;
            case at("budget"): p.budget = read_budget(f); break;
            case at("tranches"): in_.array(f, {"资金数组", "an array of tranches"}, [&](od::value& t) { p.tranches.push_back(read_tranche(t)); }); break;
            case at("execution"): p.execution = read_execution(f); break;
            case at("cost_sharing"): p.cost_sharing = read_cost_sharing(f); break;
            case at("indicators"): in_.array(f, {"指标数组", "an array of indicators"}, [&](od::value& i) { p.indicators.push_back(read_indicator(i)); }); break;
            case at("problems"): p.problems = in_.text_list(f); break;
            case at("suggestions"): p.suggestions = in_.text_list(f); break;
            case at("conclusion"): p.conclusion = in_.text(f); break;
            case at("reported"): p.reported = read_reported(f); break;
            case at("reported_arrival_rate"): p.reported_arrival_rate = in_.percentage(f); break;
            }
        });
        in_.require(seen, keys::project, {"id", "name"});
        return p;
    }

    budget read_budget(od::value& v) {
        budget b;
        in_.object(v, keys::budget, b.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::budget, name); };
            switch (field) {
            case at("initial"): b.initial = in_.amount(f); break;
            case at("adjusted"): b.adjusted = in_.amount(f); break;
            }
        });
        return b;
    }

    tranche read_tranche(od::value& v) {
        tranche t;
        const auto seen = in_.object(v, keys::tranche, t.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::tranche, name); };
            switch (field) {
            case at("level"): t.level = in_.choice(f, all_levels, {"级次", "a level"}); break;
            case at("source"): t.source = in_.choice(f, all_fund_sources, {"资金来源", "a fund source"}); break;
            case at("year"): t.year = in_.year(f); break;
            case at("amount"): t.amount = in_.amount(f); break;
            case at("arrived"): t.arrived = in_.amount(f); break;
            case at("arrival_date"): t.arrival_date = in_.day(f); break;
            case at("document"): t.document = in_.text(f); break;
            }
        });
        in_.require(seen, keys::tranche, {"level", "amount"});
        return t;
    }

    execution read_execution(od::value& v) {
        execution e;
        in_.object(v, keys::execution, e.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::execution, name); };
            switch (field) {
            case at("used"): e.used = in_.amount(f); break;
            case at("carried_forward"): e.carried_forward = in_.amount(f); break;
            case at("reduced"): e.reduced = in_.amount(f); break;
            case at("recovered"): e.recovered = in_.amount(f); break;
            case at("surplus"): e.surplus = in_.amount(f); break;
            case at("items"): in_.array(f, {"用途数组", "an array of items"}, [&](od::value& i) { e.items.push_back(read_item(i)); }); break;
            case at("reported_rate"): e.reported_rate = in_.percentage(f); break;
            case at("deviation"): e.deviation = in_.text(f); break;
            }
        });
        return e;
    }

    use_item read_item(od::value& v) {
        use_item item;
        const auto seen = in_.object(v, keys::use_item, item.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::use_item, name); };
            switch (field) {
            case at("purpose"): item.purpose = in_.text(f); break;
            case at("amount"): item.amount = in_.amount(f); break;
            }
        });
        in_.require(seen, keys::use_item, {"purpose", "amount"});
        return item;
    }

    cost_sharing read_cost_sharing(od::value& v) {
        cost_sharing c;
        const auto seen = in_.object(v, keys::cost_sharing, c.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::cost_sharing, name); };
            switch (field) {
            case at("policy"): c.policy = in_.text(f); break;
            case at("headcount"): read_headcount(f, c); break;
            }
        });
        in_.require(seen, keys::cost_sharing, {"policy"});
        return c;
    }

    void read_headcount(od::value& v, cost_sharing& c) {
        in_.object(v, keys::headcount, c.headcount_x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::headcount, name); };
            switch (field) {
            case at("total"): c.total = in_.headcount(f); break;
            case at("by_category"):
                in_.map(f, {"对象：类别名 → 人数", "an object: category name → headcount"}, c.by_category_x,
                        [&](std::string_view name, od::value& n) { c.by_category.emplace_back(std::string(name), in_.headcount(n)); }); break;
            }
        });
    }

    indicator read_indicator(od::value& v) {
        indicator i;
        const auto seen = in_.object(v, keys::indicator, i.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::indicator, name); };
            switch (field) {
            case at("level1"): i.level1 = in_.choice(f, all_indicator_level1s, {"一级指标", "a level-1 category"}); break;
            case at("level2"): i.level2 = in_.choice(f, all_indicator_level2s, {"二级指标", "a level-2 category"}); break;
            case at("name"): i.name = in_.text(f); break;
            case at("unit"): i.unit = in_.text(f); break;
            case at("op"): i.op = in_.choice(f, all_comparisons, {"比较方式", "a comparison"}); break;
            case at("target"): i.target = in_.quantity_value(f); break;
            case at("actual"): i.actual = in_.quantity_value(f); break;
            case at("not_applicable"): i.not_applicable = in_.boolean(f); break;
            case at("weight"): i.weight = in_.points_value(f, false); break;
            case at("rating"): i.rating = in_.choice(f, all_ratings, {"评级", "a rating"}); break;
            case at("score"): i.score = in_.points_value(f, true); break;
            case at("reported_score"): i.reported_score = in_.points_value(f, true); break;
            case at("deviation"): i.deviation = in_.text(f); break;
            }
        });
        in_.require(seen, keys::indicator, {"level1", "name", "weight"});
        check_scoring(i);
        return i;
    }

    // An indicator is scored one way: (op, target, actual), or a rating, or
    // not at all (not_applicable). Two ways at once would be a guess.
    void check_scoring(const indicator& i) {
        const bool quantitative = i.op && i.target && i.actual;
        if (i.rating && i.actual)
            in_.fail({"指标同时有 \"actual\" 和 \"rating\"（应只用一种计分方式：\"op\"、\"target\"、\"actual\"，或 \"rating\"）",
                      "the indicator has both \"actual\" and \"rating\" (expected one way to score it: "
                      "\"op\", \"target\" and \"actual\", or \"rating\")"});
        if (i.score && !i.rating)
            in_.fail({"指标有 \"score\" 但没有 \"rating\"（\"score\" 只用于定性指标，应与 \"rating\" 一起给出）",
                      "the indicator has \"score\" but no \"rating\" (expected \"score\" only with a qualitative \"rating\")"});
        if (quantitative || i.rating || i.not_applicable) return;
        std::string missing;
        if (!i.op) missing += "\"op\"";
        if (!i.target) missing += (missing.empty() ? "" : ", ") + std::string("\"target\"");
        if (!i.actual) missing += (missing.empty() ? "" : ", ") + std::string("\"actual\"");
        if (i.op || i.target || i.actual)
            in_.fail({"定量指标缺少 " + missing + "（应有 \"op\"、\"target\" 和 \"actual\"；或给出 \"rating\"，或 \"not_applicable\": true）",
                      "the quantitative indicator lacks " + missing + " (expected \"op\", \"target\" and \"actual\"; "
                      "or a \"rating\", or \"not_applicable\": true)"});
        in_.fail({"指标无法计分（应有 \"op\"、\"target\" 和 \"actual\"，或 \"rating\"，或 \"not_applicable\": true）",
                  "the indicator cannot be scored (expected \"op\", \"target\" and \"actual\", or a \"rating\", "
                  "or \"not_applicable\": true)"});
    }

    reported_scores read_reported(od::value& v) {
        reported_scores r;
        in_.object(v, keys::reported, r.x, [&](std::size_t field, od::value& f) {
            constexpr auto at = [](std::string_view name) { return keys::index_of(keys::reported, name); };
            switch (field) {
            case at("execution_score"): r.execution_score = in_.points_value(f, true); break;
            case at("total"): r.total = in_.points_value(f, true); break;
            }
        });
        return r;
    }

    std::string_view text_;
    json::input in_;
    const project_visitor* each_ = nullptr;
    // Ids point into the parser's buffer, which outlives the reading.
    id_positions policy_ids_;
    id_positions project_ids_;
};

// The positioned error for malformed JSON: the careful scan says where;
// simdjson's own message, at the path reached, is the fallback.
error malformed(std::string_view text, std::string_view source, const std::string& path, const char* detail) {
    if (const auto problem = json::find_syntax_problem(text)) {
        const auto at = json::position_of(text, problem->offset);
        return error({"JSON 格式错误：" + problem->what.zh, "malformed JSON: " + problem->what.en},
                     location{std::string(source), at.line, at.column, {}});
    }
    return error({"JSON 格式错误：" + std::string(detail), "malformed JSON: " + std::string(detail)},
                 location{std::string(source), 0, 0, path});
}


// Reads the whole text with `read_root(reader, doc)`, turning simdjson's
// errors into located jixiao errors.
template <class ReadRoot>
auto read_text(simdjson::padded_string_view json, std::string_view source, ReadRoot read_root,
               const project_visitor* each = nullptr) {
    // A UTF-8 byte order mark, as Windows editors write, is skipped (RFC 8259
    // lets a parser ignore it); a UTF-16 one is refused as not UTF-8.
    if (json.size() >= 3 && json.substr(0, 3) == "\xEF\xBB\xBF")
        json = simdjson::padded_string_view(json.data() + 3, json.size() - 3, json.capacity() - 3);
    const std::string_view text(json.data(), json.size());

    // One parser per thread keeps its buffers from document to document (JSON Lines).
    thread_local od::parser parser;
    document_reader reader(text, source, each);
    try {
        od::document doc = parser.iterate(json);
        auto d = read_root(reader, doc);
        if (!doc.current_location().error()) throw json::malformed_json{};  // text after the document
        return d;
    } catch (const simdjson::simdjson_error& e) {
        if (e.error() == simdjson::MEMALLOC || e.error() == simdjson::CAPACITY)
            throw error({"文档过大，无法读取（" + std::string(e.what()) + "）",
                         "the document is too large to read (" + std::string(e.what()) + ")"},
                        location{std::string(source), 0, 0, {}});
        throw malformed(text, source, reader.input().path.str(), e.what());
    } catch (const json::malformed_json&) {
        throw malformed(text, source, reader.input().path.str(), "invalid token");
    }
}

}  // namespace

document read_padded(simdjson::padded_string_view json, std::string_view source) {
    return read_text(json, source, [](document_reader& reader, od::document& doc) { return reader.read(doc); });
}

policy read_policy(std::string_view json, std::string_view source_name) {
    const simdjson::padded_string padded(json);
    return read_text(padded, source_name,
                     [](document_reader& reader, od::document& doc) { return reader.read_root_policy(doc); });
}

document read_document(std::string_view json, std::string_view source_name) {
    const simdjson::padded_string padded(json);
    return read_padded(padded, source_name);
}

document read_document_projects(std::string_view json, std::string_view source_name, const project_visitor& each) {
    const simdjson::padded_string padded(json);
    return read_text(
        padded, source_name, [](document_reader& reader, od::document& doc) { return reader.read(doc); }, &each);
}

}  // namespace jixiao
