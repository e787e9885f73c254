// jixiao daxie AMOUNT: the amount in Chinese uppercase.
#include "cli/command.hpp"
#include "cli/output.hpp"

#include <jixiao/daxie.hpp>
#include <jixiao/money.hpp>

#include <iostream>
#include <memory>

namespace jixiao::cli {

command_runner add_daxie_command(CLI::App& app, const global_options&) {
    auto* sub = app.add_subcommand("daxie", "Print an amount in Chinese uppercase (大写), e.g. 壹拾万柒仟元零伍角叁分");
    auto amount = std::make_shared<std::string>();
    sub->add_option("AMOUNT", *amount, "Amount: 107000.53, 10.7万, 107,000.53元 …")->required();
    return [amount] {
        write_output("", to_daxie(money::parse(*amount)) + "\n");
        return static_cast<int>(exit_ok);
    };
}

}  // namespace jixiao::cli
