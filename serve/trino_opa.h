// The decision protocol of Trino's OPA access-control plugin, answered by Custos: table access
// (opa.policy.uri), row filters (opa.policy.row-filters-uri) and column masks
// (opa.policy.batch-column-masking-uri, or opa.policy.column-masking-uri one column at a time).
// Requests are {"input": {"context": {"identity": {"user", "groups"}}, "action": {...}}}; answers
// are {"result": ...}. Every answer fails closed: an unknown user, an ungoverned table or any
// error yields a denial, a FALSE row filter or a NULL mask.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "custos/custos.hpp"
#include "principals.h"
#include "request_json.h"

namespace custos::serve {

class TrinoOpa {
 public:
  struct Table {
    std::string catalog, schema, table;
    std::string product() const { return schema + "." + table; }
  };
  // `system_users` may read and change cluster-wide state (system information, system session
  // properties) and view or kill other users' queries; everyone else acts on their own queries.
  TrinoOpa(Engine& engine, Principals principals, std::string catalog = {}, std::set<std::string> system_users = {})
      : engine_(engine), principals_(std::make_shared<const Principals>(std::move(principals))), catalog_(std::move(catalog)),
        system_users_(std::move(system_users)) {}
  // Replaces the principals (a reload); requests in flight finish with the ones they started with.
  void set_principals(Principals principals);

  // Each takes the request body as Trino sends it and returns the response body; a body that is
  // not JSON throws InvalidJson, a request of the wrong shape BadRequest.
  nlohmann::json allow(std::string_view body) const;
  nlohmann::json row_filters(std::string_view body) const;
  nlohmann::json batch_column_masks(std::string_view body) const;
  nlohmann::json column_mask(std::string_view body) const;
  // `opa.policy.batched-uri`: a Filter* operation over `filterResources`, answered with the
  // indices of the items the user may see (for FilterColumns, of the one table's columns).
  nlohmann::json batch(std::string_view body) const;

 private:
  // The session of the request's user, or nullptr with `why` (unknown user, principal that does
  // not fit the mesh, no bundle).
  std::unique_ptr<Session> session_for(request_json::Element input, const Principals& principals, std::string& why) const;
  struct Source {
    enum Kind { Product, None, Denied } kind;
    std::string product;
  };
  Source source_of(const Principals& principals, const Table& t, const std::string& user, bool known) const;
  bool governed(const Table& t) const;
  // A table of the catalog's information_schema: readable by every known user (Trino filters
  // its content through FilterSchemas, FilterTables and FilterColumns), never masked or filtered.
  bool metadata_table(const Table& t) const;
  class Visibility;
  // Whether one resource of a Filter* operation (or a Show* check) is shown to the user.
  bool shows(const std::string& operation, request_json::Element resource, Visibility& v) const;
  // The masks of `columns` (each a `column` resource) for the request's user: one answer item,
  // {"index", "viewExpression"}, per masked or denied column.
  nlohmann::json masks(request_json::Element input, const std::vector<request_json::Element>& columns) const;

  Engine& engine_;
  // Sessions bound within the current second, by principal and context: a user's requests in the
  // same second reuse one (binding a principal from JSON costs more than the decision). A session
  // of a bundle that a reload replaced is never reused. The context's `now` is the request time to
  // the second. Sharded by key so that event loops rarely wait for each other.
  struct SessionShard {
    std::mutex mutex;
    int64_t second = -1;
    std::unordered_map<std::string, Session> sessions;
  };
  mutable std::array<SessionShard, 8> session_shards_;
  // Swapped whole on SIGHUP: each request copies the pointer under a mutex held for the copy only
  // (libstdc++ 12's std::atomic<std::shared_ptr> releases its internal lock with a relaxed store,
  // which ThreadSanitizer reports, rightly, as a race with the next store).
  class PrincipalsSlot {
   public:
    explicit PrincipalsSlot(std::shared_ptr<const Principals> p) : p_(std::move(p)) {}
    std::shared_ptr<const Principals> load() const {
      std::lock_guard lock(mutex_);
      return p_;
    }
    // The previous principals are released after the lock, by the caller's copy.
    void store(std::shared_ptr<const Principals>& p) {
      std::lock_guard lock(mutex_);
      p_.swap(p);
    }

   private:
    mutable std::mutex mutex_;
    std::shared_ptr<const Principals> p_;
  };
  PrincipalsSlot principals_;
  std::string catalog_;  // only tables of this catalog are products (empty: any catalog)
  std::set<std::string> system_users_;
};

}  // namespace custos::serve
