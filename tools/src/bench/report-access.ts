import type { AccessTiming } from './access';
import { describeMachine } from './machine';

/** Issue 5: at most 10 % slower with access checks and the audit trail on. */
export const ACCESS_TARGET_RATIO = 1.1;

const percent = (ratio: number) => `${ratio >= 1 ? '+' : '−'}${Math.abs(Math.round((ratio - 1) * 1000) / 10)} %`;
const verdict = (ratio: number) => (ratio <= ACCESS_TARGET_RATIO ? 'met' : 'not met');

/** The section of latest.md for issue 5's measurement. */
export function accessSection(access: AccessTiming | { skipped: string } | undefined): string[] {
  if (!access) return [];
  const heading = ['## Access checks and the audit trail (issue 5)', ''];
  if ('skipped' in access) return [...heading, `Not measured: ${access.skipped}.`, ''];
  const { audit } = access;
  const c1 = access.ratios.find((r) => r.concurrency === 1);
  const rowsPerRequest = audit.requests > 0 ? audit.rows / audit.requests : 0;
  const verification = audit.verification.ok
    ? `verified: ${audit.verification.entries.toLocaleString()} entries, no problem${audit.verification.anchored ? ', tail checked against the anchor' : ' (no anchor)'}`
    : `FAILED: ${audit.verification.problems.join('; ')}`;
  return [
    ...heading,
    `Measured at ${access.measuredAt} on ${access.machine ? describeMachine(access.machine) : 'this machine'}. Workload: the same \`InvestigationList\` query as above for the same ${access.households} households of 4, round robin, read by ${access.reader.staffId} with purpose \`${access.reader.purpose}\`, against two copies of the services over the same databases: **on** (as deployed: purpose rule, per-fetch caseload grants from the reader's reach, \`@access\` checks in every subgraph, every disclosure written to a hash-chained audit database before the answer leaves) and **off** (\`ACCESS_CONTROL=off\`, measurement only: none of these). Blocks alternate on/off (on off off on, then off on on off; ${access.blocks} blocks per mode and concurrency, ${access.requestsPerBlock[1]} requests per block at concurrency 1, ${access.requestsPerBlock[16]} at 16) after a warm-up of each. To be readable by the reader with the checks on, ${access.opened.registered} of the households were opened to investigation by an application registered by a caseworker of the team (\`registerApplication\`, in the benchmark's copy of welfare's database); ${access.opened.alreadyOpen} had an open case or application already.`,
    '',
    '| access control | concurrency | requests | p50 ms | p95 ms | p99 ms | mean ms | req/s |',
    '|---|---|---|---|---|---|---|---|',
    ...access.results.map(({ mode, stats: s }) => `| ${mode} | ${s.concurrency} | ${s.requests} | ${s.p50Ms} | ${s.p95Ms} | ${s.p99Ms} | ${s.meanMs} | ${s.throughputPerSec} |`),
    '',
    '| concurrency | p50 on ÷ off | p95 on ÷ off | mean on ÷ off | req/s off ÷ on |',
    '|---|---|---|---|---|',
    ...access.ratios.map((r) => `| ${r.concurrency} | ${r.p50} (${percent(r.p50)}) | ${r.p95} (${percent(r.p95)}) | ${r.mean} | ${r.throughput} |`),
    '',
    ...cpuLines(access.cpu),
    `Audit trail (on): ${audit.rows.toLocaleString()} entries for ${audit.requests.toLocaleString()} requests, ${rowsPerRequest.toFixed(1)} per request (one per person or household and department disclosed); the database grew by ${(audit.bytes / 2 ** 20).toFixed(1)} MiB, ${Math.round(audit.bytes / Math.max(1, audit.requests)).toLocaleString()} bytes per request (SQLite file of the benchmark's own, \`${audit.file.split('/').slice(-2).join('/')}\`). Chain ${verification}.`,
    '',
    `Target (issue 5): on at most 10 % slower than off → p50 at concurrency 1 ${c1 ? `${percent(c1.p50)}: ${verdict(c1.p50)}` : 'not measured'}; p95 at concurrency 1 ${c1 ? `${percent(c1.p95)}: ${verdict(c1.p95)}` : '—'}; ${access.ratios.filter((r) => r.concurrency !== 1).map((r) => `p50 at concurrency ${r.concurrency} ${percent(r.p50)}: ${verdict(r.p50)}`).join('; ')}.`,
    '',
  ];
}

/** CPU time per request by service: the cost of the checks however busy the machine was. */
function cpuLines(cpu: AccessTiming['cpu']): string[] {
  if (!cpu) return ['CPU time per service: not measured (no /proc).', ''];
  const total = (mode: 'on' | 'off') => cpu.reduce((n, c) => n + c[mode], 0);
  const extra = (on: number, off: number) => `${on - off >= 0 ? '+' : '−'}${Math.abs(Math.round((on - off) * 10) / 10)}`;
  return [
    'CPU time per request (user + system, from /proc, over every block of both concurrencies): unlike latencies, it does not move with whatever else the machine runs.',
    '',
    '| service | off ms | on ms | on − off |',
    '|---|---|---|---|',
    ...cpu.map((c) => `| ${c.service} | ${c.off} | ${c.on} | ${extra(c.on, c.off)} |`),
    `| **all** | ${total('off').toFixed(1)} | ${total('on').toFixed(1)} | ${extra(total('on'), total('off'))} (${percent(total('on') / total('off'))}) |`,
    '',
  ];
}
