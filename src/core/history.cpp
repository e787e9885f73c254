// Several years of one unit as one history (history.hpp): ordering and
// checking the documents, the chain rows, matching projects across years, and
// running the chain rules.
#include <jixiao/detail/text.hpp>
#include <jixiao/history.hpp>

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>

namespace jixiao {

namespace {

std::string quoted(const std::string& text) { return detail::quote_for_message(text); }

std::string path_in(const history_year& year, std::string_view below) {
    return year.name + ": " + std::string(below);
}

// Money leaving a project other than by being carried forward; absent fields count as 0.
money given_up(const execution& e) {
    return e.reduced.value_or(money{}) + e.recovered.value_or(money{}) + e.surplus.value_or(money{});
}

// The documents sorted by year, after checking they are one unit's consecutive years.
std::vector<named_document> ordered(const std::vector<named_document>& documents) {
    if (documents.empty()) throw error({"历史评价至少需要一份文档", "a history needs at least one document"});
    std::vector<named_document> years = documents;
    for (const auto& d : years)
        if (!d.doc->unit)
            throw error({"文档未写明单位（unit），无法确认与其他年度属于同一单位",
                         "the document names no unit, so it cannot be tied to the other years"},
                        location::of_file(d.name));
    for (const auto& d : years)
        if (*d.doc->unit != *years.front().doc->unit)
            throw error({"文档属于不同单位（" + quoted(*years.front().doc->unit) + " 与 " + quoted(*d.doc->unit) +
                             "，见 " + years.front().name + "），不能作为同一单位的多年度评价",
                         "the documents are of different units (" + quoted(*years.front().doc->unit) + " and " +
                             quoted(*d.doc->unit) + ", see " + years.front().name +
                             "), not several years of one unit"},
                        location::of_file(d.name));
    std::stable_sort(years.begin(), years.end(),
                     [](const named_document& a, const named_document& b) { return a.doc->fiscal_year < b.doc->fiscal_year; });
    for (std::size_t k = 1; k < years.size(); ++k) {
        const int before = years[k - 1].doc->fiscal_year, now = years[k].doc->fiscal_year;
        if (now == before)
            throw error({std::to_string(now) + " 年度给出了两份文档（另一份是 " + years[k - 1].name +
                             "），无法确定哪一份是该年度的",
                         "fiscal year " + std::to_string(now) + " is given twice (the other is " + years[k - 1].name +
                             "), so neither can stand for it"},
                        location::of_file(years[k].name));
        if (now != before + 1)
            throw error({"年度不连续：" + years[k - 1].name + " 是 " + std::to_string(before) + " 年度，下一份是 " +
                             std::to_string(now) + " 年度，缺少 " + std::to_string(before + 1) +
                             " 年度，结转无法跨年核对",
                         "the years are not consecutive: " + years[k - 1].name + " is " + std::to_string(before) +
                             " and the next is " + std::to_string(now) + "; without " + std::to_string(before + 1) +
                             " the carry-forward chain cannot be checked across the gap"},
                        location::of_file(years[k].name));
    }
    return years;
}

// For each project of `later`, the project of `earlier` it continues: same id, else the
// first one not yet continued with the same name.
std::vector<std::optional<std::size_t>> match(const std::vector<chain_entry>& earlier, const std::vector<chain_entry>& later,
                                              std::vector<bool>& by_name) {
    std::vector<std::optional<std::size_t>> of(later.size());
    by_name.assign(later.size(), false);
    std::vector<bool> taken(earlier.size(), false);
    std::map<std::string_view, std::size_t> ids;
    for (std::size_t j = 0; j < earlier.size(); ++j) ids.emplace(earlier[j].id, j);
    for (std::size_t i = 0; i < later.size(); ++i)
        if (const auto found = ids.find(later[i].id); found != ids.end() && !taken[found->second]) {
            of[i] = found->second;
            taken[found->second] = true;
        }
    // The projects left, by name, in order: each name's first is taken first (linear, not a scan per project).
    std::map<std::string_view, std::deque<std::size_t>> left;
    for (std::size_t j = 0; j < earlier.size(); ++j)
        if (!taken[j]) left[earlier[j].name].push_back(j);
    for (std::size_t i = 0; i < later.size(); ++i) {
        if (of[i]) continue;
        const auto found = left.find(later[i].name);
        if (found == left.end() || found->second.empty()) continue;
        of[i] = found->second.front();
        found->second.pop_front();
        by_name[i] = true;
    }
    return of;
}

}  // namespace

std::string chain_link::later_path(std::string_view below) const { return path_in(*later, below); }
std::string chain_link::earlier_path(std::string_view below) const {
    return earlier ? path_in(*earlier, below) : std::string(below);
}

rule_book history_year_rules(const rule_book& rules) {
    rule_book book;
    for (const auto& r : rules.rules()) {
        rule copy = r;
        if (copy.check_chain) copy.check_project = {};
        book.add(std::move(copy));
        if (rules.is_disabled(r.info.id)) book.disable(r.info.id);
    }
    return book;
}

std::vector<chain_year> history_chains::chain_of(std::size_t k, std::size_t index) const {
    const auto [chain, position] = years.at(k).chain_at.at(index);
    const auto& rows = chains.at(chain).years;
    return {rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(position + 1)};
}

std::optional<severity> history_evaluation::worst() const {
    std::optional<severity> w;
    for (const auto& y : years)
        if (const auto s = y.result.worst(); s && (!w || *s > *w)) w = s;
    return w;
}

chain_year chain_row(const document& doc, std::size_t index) {
    return chain_row(doc.projects.at(index), doc.fiscal_year, index);
}

chain_year chain_row(const project& p, int fiscal_year, std::size_t index) {
    chain_year row;
    row.fiscal_year = fiscal_year;
    row.index = index;
    money prior;
    bool known = true;
    for (const auto& t : p.tranches) {
        if (!t.source) known = false;
        else if (*t.source == fund_source::prior_year) prior += arrived_amount(t);
    }
    if (known) row.prior_in = prior;
    if (p.execution) {
        row.used = p.execution->used;
        row.carried_out = p.execution->carried_forward;
    }
    if (row.prior_in && row.used && row.carried_out) {
        // Oldest first: what leaves the project takes the prior-year money before this year's.
        const money old_left = *row.prior_in - *row.used - given_up(*p.execution);
        row.older = old_left.is_positive() ? std::min(old_left, std::max(*row.carried_out, money{})) : money{};
    }
    return row;
}

history_chains chain_history(const std::vector<history_year>& years, const std::vector<std::vector<chain_entry>>& entries,
                             const rule_book& rules) {
    history_chains out;
    out.years.resize(years.size());
    std::vector<std::size_t> chain_of_previous;  // chain index of each project of the year before
    for (std::size_t k = 0; k < years.size(); ++k) {
        const std::vector<chain_entry>& here = entries.at(k);
        history_chains::year& year = out.years[k];
        year.projects.resize(here.size());
        year.chain_at.resize(here.size());
        std::vector<bool> by_name(here.size(), false);
        const auto earlier_of =
            k == 0 ? std::vector<std::optional<std::size_t>>(here.size()) : match(entries[k - 1], here, by_name);
        const history_year* earlier = k == 0 ? nullptr : &years[k - 1];
        std::vector<std::size_t> chain_here(here.size());
        try {
            for (std::size_t i = 0; i < here.size(); ++i) {
                const chain_entry* before = earlier_of[i] ? &entries[k - 1][*earlier_of[i]] : nullptr;
                rules.check_chain({earlier, &years[k], before ? &before->row : nullptr, &here[i].row, by_name[i], here[i].id,
                                   here[i].name, before ? std::string_view(before->id) : std::string_view()},
                                  year.projects[i]);
                if (earlier_of[i]) {
                    chain_here[i] = chain_of_previous[*earlier_of[i]];
                } else {
                    chain_here[i] = out.chains.size();
                    out.chains.push_back({});
                }
                project_chain& chain = out.chains[chain_here[i]];
                chain.id = here[i].id;
                chain.name = here[i].name;
                year.chain_at[i] = {chain_here[i], chain.years.size()};
                chain.years.push_back(here[i].row);
            }
            if (earlier) {
                std::vector<bool> continued(entries[k - 1].size(), false);
                for (const auto& j : earlier_of)
                    if (j) continued[*j] = true;
                for (std::size_t j = 0; j < continued.size(); ++j) {
                    const chain_entry& gone = entries[k - 1][j];
                    if (!continued[j])
                        rules.check_chain({earlier, &years[k], &gone.row, nullptr, false, gone.id, gone.name, gone.id},
                                          year.findings);
                }
            }
        } catch (const error& e) {
            throw e.in_file(years[k].name);
        }
        chain_of_previous = std::move(chain_here);
    }
    return out;
}

history_evaluation evaluate_history(const std::vector<named_document>& documents, const rule_book& rules) {
    const std::vector<named_document> order = ordered(documents);
    history_evaluation history;
    history.unit = order.front().doc->unit;
    const rule_book per_year = history_year_rules(rules);
    history.years.reserve(order.size());
    std::vector<std::vector<chain_entry>> entries(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const document& doc = *order[k].doc;
        try {
            history.years.push_back({order[k].name, &doc, evaluate(doc, per_year)});
            for (std::size_t i = 0; i < doc.projects.size(); ++i)
                entries[k].push_back({chain_row(doc, i), doc.projects[i].id, doc.projects[i].name});
        } catch (const error& e) {
            throw e.in_file(order[k].name);
        }
    }
    history_chains chains = chain_history(history.years, entries, rules);
    for (std::size_t k = 0; k < order.size(); ++k) {
        evaluation& result = history.years[k].result;
        for (std::size_t i = 0; i < result.projects.size(); ++i) {
            auto& found = result.projects[i].findings;
            auto& more = chains.years[k].projects[i];
            found.insert(found.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
            std::stable_sort(found.begin(), found.end(), finding_order);
            result.projects[i].chain = chains.chain_of(k, i);
        }
        if (k > 0) {
            auto& more = chains.years[k].findings;
            result.findings.insert(result.findings.end(), std::make_move_iterator(more.begin()),
                                   std::make_move_iterator(more.end()));
            std::stable_sort(result.findings.begin(), result.findings.end(), finding_order);
        }
        result.recount();
    }
    history.chains = std::move(chains.chains);
    return history;
}

std::vector<std::vector<std::size_t>> group_histories(const std::vector<named_document>& documents) {
    std::vector<std::vector<std::size_t>> groups;
    std::map<std::string, std::vector<std::size_t>> by_unit;
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> ordered_groups;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const auto& unit = documents[i].doc->unit;
        if (!unit) {
            ordered_groups.push_back({i, {i}});
            continue;
        }
        by_unit[*unit].push_back(i);
    }
    for (auto& [unit, members] : by_unit) {
        std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return documents[a].doc->fiscal_year < documents[b].doc->fiscal_year;
        });
        bool twice = false;
        for (std::size_t k = 1; k < members.size(); ++k)
            twice = twice || documents[members[k]].doc->fiscal_year == documents[members[k - 1]].doc->fiscal_year;
        if (twice) {  // which book is that year's? No chain for this unit: each stands alone
            for (const std::size_t m : members) ordered_groups.push_back({m, {m}});
            continue;
        }
        std::vector<std::size_t> run;
        for (const std::size_t m : members) {
            if (!run.empty() && documents[m].doc->fiscal_year != documents[run.back()].doc->fiscal_year + 1) {
                const std::size_t first = *std::min_element(run.begin(), run.end());
                ordered_groups.push_back({first, std::move(run)});
                run.clear();
            }
            run.push_back(m);
        }
        const std::size_t first = *std::min_element(run.begin(), run.end());
        ordered_groups.push_back({first, std::move(run)});
    }
    std::stable_sort(ordered_groups.begin(), ordered_groups.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& g : ordered_groups) groups.push_back(std::move(g.second));
    return groups;
}

}  // namespace jixiao
