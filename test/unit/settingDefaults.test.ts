import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTING_DEFAULTS, SETTING_KEYS } from '../../src/vscode/settingDefaults';

describe('settings', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
  const properties: Record<string, { default: unknown; markdownDescription?: string }> =
    manifest.contributes.configuration.properties;

  it('declares in package.json exactly the settings the code reads, with the same defaults', () => {
    const fromCode = Object.fromEntries(
      Object.entries(SETTING_KEYS).map(([field, key]) => [
        `sideProject.${key}`,
        SETTING_DEFAULTS[field as keyof typeof SETTING_DEFAULTS],
      ]),
    );
    const fromManifest = Object.fromEntries(Object.entries(properties).map(([key, p]) => [key, p.default]));
    assert.deepEqual(fromManifest, fromCode);
  });

  it('describes every setting for the Settings editor', () => {
    for (const [key, p] of Object.entries(properties)) assert.ok((p.markdownDescription ?? '').length > 20, key);
  });
});
