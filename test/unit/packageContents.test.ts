// What the .vsix carries, as `vsce` selects it (the same selection `npm run package` packs): both bundles,
// and every picture and document the README shows or links to, so the README reads whole on the
// extension's page in VS Code, where relative links resolve inside the installed package.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../../..');

interface Vsce {
  listFiles(options: { cwd: string; packageManager: string }): Promise<string[]>;
  PackageManager: { None: string };
}

/** The targets of the README's images (`![alt](target)`, `<img src>`) and of its links to files of the project. */
export function readmeTargets(markdown: string): { images: string[]; links: string[] } {
  const images = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/<img\s[^>]*src="([^"]+)"/g)].map((m) => m[1]),
  ];
  const links = [...markdown.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s#]+)[^)]*\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/i.test(target));
  return { images, links };
}

describe('the .vsix', function () {
  this.timeout(60_000);
  let files: Set<string>;
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

  before(async () => {
    const vsce = (await import('@vscode/vsce')) as unknown as Vsce;
    files = new Set(await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None }));
  });

  it("carries the Node start and bundles, the web worker host's bundles, the YAML libraries and the CLI", () => {
    const node = ['dist/start.js', 'dist/extension.js', 'dist/on-demand.js'];
    const bundles = [...node, 'dist/web/extension.js', 'dist/web/on-demand.js', 'dist/yaml-libraries.js'];
    for (const bundle of [...bundles, 'dist/cli.js']) {
      assert.ok(files.has(bundle), `${bundle} is in the package`);
    }
  });

  it('carries every image of the README, and the README has some', () => {
    const { images } = readmeTargets(readme);
    assert.ok(images.length >= 5, `the README shows ${images.length} images`);
    const missing = images.filter((image) => /^[a-z]+:/i.test(image) || !files.has(path.posix.normalize(image)));
    assert.deepEqual(missing, [], 'images that do not resolve inside the package');
  });

  it('carries the journal format the README links to; only development documents stay out', () => {
    const { links } = readmeTargets(readme);
    const outside = links.filter((link) => !files.has(path.posix.normalize(link)));
    assert.ok(files.has('docs/journal-format.md'));
    assert.deepEqual(
      outside.filter((link) => !/^(CONTRIBUTING\.md|docs\/architecture\.md|examples\/)/.test(link)),
      [],
      'README links to files the package does not carry',
    );
  });

  it('finds the images and links a README writes', () => {
    const { images, links } = readmeTargets(
      '![a](docs/a.png "t") <img alt="b" src="media/b.svg"> [c](docs/c.md#part) [d](https://x.dev) ![e](f.png)',
    );
    assert.deepEqual(images, ['docs/a.png', 'f.png', 'media/b.svg']);
    assert.deepEqual(links, ['docs/c.md']);
  });
});
