/** `npm run docs:deltas`: rewrites docs/deltas.md from the departments' delta formats. */
import { writeFileSync } from 'node:fs';
import { DELTA_DOCS_PATH, deltaDocs } from './delta-docs';

writeFileSync(DELTA_DOCS_PATH, await deltaDocs());
console.log(`written ${DELTA_DOCS_PATH}`);
