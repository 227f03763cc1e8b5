import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { DEPARTMENTS, departmentSdl, departmentUrl, type DepartmentEntry } from '@smart-casework/kit';
import { parse, print } from 'graphql';

export interface ComposedSupergraph {
  /** Supergraph SDL for ApolloGateway. */
  supergraphSdl: string;
  /** The client-facing API schema (what the portal's codegen reads). */
  apiSdl: string;
  /** Departments in the supergraph. */
  names: string[];
  /** Departments left out because their package has no schema yet. */
  missing: string[];
}

export class CompositionError extends Error {}

/** Where a department's schema is, or null while its package has none. */
function schemaUrl(entry: DepartmentEntry): URL | null {
  try {
    const url = new URL(import.meta.resolve(`@smart-casework/${entry.name}/schema`));
    return existsSync(url) ? url : null;
  } catch {
    return null;
  }
}

/**
 * Composes the supergraph from each department's SDL ahead of time (never at run time).
 * `names` restricts it to those departments; departments without a schema yet are left out
 * with a warning, except under CI=true where that is an error.
 */
export function composeSupergraph(names?: readonly string[], sdlOverrides: Record<string, string> = {}): ComposedSupergraph {
  const unknown = (names ?? []).filter((name) => !DEPARTMENTS.some((d) => d.name === name));
  if (unknown.length > 0) throw new CompositionError(`Unknown department(s): ${unknown.join(', ')}`);
  const entries = DEPARTMENTS.filter((d) => !names || names.includes(d.name));
  const services = [];
  const missing: string[] = [];
  for (const entry of entries) {
    const url = sdlOverrides[entry.name] === undefined ? schemaUrl(entry) : null;
    const sdl = sdlOverrides[entry.name] ?? (url ? departmentSdl(url) : null);
    if (sdl === null) missing.push(entry.name);
    else services.push({ name: entry.name, url: departmentUrl(entry), typeDefs: parse(sdl) });
  }
  if (missing.length > 0 && process.env.CI === 'true') throw new CompositionError(`Department schema(s) missing under CI=true: ${missing.join(', ')}`);
  const result = composeServices(services);
  if (result.errors) {
    const lines = result.errors.map((e) => `  [${String(e.extensions.code ?? 'COMPOSITION_ERROR')}] ${e.message}`);
    throw new CompositionError(`Composition failed with ${result.errors.length} error(s):\n${lines.join('\n')}`);
  }
  // Printed from the AST: under vitest graphql loads twice (ESM, CJS), so no schema object crosses over.
  const apiSdl = print(result.schema.toAPISchema().toAST());
  return { supergraphSdl: result.supergraphSdl, apiSdl, names: services.map((s) => s.name), missing };
}

function parseOnly(argv: readonly string[]): string[] | undefined {
  const index = argv.indexOf('--only');
  const value = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

function main(): void {
  try {
    const composed = composeSupergraph(parseOnly(process.argv.slice(2)));
    if (composed.missing.length > 0) console.warn(`\n⚠⚠⚠ WARNING: no schema yet for ${composed.missing.join(', ')}; the supergraph is composed WITHOUT them ⚠⚠⚠\n`);
    writeFileSync(new URL('../supergraph.graphql', import.meta.url), composed.supergraphSdl);
    writeFileSync(new URL('../supergraph.api.graphql', import.meta.url), composed.apiSdl);
    console.log(`Composed the supergraph of ${composed.names.join(', ')} → gateway/supergraph.graphql, gateway/supergraph.api.graphql`);
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
