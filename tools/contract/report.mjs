// Reads httpyac's JSON output (--json --output exchange), prints one line per request and writes
// "passed failed" to a file. Every assertion counts; so does one contract check for each request that
// went through the validating proxy: Prism must have passed the answer on with no violation of the
// OpenAPI document (its sl-violations header, warnings included) and must not have answered itself.
//
//   node report.mjs <httpyac.json> <counts file> [proxy base URL]
import fs from "node:fs";

const [input, countsFile, proxy] = process.argv.slice(2);
const PRISM_ERRORS = "https://stoplight.io/prism/errors";
let passed = 0;
let failed = 0;

let report = { requests: [] };
try {
  report = JSON.parse(fs.readFileSync(input, "utf8"));
} catch (error) {
  console.log(`Could not read the httpyac JSON output: ${error.message}`);
  failed++;
}

const parse = (body) => {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

// What the proxy found wrong with one exchange, or null when it did not see the exchange.
const contractProblems = (response) => {
  const url = response?.request?.url ?? "";
  if (!proxy || !url.startsWith(proxy)) return null;
  const problems = [];
  const violations = response.headers?.["sl-violations"];
  if (violations) {
    for (const violation of parse(violations) ?? [{ message: violations }]) {
      const where = (violation.location ?? []).join(".");
      problems.push(`${violation.severity ?? "Violation"} at ${where || "?"}: ${violation.message}`);
    }
  }
  const type = parse(response.body)?.type;
  if (typeof type === "string" && type.startsWith(PRISM_ERRORS)) {
    problems.push(`the proxy answered itself: ${type}`);
  }
  return problems;
};

for (const request of report.requests ?? []) {
  const results = request.testResults ?? [];
  const ok = results.filter((test) => test.status === "SUCCESS").length;
  const bad = results.length - ok + (results.length === 0 ? 1 : 0);
  const contract = contractProblems(request.response);
  const contractBad = contract !== null && contract.length > 0;
  passed += ok + (contract !== null && !contractBad ? 1 : 0);
  failed += bad + (contractBad ? 1 : 0);

  const status = request.response ? request.response.statusCode : "-";
  const verdict = bad === 0 && !contractBad ? "ok  " : "FAIL";
  const checked = contract === null ? "not through the proxy" : contractBad ? "CONTRACT VIOLATED" : "contract ok";
  console.log(`${verdict} ${request.name} (HTTP ${status}): ${ok}/${results.length} assertions, ${checked}`);
  for (const test of results.filter((test) => test.status !== "SUCCESS")) {
    const why = test.error?.displayMessage ?? "";
    console.log(`       ${test.status}: ${test.message}${why && why !== test.message ? ` -- ${why}` : ""}`);
  }
  for (const problem of contract ?? []) {
    console.log(`       ${problem}`);
  }
  if ((bad > 0 || contractBad) && request.response?.body !== undefined) {
    const body = request.response.body;
    console.log(`       body: ${(typeof body === "string" ? body : JSON.stringify(body)).slice(0, 600)}`);
  }
}

if (failed === 0 && (report.requests ?? []).length === 0) {
  console.log("httpyac ran no request.");
  failed++;
}
fs.writeFileSync(countsFile, `${passed} ${failed}\n`);
