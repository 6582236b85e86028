// The explorer's only way to the store: `netra serve`'s JSON API, where
// GET /api/<command>?arg=A&arg=B&flag=value&boolflag answers as
// `netra <command> A B --flag value --boolflag --format json` does
// (docs/serve.md). The explorer computes nothing the CLI computes: it asks.

// A failed request: `message` is the server's own ({"error": "...", "exit": N}).
export class ApiError extends Error {
  constructor(message, status, exit, body) {
    super(message);
    this.status = status;
    this.exit = exit;
    this.body = body;
  }
}

// The URL of /api/<command> for these positional args and flags; a flag set
// to true is sent bare (`&evidence`), false/null/"" ones are left out.
export function apiUrl(command, args = [], flags = {}) {
  const parts = args.map((a) => `arg=${encodeURIComponent(a)}`);
  for (const [key, value] of Object.entries(flags)) {
    if (value === undefined || value === null || value === false || value === "") continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      parts.push(v === true ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
    }
  }
  return `/api/${command}${parts.length ? "?" + parts.join("&") : ""}`;
}

async function errorOf(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    return new ApiError(body.error || text, response.status, body.exit, body);
  } catch {
    return new ApiError(text || response.statusText, response.status, undefined, null);
  }
}

// The command's JSON output; throws ApiError on a 4xx/5xx answer.
export async function apiJson(command, args, flags) {
  const response = await fetch(apiUrl(command, args, flags));
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

// The command's output as text (exports: GraphML, GEXF).
export async function apiText(command, args, flags) {
  const response = await fetch(apiUrl(command, args, flags));
  if (!response.ok) throw await errorOf(response);
  return response.text();
}

// A SPARQL 1.1 Protocol query (POST application/sparql-query), answered as
// application/sparql-results+json.
export async function sparql(query) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: {"Content-Type": "application/sparql-query", Accept: "application/sparql-results+json"},
    body: query,
  });
  if (!response.ok) throw await errorOf(response);
  return response.json();
}
