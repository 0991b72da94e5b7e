import * as assert from 'node:assert/strict';
import { decodeJournal, journalPathProblem, parseJournal } from '../../../../src/core';

describe('journal location', () => {
  describe('journalPathProblem', () => {
    it('accepts relative paths inside the folder', () => {
      for (const ok of [
        '.sideproject/journal.md',
        'docs/journal.md',
        'journal.md',
        './notes/j.md',
        'a..b/c...md',
        'Zürich/日誌.md',
      ]) {
        assert.equal(journalPathProblem(ok), undefined, ok);
      }
    });

    it('refuses absolute paths, home paths, drive letters and URIs', () => {
      for (const bad of [
        '/etc/passwd',
        '\\\\server\\share\\j.md',
        '~/.bashrc',
        'C:\\Users\\me\\j.md',
        'c:j.md',
        'file:///tmp/j.md',
      ]) {
        assert.match(
          journalPathProblem(bad) ?? '',
          /must be a path inside the workspace folder, not an absolute one/,
          bad,
        );
      }
    });

    it('refuses any ".." segment, with either slash', () => {
      for (const bad of ['../../.bashrc', '..', 'docs/../../x.md', 'docs\\..\\..\\x.md', 'a/../b.md']) {
        assert.match(journalPathProblem(bad) ?? '', /without "\.\."/, bad);
      }
    });

    it('refuses control characters', () => {
      assert.match(journalPathProblem('docs/j\u0000.md') ?? '', /without control characters/);
    });
  });

  describe('decodeJournal', () => {
    const bytes = (...parts: (string | number[])[]) =>
      Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

    it('reads UTF-8 with and without a BOM, keeping the BOM as text', () => {
      assert.deepEqual(decodeJournal(bytes('## 2026-01-02 Note: ünï 🚀\n')), { text: '## 2026-01-02 Note: ünï 🚀\n' });
      assert.deepEqual(decodeJournal(bytes([0xef, 0xbb, 0xbf], 'x\n')), { text: '\uFEFFx\n' });
    });

    it('reads a Latin-1 byte for display only, naming its line', () => {
      const decoded = decodeJournal(bytes('---\nproject: a\n---\n\n## 2026-01-02 Note: caf', [0xe9], '\n'));
      assert.match(decoded.readOnly ?? '', /not valid UTF-8 \(line 5 is not\)/);
      assert.equal(decoded.text.endsWith('caf\uFFFD\n'), true);
    });

    it('reads a UTF-16 file with its byte-order mark, for display only', () => {
      const text = '## 2026-01-02 Note: from PowerShell\r\n';
      const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
      const decoded = decodeJournal(le);
      assert.equal(decoded.text, `\uFEFF${text}`);
      assert.match(decoded.readOnly ?? '', /UTF-16LE/);
      assert.equal(parseJournal(decoded.text).entries.length, 1);
      const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
      assert.equal(decodeJournal(be).text, `\uFEFF${text}`);
      assert.match(decodeJournal(be).readOnly ?? '', /UTF-16BE/);
    });

    it('treats NUL bytes as not a UTF-8 text journal', () => {
      assert.match(decodeJournal(Uint8Array.from(Buffer.from('#\u0000#\u0000', 'latin1'))).readOnly ?? '', /NUL bytes/);
    });
  });
});
