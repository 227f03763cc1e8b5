import type { Identity } from '@smart-casework/kit';
import { describe, expect, it } from 'vitest';
import { createMemoryBus, type NoticeEvent } from './bus';
import { createNoticeHub, mayReceive } from './hub';
import { noticeStream } from './notice-stream';

const staff = (staffId: string, role: Identity['role']): Identity => ({ staffId, name: staffId, role, division: 'welfare' });
const event = (id: string, assignedTo: string, supervisorId: string | null = 'sv001'): NoticeEvent => ({ id, cursor: `c${id}`, assignedTo, supervisorId });

describe('mayReceive', () => {
  it('caseworker: assigned to them; supervisor: their team; service: all; others: none', () => {
    const e = event('N1', 'cw001', 'sv001');
    expect(mayReceive(staff('cw001', 'caseworker'), e)).toBe(true);
    expect(mayReceive(staff('cw002', 'caseworker'), e)).toBe(false);
    expect(mayReceive(staff('sv001', 'supervisor'), e)).toBe(true);
    expect(mayReceive(staff('sv002', 'supervisor'), e)).toBe(false);
    expect(mayReceive(staff('cw001', 'supervisor'), e)).toBe(false);
    expect(mayReceive(staff('svc-watcher', 'service'), e)).toBe(true);
    expect(mayReceive(staff('tax001', 'tax'), e)).toBe(false);
    expect(mayReceive(staff('au001', 'auditor'), e)).toBe(false);
  });
});

describe('notice hub and memory bus', () => {
  it('delivers each notice id once, only to the subscribers who may see it, in order', async () => {
    const bus = createMemoryBus();
    const hub = createNoticeHub(bus);
    const got: Record<string, string[]> = { cw001: [], cw002: [], sv001: [] };
    for (const [id, role] of [['cw001', 'caseworker'], ['cw002', 'caseworker'], ['sv001', 'supervisor']] as const) {
      hub.add({ identity: staff(id, role), deliver: (e) => void got[id]!.push(e.id), end: () => undefined });
    }
    await bus.publish([event('N1', 'cw001'), event('N2', 'cw002', 'sv002'), event('N1', 'cw001'), event('N3', 'cw002')]);
    await bus.publish([event('N2', 'cw002', 'sv002')]);
    expect(got).toEqual({ cw001: ['N1'], cw002: ['N2', 'N3'], sv001: ['N1', 'N3'] });
    hub.close();
    await bus.close();
  });

  it('forgets the oldest ids beyond its memory', async () => {
    const bus = createMemoryBus();
    const hub = createNoticeHub(bus, { rememberIds: 2 });
    const got: string[] = [];
    hub.add({ identity: staff('svc', 'service'), deliver: (e) => void got.push(e.id), end: () => undefined });
    await bus.publish(['N1', 'N2', 'N3', 'N1'].map((id) => event(id, 'cw001')));
    expect(got).toEqual(['N1', 'N2', 'N3', 'N1']);
  });

  it('a stream resolves events in order, skips invisible ones and ends when returned or closed', async () => {
    const bus = createMemoryBus();
    const hub = createNoticeHub(bus);
    const stream = noticeStream(hub, staff('cw001', 'caseworker'), async (e) => (e.id === 'N2' ? null : `resolved ${e.id}`));
    await bus.publish([event('N1', 'cw001'), event('N2', 'cw001'), event('N3', 'cw001')]);
    expect(await stream.next()).toEqual({ done: false, value: 'resolved N1' });
    expect(await stream.next()).toEqual({ done: false, value: 'resolved N3' });
    const pending = stream.next();
    await stream.return?.();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(hub.size()).toBe(0);
    const other = noticeStream(hub, staff('cw001', 'caseworker'), async (e) => e.id);
    const waiting = other.next();
    hub.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
