// `side-project mcp` driven by the MCP SDK's own client over stdio, as Claude Code or Cursor would.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { TOOLS } from '../../../src/core';

const CLI = path.join(__dirname, '../../../../dist/cli.js');
const EXAMPLE = path.join(__dirname, '../../../../examples/uptime-bot/.sideproject/journal.md');

describe('the MCP server', function () {
  this.timeout(30_000);
  let dir: string;
  let journal: string;
  let client: Client;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spj-mcp-'));
    fs.mkdirSync(path.join(dir, '.sideproject'));
    journal = path.join(dir, '.sideproject', 'journal.md');
    fs.copyFileSync(EXAMPLE, journal);
    client = new Client({ name: 'side-project-journal-test', version: '1.0.0' });
    const env = Object.fromEntries(
      Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
    );
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [CLI, 'mcp'],
        cwd: dir,
        env: { ...env, SIDE_PROJECT_NOW: '2026-11-24 10:30' },
      }),
    );
  });
  afterEach(async () => {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists the five tools with the catalog's names and schemas", async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(
      tools.map((t) => t.name),
      ['log_decision', 'log_incident', 'log_note', 'find_entries', 'get_status'],
    );
    for (const t of tools) {
      const spec = TOOLS.find((s) => s.mcpName === t.name)!;
      assert.deepEqual(t.inputSchema, JSON.parse(JSON.stringify(spec.inputSchema)));
      assert.equal(t.description, spec.description);
      assert.equal(t.annotations?.readOnlyHint, !spec.writes);
    }
  });

  it('log_decision appends the entry and names it; find_entries finds it with its rationale', async () => {
    const before = fs.readFileSync(journal, 'utf8');
    const logged = await client.callTool({
      name: 'log_decision',
      arguments: { title: 'Keep SQLite for the cache', body: 'The load is tiny.', options: 'SQLite, Redis' },
    });
    assert.equal(logged.isError, undefined);
    assert.deepEqual(logged.structuredContent, {
      written: true,
      entry: {
        date: '2026-11-24',
        time: '10:30',
        kind: 'decision',
        title: 'Keep SQLite for the cache',
        line: 78,
        journal,
      },
    });
    assert.equal(
      fs.readFileSync(journal, 'utf8'),
      `${before}\n## 2026-11-24 10:30 Decision: Keep SQLite for the cache\n- Status: accepted\n- Options: SQLite, Redis\n\nThe load is tiny.\n`,
    );

    const found = await client.callTool({ name: 'find_entries', arguments: { words: 'sqlite', kind: 'decision' } });
    const result = found.structuredContent as { total: number; entries: { title: string; body: string }[] };
    assert.equal(result.total, 2);
    assert.deepEqual(
      result.entries.map((e) => e.title),
      ['Keep SQLite for the cache', 'Use PostgreSQL over SQLite'],
    );
    assert.equal(result.entries[0].body, 'The load is tiny.');
    assert.match((found.content as { text: string }[])[0].text, /"total": 2/);
  });

  it('answers a malformed call with a tool error and keeps serving', async () => {
    const before = fs.readFileSync(journal);
    const missing = await client.callTool({ name: 'log_incident', arguments: { severity: 'SEV-2' } });
    assert.equal(missing.isError, true);
    assert.match((missing.content as { text: string }[])[0].text, /^`title` is required/);
    const extra = await client.callTool({ name: 'log_note', arguments: { title: 'x', mood: 'great' } });
    assert.equal(extra.isError, true);
    assert.match((extra.content as { text: string }[])[0].text, /^Unknown key `mood`/);
    const unknown = await client.callTool({ name: 'drop_table', arguments: {} });
    assert.equal(unknown.isError, true);
    assert.deepEqual(fs.readFileSync(journal), before, 'nothing was written');
    const status = await client.callTool({ name: 'get_status', arguments: {} });
    assert.equal((status.structuredContent as { daysInProduction: number }).daysInProduction, 16);
  });
});
