// The closed-loop HTTP load generator and the floor server (see http_load.h).
#include "http_load.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <stdexcept>

namespace custos::testing {

namespace {

using Clock = std::chrono::steady_clock;

void set_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

void set_nodelay(int fd) {
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int connect_to(const std::string& host, int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  if (::inet_pton(AF_INET, host.c_str(), &a.sin_addr) != 1 || ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    ::close(fd);
    return -1;
  }
  set_nodelay(fd);
  set_nonblocking(fd);
  return fd;
}

// Case-insensitive search for a header's value in a header block; npos when absent.
size_t header_value(std::string_view headers, std::string_view name) {
  for (size_t at = headers.find("\r\n"); at != std::string_view::npos; at = headers.find("\r\n", at + 2)) {
    size_t start = at + 2;
    if (headers.size() - start < name.size() + 1) return std::string_view::npos;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(headers[start + i])) == std::tolower(static_cast<unsigned char>(name[i]));
    }
    if (same && headers[start + name.size()] == ':') {
      size_t v = start + name.size() + 1;
      while (v < headers.size() && headers[v] == ' ') ++v;
      return v;
    }
  }
  return std::string_view::npos;
}

struct Connection {
  int fd = -1;
  size_t next = 0;  // the index in the mix of the request in flight
  std::string out;  // bytes still to send
  size_t sent = 0;
  std::string in;   // bytes of the answer received so far
  Clock::time_point started;
  uint32_t events = 0;  // what epoll watches for
};

}  // namespace

double LoadResult::quantile_us(double q) const {
  if (latencies_ns.empty()) return 0;
  std::vector<uint64_t> sorted = latencies_ns;
  size_t k = std::min(sorted.size() - 1, static_cast<size_t>(q * static_cast<double>(sorted.size())));
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(k), sorted.end());
  return static_cast<double>(sorted[k]) / 1000.0;
}

LoadResult run_load(const LoadOptions& options, const std::vector<LoadRequest>& mix) {
  if (mix.empty()) throw std::invalid_argument("run_load: no requests");
  std::vector<std::string> wire;
  for (const auto& r : mix) {
    wire.push_back("POST " + r.path + " HTTP/1.1\r\nHost: " + options.host + "\r\nContent-Type: application/json\r\nContent-Length: " +
                   std::to_string(r.body.size()) + "\r\n\r\n" + r.body);
  }
  LoadResult result;
  result.latencies_ns.reserve(1 << 16);
  int ep = ::epoll_create1(EPOLL_CLOEXEC);
  std::vector<Connection> conns(options.connections);
  auto problem = [&](const std::string& what) {
    if (result.first_problem.empty()) result.first_problem = what;
  };
  // Sends as much of the request as the socket takes now; waits for writability only for the rest.
  auto watch = [&](size_t i, uint32_t events) {
    Connection& c = conns[i];
    if (c.events == events) return;
    epoll_event ev{};
    ev.events = events;
    ev.data.u64 = i;
    ::epoll_ctl(ep, EPOLL_CTL_MOD, c.fd, &ev);
    c.events = events;
  };
  auto flush = [&](size_t i) {
    Connection& c = conns[i];
    while (c.sent < c.out.size()) {
      ssize_t w = ::send(c.fd, c.out.data() + c.sent, c.out.size() - c.sent, MSG_NOSIGNAL);
      if (w > 0) {
        c.sent += static_cast<size_t>(w);
        continue;
      }
      if (errno != EAGAIN) return false;
      break;
    }
    watch(i, c.sent < c.out.size() ? (EPOLLIN | EPOLLOUT) : EPOLLIN);
    return true;
  };
  auto start_request = [&](size_t i) {
    Connection& c = conns[i];
    c.out = wire[c.next];
    c.sent = 0;
    c.in.clear();
    c.started = Clock::now();
    return flush(i);
  };
  auto open = [&](size_t i) {
    Connection& c = conns[i];
    if (c.fd >= 0) ::close(c.fd);
    c.fd = connect_to(options.host, options.port);
    if (c.fd < 0) return false;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = i;
    ::epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
    c.events = EPOLLIN;
    return true;
  };
  for (size_t i = 0; i < conns.size(); ++i) {
    conns[i].next = i % mix.size();
    if (!open(i)) {
      for (auto& c : conns) {
        if (c.fd >= 0) ::close(c.fd);
      }
      ::close(ep);
      throw std::runtime_error("cannot connect to " + options.host + ":" + std::to_string(options.port));
    }
  }
  const auto begin = Clock::now();
  const auto deadline = begin + options.duration;
  auto next_tick = begin + options.tick;
  size_t active = conns.size();
  bool stopping = false;
  for (size_t i = 0; i < conns.size(); ++i) {
    if (!start_request(i)) problem("cannot send on connection " + std::to_string(i));
  }
  std::vector<epoll_event> events(conns.size());
  char buffer[1 << 16];
  while (active > 0) {
    int n = ::epoll_wait(ep, events.data(), static_cast<int>(events.size()), 100);
    auto now = Clock::now();
    if (now >= deadline || (options.max_requests && result.requests >= options.max_requests)) stopping = true;
    if (options.on_tick && now >= next_tick && !stopping) {
      options.on_tick();
      next_tick = Clock::now() + options.tick;
    }
    if (stopping && now >= deadline + std::chrono::seconds(10)) {
      problem("answers still outstanding 10 s after the run ended");
      result.failures += active;
      break;
    }
    for (int e = 0; e < n; ++e) {
      size_t i = events[e].data.u64;
      Connection& c = conns[i];
      if (c.fd < 0) continue;
      bool broken = (events[e].events & (EPOLLERR | EPOLLHUP)) != 0 && !(events[e].events & EPOLLIN);
      if (!broken && c.sent < c.out.size() && (events[e].events & EPOLLOUT)) broken = !flush(i);
      bool done = false;
      if (!broken && (events[e].events & EPOLLIN)) {
        for (;;) {
          ssize_t r = ::recv(c.fd, buffer, sizeof buffer, 0);
          if (r > 0) {
            c.in.append(buffer, static_cast<size_t>(r));
            continue;
          }
          if (r == 0 || errno != EAGAIN) broken = true;
          break;
        }
        size_t end = c.in.find("\r\n\r\n");
        if (end != std::string::npos) {
          std::string_view headers(c.in.data(), end);
          size_t length_at = header_value(headers, "Content-Length");
          if (length_at == std::string_view::npos) {
            problem("an answer without Content-Length");
            broken = true;
          } else {
            size_t length = std::strtoul(c.in.c_str() + length_at, nullptr, 10);
            if (c.in.size() >= end + 4 + length) {
              done = true;
              broken = false;  // the peer may close after a complete answer
              auto latency = Clock::now() - c.started;
              int status = c.in.size() > 12 ? std::atoi(c.in.c_str() + 9) : 0;
              std::string_view body(c.in.data() + end + 4, length);
              ++result.requests;
              result.latencies_ns.push_back(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(latency).count()));
              if (status != 200) {
                ++result.failures;
                problem("HTTP " + std::to_string(status) + " for request " + std::to_string(c.next) + ": " + std::string(body.substr(0, 300)));
              } else if (options.check && !options.check(c.next, status, body)) {
                ++result.wrong;
                problem("wrong answer to request " + std::to_string(c.next) + ": " + std::string(body.substr(0, 300)));
              }
              size_t close_at = header_value(headers, "Connection");
              if (close_at != std::string_view::npos && headers.compare(close_at, 5, "close") == 0) {
                ++result.reconnects;
                if (!stopping && !open(i)) broken = true;
              }
            }
          }
        }
      }
      if (broken) {
        ++result.failures;
        problem("connection " + std::to_string(i) + " broke during request " + std::to_string(c.next));
        ++result.reconnects;
        if (stopping || !open(i)) {
          ::close(c.fd);
          c.fd = -1;
          --active;
          continue;
        }
        if (!start_request(i)) problem("cannot send on connection " + std::to_string(i));  // the same request again
        continue;
      }
      if (done) {
        if (stopping) {
          ::close(c.fd);
          c.fd = -1;
          --active;
          continue;
        }
        c.next = (c.next + 1) % mix.size();
        if (!start_request(i)) {
          ++result.failures;
          problem("cannot send on connection " + std::to_string(i));
          ::close(c.fd);
          c.fd = -1;
          --active;
        }
      }
    }
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - begin).count();
  for (auto& c : conns) {
    if (c.fd >= 0) ::close(c.fd);
  }
  ::close(ep);
  return result;
}

FloorServer::FloorServer(std::string body) {
  response_ = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listener_, 1024) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    throw std::runtime_error(std::string("floor server: ") + std::strerror(errno));
  }
  port_ = ntohs(a.sin_port);
  wake_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  thread_ = std::thread([this] { loop(); });
}

FloorServer::~FloorServer() {
  uint64_t one = 1;
  (void)!::write(wake_, &one, sizeof one);
  thread_.join();
  ::close(wake_);
  ::close(listener_);
}

void FloorServer::loop() {
  int ep = ::epoll_create1(EPOLL_CLOEXEC);
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = listener_;
  ::epoll_ctl(ep, EPOLL_CTL_ADD, listener_, &ev);
  ev.data.fd = wake_;
  ::epoll_ctl(ep, EPOLL_CTL_ADD, wake_, &ev);
  std::map<int, std::string> pending;  // open connections and their unanswered bytes
  epoll_event events[256];
  char buffer[1 << 16];
  for (;;) {
    int n = ::epoll_wait(ep, events, 256, -1);
    for (int e = 0; e < n; ++e) {
      int fd = events[e].data.fd;
      if (fd == wake_) {
        for (auto& [client, bytes] : pending) ::close(client);
        ::close(ep);
        return;
      }
      if (fd == listener_) {
        for (int c; (c = ::accept4(listener_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0;) {
          set_nodelay(c);
          pending[c];
          epoll_event ce{};
          ce.events = EPOLLIN;
          ce.data.fd = c;
          ::epoll_ctl(ep, EPOLL_CTL_ADD, c, &ce);
        }
        continue;
      }
      std::string& in = pending[fd];
      bool closed = false;
      for (;;) {
        ssize_t r = ::recv(fd, buffer, sizeof buffer, 0);
        if (r > 0) {
          in.append(buffer, static_cast<size_t>(r));
          continue;
        }
        closed = r == 0 || errno != EAGAIN;
        break;
      }
      // Answer every complete request in the buffer.
      for (;;) {
        size_t end = in.find("\r\n\r\n");
        if (end == std::string::npos) break;
        size_t at = header_value(std::string_view(in.data(), end), "Content-Length");
        size_t length = at == std::string_view::npos ? 0 : std::strtoul(in.c_str() + at, nullptr, 10);
        if (in.size() < end + 4 + length) break;
        in.erase(0, end + 4 + length);
        (void)!::send(fd, response_.data(), response_.size(), MSG_NOSIGNAL);
      }
      if (closed) {
        ::epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        pending.erase(fd);
      }
    }
  }
}

}  // namespace custos::testing
