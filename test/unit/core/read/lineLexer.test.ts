// The entry line readers against the regular expressions they replaced, which stay here as their
// definition: on hand-picked lines, and on arbitrary lines built from the characters that matter (blanks,
// digits, dashes, colons, hashes, letters, line terminators, non-ASCII white space), with a fixed seed.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readDatedHeading, readMetadataItem, splitKindWord } from '../../../../src/core/read/lineLexer';

/** `## YYYY-MM-DD[ HH:mm] rest` after the heading marker; the date must be followed by a blank or the end. */
const DATED_HEADING = /^[ \t]+(\d{4}-\d{2}-\d{2})(?=[ \t]|$)(?:[ \t]+(\d{2}:\d{2})(?=[ \t]|$))?[ \t]*(.*)$/;
/** CommonMark: a closing sequence of `#`s preceded by a blank ends the heading's content. */
const CLOSING_SEQUENCE = /(?:^|[ \t]+)#+[ \t]*$/;
const KIND_AND_TITLE = /^([A-Za-z]+)[ \t]*:[ \t]*(.*)$/;
const METADATA = /^-[ \t]+([A-Za-z][A-Za-z0-9 _-]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

function headingByExpression(afterMarker: string) {
  const m = DATED_HEADING.exec(afterMarker);
  return m ? { date: m[1], time: m[2], rest: m[3].replace(CLOSING_SEQUENCE, '').trim() } : undefined;
}

function kindByExpression(rest: string) {
  const m = KIND_AND_TITLE.exec(rest);
  return m ? { word: m[1], title: m[2] } : undefined;
}

function metadataByExpression(line: string) {
  const m = METADATA.exec(line);
  return m ? { key: m[1], value: m[2] ?? '', line: 1 } : undefined;
}

/** Reads `line` placed inside other text, as the parser does, so no reader can look past its end. */
function inContext<T>(line: string, read: (text: string, from: number, end: number, line: number) => T): T {
  const before = '## 2026-01-01 Note: before\n';
  return read(`${before}${line}\n- After: 1 ## 2026`, before.length, before.length + line.length, 1);
}

const SAMPLE_HEADINGS = [
  ' 2026-11-24 09:15 Decision: Use SQLite',
  ' 2026-11-24 Incident: Disk full ##',
  '\t2026-11-24\t09:15\tNote:\ttabs ## ',
  ' 2026-11-24 09:15',
  ' 2026-11-24',
  ' 2026-11-24 ###',
  ' 2026-11-24 a#',
  ' 2026-11-24 C# ##',
  ' 2026-11-24 10:00x Note: time glued to a word',
  ' 2026-11-24 25:99 Note: impossible time, right shape',
  ' 2026-02-30 Note: impossible day, right shape',
  ' 2026-11-24x Note: day glued to a word',
  '2026-11-24 Note: no blank after ##',
  ' 2026-1-24 Note: short month',
  ' 2026-11-24 Note: line\rbreak',
  ' 2026-11-24 Note: line\u2028separator',
  ' 2026-11-24 \u00a0Note: no-break space ##\u00a0',
  ' 2026-11-24 Retro: went well',
  ' 2026-11-24 Decision : spaced colon',
  '',
  ' ',
];

const SAMPLE_ITEMS = [
  '- Status: open',
  '- Status:open',
  '- Status:',
  '- Status:   ',
  '- Root cause: WAL files \t',
  '- Root  cause  :  spaced  ',
  '-Status: open',
  '- 1st: no',
  '- Sta\ttus: tab in key',
  '- Status\t: tab before colon',
  '- Status: a\rb',
  '- Status: a\u2028b',
  '- Status:\u2028',
  '- Status: \u00a0kept\u00a0',
  '- snake_case-key: v',
  '-  ',
  '-',
  '- Status',
];

describe('entry line readers', () => {
  it('read sample headings exactly as the expressions that define them', () => {
    for (const line of SAMPLE_HEADINGS) {
      assert.deepEqual(inContext(line, readDatedHeading), headingByExpression(line), JSON.stringify(line));
    }
  });

  it('read sample metadata lines exactly as the expression that defines them', () => {
    for (const line of SAMPLE_ITEMS) {
      assert.deepEqual(inContext(line, readMetadataItem), metadataByExpression(line), JSON.stringify(line));
    }
  });

  it('split sample rests into kind word and title exactly as the expression does', () => {
    for (const rest of [
      'Decision: Use SQLite',
      'Decision : x',
      'Decision:',
      'Decision:x',
      'Déc: x',
      ': x',
      'Note',
      'Note x: y',
      'A1: b',
    ]) {
      assert.deepEqual(splitKindWord(rest), kindByExpression(rest), JSON.stringify(rest));
    }
  });

  // Lines from the characters every rule turns on, so that random lines often come close to the shapes.
  const pieces = fc.constantFrom(
    ' ',
    ' ',
    '\t',
    '0',
    '1',
    '2',
    '9',
    '-',
    ':',
    '#',
    'a',
    'Z',
    '_',
    'é',
    '\r',
    '\u2028',
    '\u00a0',
    '2026-11-24',
    '09:15',
    'Note',
    ': ',
  );
  const lineOf = (prefix: string) => fc.array(pieces, { maxLength: 24 }).map((parts) => prefix + parts.join(''));
  const runs = 4_000;

  // Each property also counts the lines that were read (not refused), so that it cannot pass by refusing all.
  it(`reads ${runs} arbitrary headings as the expressions do`, () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(lineOf(''), lineOf(' 2026-11-24'), lineOf(' 2026-11-24 09:15')), (line) => {
        const heading = inContext(line, readDatedHeading);
        assert.deepEqual(heading, headingByExpression(line));
        if (heading) read++;
      }),
      { seed: 20261124, numRuns: runs },
    );
    assert.ok(read > runs / 4, `only ${read} of ${runs} lines were headings`);
  });

  it(`reads ${runs} arbitrary metadata lines as the expression does`, () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.oneof(lineOf('-'), lineOf('- '), lineOf('- Key'), lineOf('- Key:'), lineOf('- Root cause: ')),
        (line) => {
          const item = inContext(line, readMetadataItem);
          assert.deepEqual(item, metadataByExpression(line));
          if (item) read++;
        },
      ),
      { seed: 20261125, numRuns: runs },
    );
    assert.ok(read > runs / 10, `only ${read} of ${runs} lines were items`);
  });

  it(`splits ${runs} arbitrary heading rests as the expression does`, () => {
    let split = 0;
    // The rests a heading can have: what the defining expression leaves of arbitrary dated headings.
    const rests = fc
      .oneof(lineOf(' 2026-11-24 '), lineOf(' 2026-11-24 Note'), lineOf(' 2026-11-24 Note:'), lineOf(' 2026-11-24 Z :'))
      .map((line) => headingByExpression(line)?.rest ?? '');
    fc.assert(
      fc.property(rests, (rest) => {
        const kindWord = splitKindWord(rest);
        assert.deepEqual(kindWord, kindByExpression(rest));
        if (kindWord) split++;
      }),
      { seed: 20261126, numRuns: runs },
    );
    assert.ok(split > runs / 10, `only ${split} of ${runs} rests had a kind word`);
  });
});
