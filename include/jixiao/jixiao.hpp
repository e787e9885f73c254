#pragma once
// Umbrella header: everything jixiao offers.

#include <jixiao/allocate.hpp>
#include <jixiao/calendar.hpp>
#include <jixiao/cost_sharing.hpp>
#include <jixiao/daxie.hpp>
#include <jixiao/document.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/headcount.hpp>
#include <jixiao/io.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/share_tree.hpp>
#include <jixiao/split.hpp>
#include <jixiao/version.hpp>
