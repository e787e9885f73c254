# The project fields of the filed forms are read and written back (jixiao format), in order.
cat >"$work/fields.json" <<'JSON'
{"format": "jixiao/1", "fiscal_year": 2023, "projects": [{"conclusion": "良好", "content": "按季度结算", "implementer": "某某中心",
 "department": "某某局", "code": "51000021R000000012345", "id": "p1", "name": "项目"}]}
JSON
if run form-fields 0 -- "$jixiao" format "$work/fields.json"; then
    fields=$(grep -o '"\(code\|department\|implementer\|content\|conclusion\)": "[^"]*"' <<<"$out" | tr '\n' ' ')
    expect_equal form-fields '"code": "51000021R000000012345" "department": "某某局" "implementer": "某某中心" "content": "按季度结算" "conclusion": "良好" ' "$fields"
fi
# A zip that is neither a workbook with a form nor a Word document is refused, exit 2, nothing on stdout.
printf 'PK\003\004not really a zip' >"$work/broken.xlsx"
if run form-broken-zip 2 -- "$jixiao" ingest "$work/broken.xlsx" --lang en; then
    expect form-broken-zip "broken.xlsx" "$err"
    expect_equal form-broken-zip-stdout "" "$out"
fi
