/** `npm run operations`: rewrites gateway/operations/*.json from the watcher's query and each *.graphql there. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR, operationManifests } from './operations';

for (const [name, content] of operationManifests()) {
  writeFileSync(join(OPERATIONS_DIR, name), content);
  console.log(`written gateway/operations/${name}`);
}
