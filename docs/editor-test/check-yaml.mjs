// Runs the YAML language server (the one behind VS Code's YAML extension, Neovim, Helix, ...) over
// stdio on the documents of a request file, the way an editor does, and prints what an editor
// would show: each document's diagnostics and the completion items at given positions.
//
//   node check-yaml.mjs request.json > result.json
//
// request: {"documents": [{"uri": "file:///abs/path.yaml", "text": "..."}],
//           "completions": [{"uri": "...", "line": 0, "character": 0}]}
// result:  {"diagnostics": {"<uri>": [{"line", "character", "severity", "message"}]},
//           "completions": [["label", ...]]}
// Offline on purpose: the schema store is off, so a schema comes only from a document's modeline
// (or $schema) and must be readable from disk. Exits 2 on a bad request or a silent server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const QUIET_MS = 1500;     // diagnostics are final when none arrived for this long
const TIMEOUT_MS = 60000;  // the whole run

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const require = createRequire(import.meta.url);
const serverMain = require.resolve('yaml-language-server/bin/yaml-language-server');
const server = spawn(process.execPath, [serverMain, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(
  new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

const diagnostics = new Map();
let lastPublish = Date.now();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  diagnostics.set(params.uri, params.diagnostics.map((d) => ({
    line: d.range.start.line, character: d.range.start.character, severity: d.severity, message: d.message,
  })));
  lastPublish = Date.now();
});
// Requests a server may send to its editor; an editor answers them, so do we.
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
connection.onRequest('window/workDoneProgress/create', () => null);
connection.listen();

const timer = setTimeout(() => fail(`no answer within ${TIMEOUT_MS} ms`), TIMEOUT_MS);

function fail(message) {
  process.stderr.write(`check-yaml: ${message}\n`);
  server.kill();
  process.exit(2);
}

async function settled(uris) {
  while (!uris.every((uri) => diagnostics.has(uri)) || Date.now() - lastPublish < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } } },
  });
  connection.sendNotification('initialized', {});
  connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } },
  });
  for (const doc of request.documents) {
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: doc.uri, languageId: 'yaml', version: 1, text: doc.text },
    });
  }
  await settled(request.documents.map((doc) => doc.uri));
  const completions = [];
  for (const at of request.completions ?? []) {
    const result = await connection.sendRequest('textDocument/completion', {
      textDocument: { uri: at.uri }, position: { line: at.line, character: at.character },
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    completions.push(items.map((item) => item.label));
  }
  process.stdout.write(JSON.stringify({ diagnostics: Object.fromEntries(diagnostics), completions }) + '\n');
  clearTimeout(timer);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  connection.dispose();
  server.kill();
} catch (e) {
  fail(e.stack ?? String(e));
}
