// The configuration an MCP client (Claude Code, Cursor, …) needs to start the journal's MCP server.

export interface McpRuntime {
  /** An executable that runs JavaScript: `node`, or VS Code's own executable as Node. */
  readonly command: string;
  /** What that executable needs in its environment (ELECTRON_RUN_AS_NODE=1 for VS Code's). */
  readonly env?: Readonly<Record<string, string>>;
}

export const MCP_SERVER_NAME = 'side-project-journal';

/** `{ "mcpServers": { … } }` for one journal, its path given so the server does not depend on a client's cwd. */
export function mcpServerConfiguration(runtime: McpRuntime, cliPath: string, journalPath: string): object {
  const server = {
    command: runtime.command,
    args: [cliPath, 'mcp', '--journal', journalPath],
    ...(runtime.env && Object.keys(runtime.env).length > 0 ? { env: { ...runtime.env } } : {}),
  };
  return { mcpServers: { [MCP_SERVER_NAME]: server } };
}
