# The command itself: version, help, daxie, unknown sub-commands.
if run version 0 -- "$jixiao" --version; then expect version "jixiao 0.1.0" "$out"; fi
if run help 0 -- "$jixiao" --help; then expect help "evaluate" "$out"; expect help "daxie" "$out"; fi
if run no-command 2 -- "$jixiao"; then expect no-command "subcommand" "$err"; fi
if run unknown-command 2 -- "$jixiao" frobnicate; then pass; fi

if run daxie 0 -- "$jixiao" daxie 107000.53; then expect_equal daxie "壹拾万柒仟元零伍角叁分" "$out"; fi
if run daxie-wan 0 -- "$jixiao" daxie 10.82万; then expect_equal daxie-wan "壹拾万捌仟贰佰元整" "$out"; fi
if run daxie-zero 0 -- "$jixiao" daxie 0; then expect_equal daxie-zero "零元整" "$out"; fi
if run daxie-bad 2 -- "$jixiao" daxie 10.8.2万; then
    expect daxie-bad '"10.8.2万" 不是金额' "$err"
    expect_equal daxie-bad-stdout "" "$out"
fi
if run daxie-bad-en 2 -- "$jixiao" daxie 10.8.2万 --lang en; then
    expect daxie-bad-en '"10.8.2万" is not an amount (expected e.g. "108200.00" or "10.82万")' "$err"
fi
if run daxie-missing 2 -- "$jixiao" daxie; then expect daxie-missing "AMOUNT" "$err"; fi
if run lang-bad 2 -- "$jixiao" --lang fr daxie 1; then pass; fi
