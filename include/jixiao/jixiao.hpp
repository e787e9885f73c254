#pragma once
// Umbrella header: everything jixiao offers (jixiao/testing.hpp, for doctest
// tests, is left out).

#include <jixiao/allocate.hpp>
#include <jixiao/calendar.hpp>
#include <jixiao/checked_int128.hpp>
#include <jixiao/cost_sharing.hpp>  // with share_tree, split and headcount
#include <jixiao/dated_parameter.hpp>
#include <jixiao/daxie.hpp>
#include <jixiao/document.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/history.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>
#include <jixiao/jsonl.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rational.hpp>
#include <jixiao/render.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/rule_explanation.hpp>
#include <jixiao/scoring.hpp>
#include <jixiao/synthetic.hpp>
#include <jixiao/validate.hpp>
#include <jixiao/version.hpp>
