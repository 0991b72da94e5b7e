// gray-matter and js-yaml as one module: what yamlLibraries() loads on demand, and, in the extension's build,
// the entry of their own bundle (dist/yaml-libraries.js), so gray-matter's js-yaml is the one the reader uses.
import matter from 'gray-matter';
import * as yaml from 'js-yaml';

export { matter, yaml };
