import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { delta as childDelta } from '@smart-casework/child/delta';
import { startGateway } from '@smart-casework/gateway';
import { composeSupergraph } from '@smart-casework/gateway/compose';
import { collect, relayPolled, wsClient } from '@smart-casework/gateway/testing/live';
import { importDelta, repoRoot, type DeltaFormat, type ImportResult, type Knex } from '@smart-casework/kit';
import { expectRejected } from '@smart-casework/kit/testing';
import { delta as residentsDelta } from '@smart-casework/residents/delta';
import { gatewayClient, runSweep } from '@smart-casework/welfare/watcher/sweep';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type DatabaseFactory, type Stack } from '../stack';
import { ask } from './client';
import { deltaCity, deltaFiles, NOVEMBER, DECEMBER, partialAmount, pickDeltaStory, type DeltaFiles, type DeltaStory } from './delta-story';

const run = promisify(execFile);

interface LiveNotice { kind: string; summary: string; estimatedMonthlyImpact: number | null; resident: { name: string; household: { members: { name: string }[] } } }
interface GraphNotice extends LiveNotice { assignedTo: { staffId: string }; effectiveDate: string | null; resident: LiveNotice['resident'] & { atenaNo: string } }

const SUBSCRIPTION = 'subscription Inbox { noticeAdded { kind summary estimatedMonthlyImpact resident { name household { members { name } } } } }';
const NOTICES = 'query Inbox { notices(first: 50) { totalCount nodes { kind summary estimatedMonthlyImpact effectiveDate assignedTo { staffId } resident { atenaNo name household { members { name } } } } } }';
const nameOf = (p: { surname: string; givenName: string }) => `${p.surname}\u3000${p.givenName}`;

/**
 * Department delta files → import (the real CLI and importDelta, as the CLI calls it) → the
 * watcher's sweep → notices in the federated graph → received by cw001 over graphql-ws. A bad
 * file is rejected whole and raises nothing; importing a good file again raises nothing; the
 * corrected file raises exactly its one notice, the next thing the subscriber receives.
 */
describe('a delta file becomes a live change notice', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'sc-delta-e2e-'));
  // The child department on a SQLite file, so that the CLI (another process) imports into the stack's database.
  const childFile = join(workDir, 'child.sqlite');
  const databases: DatabaseFactory = async (name) => ({ settings: { client: 'better-sqlite3', url: name === 'child' ? childFile : ':memory:' }, drop: async () => {} });
  let stack: Stack;
  let live: Awaited<ReturnType<typeof startGateway>>;
  let client: Client;
  let inbox: ReturnType<typeof collect>;
  let story: DeltaStory;
  let files: DeltaFiles;
  const db = (name: string) => stack.departments.get(name)!.db;
  const sweep = () => runSweep({ db: db('welfare'), gateway: gatewayClient(stack.gatewayUrl, undefined), holder: 'e2e-delta', batchSize: 50 });
  const importText = (format: DeltaFormat, text: string, fileName: string): Promise<ImportResult> => importDelta(db(format.department), format, new TextEncoder().encode(text), fileName);
  const graphNotices = async () => {
    const answer = await ask(stack.gatewayUrl, NOTICES, { token: await stack.token('cw001'), purpose: 'notice-handling' });
    expect(answer.errors).toBeUndefined();
    return (answer.data as { notices: { totalCount: number; nodes: GraphNotice[] } }).notices;
  };
  const received = async (n: number) => (await inbox.take(n)).map((result) => {
    const { data, errors } = result as { data?: { noticeAdded: LiveNotice }; errors?: unknown[] };
    expect(errors).toBeUndefined();
    return data!.noticeAdded;
  });

  beforeAll(async () => {
    stack = await startStack({ city: deltaCity(), databases });
    story = pickDeltaStory(stack.city);
    files = await deltaFiles(db('child'), story);
    expect(await sweep()).toMatchObject({ notices: 0, unknownSections: 0 });
    // A gateway of our own (the stack's does not expose its live hub) polling welfare often.
    const urls = Object.fromEntries([...stack.departments].map(([name, d]) => [name, d.url]));
    live = await startGateway({ port: 0, supergraphSdl: composeSupergraph([...stack.departments.keys()]).supergraphSdl, urls, config: { AUTH_MODE: 'dev', NOTICE_POLL_MS: 20 } });
    client = wsClient(live.url, await stack.token('cw001'));
    inbox = collect(client, SUBSCRIPTION);
    await vi.waitFor(() => expect(live.gateway.live.hub.size()).toBe(1), { timeout: 15_000, interval: 20 });
    await relayPolled([live]);
  });
  afterAll(async () => {
    await client?.dispose();
    await live?.stop();
    await stack?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('the real CLI imports the child file into the running department', async () => {
    const file = join(workDir, 'child-delta.csv');
    writeFileSync(file, files.child);
    const env = { ...process.env, CHILD_DB_CLIENT: 'better-sqlite3', CHILD_DB_URL: childFile };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'subgraphs/kit/src/delta/cli.ts', 'child', file], { cwd: repoRoot, env });
    expect(stdout).toContain('取込完了 1 行（適用 1、取込済みのため省略 0）');
    const certificate = await db('child')('child_allowance_certifications').where({ recipient_atena_no: story.allowance.recipient.atenaNo, program: '児童扶養手当' }).first('monthly_amount', 'payment');
    expect(certificate).toEqual({ monthly_amount: partialAmount(NOVEMBER, 0.5), payment: '一部支給' });
  });

  it('importDelta, as the CLI calls it, applies the registry file', async () => {
    expect(await importText(residentsDelta, files.residents, 'residents-delta.csv')).toMatchObject({ status: 'applied', rows: 1, applied: 1, skipped: 0 });
  });

  it("the sweep raises exactly the two notices, in cw001's notices through the gateway", async () => {
    expect(await sweep()).toMatchObject({ notices: 2, unknownSections: 0 });
    const { recipient, amount } = story.allowance;
    const { deceased, survivors } = story.bereaved;
    const { totalCount, nodes } = await graphNotices();
    expect(totalCount).toBe(2);
    const byKind = new Map(nodes.map((n) => [n.kind, n]));
    expect([...byKind.keys()].sort()).toEqual(['児童扶養手当額変更', '死亡']);
    // Less allowance is less income: the assistance rises by the difference.
    expect(byKind.get('児童扶養手当額変更')).toMatchObject({
      assignedTo: { staffId: 'cw001' }, effectiveDate: NOVEMBER, estimatedMonthlyImpact: amount - partialAmount(NOVEMBER, 0.5),
      resident: { atenaNo: recipient.atenaNo, name: nameOf(recipient) },
    });
    expect(byKind.get('児童扶養手当額変更')!.estimatedMonthlyImpact).toBeGreaterThan(0);
    expect(byKind.get('死亡')).toMatchObject({ assignedTo: { staffId: 'cw001' }, effectiveDate: '2025-09-28', estimatedMonthlyImpact: null, resident: { atenaNo: deceased.atenaNo, name: nameOf(deceased) } });
    expect(byKind.get('死亡')!.resident.household.members.map((m) => m.name)).toEqual(survivors.map(nameOf));
  });

  it('the subscriber receives exactly those, resolved through the federated graph', async () => {
    const notices = await received(2);
    expect(notices.map((n) => n.kind).sort()).toEqual(['児童扶養手当額変更', '死亡']);
    const allowance = notices.find((n) => n.kind === '児童扶養手当額変更')!;
    expect(allowance).toMatchObject({ estimatedMonthlyImpact: story.allowance.amount - partialAmount(NOVEMBER, 0.5), resident: { name: nameOf(story.allowance.recipient) } });
    expect(allowance.summary).toContain(`${nameOf(story.allowance.recipient)} の児童扶養手当が 月額`);
    const members = story.allowance.household.memberAtenaNos.map((no) => stack.city.persons.find((p) => p.atenaNo === no)!);
    expect(allowance.resident.household.members.map((m) => m.name).sort()).toEqual(members.map(nameOf).sort());
    const death = notices.find((n) => n.kind === '死亡')!;
    expect(death.resident.household.members.map((m) => m.name)).toEqual(story.bereaved.survivors.map(nameOf));
  });

  it('a file with one bad row among good ones is rejected whole, and the next sweep raises nothing', async () => {
    const before = await db('child')('child_allowance_revisions').count({ n: '*' }).first();
    const problems = expectRejected(await importText(childDelta, files.childBad, 'child-bad.csv'), [files.badLine]);
    expect(problems[0]).toMatchObject({ line: files.badLine });
    expect(problems[0]!.ja).toContain('支給基準と一致しません');
    expect(await db('child')('child_allowance_revisions').count({ n: '*' }).first()).toEqual(before);
    expect(await db('child')('delta_changes').whereIn('change_id', ['E2E-CHI-0002', 'E2E-CHI-0004']).count({ n: '*' }).first()).toEqual({ n: 0 });
    expect(await sweep()).toMatchObject({ notices: 0, unknownSections: 0 });
  });

  it('importing the good files again changes nothing and the sweep raises nothing', async () => {
    expect(await importText(childDelta, files.child, 'child-delta.csv')).toMatchObject({ status: 'applied', applied: 0, skipped: 1 });
    expect(await importText(residentsDelta, files.residents, 'residents-delta.csv')).toMatchObject({ status: 'applied', applied: 0, skipped: 1 });
    expect(await sweep()).toMatchObject({ notices: 0, unknownSections: 0 });
    expect((await graphNotices()).totalCount).toBe(2);
  });

  it("the corrected file raises only cw001's notice (not the bystander's), the subscriber's very next event", async () => {
    expect(await importText(childDelta, files.childCorrected, 'child-corrected.csv')).toMatchObject({ status: 'applied', applied: 2, skipped: 0 });
    expect(await sweep()).toMatchObject({ notices: 1 });
    // Nothing arrived for the rejected file or the repeats: the third event is the December revision.
    const third = (await received(3))[2]!;
    expect(third).toMatchObject({ kind: '児童扶養手当額変更', estimatedMonthlyImpact: partialAmount(NOVEMBER, 0.5) - partialAmount(DECEMBER, 0.75) });
    expect(third.summary).toContain(DECEMBER);
    const { totalCount, nodes } = await graphNotices();
    expect(totalCount).toBe(3);
    expect(nodes.every((n) => n.assignedTo.staffId === 'cw001' && n.resident.atenaNo !== story.bystander.atenaNo)).toBe(true);
  });
});
