// package.json as VS Code shows it in English: each `%key%` string replaced by its text in package.nls.json.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../../..');

/** The manifest with its `%key%` strings resolved from package.nls.json (`nlsFile` picks another language). */
export function resolvedManifest(nlsFile = 'package.nls.json') {
  const texts: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, nlsFile), 'utf8'));
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), (_key, value) => {
    const key = typeof value === 'string' ? /^%(.+)%$/.exec(value)?.[1] : undefined;
    return key !== undefined && key in texts ? texts[key] : value;
  });
}
