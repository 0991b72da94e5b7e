// The extension bundle's modules that dist/on-demand.js uses too, by their path from the project's root, each
// as a function that hands over the names that bundle uses (made by scripts/bundleOptions.mjs at build time):
// the on-demand bundle takes them from here, so each module, and the state it keeps, exists once.
declare module 'side-project:shared-modules' {
  const modules: Readonly<Record<string, () => unknown>>;
  export default modules;
}
