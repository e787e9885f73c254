#pragma once
// Component funds: a project whose funds paragraphs list several funds, each with
// its own figures (①中央医疗救助资金应到位50万元，实际到位30万元，到位率60%；②省级…),
// is read as one project per fund. The book's project keeps its texts and
// indicators; what it states about the whole package is checked against the sum of
// the components (JX-S006), never counted as money of its own.

#include "ingest/book.hpp"
#include "ingest/reading.hpp"

#include <vector>

namespace jixiao::ingest {

struct component_split {
    project_block parent;                   // the book's project without the listed funds' text
    std::vector<project_block> components;  // one per fund, its items' text only
    // An item of a list of funds names no figure (…三是中央自然灾害救灾资金(森林草原航: the text cut):
    // the listed funds may not be all of the whole.
    bool incomplete = false;
    // 2、项目支出 / (1)免费开放项目支出…: the funds are a department's projects, listed by their spending
    // in its report on all its spending (部门整体支出); the parent's figures are the department's own
    // (its income, its basic spending), no statement of the projects' whole.
    bool department_projects = false;
};

// The funds a project's paragraphs list with markers (①②③, ④ slipping to 5., （1）（2）,
// 一是、二是, items inline after 其中:), or a unit's (一)X绩效自评综述 paragraphs, or — with no
// list — paragraphs one after another that each name a fund and its money, when at least two
// items of one list each name a fund (…资金, …经费, …补助) before their first amount; items of
// later lists that name the same fund join it. Nothing when the text lists no such funds.
[[nodiscard]] std::optional<component_split> split_components(const project_block& block);

// Adds one component to what the components hold together (each is read, added and let go).
void add_component(component_sums& sums, const project_reading& component);

// The parent's allocations, arrivals and used figure are statements about the whole
// package: each is checked against the components' sum (a stated_total, JX-S006, when
// they differ) and taken off the parent, which holds no money of its own; its notes
// say so.
void reconcile_funds(funds_reading& parent, const component_sums& sums);

// A fund whose project says all its listed funds came, or were spent, in full (以上资金已经全部拨付至
// 我会,并已全部投入到项目之中): each tranche without an arrival of its own arrived in full, and a
// fund that states no use of its own used what it had; the sentence is their source.
void take_whole_claims(funds_reading& fund, const project_block& block);

}  // namespace jixiao::ingest
