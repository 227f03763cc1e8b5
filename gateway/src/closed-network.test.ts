import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import type { RunningSubgraph } from '@smart-casework/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devToken, post, startFake, startFakeGateway } from './testing/harness';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/** Every host an HTTP request of this process was made to (node:http and fetch alike). */
function watchOutgoing() {
  const hosts: string[] = [];
  const onHttp = (message: unknown) => {
    const request = (message as { request: ClientRequest }).request;
    hosts.push(request.host);
  };
  const onFetch = (message: unknown) => {
    const { origin } = (message as { request: { origin: string } }).request;
    hosts.push(new URL(origin).hostname);
  };
  subscribe('http.client.request.start', onHttp);
  subscribe('undici:request:create', onFetch);
  return {
    outside: () => hosts.filter((host) => !LOOPBACK.test(host)),
    all: () => [...hosts],
    stop() {
      unsubscribe('http.client.request.start', onHttp);
      unsubscribe('undici:request:create', onFetch);
    },
  };
}

/** The product never reaches the internet (MISSION.md: terminals sit on a closed network). */
describe('closed network', () => {
  let residents: RunningSubgraph;
  let tax: RunningSubgraph;
  let welfare: RunningSubgraph;
  // From before the departments start: their start-up is watched too.
  const watch = watchOutgoing();

  beforeAll(async () => {
    [residents, tax, welfare] = await Promise.all([startFake('residents'), startFake('tax'), startFake('welfare')]);
  });
  afterAll(async () => {
    await Promise.all([residents?.stop(), tax?.stop(), welfare?.stop()]);
    watch.stop();
  });

  it('the gateway and the departments ask no host but each other, from start to stop (no Apollo telemetry, no cloud metadata probes)', async () => {
    const gateway = await startFakeGateway({ residents: residents.url, tax: tax.url, welfare: welfare.url });
    const answer = await post(gateway.url, '{ resident(atenaNo: "000900001") { atenaNo tax { hasRecord } } }', {}, { authorization: `Bearer ${await devToken()}` });
    expect(answer.body.errors).toBeUndefined();
    // The cloud detectors start at construction; the metrics export runs on shutdown.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await gateway.stop();
    expect(watch.all().length).toBeGreaterThan(0); // the watch sees the gateway's own fetches
    expect(watch.outside()).toEqual([]);
  });
});
