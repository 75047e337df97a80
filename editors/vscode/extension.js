// The Custos extension: starts `custos lsp --stdio` for .custos files and for the YAML files of a
// mesh (custos.yaml and the data contracts), whose diagnostics the server reports too.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('custos');
  const command = config.get('path', 'custos');
  const serverOptions = {
    command,
    args: ['lsp', '--debounce', String(config.get('debounceMs', 200))],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'custos' },
      { scheme: 'file', language: 'yaml' },
    ],
    synchronize: {
      // Contracts and policies changed outside the editor (a git checkout) are re-read.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{custos,yaml,yml}'),
    },
    initializationOptions: {
      proveTimeoutMs: config.get('proveTimeoutMs', 5000),
      expiryWarnings: config.get('expiryWarnings', true),
    },
  };
  client = new LanguageClient('custos', 'Custos', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('custos.restartServer', () => client.restart()),
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
