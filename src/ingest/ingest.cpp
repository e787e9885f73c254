// ingest_report_book: bytes → lines → projects → jixiao/1 document, provenance and JX-S findings.
#include "ingest/components.hpp"
#include "ingest/decode.hpp"
#include "ingest/docx_tables.hpp"
#include "ingest/form_reader.hpp"
#include "ingest/funds_words.hpp"
#include "ingest/report_book_reader.hpp"
#include "ingest/report_text_rules.hpp"
#include "ingest/text_forms.hpp"
#include "ingest/xlsx_workbook.hpp"
#include "ingest/unicode.hpp"

#include <jixiao/ingest.hpp>
#include <jixiao/rules/report_text.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

namespace jixiao {
namespace {

// By rule id, then line, then path: the order a reviewer reads the text in.
void sort_findings(std::vector<finding>& list) {
    std::stable_sort(list.begin(), list.end(), [](const finding& a, const finding& b) {
        return std::tie(a.rule, a.where.line, a.where.path) < std::tie(b.rule, b.where.line, b.where.path);
    });
}

// "dir/03-school.txt" → "03-school": the name of a book with no title.
std::string file_stem(std::string_view source_name) {
    std::string name(source_name);
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos) name.erase(0, slash + 1);
    if (const auto dot = name.rfind('.'); dot != std::string::npos && dot > 0) name.erase(dot);
    return name;
}

// A line stating an amount or a rate: a digit followed by 元, 万 or %.
bool states_a_figure(std::u32string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (!ingest::is_digit(text[i])) continue;
        std::size_t k = i + 1;
        while (k < text.size() && text[k] == U' ') ++k;
        if (k < text.size() && (text[k] == U'元' || text[k] == U'万' || text[k] == U'%' || text[k] == U'％')) return true;
    }
    return false;
}

// The unit most projects name (the book is one unit's); the first on a tie.
std::u32string book_unit(const ingest::book_layout& book) {
    std::map<std::u32string, std::size_t> count;
    for (const auto& p : book.projects)
        if (!p.unit.empty()) ++count[p.unit];
    std::u32string best;
    std::size_t best_count = 0;
    for (const auto& p : book.projects) {
        if (p.unit.empty()) continue;
        if (count[p.unit] > best_count) {
            best = p.unit;
            best_count = count[p.unit];
        }
    }
    return best;
}

}  // namespace

rule_book report_rule_book() {
    rule_book book = default_rule_book();
    for (auto& r : rules::report_text_rules()) book.add(std::move(r));
    return book;
}

namespace ingest {

report_book_reader::report_book_reader(std::string_view bytes, std::string_view source_name, const rule_book& rules,
                                       const ingest_options& options)
    : source_name_(source_name), rules_(rules) {
    // A filled form, told by content: a workbook, or a Word file whose tables hold the form.
    if (ingest::looks_like_zip(bytes)) {
        if (ingest::is_xlsx(bytes)) {
            forms_ = ingest::read_filled_forms(ingest::read_xlsx(bytes, source_name), source_name, "xlsx");
            return;
        }
        std::optional<ingest::cell_grid> body;
        try {
            body = ingest::read_docx_body(bytes, source_name);
        } catch (const error&) {
            // Not a readable .docx: decode_report below says why, as it always has.
        }
        if (body && ingest::has_filled_form(*body)) {
            forms_ = ingest::read_filled_forms({*body}, source_name, "docx");
            return;
        }
    }
    auto decoded = decode_report(bytes, source_name);
    auto lines = ingest::clean_lines(decoded.text);
    const auto page_numbers = ingest::drop_page_numbers(lines);
    const auto wrapped = ingest::join_wrapped_lines(lines);
    auto book = ingest::split_book(lines, ingest::to_u32(file_stem(source_name)));
    // No report title: a self-evaluation form copied out as text, else nothing jixiao can read.
    if (book.projects.empty())
        if (auto forms = ingest::read_text_forms(lines, source_name, rules_, options.fiscal_year)) {
            forms->encoding = decoded.encoding;
            forms_ = std::move(forms);
            return;
        }
    // Nor a form: a checklist or a report without headings, named by its first lines.
    bool loose = false;
    if (book.projects.empty()) {
        book = ingest::split_loose_book(lines, ingest::to_u32(file_stem(source_name)));
        loose = !book.projects.empty();
    }
    if (book.projects.empty())
        throw error({"找不到任何项目：报告应有“2023年度项目支出绩效自评报告”这样的标题（…自评报告、…自评价报告），"
                     "或以“一、基本情况”这样的段落标题开始；复制成文字的自评表应有“项目名称”和写有数字的“年度资金总额”行"
                     "（或“专项名称”“项目名称”和写有带单位数字的“预算数:”“执行数:”）",
                     "no project found: a report book should have a title such as 2023年度项目支出绩效自评报告 "
                     "(…自评报告, …自评价报告) or start with a section heading such as 一、基本情况; a self-evaluation "
                     "form copied as text needs 项目名称 and a total row 年度资金总额 with figures (or 专项名称 or 项目名称 and "
                     "预算数: / 执行数: with figures and their unit)"},
                    location{std::string(source_name), 0, 0, {}});
    // A title without a year: the year of another title, else the one the reader gives
    // (--year), else the year the text speaks of.
    int known_year = 0;
    for (const auto& p : book.projects) {
        if (options.fiscal_year && p.fiscal_year && p.fiscal_year != *options.fiscal_year)
            throw error({"标题写明的年度 " + std::to_string(p.fiscal_year) + " 与给定的 --year " +
                             std::to_string(*options.fiscal_year) + " 不符；请核对后去掉 --year 或改正它",
                         "the title names fiscal year " + std::to_string(p.fiscal_year) + ", not the --year " +
                             std::to_string(*options.fiscal_year) + " given; check which is right and drop or correct --year"},
                        location{std::string(source_name), p.title_line.number, 0, {}});
        known_year = known_year ? known_year : p.fiscal_year;
    }
    if (!known_year && options.fiscal_year) known_year = *options.fiscal_year;
    if (!known_year)
        if (const auto y = ingest::year_evaluated(lines)) known_year = *y;
    if (!known_year)
        throw error({"找不到报告的年度：标题和正文都没有写明“2023年”这样的年份；请用 --year 给出报告的年度",
                     "no fiscal year found: neither the title nor the text names a year such as 2023年; give the "
                     "report's year with --year"},
                    location{std::string(source_name), 0, 0, {}});
    for (auto& p : book.projects)
        if (!p.fiscal_year) p.fiscal_year = known_year;

    // A report title with no standard heading under it (a cover page, 汇总 title) is not a
    // project — unless no block has one, when they are all read and JX-S001 says why.
    std::vector<ingest::project_block> blocks;
    std::vector<std::string> notes;
    if (!page_numbers.empty()) {
        std::string at;
        for (const auto n : page_numbers) at += (at.empty() ? "" : ", ") + std::to_string(n);
        notes.push_back("lines " + at + " start with a document-sharing site's page numbers (1、, 2、, …): left out, and the pages "
                        "joined into line " + std::to_string(page_numbers.front()) + " where each breaks off mid-sentence");
    }
    if (!wrapped.paragraphs.empty()) {
        const auto& [first, last] = wrapped.paragraphs.front();
        notes.push_back("the text breaks its paragraphs into lines of " + std::to_string(wrapped.width) +
                        " columns, as text taken out of a PDF does: the lines of each paragraph (and a page's footer "
                        "between them) are joined into its first line, " + std::to_string(wrapped.paragraphs.size()) +
                        (wrapped.paragraphs.size() == 1 ? " paragraph" : " paragraphs") + ", the first lines " +
                        std::to_string(first) + "–" + std::to_string(last));
    }
    if (loose && book.projects.front().named_after_file)
        notes.push_back("no report title, standard heading, form or line naming it found: the whole text, from line " +
                        std::to_string(book.projects.front().first_line) +
                        ", read as one project named after the file, without sections; only amounts whose own words say "
                        "what they are are read");
    else if (loose)
        notes.push_back("no report title, standard heading or form found: read as one project from the line that names it (line " +
                        std::to_string(book.projects.front().title_line.number) +
                        "), its text without sections; only amounts whose own words say what they are are read");
    const auto has_heading = [](const ingest::project_block& b) {
        return std::any_of(b.lines.begin(), b.lines.end(), [](const ingest::tagged_line& t) { return t.head.has_value(); });
    };
    const bool any_with_heading = std::any_of(book.projects.begin(), book.projects.end(), has_heading);
    // A title printed again and again (a portal's 称: field, the page title, the 附件 heading)
    // with no figure under it is not a project when another title has figures; the one that
    // does takes the name the repeated titles gave, should its own title give none.
    const auto has_figures = [](const ingest::project_block& b) {
        if (std::any_of(b.lines.begin(), b.lines.end(),
                        [](const ingest::tagged_line& t) { return t.head.has_value() || states_a_figure(t.line.text); }))
            return true;
        // A label–value table (计划安排资金 / （万元） / 170) states figures without a unit beside them.
        try {
            return ingest::read_table_funds(b.lines).any();
        } catch (const error&) {
            return true;  // a figure it cannot read: reported when the project is read
        }
    };
    std::vector<bool> with_figures;  // by block, each found once
    for (const auto& b : book.projects) with_figures.push_back(has_figures(b));
    const bool any_with_figures = std::find(with_figures.begin(), with_figures.end(), true) != with_figures.end();
    std::u32string name_of_dropped;
    unit_ = book_unit(book);  // before the blocks are moved out of the book
    for (std::size_t k = 0; k < book.projects.size(); ++k) {
        auto& b = book.projects[k];
        if (any_with_heading && !has_heading(b)) {
            notes.push_back("lines " + std::to_string(b.first_line) + "–" + std::to_string(b.last_line) +
                            " have a report title but no standard section under it; read as a cover page, not a project");
            if (!b.name.empty()) name_of_dropped = b.name;
            continue;
        }
        if (any_with_figures && !with_figures[k]) {
            notes.push_back("lines " + std::to_string(b.first_line) + "–" + std::to_string(b.last_line) +
                            " have a report title but no figure under it; read as the title printed again, not a project");
            if (!b.name.empty()) name_of_dropped = b.name;
            continue;
        }
        // 财政专项扶贫资金绩效自评报告 一、… 1、… 年度资金40.83万元,…占地面积20 on one line, then the report in
        // full under the same title: a document site's teaser of its opening, cut, not a project.
        if (b.first_line == b.last_line && k + 1 < book.projects.size() && book.projects[k + 1].name == b.name &&
            book.projects[k + 1].first_line > b.last_line) {
            notes.push_back("line " + std::to_string(b.first_line) + " holds the title and the opening of the report run together, "
                            "and the report follows in full under the same title: read as the page's preview, not a project");
            continue;
        }
        if (b.name.empty() && !name_of_dropped.empty()) {
            b.name = name_of_dropped;
            notes.push_back("the project from line " + std::to_string(b.first_line) + " has no name in its title; named “" +
                            ingest::to_utf8(name_of_dropped) + "” after the title printed above it");
        }
        blocks.push_back(std::move(b));
        name_of_dropped.clear();
    }
    std::vector<ingest::project_block>().swap(book.projects);  // moved into blocks

    encoding_ = decoded.encoding;
    document& doc = head_;
    doc.fiscal_year = blocks.front().fiscal_year;
    const std::u32string& unit = unit_;
    if (!unit.empty()) doc.unit = ingest::to_utf8(unit);

    // A project whose paragraphs list component funds is followed by one project per fund.
    groups_.reserve(blocks.size());
    for (auto& block : blocks) {
        auto split = [&] {
            try {
                return ingest::split_components(block);
            } catch (const error& e) {
                throw e.in_file(std::string(source_name));  // (a table of basic data beyond its limit)
            }
        }();
        if (!split) {
            groups_.push_back({std::move(block), {}});
            ++projects_;
            continue;
        }
        projects_ += 1 + split->components.size();
        groups_.push_back({std::move(split->parent), std::move(split->components), split->incomplete, split->department_projects});
    }

    // The document's x: where it was read from, and how.
    nlohmann::ordered_json x = nlohmann::ordered_json::object();
    x["ingested"] = {{"source", std::string(source_name)},
                     {"encoding", decoded.encoding},
                     {"lines", lines.size()},
                     {"projects", projects_}};
    if (!book.preamble.empty()) {
        std::string text;
        for (const auto& l : book.preamble) text += (text.empty() ? "" : ", ") + std::to_string(l.number) + " " + ingest::in_quotes(l.text);
        notes.push_back("lines before the first project are not part of any project: " + text);
    }
    for (const auto& g : groups_) {
        const auto& p = g.parent;
        if (p.fiscal_year != doc.fiscal_year)
            notes.push_back("line " + std::to_string(p.title_line.number) + " names fiscal year " + std::to_string(p.fiscal_year) +
                            ", not " + std::to_string(doc.fiscal_year) + " as the first project does; the document keeps " +
                            std::to_string(doc.fiscal_year));
        if (!p.unit.empty() && p.unit != unit)
            notes.push_back("line " + std::to_string(p.unit_line ? p.unit_line->number : p.title_line.number) +
                            " names the unit " + ingest::in_quotes(p.unit) + ", not " + ingest::in_quotes(unit));
    }
    if (!doc.unit) notes.push_back("no unit line was found before any report title; unit left out");
    notes.push_back("read by the jixiao text ingester: every figure's sentence and line is under the x of the object it fills; "
                    "amounts not tied to a field are JX-S005 findings");
    x["notes"] = notes;
    doc.x = extension{x.dump()};
}

std::vector<finding> report_book_reader::read(const std::function<void(ingested_project&&)>& on_project) const {
    std::size_t index = 0;
    // What the rules over the whole book need of each project: its citations and its name.
    std::vector<cited_project> kept;
    const auto read_one = [&](const project_block& block, std::size_t at, const component_sums* sums) {
        try {
            return read_project(block, at, head_.fiscal_year, unit_, sums);
        } catch (const error& e) {
            throw e.in_file(source_name_).at_path("projects[" + std::to_string(at) + "]");
        }
    };
    const auto hand_over = [&](const project_block& block, project_reading&& r) {
        ingested_project out;
        const project_text text{block, r, index};
        rules_.check_report_project(report_project_text{r.model, index, source_name_, block.first_line, block.last_line, text},
                                    out.findings);
        sort_findings(out.findings);
        for (auto& f : r.provenance) out.provenance.push_back({project_path(index, f.path), std::move(f.value), f.line, std::move(f.text)});
        kept.push_back({r.model.name, std::move(r.citations)});
        out.model = std::move(r.model);
        on_project(std::move(out));
        ++index;
    };
    for (const auto& g : groups_) {
        if (g.components.empty()) {
            hand_over(g.parent, read_one(g.parent, index, nullptr));
            continue;
        }
        // The components are read twice, for their sums and then to be handed over, so that
        // a book of many funds is never held whole.
        component_sums sums;
        sums.incomplete = g.list_incomplete;
        sums.department_projects = g.department_projects;
        for (std::size_t c = 0; c < g.components.size(); ++c) add_component(sums, read_one(g.components[c], index + 1 + c, nullptr));
        hand_over(g.parent, read_one(g.parent, index, &sums));
        for (std::size_t c = 0; c < g.components.size(); ++c) hand_over(g.components[c], read_one(g.components[c], index, nullptr));
    }
    std::vector<finding> findings;
    const book_text text{kept};
    rules_.check_report(report_text{head_, source_name_, text}, findings);
    sort_findings(findings);
    return findings;
}

}  // namespace ingest

ingest_result ingest_report_book(std::string_view bytes, std::string_view source_name, const rule_book& rules) {
    return ingest_report_book(bytes, source_name, ingest_options{}, rules);
}

ingest_result ingest_report_book(std::string_view bytes, std::string_view source_name, const ingest_options& options,
                                 const rule_book& rules) {
    ingest::report_book_reader reader(bytes, source_name, rules, options);
    if (reader.forms()) return std::move(*reader.forms());
    ingest_result result;
    result.encoding = reader.encoding();
    result.doc = reader.head();
    result.doc.projects.reserve(reader.projects());
    result.findings = reader.read([&](ingest::ingested_project&& p) {
        result.doc.projects.push_back(std::move(p.model));
        result.provenance.insert(result.provenance.end(), std::make_move_iterator(p.provenance.begin()),
                                 std::make_move_iterator(p.provenance.end()));
        result.project_findings.push_back(std::move(p.findings));
    });
    return result;
}

ingest_result ingest_report_file(const std::string& file, const rule_book& rules) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw error({"无法打开文件", "cannot open the file"}, location{file, 0, 0, {}});
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw error({"读取文件失败", "cannot read the file"}, location{file, 0, 0, {}});
    return ingest_report_book(bytes, file, rules);
}

void join_text_findings(std::vector<finding>& evaluation_findings, std::vector<finding> text_findings) {
    // An indicator table the text holds but jixiao could not read (JX-S009): the indicators
    // are unknown, not absent, so the indicator rules have nothing to judge.
    if (std::any_of(text_findings.begin(), text_findings.end(), [](const finding& f) { return f.rule == "JX-S009"; }))
        std::erase_if(evaluation_findings, [](const finding& f) { return f.rule.starts_with("JX-I"); });
    evaluation_findings.insert(evaluation_findings.end(), std::make_move_iterator(text_findings.begin()),
                               std::make_move_iterator(text_findings.end()));
    std::stable_sort(evaluation_findings.begin(), evaluation_findings.end(), finding_order);
}

evaluated lint(std::string_view bytes, std::string_view source_name, const rule_book& rules) {
    return lint(bytes, source_name, ingest_options{}, rules);
}

evaluated lint(std::string_view bytes, std::string_view source_name, const ingest_options& options, const rule_book& rules) {
    ingest_result read = ingest_report_book(bytes, source_name, options, rules);
    evaluation result = evaluate(read.doc, rules);
    // The report text's findings join the evaluation's, in its order.
    const auto join = [](std::vector<finding>& into, std::vector<finding>& from) {
        into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        std::stable_sort(into.begin(), into.end(), finding_order);
    };
    join(result.findings, read.findings);
    for (std::size_t i = 0; i < result.projects.size() && i < read.project_findings.size(); ++i)
        join_text_findings(result.projects[i].findings, std::move(read.project_findings[i]));
    result.recount();
    return {std::move(read.doc), std::move(result)};
}

}  // namespace jixiao
