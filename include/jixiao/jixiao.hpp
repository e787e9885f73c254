#pragma once
// Umbrella header: everything jixiao offers.

#include <jixiao/allocate.hpp>
#include <jixiao/calendar.hpp>
#include <jixiao/daxie.hpp>
#include <jixiao/document.hpp>
#include <jixiao/embedded.hpp>
#include <jixiao/error.hpp>
#include <jixiao/evaluate.hpp>
#include <jixiao/finding.hpp>
#include <jixiao/funds.hpp>
#include <jixiao/ingest.hpp>
#include <jixiao/io.hpp>
#include <jixiao/money.hpp>
#include <jixiao/number.hpp>
#include <jixiao/ratio.hpp>
#include <jixiao/rounding.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/version.hpp>
