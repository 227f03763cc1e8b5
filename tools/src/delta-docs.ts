/**
 * docs/deltas.md, generated from the departments' delta formats (`npm run docs:deltas`), so the
 * reference a vendor reads is the one the import enforces. A test keeps the file in step.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { departmentLabel, repoRoot, type DeltaFormat } from '@smart-casework/kit';
import { SIMULATED_DEPARTMENTS } from './simulate-city';

export const DELTA_DOCS_PATH = join(repoRoot, 'docs', 'deltas.md');

const INTRO = `# Departmental delta files (異動ファイル)

Generated from each department's \`src/delta.ts\` by \`npm run docs:deltas\`; do not edit by hand.

Each department imports the changes its business system exports, nightly or every few minutes:

\`\`\`sh
npm run import -w subgraphs/<department> -- <file.csv> [more.csv …]
\`\`\`

- CSV, UTF-8 (with or without BOM) or Shift_JIS (CP932); the first line holds the Japanese
  headers below, in any order; quoted cells may hold commas and line breaks. Dates are
  \`YYYY-MM-DD\`, \`YYYY/MM/DD\` or \`YYYYMMDD\`; amounts are whole yen (\`46690\` or \`46,690\`).
- One row per changed record. Every file starts with the four common columns: \`異動ID\` (the
  sending system's id of the change), \`宛名番号\` (団体内統合宛名番号, check digit validated),
  \`異動事由\` and \`異動日\` (when the change took effect, not when it was processed; never after
  the day of import except where a department says so).
- Every row is checked before anything is written. A file with any bad row is rejected whole,
  with every problem named by line and column in Japanese and English, and nothing applied
  (exit code 1).
- A good file is applied in one transaction, in file order (a row may build on the rows above
  it). The 異動IDs applied are recorded: importing the same file again changes nothing, and the
  same 異動ID sent again with other contents is refused (send a correction under a new id).
- \`subgraphs/<department>/deltas/sample.csv\` applies to the demo city (\`npm run seed\`, seed 1);
  \`bad.csv\` shows the errors a clerk gets. \`npm run simulate\` writes whole periods of them.
`;

function departmentSection(name: string, format: DeltaFormat): string[] {
  const readme = join('subgraphs', name, 'deltas', 'README.md');
  const lines = [
    `## ${name} — ${departmentLabel(name)}`,
    '',
    `異動事由: ${format.reasons.join('、')}.${format.futureDateReasons?.length ? ` 異動日 may lie ahead for ${format.futureDateReasons.join('、')}.` : ''}`,
    '',
    '| column | required | expects |',
    '|---|---|---|',
    ...format.allColumns.map(([, column]) => `| ${column.header} | ${column.required ? 'yes' : ''} | ${column.expected.ja} / ${column.expected.en.replaceAll('|', '\\|')} |`),
    '',
  ];
  if (existsSync(join(repoRoot, readme))) lines.push(`Which columns each 異動事由 needs, and how rows apply: [${readme}](../${readme}).`, '');
  return lines;
}

export async function deltaDocs(): Promise<string> {
  const sections: string[] = [];
  for (const name of SIMULATED_DEPARTMENTS) {
    const { delta } = (await import(`@smart-casework/${name}/delta`)) as { delta: DeltaFormat };
    sections.push(...departmentSection(name, delta));
  }
  return `${INTRO}\n${sections.join('\n')}`;
}
