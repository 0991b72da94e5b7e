// What the extension needs only once a user acts, not to start: the commands' handlers. In the Node host this
// is its own bundle (dist/on-demand.js), loaded at the first command through `Host.onDemand` and sharing the
// extension bundle's modules (scripts/bundleOptions.mjs, onDemandSharing); in the web worker host, which
// loads a single script, the one bundle holds it.
export { COMMAND_HANDLERS } from './vscode/commands/commandHandlers';
