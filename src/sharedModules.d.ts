// The extension bundle's modules that dist/on-demand.js uses too, by their path from the project's root
// (made by scripts/bundleOptions.mjs at build time): the on-demand bundle requires them from here, so each
// module, and the state it keeps, exists once.
declare module 'side-project:shared-modules' {
  const modules: Readonly<Record<string, unknown>>;
  export default modules;
}
