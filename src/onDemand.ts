// What the extension needs only once a user acts, not to start: the commands' handlers, the dashboard's page
// and the tool catalog. In the Node host this is its own bundle (dist/on-demand.js), loaded at the first use through
// `Host.onDemand` and sharing the extension bundle's modules (scripts/bundleOptions.mjs, onDemandSharing); in
// the web worker host, which loads a single script, the one bundle holds it.
export { COMMAND_HANDLERS } from './vscode/commands/commandHandlers';
export { dashboardHtml } from './core/present/dashboardHtml';
export { lessons } from './core/stats/lessons';
export { TOOLS } from './core/tools/catalog';
