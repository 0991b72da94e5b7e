// What the extension needs only once a user acts, not to start: the commands' handlers, the dashboard's page
// and the tool catalog. In each host its own bundle (dist/on-demand.js, dist/web/on-demand.js), loaded at the
// first use through `Host.onDemand` (src/onDemandLoader.ts) and sharing the extension bundle's modules
// (scripts/bundleOptions.mjs, onDemandSharing).
export { COMMAND_HANDLERS } from './vscode/commands/commandHandlers';
export { dashboardHtml } from './core/present/dashboardHtml';
export { lessons } from './core/stats/lessons';
export { TOOLS } from './core/tools/catalog';
