import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode } from 'graphql';
import type { Knex } from 'knex';
import { DEV_INTERNAL_SECRET, loadConfig, port } from './config';
import { DEPARTMENTS } from './departments';
import { useControlCharacterRule } from './control-characters';
import { countQueries, createDb, dbSettingsFromEnv, type DbSettings } from './db';
import { maskError } from './errors';
import { close, createHttpServer, listen, sendJson } from './http';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken, type Caller } from './identity';
import { createLogger, type Logger } from './logger';
import { migrateLatest, type Migration } from './migrations';
import { scalarResolvers } from './scalars';
import { refuseDevSecrets } from './secrets';
import { z } from 'zod';
import { accessControlProblem, accessControlSetting, enforceAccess, type AccessControl, type AccessHooks, type RequestAccess } from './access';
import { directCallAudit } from './access/direct-calls';
import type { ApolloServerPlugin } from '@apollo/server';

/** What every resolver receives; `loaders` are built per request. */
export interface SubgraphContext<L> {
  caller: Caller;
  db: Knex;
  loaders: L;
  logger: Logger;
  /** The access checks' state for this request (created by the first guarded field). */
  access?: RequestAccess;
}

/** Everything particular to one department; the kit does the rest. */
export interface Department<L> {
  /** Subgraph name, as in `extensions.department` and `/healthz`. */
  name: string;
  /** The department's name in Japanese (課名), shown beside its sections. */
  label: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: object;
  migrations: readonly Migration[];
  createLoaders(db: Knex): L;
  /** The department's own access answers (e.g. welfare's cases); the @access policies are in its SDL. */
  access?: AccessHooks<SubgraphContext<L>>;
}

const commonSdl = readFileSync(new URL('./common.graphql', import.meta.url), 'utf8');

/**
 * A department from its line in the registry (name, label, port) and the parts particular to it,
 * so that the registry stays the one place that names and numbers departments.
 */
export function defineDepartment<L>(name: string, parts: { schemaUrl: URL; resolvers: object; migrations: readonly Migration[]; createLoaders(db: Knex): L; access?: AccessHooks<SubgraphContext<L>> }): Department<L> {
  const entry = DEPARTMENTS.find((d) => d.name === name);
  if (!entry) throw new Error(`department "${name}" is not registered in subgraphs/kit/src/departments.ts`);
  return { name, label: entry.label, defaultPort: entry.port, typeDefs: loadTypeDefs(parts.schemaUrl), resolvers: parts.resolvers, migrations: parts.migrations, createLoaders: parts.createLoaders, access: parts.access };
}

/** Reads a department's schema once and appends the kit's shared types. */
export function loadTypeDefs(schemaUrl: URL): DocumentNode {
  return parse(`${readFileSync(schemaUrl, 'utf8')}\n${commonSdl}`);
}

/** The department's SDL as composition sees it. */
export function departmentSdl(schemaUrl: URL): string {
  return `${readFileSync(schemaUrl, 'utf8')}\n${commonSdl}`;
}

/**
 * Hands the request's disclosures (and refusals) back to the gateway, which writes the audit
 * trail: only the subgraph knows which person's fields it actually resolved.
 */
function disclosuresPlugin<L>(): ApolloServerPlugin<SubgraphContext<L>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const log = contextValue.access?.log;
          if (!log || log.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, disclosures: log.toJSON() };
        },
      };
    },
  };
}

/**
 * The department's Apollo Server. `accessControl: 'off'` (ACCESS_CONTROL, measurement only,
 * refused in production by startDepartment) leaves the resolvers unguarded and reports no
 * disclosures: the benchmark's baseline.
 */
export function createSubgraphServer<L>(department: Department<L>, options: { accessControl?: AccessControl } = {}): ApolloServer<SubgraphContext<L>> {
  const schema = buildSubgraphSchema([{ typeDefs: department.typeDefs, resolvers: { ...scalarResolvers, ...department.resolvers } as GraphQLResolverMap<unknown> }]);
  const checked = options.accessControl !== 'off';
  if (checked) enforceAccess(schema, department.name, department.access);
  return new ApolloServer<SubgraphContext<L>>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginInlineTraceDisabled(), useControlCharacterRule(), ...(checked ? [disclosuresPlugin<L>()] : [])],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error) as typeof formatted,
  });
}

export interface StartOptions {
  port?: number;
  host?: string;
  db?: DbSettings;
  /** Secret shared with the gateway for internal tokens. */
  internalSecret?: string;
  /** Run migrations at start-up (the demo does; a department's production database may not). */
  migrate?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  db: Knex;
  http: Server;
  stop(): Promise<void>;
}

/** Starts a department's subgraph: database, migrations, Apollo Server, HTTP. */
export async function startDepartment<L>(department: Department<L>, options: StartOptions = {}): Promise<RunningSubgraph> {
  const env = loadConfig({
    [`${department.name.toUpperCase()}_PORT`]: port(department.defaultPort),
    INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    ACCESS_CONTROL: accessControlSetting,
  });
  const secret = options.internalSecret ?? (env.INTERNAL_TOKEN_SECRET as string);
  refuseDevSecrets(process.env, [{ name: 'INTERNAL_TOKEN_SECRET', value: secret, devDefault: DEV_INTERNAL_SECRET }]);
  const accessControl = env.ACCESS_CONTROL as AccessControl;
  const problem = accessControlProblem(process.env, accessControl);
  if (problem) throw new Error(`Invalid configuration (see .env.example):\n  ${problem}`);
  const logger = createLogger(`subgraph-${department.name}`);
  if (accessControl === 'off') logger.warn('ACCESS_CONTROL=off: no access checks and no disclosures for the audit trail (measurement only)');
  const db = createDb(options.db ?? dbSettingsFromEnv(department.name));
  if (options.migrate ?? true) await migrateLatest(db, department.migrations);
  const apollo = createSubgraphServer(department, { accessControl });
  await apollo.start();
  // Reported by /healthz so that the benchmark can show SQL statements per request.
  const statements = countQueries(db);
  const directCalls = directCallAudit(department.name, logger);
  const http = createHttpServer(apollo, {
    logger,
    context: async (req) => {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      try {
        const caller = await verifyInternalToken(Array.isArray(header) ? header[0] : header, secret);
        return { caller, db, loaders: department.createLoaders(db), logger };
      } catch (error) {
        await directCalls.record(req, header ? 'invalid or expired gateway token' : 'called directly, not through the gateway');
        throw error;
      }
    },
    routes: {
      'GET /healthz': async (_req, res) => {
        try {
          await db.raw('select 1');
          sendJson(res, 200, { status: 'ok', department: department.name, statements: statements.count });
        } catch {
          sendJson(res, 503, { status: 'down', department: department.name });
        }
      },
    },
  });
  const url = await listen(http, options.port ?? (env[`${department.name.toUpperCase()}_PORT`] as number), options.host ?? (env.SUBGRAPH_HOST as string));
  logger.info({ url: `${url}/graphql` }, `${department.label} subgraph ready`);
  return {
    name: department.name,
    url: `${url}/graphql`,
    db,
    http,
    async stop() {
      statements.stop();
      await close(http);
      await apollo.stop();
      await directCalls.close();
      await db.destroy();
    },
  };
}
