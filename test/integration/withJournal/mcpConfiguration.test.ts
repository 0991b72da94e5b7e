// Copy MCP Server Configuration: what lands on the clipboard starts a working MCP server for this journal.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import * as vscode from 'vscode';
import { journalPath, journalSandbox } from '../helpers';

const journal =
  '---\nproject: uptime-bot\n---\n\n## 2026-11-03 21:05 Decision: Use PostgreSQL over SQLite\n- Status: accepted\n';

describe('Copy MCP Server Configuration', () => {
  journalSandbox({ journal });

  it("copies a configuration naming the extension's CLI and this journal, and it serves the tools", async () => {
    const copied = await vscode.commands.executeCommand<string>('sideProject.copyMcpConfiguration');
    assert.equal(await vscode.env.clipboard.readText(), copied);
    const server = JSON.parse(copied).mcpServers['side-project-journal'] as {
      command: string;
      args: string[];
      env?: Record<string, string>;
    };
    assert.ok(fs.existsSync(server.command), server.command);
    assert.equal(server.args.length, 4);
    assert.match(server.args[0], /[/\\]dist[/\\]cli\.js$/);
    assert.ok(fs.existsSync(server.args[0]));
    assert.deepEqual(server.args.slice(1), ['mcp', '--journal', journalPath()]);

    const env = Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    const client = new Client({ name: 'clipboard-check', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: server.command,
        args: server.args,
        env: { ...env, ...server.env },
        cwd: '/',
      }),
    );
    try {
      const found = await client.callTool({ name: 'find_entries', arguments: { words: 'postgres' } });
      assert.equal((found.structuredContent as { total: number }).total, 1);
    } finally {
      await client.close();
    }
  });
});
