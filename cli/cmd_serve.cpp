// `custos serve`: answer Trino's OPA access-control plugin over HTTP until SIGINT or SIGTERM;
// SIGHUP reloads the bundle (a bad bundle is reported and the current one keeps serving).
#include <csignal>
#include <fstream>
#include <ostream>
#include <sstream>
#include <thread>

#include "commands.h"
#include "server.h"

namespace custos::cli {

int run_serve(const ServeArgs& args, std::ostream& out, std::ostream& err, const Terminal&) {
  EngineOptions options;
  if (args.public_key) {
    auto key = read_public_key(*args.public_key, err);
    if (!key) return kExitFailure;
    options.public_key_pem = *key;
  }
  auto hash_key = optional_hash_key(args.hash_key, err);
  if (!hash_key) return kExitFailure;
  options.hash_key = *hash_key;  // the engine refuses a bundle that masks with `hash` when this is empty
  options.audit_log_path = args.audit_log;
  serve::ServerOptions so;
  so.max_request_bytes = args.max_request_bytes;
  so.threads = args.threads;
  so.request_timeout = args.request_timeout;
  so.max_connections = args.max_connections;
  so.max_connections_per_client = args.max_connections_per_client;
  so.system_users.insert(args.system_users.begin(), args.system_users.end());
  auto colon = args.listen.rfind(':');
  try {
    if (colon == std::string::npos) throw std::invalid_argument("no port");
    so.host = args.listen.substr(0, colon);
    so.port = std::stoi(args.listen.substr(colon + 1));
    if (so.port < 0 || so.port > 65535) throw std::out_of_range("port");
  } catch (const std::exception&) {
    err << "error: --listen `" << args.listen << "`: expected HOST:PORT, for example 127.0.0.1:8181\n";
    return kExitUsage;
  }
  // Signals go to one thread that waits for them: block them before any thread starts (the
  // engine's compiler and log writer, the server's workers), so none of those can receive them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  try {
    Engine engine(options);
    BundleInfo info = engine.load_bundle_file(args.bundle);
    serve::Principals principals = serve::Principals::load(args.principals);
    // Every principal must fit the mesh: a mistyped attribute would deny that user silently.
    if (auto problems = principals.validate(engine); !problems.empty()) {
      for (const auto& p : problems) err << "error: " << p << "\n";
      err << "  = help: the principals file maps Trino users to the attributes `custos.yaml` declares\n";
      return kExitFailure;
    }
    const std::string mapped = principals.summary();
    serve::Server server(engine, std::move(principals), args.catalog, so);
    std::string error;
    if (!server.bind(error)) {
      err << "error: " << error << "\n";
      return kExitFailure;
    }
    out << "custos serve: listening on http://" << so.host << ":" << server.port() << " (bundle revision "
        << info.revision << "; " << mapped << ")" << std::endl;
    std::thread waiter([&] {
      for (;;) {
        int sig = 0;
        if (sigwait(&signals, &sig) != 0) continue;
        if (sig == SIGHUP) {
          try {
            BundleInfo next = engine.load_bundle_file(args.bundle);
            err << "custos serve: reloaded, bundle revision " << next.revision << std::endl;
          } catch (const std::exception& e) {
            err << "custos serve: reload failed, still serving the previous bundle: " << e.what() << std::endl;
          }
          // The principals file too, checked against the bundle now in use; a bad one is reported
          // and the previous principals stay.
          try {
            serve::Principals next = serve::Principals::load(args.principals);
            auto problems = next.validate(engine);
            if (problems.empty()) {
              std::string reloaded = next.summary();
              server.set_principals(std::move(next));
              err << "custos serve: reloaded the principals file (" << reloaded << ")" << std::endl;
            } else {
              for (const auto& p : problems) err << "custos serve: principals not reloaded: " << p << std::endl;
            }
          } catch (const std::exception& e) {
            err << "custos serve: principals not reloaded: " << e.what() << std::endl;
          }
          continue;
        }
        server.stop();
        return;
      }
    });
    server.run();
    waiter.join();
    engine.flush_audit();
    out << "custos serve: stopped after " << server.requests() << " requests" << std::endl;
    return kExitOk;
  } catch (const Error& e) {
    err << "error: " << e.what() << "\n";
    if (e.code() == ErrorCode::Key) err << hash_key_help();
    return kExitFailure;
  } catch (const std::exception& e) {
    err << "error: " << e.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace custos::cli
