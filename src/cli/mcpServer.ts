// `side-project mcp`: the tool catalog served over stdio with the official MCP SDK, tools only. Each call
// reads the journal afresh, so edits made meanwhile in VS Code or by hand are seen.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { TOOLS } from '../core';
import { CliError, type JournalFile } from './journalFile';
import { runTool } from './runTool';

export const SERVER_INFO = { name: 'side-project-journal', version: '0.1.0' };

export function createMcpServer(file: JournalFile): Server {
  const server = new Server(SERVER_INFO, {
    capabilities: { tools: {} },
    instructions:
      `The journal of a side project at ${file.path}: its decisions (with their rationale), incidents, ` +
      'progress notes and phases. Read it before suggesting what the project already settled; ' +
      'log decisions and incidents as they happen.',
  });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: TOOLS.map((t) => ({
      name: t.mcpName,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema as unknown as {
        type: 'object';
        properties?: Record<string, object>;
        required?: string[];
      },
      annotations: { readOnlyHint: !t.writes, destructiveHint: false, idempotentHint: !t.writes, openWorldHint: false },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const tool = TOOLS.find((t) => t.mcpName === request.params.name);
    if (!tool) {
      return refusal(`Unknown tool "${request.params.name}"; the tools are ${TOOLS.map((t) => t.mcpName).join(', ')}.`);
    }
    try {
      const { result, text } = await runTool(tool, request.params.arguments ?? {}, file);
      return { content: [{ type: 'text', text }], structuredContent: result as Record<string, unknown> };
    } catch (error) {
      if (error instanceof CliError) return refusal(error.message);
      throw error;
    }
  });
  return server;
}

/** A tool error the model can read and act on, not a protocol failure. */
function refusal(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

export async function serveMcp(file: JournalFile): Promise<void> {
  await createMcpServer(file).connect(new StdioServerTransport());
}
