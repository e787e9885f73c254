#pragma once
// Boost.Multiprecision for the tests that check jixiao's exact types against
// it: cpp_int and cpp_rational by their short names, and the conversions.
#include <jixiao/multiprecision.hpp>

using boost::multiprecision::cpp_int;
using boost::multiprecision::cpp_rational;
using jixiao::money_from_fen;
using jixiao::to_cpp_int;
using jixiao::to_cpp_rational;
using jixiao::to_rational;
