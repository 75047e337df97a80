// `custos lsp` driven over pipes by a real LSP client (tests/support/lsp_client.h): every answer
// is JSON from the binary, checked against what `custos check` and `custos fmt` say on the same
// text. A copy of the example mesh in a scratch folder is the workspace.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "completion.h"
#include "support/golden.h"
#include "support/lsp_client.h"
#include "text_position.h"

namespace fs = std::filesystem;
using nlohmann::json;
using custos::testing::LspClient;

namespace {

// A scratch copy of policies/examples, removed afterwards.
struct Workspace {
  fs::path root;
  Workspace() {
    root = fs::temp_directory_path() / ("custos-lsp-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
    fs::create_directories(root);
    fs::copy(fs::path(CUSTOS_SOURCE_DIR) / "policies/examples", root / "examples", fs::copy_options::recursive);
  }
  ~Workspace() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string path(const std::string& rel) const { return (root / "examples" / rel).string(); }
  std::string uri(const std::string& rel) const { return custos::lsp::path_to_uri(path(rel)); }
  std::string read(const std::string& rel) const { return custos::testing::read_text(path(rel)); }
};

// The 0-based LSP position of the `nth` occurrence of `needle` in `text`, `shift` code units in
// (ASCII text: bytes and UTF-16 units agree).
json position_of(const std::string& text, const std::string& needle, size_t shift = 0, int nth = 0) {
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  at += shift;
  size_t line = static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
  line_start = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
  return {{"line", line}, {"character", at - line_start}};
}

json text_document(const std::string& uri) { return {{"uri", uri}}; }

json at(const std::string& uri, const json& position) { return {{"textDocument", text_document(uri)}, {"position", position}}; }

std::vector<std::string> labels(const json& completion) {
  std::vector<std::string> out;
  for (const auto& i : completion["result"]["items"]) out.push_back(i["label"]);
  return out;
}

const json* item(const json& completion, const std::string& label) {
  for (const auto& i : completion["result"]["items"]) {
    if (i["label"] == label) return &i;
  }
  return nullptr;
}

bool has(const std::vector<std::string>& xs, const std::string& x) { return std::find(xs.begin(), xs.end(), x) != xs.end(); }

json full_change(const std::string& text) { return json::array({{{"text", text}}}); }

std::vector<std::string> server_args() { return {"lsp", "--stdio", "--debounce", "20", "--docs", std::string(CUSTOS_SOURCE_DIR) + "/docs"}; }

json initialize(LspClient& c, const std::string& root_uri, const char* encoding) {
  json r = c.request("initialize", {{"processId", nullptr},
                                     {"rootUri", root_uri},
                                     {"capabilities", {{"general", {{"positionEncodings", {encoding}}}}}},
                                     {"initializationOptions", {{"expiryWarnings", false}}}});
  c.notify("initialized", json::object());
  return r;
}

// `custos check --format json` on the workspace as it is on disk.
json check_json(const Workspace& ws) {
  std::ostringstream out, err;
  custos::cli::run({"check", "--format", "json", ws.path("")}, out, err);
  return json::parse(out.str());
}

}  // namespace

TEST_CASE("custos lsp: a session over pipes, from initialize to exit", "[lsp]") {
  Workspace ws;
  const std::string crm = ws.uri("policies/crm.custos");
  std::string text = ws.read("policies/crm.custos");
  LspClient c(CUSTOS_BINARY, server_args());

  // Before `initialize` a request is refused with ServerNotInitialized.
  json early = c.request("textDocument/hover", at(crm, {{"line", 0}, {"character", 0}}));
  CHECK(early["error"]["code"] == -32002);

  json init = initialize(c, custos::lsp::path_to_uri(ws.root.string()), "utf-16");
  const json& caps = init["result"]["capabilities"];
  CHECK(caps["positionEncoding"] == "utf-16");
  CHECK(caps["textDocumentSync"]["change"] == 2);
  CHECK(caps["hoverProvider"] == true);
  CHECK(caps["semanticTokensProvider"]["legend"]["tokenTypes"].size() > 5);
  CHECK(init["result"]["serverInfo"]["name"] == "custos");

  c.notify("textDocument/didOpen", {{"textDocument", {{"uri", crm}, {"languageId", "custos"}, {"version", 1}, {"text", text}}}});
  json clean = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm; });
  CHECK(clean["diagnostics"].empty());

  SECTION("diagnostics as the user types: the codes, messages and spans of custos check, and a quick fix") {
    json where = position_of(text, "principal.clearance >= 3;", 10);
    json typo_range = {{"start", where}, {"end", {{"line", where["line"]}, {"character", where["character"].get<int>() + 9}}}};
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 2}}},
                                        {"contentChanges", json::array({{{"range", typo_range}, {"text", "clearnce"}}})}});
    json typo = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["version"] == 2; });
    REQUIRE(typo["diagnostics"].size() == 1);
    const json& d = typo["diagnostics"][0];
    // The same text on disk, through `custos check`.
    std::string typed = text;
    typed.replace(typed.find("principal.clearance >= 3;") + 10, 9, "clearnce");
    { std::ofstream(ws.path("policies/crm.custos"), std::ios::binary) << typed; }
    json checked = check_json(ws);
    REQUIRE(checked["diagnostics"].size() == 1);
    const json& e = checked["diagnostics"][0];
    CHECK(d["code"] == e["code"]);
    CHECK(d["message"].get<std::string>().rfind(e["message"].get<std::string>(), 0) == 0);
    CHECK(d["message"].get<std::string>().find("help: did you mean `clearance`?") != std::string::npos);
    CHECK(d["severity"] == 1);
    CHECK(d["range"]["start"]["line"] == e["line"].get<int>() - 1);
    CHECK(d["range"]["start"]["character"] == e["column"].get<int>() - 1);
    CHECK(d["range"]["end"]["character"] == e["end_column"].get<int>() - 1);
    { std::ofstream(ws.path("policies/crm.custos"), std::ios::binary) << text; }

    json actions = c.request("textDocument/codeAction", {{"textDocument", text_document(crm)},
                                                         {"range", {{"start", where}, {"end", where}}},
                                                         {"context", {{"diagnostics", typo["diagnostics"]}}}});
    REQUIRE(actions["result"].size() == 1);
    const json& fix = actions["result"][0];
    CHECK(fix["title"] == "Replace `clearnce` with `clearance`");
    CHECK(fix["kind"] == "quickfix");
    const json& edit = fix["edit"]["changes"][crm][0];
    CHECK(edit["newText"] == "clearance");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 3}}},
                                        {"contentChanges", json::array({{{"range", edit["range"]}, {"text", edit["newText"]}}})}});
    json fixed = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["version"] == 3; });
    CHECK(fixed["diagnostics"].empty());
  }

  SECTION("half-typed text: a syntax error, completion still answers, and the text recovers") {
    std::string typed = text + "\npermit select on crm.cu";
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 2}}}, {"contentChanges", full_change(typed)}});
    json end = position_of(typed, "on crm.cu", 9);
    json done = c.request("textDocument/completion", at(crm, end));
    const json* customers = item(done, "customers");
    REQUIRE(customers);
    // The item replaces what follows the dot, so `crm.cu` becomes `crm.customers`.
    CHECK((*customers)["textEdit"]["range"]["start"]["character"] == end["character"].get<int>() - 2);
    json broken = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["version"] == 2; });
    REQUIRE(!broken["diagnostics"].empty());
    CHECK(broken["diagnostics"][0]["code"].get<std::string>().rfind("E01", 0) == 0);
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 3}}}, {"contentChanges", full_change(text)}});
    json back = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["version"] == 3; });
    CHECK(back["diagnostics"].empty());
  }

  SECTION("positions count UTF-16 code units") {
    std::string typed = text;
    typed.insert(typed.find("@id(\"crm-analysts\")"), "forbid select on crm.customers when \"\xF0\x9F\x9A\x80\" == principal.regoin;\n");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 2}}}, {"contentChanges", full_change(typed)}});
    json d = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["version"] == 2; });
    REQUIRE(d["diagnostics"].size() == 1);
    // `forbid select on crm.customers when "` is 37 units, the rocket 2 (a surrogate pair),
    // `" == principal.` 15.
    CHECK(d["diagnostics"][0]["range"]["start"]["character"] == 37 + 2 + 15);
    CHECK(d["diagnostics"][0]["range"]["end"]["character"] == 37 + 2 + 15 + 6);
  }

  SECTION("completion") {
    json attrs = c.request("textDocument/completion", at(crm, position_of(text, "principal.clearance >= 3;", 10)));
    REQUIRE(item(attrs, "clearance"));
    CHECK((*item(attrs, "clearance"))["detail"] == "int");
    CHECK((*item(attrs, "contract_end"))["detail"] == "date?");
    CHECK(!item(attrs, "purposes"));  // a context attribute

    json products = c.request("textDocument/completion", at(crm, position_of(text, "on crm.customers when analyst", 3)));
    CHECK(has(labels(products), "crm.customers"));
    CHECK(has(labels(products), "vehicle_rnd.telemetry"));

    json masks = c.request("textDocument/completion", at(crm, position_of(text, "m.show_last(4)", 2)));
    REQUIRE(item(masks, "hash"));
    CHECK((*item(masks, "hash"))["detail"].get<std::string>().find("strength 70") != std::string::npos);
    CHECK(item(masks, "show_last"));
    CHECK(!item(masks, "starts_with"));  // stdlib.strings

    json columns = c.request("textDocument/completion", at(crm, position_of(text, "rows where is_minor", 11)));
    auto names = labels(columns);
    for (const char* n : {"is_minor", "country", "email", "principal", "context", "analyst"}) {
      INFO(n);
      CHECK(has(names, n));
    }
    CHECK((*item(columns, "email"))["detail"].get<std::string>().find("pii.direct") != std::string::npos);
    CHECK(!has(names, "vin"));  // a column of vehicle_rnd.telemetry

    json expect_columns = c.request("textDocument/completion", at(crm, position_of(text, "expect column email masked", 14)));
    CHECK(has(labels(expect_columns), "tax_id"));

    // Test records: a principal's attributes, a row's columns, each inserted as `name: `.
    json principal = c.request("textDocument/completion", at(crm, position_of(text, "principal { id: \"ana\", roles", 24)));
    REQUIRE(item(principal, "clearance"));
    CHECK((*item(principal, "clearance"))["textEdit"]["newText"] == "clearance: ");
    CHECK(!item(principal, "purposes"));
    json row = c.request("textDocument/completion", at(crm, position_of(text, "{ customer_id: 1, country: \"FR\"", 2)));
    REQUIRE(item(row, "is_minor"));
    CHECK((*item(row, "is_minor"))["textEdit"]["newText"] == "is_minor: ");
    json values = c.request("textDocument/completion", at(crm, position_of(text, "expect row 1 { email", 15)));
    CHECK(has(labels(values), "lifetime_value"));

    json signature = c.request("textDocument/signatureHelp", at(crm, position_of(text, "m.show_last(4)", 12)));
    CHECK(signature["result"]["signatures"][0]["label"] == "m.show_last(count: int)");
    CHECK(signature["result"]["activeParameter"] == 0);
    json second = c.request("textDocument/signatureHelp", at(crm, position_of(text, "s.starts_with(phone, ", 21)));
    CHECK(second["result"]["signatures"][0]["label"] == "s.starts_with(text: string, prefix: string)");
    CHECK(second["result"]["activeParameter"] == 1);
    json outside = c.request("textDocument/signatureHelp", at(crm, position_of(text, "when analyst;", 5)));
    CHECK(outside["result"].is_null());

    json in_string = c.request("textDocument/completion", at(crm, position_of(text, "\"analyst\" in", 3)));
    CHECK(in_string["result"]["items"].empty());
  }

  SECTION("completion of the values a comparison can take") {
    std::string typed = text;
    typed.insert(typed.find("@id(\"crm-analysts\")"), "let eu = principal.region == \nlet cls = column.classification in [\"public\", \"con\nlet d = product.domain != \n");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 2}}}, {"contentChanges", full_change(typed)}});
    json region = c.request("textDocument/completion", at(crm, position_of(typed, "principal.region == ", 20)));
    CHECK(labels(region) == std::vector<std::string>{"\"APAC\"", "\"EU\"", "\"US\""});
    json cls = c.request("textDocument/completion", at(crm, position_of(typed, "\"con\n", 4)));
    auto names = labels(cls);
    CHECK(has(names, "confidential"));
    CHECK(has(names, "restricted"));
    CHECK((*item(cls, "confidential"))["textEdit"]["range"]["start"]["character"] == position_of(typed, "\"con\n", 1)["character"]);
    json domains = c.request("textDocument/completion", at(crm, position_of(typed, "product.domain != ", 18)));
    CHECK(has(labels(domains), "\"crm\""));
    CHECK(has(labels(domains), "\"vehicle_rnd\""));
  }

  SECTION("hover") {
    json column = c.request("textDocument/hover", at(crm, position_of(text, "crm.customers.email", 15)));
    std::string md = column["result"]["contents"]["value"];
    CHECK(md.find("**crm.customers.email** `string` (nullable)") != std::string::npos);
    CHECK(md.find("Contact address as the customer gave it") != std::string::npos);
    CHECK(md.find("tags `pii.direct`") != std::string::npos);
    CHECK(md.find("classification `confidential`") != std::string::npos);
    CHECK(md.find("contracts/crm_customers.yaml:") != std::string::npos);
    CHECK(md.find("`gdpr-direct-identifiers`") != std::string::npos);  // a global rule, by tag
    CHECK(md.find("`crm-email-domain`") != std::string::npos);
    CHECK(column["result"]["range"]["start"] == position_of(text, "crm.customers.email", 14));

    json attr = c.request("textDocument/hover", at(crm, position_of(text, "principal.clearance >= 4", 12)));
    CHECK(attr["result"]["contents"]["value"].get<std::string>().find("**principal.clearance** `int`") != std::string::npos);

    json fn = c.request("textDocument/hover", at(crm, position_of(text, "m.show_last(4)", 4)));
    std::string fmd = fn["result"]["contents"]["value"];
    CHECK(fmd.find("show_last(count: int) · mask, strength 50") != std::string::npos);

    json rule = c.request("textDocument/hover", at(crm, position_of(text, "permit select on crm.customers when analyst", 2)));
    std::string rmd = rule["result"]["contents"]["value"];
    CHECK(rmd.find("`crm-analysts`") != std::string::npos);
    CHECK(rmd.find("analysts need customer data") != std::string::npos);
    CHECK(rmd.find("Applies to 1 product") != std::string::npos);

    json nothing = c.request("textDocument/hover", at(crm, {{"line", 0}, {"character", 3}}));  // a comment
    CHECK(nothing["result"].is_null());
  }

  SECTION("go to definition, find references, document symbols, semantic tokens") {
    std::string contract = ws.read("contracts/crm_customers.yaml");
    json column = c.request("textDocument/definition", at(crm, position_of(text, "`country` ==", 2)));
    CHECK(column["result"]["uri"] == ws.uri("contracts/crm_customers.yaml"));
    CHECK(column["result"]["range"]["start"] == position_of(contract, "name: country", 6));

    json let = c.request("textDocument/definition", at(crm, position_of(text, "when analyst;", 6)));
    CHECK(let["result"]["uri"] == crm);
    CHECK(let["result"]["range"]["start"] == position_of(text, "let analyst", 4));

    std::string config = ws.read("custos.yaml");
    json attr = c.request("textDocument/definition", at(crm, position_of(text, "principal.clearance >= 4", 10)));
    CHECK(attr["result"]["uri"] == ws.uri("custos.yaml"));
    CHECK(attr["result"]["range"]["start"]["line"] == position_of(config, "clearance: int")["line"]);

    json fn = c.request("textDocument/definition", at(crm, position_of(text, "m.show_last(4)", 4)));
    CHECK(fn["result"]["uri"] == custos::lsp::path_to_uri(std::string(CUSTOS_SOURCE_DIR) + "/docs/stdlib.md"));

    json refs = c.request("textDocument/references", {{"textDocument", text_document(crm)},
                                                      {"position", position_of(text, "crm.customers.email", 15)},
                                                      {"context", {{"includeDeclaration", true}}}});
    std::set<std::string> uris;
    for (const auto& r : refs["result"]) uris.insert(r["uri"]);
    CHECK(uris.count(crm));
    CHECK(uris.count(ws.uri("policies/global.custos")));  // `mask columns tagged pii.direct`
    CHECK(uris.count(ws.uri("contracts/crm_customers.yaml")));  // the declaration
    CHECK(refs["result"].size() >= 5);

    json symbols = c.request("textDocument/documentSymbol", {{"textDocument", text_document(crm)}});
    std::set<std::string> names;
    for (const auto& s : symbols["result"]) names.insert(s["name"]);
    CHECK(names.count("crm-analysts"));
    CHECK(names.count("analyst"));
    CHECK(names.count("strangers are denied"));

    json tokens = c.request("textDocument/semanticTokens/full", {{"textDocument", text_document(crm)}});
    const json& data = tokens["result"]["data"];
    CHECK(data.size() > 50);
    CHECK(data.size() % 5 == 0);
  }

  SECTION("formatting gives custos fmt's layout") {
    json none = c.request("textDocument/formatting", {{"textDocument", text_document(crm)}, {"options", {{"tabSize", 2}, {"insertSpaces", true}}}});
    CHECK(none["result"] == json::array());
    std::string messy = text;
    messy.replace(messy.find("permit select on crm.customers when analyst;"), 44, "permit   select on crm.customers\n      when   analyst ;");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", crm}, {"version", 2}}}, {"contentChanges", full_change(messy)}});
    json edits = c.request("textDocument/formatting", {{"textDocument", text_document(crm)}, {"options", {{"tabSize", 2}, {"insertSpaces", true}}}});
    REQUIRE(edits["result"].size() == 1);
    CHECK(edits["result"][0]["newText"] == text);
    CHECK(edits["result"][0]["range"]["start"] == json({{"line", 0}, {"character", 0}}));
  }

  SECTION("a contract edit re-checks the policies that use it, and the contract's own errors are shown") {
    const std::string uri = ws.uri("contracts/crm_customers.yaml");
    std::string contract = ws.read("contracts/crm_customers.yaml");
    c.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", contract}}}});
    std::string renamed = contract;
    renamed.replace(renamed.find("name: country"), 13, "name: kountry");
    renamed.replace(renamed.find("logicalType: boolean"), 20, "logicalType: boolen");
    c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", full_change(renamed)}});
    json own = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == uri && !p["diagnostics"].empty(); });
    CHECK(own["diagnostics"][0]["code"] == "E0305");
    CHECK(own["diagnostics"][0]["message"].get<std::string>().find("did you mean `boolean`?") != std::string::npos);
    json policy = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && !p["diagnostics"].empty(); });
    bool country = false;
    for (const auto& d : policy["diagnostics"]) country |= d["message"].get<std::string>().find("`country`") != std::string::npos;
    CHECK(country);
    c.notify("textDocument/didClose", {{"textDocument", text_document(uri)}});
    json restored = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm && p["diagnostics"].empty(); });
    CHECK(restored["diagnostics"].empty());
  }

  SECTION("protocol errors are answered, never fatal") {
    json unknown = c.request("textDocument/prepareTypeHierarchy", at(crm, {{"line", 0}, {"character", 0}}));
    CHECK(unknown["error"]["code"] == -32601);
    std::string bad = "{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ";
    c.send_raw("Content-Length: " + std::to_string(bad.size()) + "\r\n\r\n" + bad);
    json parse_error = c.next_message();
    CHECK(parse_error["error"]["code"] == -32700);
    json missing = c.request("textDocument/hover", {{"textDocument", text_document(crm)}});
    CHECK(missing["error"]["code"] == -32602);
    json closed = c.request("textDocument/hover", at(ws.uri("policies/nowhere.custos"), {{"line", 0}, {"character", 0}}));
    CHECK(closed["error"]["code"] == -32602);
    json far = c.request("textDocument/hover", at(crm, {{"line", 100000}, {"character", 100000}}));
    CHECK(far.contains("result"));
  }

  json bye = c.request("shutdown", nullptr);
  CHECK(bye["result"].is_null());
  c.notify("exit", nullptr);
  CHECK(c.wait_exit() == 0);
}

TEST_CASE("custos lsp: positions in UTF-32 when the client offers it, and exit without shutdown is 1", "[lsp]") {
  Workspace ws;
  const std::string crm = ws.uri("policies/crm.custos");
  std::string text = ws.read("policies/crm.custos");
  text.insert(text.find("@id(\"crm-analysts\")"), "forbid select on crm.customers when \"\xF0\x9F\x9A\x80\" == principal.regoin;\n");
  LspClient c(CUSTOS_BINARY, server_args());
  json init = initialize(c, custos::lsp::path_to_uri(ws.root.string()), "utf-32");
  CHECK(init["result"]["capabilities"]["positionEncoding"] == "utf-32");
  c.notify("textDocument/didOpen", {{"textDocument", {{"uri", crm}, {"languageId", "custos"}, {"version", 1}, {"text", text}}}});
  json d = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == crm; });
  REQUIRE(d["diagnostics"].size() == 1);
  CHECK(d["diagnostics"][0]["range"]["start"]["character"] == 37 + 1 + 15);
  c.notify("exit", nullptr);
  CHECK(c.wait_exit() == 1);
}

TEST_CASE("custos lsp: a policy file outside any mesh gets its syntax checked", "[lsp]") {
  fs::path dir = fs::temp_directory_path() / ("custos-lsp-loose-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string path = (dir / "scratch.custos").string();
  { std::ofstream(path) << "domain crm;\npermit select on crm.customers when;\n"; }
  LspClient c(CUSTOS_BINARY, server_args());
  initialize(c, custos::lsp::path_to_uri(dir.string()), "utf-16");
  const std::string uri = custos::lsp::path_to_uri(path);
  c.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "custos"}, {"version", 1}, {"text", custos::testing::read_text(path)}}}});
  json d = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == uri; });
  REQUIRE(!d["diagnostics"].empty());
  CHECK(d["diagnostics"][0]["code"].get<std::string>().rfind("E01", 0) == 0);
  c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", full_change("domain crm;\n")}});
  json e = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == uri && p["version"] == 2; });
  REQUIRE(e["diagnostics"].size() == 1);
  CHECK(e["diagnostics"][0]["code"] == "E0007");
  c.notify("textDocument/didClose", {{"textDocument", text_document(uri)}});
  json cleared = c.wait_notification("textDocument/publishDiagnostics", [&](const json& p) { return p["uri"] == uri; });
  CHECK(cleared["diagnostics"].empty());
  c.request("shutdown", nullptr);
  c.notify("exit", nullptr);
  CHECK(c.wait_exit() == 0);
  fs::remove_all(dir);
}

TEST_CASE("the language server completes every keyword of the grammar", "[lsp]") {
  std::string grammar = custos::testing::read_text(std::string(CUSTOS_SOURCE_DIR) + "/grammar/Custos.g4");
  std::regex keyword(R"(K_\w+\s*:\s*'(\w+)')");
  int found = 0;
  for (auto it = std::sregex_iterator(grammar.begin(), grammar.end(), keyword); it != std::sregex_iterator(); ++it) {
    INFO((*it)[1]);
    CHECK(has(custos::lsp::keywords(), (*it)[1]));
    ++found;
  }
  CHECK(found > 30);
}
