// The translations against what they translate: the manifest's %key%s and the strings the code passes to
// l10n.t / vscode.l10n.t, found the way `npm run l10n` (@vscode/l10n-dev) finds them. A string added to the
// code or the manifest without its translation, or a translation left behind, fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.join(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** The translated languages: each has a package.nls.<language>.json and an l10n/bundle.l10n.<language>.json. */
const LANGUAGES = ['de'];

/** `{0}`, `{name}`: what l10n.t fills in, sorted, so a translation may reorder them but not drop or add one. */
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
/** The command links of a manifest text (`[Start Journal](command:sideProject.startJournal)`), in order. */
const commandLinks = (text: string) => [...text.matchAll(/\(command:[\w.]+\)/g)].map((m) => m[0]);
/** A bundle entry is its text, or { message, comment } when the code gave translators a comment. */
const message = (entry: string | { message: string }) => (typeof entry === 'string' ? entry : entry.message);

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f));
}

describe('the translations', function () {
  this.timeout(60_000);

  describe('of the manifest', () => {
    const keys = [...fs.readFileSync(path.join(root, 'package.json'), 'utf8').matchAll(/"%([^"%]+)%"/g)].map(
      (m) => m[1],
    );
    const english: Record<string, string> = readJson('package.nls.json');

    it('package.nls.json has exactly the keys package.json names, each with a text', () => {
      assert.ok(keys.length > 50, `found ${keys.length} keys`);
      assert.deepEqual(Object.keys(english).sort(), [...new Set(keys)].sort());
      for (const [key, text] of Object.entries(english)) assert.ok(text.trim(), key);
    });

    for (const language of LANGUAGES) {
      it(`package.nls.${language}.json translates every key, keeping placeholders and command links`, () => {
        const translated: Record<string, string> = readJson(`package.nls.${language}.json`);
        assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
        for (const [key, text] of Object.entries(english)) {
          assert.ok(translated[key].trim(), key);
          assert.deepEqual(placeholders(translated[key]), placeholders(text), key);
          assert.deepEqual(commandLinks(translated[key]), commandLinks(text), key);
        }
      });
    }
  });

  describe('of the code', () => {
    let extracted: Record<string, string | { message: string }>;
    before(async () => {
      const files = sourceFiles('src').map((f) => ({ contents: fs.readFileSync(f, 'utf8'), extension: '.ts' }));
      extracted = await getL10nJson(files);
    });

    it('l10n/bundle.l10n.json is what `npm run l10n` extracts from src now', () => {
      assert.ok(Object.keys(extracted).length > 50, `found ${Object.keys(extracted).length} strings`);
      assert.deepEqual(readJson('l10n/bundle.l10n.json'), extracted);
    });

    for (const language of LANGUAGES) {
      it(`l10n/bundle.l10n.${language}.json translates every string, none unused, keeping its placeholders`, () => {
        const translated: Record<string, string> = readJson(`l10n/bundle.l10n.${language}.json`);
        assert.deepEqual(Object.keys(translated).sort(), Object.keys(extracted).sort());
        for (const [key, entry] of Object.entries(extracted)) {
          assert.equal(typeof translated[key], 'string', key);
          assert.ok(translated[key].trim(), key);
          assert.deepEqual(placeholders(translated[key]), placeholders(message(entry)), key);
        }
      });
    }
  });
});
