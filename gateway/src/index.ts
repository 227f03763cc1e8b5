import { readFileSync } from 'node:fs';
import { createLogger } from '@smart-casework/kit';
import { startGateway } from './app';

const supergraphUrl = new URL('../supergraph.graphql', import.meta.url);
let supergraphSdl: string;
try {
  supergraphSdl = readFileSync(supergraphUrl, 'utf8');
} catch {
  throw new Error('gateway/supergraph.graphql is missing: run `npm run compose -w gateway` first');
}

const { url } = await startGateway({ supergraphSdl });
createLogger('gateway').info({ url }, 'gateway ready');
