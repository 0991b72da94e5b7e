// One journal for the document features' tests: a charter, two phases, decisions linked by Supersedes, a
// resolved incident with its Resolution section and an open one. Line numbers are in the comments.
export const SAMPLE_LINES = [
  '---', // 0
  'project: uptime-bot',
  'started: 2026-11-02',
  '---', // 3
  '',
  '# uptime-bot', // 5
  '',
  '## 2026-11-02 09:14 Phase: design', // 7
  'Scope: one endpoint.',
  '',
  '## 2026-11-03 21:05 Decision: Use PostgreSQL over SQLite', // 10
  '- Status: superseded',
  '- Superseded by: 2026-11-10 Use SQLite after all',
  '',
  'Context.', // 14
  '',
  '## 2026-11-05 10:00 Phase: build', // 16
  '',
  '## 2026-11-10 11:00 Decision: Use SQLite after all', // 18
  '- Supersedes: 2026-11-03 Use PostgreSQL over SQLite',
  '',
  '## 2026-11-22 02:10 Incident: Database disk full', // 21
  '- Severity: SEV-2',
  '- Status: resolved',
  '- Detected: 2026-11-22 02:10',
  '- Resolved: 2026-11-22 03:40',
  '',
  'What happened.',
  '',
  '### Resolution', // 29
  'Root cause, the fix, and the lesson.',
  '',
  '## 2026-11-23 08:00 Incident: Mail relay rejects alerts', // 32
  '- Severity: SEV-3',
  '',
  '## 2026-11-23 09:00 Note: Checked the backups', // 35
  '',
];

export const SAMPLE = SAMPLE_LINES.join('\n');
export const SAMPLE_CRLF = SAMPLE_LINES.join('\r\n');
export const SAMPLE_BOM = `\uFEFF${SAMPLE}`;
