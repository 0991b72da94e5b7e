// The agent tool catalog: schemas, validators, drafts and queries shared by every adapter that lets an
// agent read or write the journal (VS Code's language-model tools, the CLI, the MCP server).
export * from './catalog';
export * from './inputSchema';
export * from './queries';
export * from './mcpConfiguration';
