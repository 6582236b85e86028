// The HTTP server, on cpp-httplib (Debian's libcpp-httplib-dev).
//
// Why cpp-httplib and not Boost.Beast, which Boost already brings: Beast is
// a toolkit for writing a server (an accept loop, connection state machines,
// a thread pool, body limits, form and query-string parsing are ours to
// write, a few hundred lines of asynchronous code to get right), where
// cpp-httplib is a small threaded server with all of that, kept by Debian
// with security updates, and its blocking handlers fit netra's blocking
// command code. What netra needs of a server is modest: loopback, a few
// hundred requests a second, bounded bodies.
#include "server/http_server.h"

#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "core/utf8.h"
#include "core/value.h"
#include "server/api_request.h"
#include "server/sparql_protocol.h"
#include "server/static_files.h"

namespace netra::server {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kJsonType = "application/json; charset=utf-8";

std::string ErrorJson(const std::string& message, int exit_code) {
  Value v = Value::Object();
  std::string text = message;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  if (!ValidateUtf8(text).ok()) text = "(an error message that is not UTF-8)";
  v.Set("error", Value::Str(text));
  if (exit_code >= 0) v.Set("exit", Value::Int(exit_code));
  return v.ToJson() + "\n";
}

// The message of an error response httplib makes itself.
std::string ReasonOf(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "the request is larger than the server accepts (netra serve --max-body)";
    case 414: return "the URL is longer than the server accepts";
    default: return "HTTP error " + std::to_string(status);
  }
}

// The HTTP status of a command's result.
int HttpStatus(const CommandResult& r) {
  switch (r.kind) {
    case CommandResult::Kind::kUnknownCommand: return 404;
    case CommandResult::Kind::kRefused: return 403;
    case CommandResult::Kind::kTimedOut: return 503;
    case CommandResult::Kind::kTooManyRows:
    case CommandResult::Kind::kTooMuchMemory: return 413;
    case CommandResult::Kind::kRan: break;
  }
  switch (r.exit_code) {
    case 0: return 200;
    case 1: return 400;
    case 2: return 422;  // some inputs failed; read-only commands do not report it
    default: return 500;
  }
}

// res.set_content without its copy: an answer may be megabytes
// (regions-citing-laws at 100k articles: 11 MB of JSON).
void SetBody(httplib::Response& res, std::string body, const std::string& content_type) {
  res.body = std::move(body);
  res.set_header("Content-Type", content_type);
}

// The Content-Type of an API answer in `format` (the command's --format).
std::string ApiContentType(const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a == "--") break;
    if (a == "--format=graphml" || a == "--format=gexf") return "application/xml; charset=utf-8";
    if (a == "--format=dot") return "text/vnd.graphviz; charset=utf-8";
    if (a == "--format=ntriples") return "application/n-triples; charset=utf-8";
  }
  return kJsonType;
}

// The parameters of `req`: httplib parses the query string, and a
// form-encoded body, into req.params.
std::multimap<std::string, std::string> Params(const httplib::Request& req) {
  return std::multimap<std::string, std::string>(req.params.begin(), req.params.end());
}

class Routes {
 public:
  Routes(const ServeOptions& options, Backend& backend) : options_(options), backend_(backend) {}

  void Install(httplib::Server& svr) {
    svr.set_pre_routing_handler(
        [this](const httplib::Request& req, httplib::Response& res) { return CheckRequest(req, res); });
    svr.Get("/api/version", [this](const httplib::Request&, httplib::Response& res) { Version(res); });
    svr.Get(R"(/api/([^/]*))", [this](const httplib::Request& req, httplib::Response& res) { Api(req, res); });
    svr.Get("/sparql", [this](const httplib::Request& req, httplib::Response& res) { Sparql(req, res); });
    svr.Post("/sparql", [this](const httplib::Request& req, httplib::Response& res) { Sparql(req, res); });
    svr.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) { Static(req, res); });
    if (!options_.cors_origin.empty()) {
      svr.Options(R"(/.*)", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    }
    svr.set_post_routing_handler([this](const httplib::Request&, httplib::Response& res) { AddHeaders(res); });
    svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) {
        res.set_content(ErrorJson(ReasonOf(res.status), -1), kJsonType);
      }
    });
    svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr& ep) {
      std::string what = "internal error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      res.status = 500;
      res.set_content(ErrorJson(what, -1), kJsonType);
    });
    svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      // One write per line: requests end side by side.
      std::cerr << "netra serve: " + req.method + " " + req.path + " " + std::to_string(res.status) + " " +
                       std::to_string(res.body.size()) + " bytes\n";
    });
  }

 private:
  // What every request must be before it is routed: a target whose
  // percent-escapes are whole, and a path in UTF-8 (parameters are checked
  // where they are read: ApiCommandLine, Sparql).
  httplib::Server::HandlerResponse CheckRequest(const httplib::Request& req, httplib::Response& res) {
    Status s = CheckPercentEncoding(req.target);
    if (s.ok() && !ValidateUtf8(req.path).ok()) s = Status::InvalidArgument("the path is not UTF-8");
    if (s.ok()) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 400;
    res.set_content(ErrorJson(s.message(), -1), kJsonType);
    return httplib::Server::HandlerResponse::Handled;
  }

  void AddHeaders(httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    if (options_.cors_origin.empty()) return;
    res.set_header("Access-Control-Allow-Origin", options_.cors_origin);
    res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Accept");
    res.set_header("Vary", "Origin");
  }

  Clock::time_point Deadline() const { return Clock::now() + options_.timeout; }

  void Version(httplib::Response& res) {
    Result<std::string> v = backend_.VersionJson();
    if (!v.ok()) {
      res.status = 500;
      res.set_content(ErrorJson(v.status().message(), 3), kJsonType);
      return;
    }
    res.set_header("Cache-Control", "no-store");
    res.set_content(*v + "\n", kJsonType);
  }

  void Api(const httplib::Request& req, httplib::Response& res) {
    Result<std::vector<std::string>> args = ApiCommandLine(req.matches[1].str(), Params(req));
    if (!args.ok()) {
      res.status = 400;
      res.set_content(ErrorJson(args.status().message(), 1), kJsonType);
      return;
    }
    CommandResult r = backend_.Run(*args, Deadline());
    res.status = HttpStatus(r);
    if (res.status == 200) {
      SetBody(res, std::move(r.out), ApiContentType(*args));
    } else {
      bool ran = r.kind != CommandResult::Kind::kUnknownCommand && r.kind != CommandResult::Kind::kRefused;
      res.set_content(ErrorJson(r.err, ran ? r.exit_code : -1), kJsonType);
    }
  }

  // SPARQL errors are plain text, as other endpoints give them: clients
  // (SPARQLWrapper) show the body as the message.
  void Sparql(const httplib::Request& req, httplib::Response& res) {
    auto params = Params(req);
    auto param = [&](const char* key) {
      auto it = params.find(key);
      return it == params.end() ? std::string() : it->second;
    };
    Result<SparqlFormat> format = NegotiateSparqlFormat(req.get_header_value("Accept"),
                                                        !param("format").empty() ? param("format") : param("output"));
    Result<std::string> query = SparqlQueryOf(req.method, req.get_header_value("Content-Type"), req.body, params);
    if (!query.ok()) {  // 403 for an update, which a read-only server never runs; else 400
      res.status = query.status().code() == StatusCode::kUnsupported ? 403 : 400;
      res.set_content(query.status().message() + "\n", "text/plain; charset=utf-8");
      return;
    }
    if (!format.ok()) {
      res.status = 406;
      res.set_content(format.status().message() + "\n", "text/plain; charset=utf-8");
      return;
    }
    if (!ValidateUtf8(*query).ok()) {
      res.status = 400;
      res.set_content("the query is not UTF-8\n", "text/plain; charset=utf-8");
      return;
    }
    CommandResult r = backend_.RunSparql(*query, format->name, Deadline());
    res.status = HttpStatus(r);
    if (res.status == 200) {
      SetBody(res, std::move(r.out), format->content_type);
    } else {
      res.set_content(r.err.empty() ? "error\n" : r.err, "text/plain; charset=utf-8");
    }
  }

  void Static(const httplib::Request& req, httplib::Response& res) {
    Result<std::string> file = ResolveStaticFile(options_.static_dir, req.path);
    if (!file.ok()) {
      bool front_page = req.path == "/" || req.path == "/index.html";
      res.status = file.status().code() == StatusCode::kInvalidArgument ? 400 : 404;
      if (front_page && res.status == 404) {
        res.set_content(NoExplorerPage(), "text/html; charset=utf-8");
      } else {
        res.set_content(ErrorJson(file.status().message(), -1), kJsonType);
      }
      return;
    }
    std::ifstream in(*file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      res.status = 500;
      res.set_content(ErrorJson("cannot read the file", -1), kJsonType);
      return;
    }
    res.set_content(bytes.str(), ContentTypeOf(*file));
  }

  std::string NoExplorerPage() const {
    return "<!doctype html><meta charset=utf-8><title>netra serve</title>"
           "<p>netra serve is running, but the browser explorer is not built" +
           std::string(options_.static_dir.empty() ? "" : " (no index.html in " + options_.static_dir + ")") +
           ". Build it as docs/serve.md says (tools/install-deps.sh installs what it needs; the build writes "
           "&lt;build&gt;/explorer), or start netra serve with --static DIR.</p>"
           "<p>The JSON API (<a href=\"/api/version\">/api/version</a>, /api/&lt;command&gt;) and the SPARQL "
           "endpoint (/sparql) work without it.</p>\n";
  }

  const ServeOptions& options_;
  Backend& backend_;
};

// Stops `svr` on SIGINT or SIGTERM. The signals are blocked in every thread
// (Serve blocks them before the server starts its threads) and taken here
// with sigtimedwait, so that the stop runs as ordinary code, not in a
// signal handler (httplib's stop is not async-signal-safe).
class SignalWatcher {
 public:
  explicit SignalWatcher(httplib::Server& svr) : thread_([this, &svr] { Watch(svr); }) {}
  ~SignalWatcher() {
    done_ = true;
    thread_.join();
  }
  bool stopped_by_signal() const { return signal_ != 0; }

 private:
  void Watch(httplib::Server& svr) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    timespec tick{0, 100'000'000};
    while (!done_) {
      int sig = sigtimedwait(&set, nullptr, &tick);
      if (sig == SIGINT || sig == SIGTERM) {
        signal_ = sig;
        svr.stop();
        return;
      }
    }
  }

  std::atomic<bool> done_{false};
  std::atomic<int> signal_{0};
  std::thread thread_;
};

}  // namespace

void BlockStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGPIPE);  // a client gone mid-answer is an error on write, not the end of the server
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

Status Serve(const ServeOptions& options, Backend& backend, const std::function<void(int port)>& ready) {
  httplib::Server svr;
  size_t threads = std::max<size_t>(1, options.threads);
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_payload_max_length(options.max_body_bytes);
  // httplib writes the headers and the body apart: without TCP_NODELAY,
  // Nagle holds the body until the client acknowledges the headers, which
  // a client delays by up to 40 ms (measured: 42 ms for every answer).
  svr.set_tcp_nodelay(true);
  // An idle keep-alive connection holds a thread: let it go soon, and let
  // a stop wait no longer than that for it.
  svr.set_keep_alive_timeout(1);
  svr.set_read_timeout(5);
  Routes routes(options, backend);
  routes.Install(svr);

  int port = options.port;
  if (port == 0) {
    port = svr.bind_to_any_port(options.bind);
    if (port < 0) return Status::IoError("cannot listen on " + options.bind + " (any port)");
  } else if (!svr.bind_to_port(options.bind, port)) {
    return Status::IoError("cannot listen on " + options.bind + ":" + std::to_string(port) +
                           " (in use, or not an address of this machine?)");
  }
  SignalWatcher signals(svr);
  if (ready) ready(port);
  bool listened = svr.listen_after_bind();
  if (!listened && !signals.stopped_by_signal()) return Status::IoError("the server stopped listening");
  return Status::Ok();
}

}  // namespace netra::server
