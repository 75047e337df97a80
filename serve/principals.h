// Who a Trino request is for: the principals file of `custos serve` turns the identity and
// context Trino's OPA plugin sends (user, groups, extraCredentials, properties, queryId, ...) into
// the principal and context attributes the mesh declares.
//
//   {
//     "users":  {"ana": {"id": "ana", "roles": ["analyst"], "region": "EU", ...}},
//     "groups": {"eu-agents": {"roles": ["support_agent"], "region": "EU"}},
//     "user_attribute": "id",
//     "context": {"purposes": {"from": "extraCredentials", "key": "purposes"}},
//     "views":   {"lake.crm.contacts": {"product": "crm.customers", "owner": "svc_views"},
//                 "lake.crm.joined": {"security": "invoker"}}
//   }
//
// A user's principal is their `users` entry merged with the entries of every `groups` name the
// request lists (sets are united; a scalar given two different values refuses the request: no
// silent pick), and `user_attribute` set to the Trino user name when nothing else sets it. A user
// in neither is unknown and denied everything. Principal attributes come only from this file and
// Trino's groups (its group provider), never from what the client sends; context attributes may
// come from the request (docs/trino.md#identity-and-context).
//
// `views` declares the Trino views over products (docs/trino.md#views). A SECURITY DEFINER view
// reads one product as its `owner`, a service identity that is never a principal: Trino asks
// `CreateViewWithSelectFromColumns` for the owner on the product (allowed) and the product's row
// filter and masks for the owner (none: the view applies the reader's), then table access, row
// filter and masks of the view for the reader (the reader's own on the product). A SECURITY
// INVOKER view is decided on its tables, for the reader; the view itself adds nothing.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "custos/custos.hpp"
#include "request_json.h"

namespace custos::serve {

class Principals {
 public:
  // Throws std::runtime_error with a clear message (file:line:col) for an unreadable or malformed
  // file: invalid JSON, a wrong shape, an unknown key or context source.
  static Principals load(const std::string& path);
  static Principals from_json(const nlohmann::json& doc, const std::string& what);

  // The principal and context of one request.
  struct Binding {
    std::string principal;  // JSON object text
    nlohmann::json context;  // JSON object
  };
  // Binds the request's `input.context` (with `identity`); nullopt with `why` for an unknown user
  // or attributes that conflict. Context values are converted to the types the engine's mesh
  // declares (a comma-separated credential to a set, "3" to an int); values that still do not fit
  // are refused by the engine when the session is made.
  std::optional<Binding> bind(request_json::Element request_context, const Engine& engine, std::string& why) const;

  size_t size() const { return users_.size(); }
  // "3 users, 2 groups, 1 context source, 1 view": what the file maps, for the start-up line.
  std::string summary() const;

  // A Trino view declared over products.
  struct View {
    std::string name;     // catalog.schema.view
    bool definer = true;  // SECURITY DEFINER (Trino's default) or INVOKER
    std::string product;  // definer: the product it reads
    std::string owner;    // definer: the Trino user it runs as
  };
  const View* view(const std::string& catalog, const std::string& schema, const std::string& table) const;
  const std::map<std::string, View>& views() const { return views_; }
  // Whether `user` is the owner of a definer view, and of one over `product`.
  bool view_owner(const std::string& user) const;
  bool owns_view_over(const std::string& user, const std::string& product) const;
  // Every entry that does not fit the mesh of the engine's bundle (undeclared attributes, wrong
  // types, context sources that cannot produce the declared type), one message each, located in
  // the file when it was loaded from one.
  std::vector<std::string> validate(const Engine& engine) const;

  // Where a context attribute comes from.
  struct ContextSource {
    std::string attribute;
    std::string from;       // extraCredentials, properties, groups, clientTags, source, queryId, user
    std::string key;        // extraCredentials, properties: the key
    std::string prefix;     // groups: only groups starting with it, with it removed
    std::string separator = ",";  // a string source read as a set: the separator
    bool list() const;      // the source gives a set of strings (groups, clientTags)
  };

 private:
  std::string locate(const std::string& section, const std::string& name) const;

  std::map<std::string, nlohmann::json> users_, groups_;
  std::map<std::string, std::string> user_text_;  // each user's attributes as JSON text (the common case)
  std::string user_attribute_;
  std::vector<ContextSource> context_;
  std::map<std::string, View> views_;
  std::string path_, text_;  // where they were loaded from, for locating problems
};

}  // namespace custos::serve
