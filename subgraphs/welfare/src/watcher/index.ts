/** The watcher as a library, for the tools (end-to-end tests, benchmark): `cli.ts` is the command. */
export { runSweep, LEASE_NAME, type SweepOptions, type SweepSummary } from './sweep';
export { gatewayClient, requestDevToken, type GatewayClient } from './gateway-client';
export { loadWatcherConfig, type WatcherConfig } from './config';
export { acquireLease, releaseLease } from '../data/watch-leases';
export { NOTICE_KINDS, type NoticeKind } from './rules';
