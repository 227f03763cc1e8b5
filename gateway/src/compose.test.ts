import { describe, expect, it } from 'vitest';
import { composeSupergraph, CompositionError } from './compose';
import { FAKE_SDL } from './testing/fake-departments';

describe('composeSupergraph', () => {
  it('composes the residents subgraph into a supergraph and an API schema', () => {
    const composed = composeSupergraph(['residents']);
    expect(composed.names).toEqual(['residents']);
    expect(composed.supergraphSdl).toContain('@join__graph(name: "residents"');
    expect(composed.apiSdl).toMatch(/household\(householdNo: ID!\): Household/);
    expect(composed.apiSdl).not.toContain('join__');
  });

  it('fails loudly, with every error code, when subgraphs do not compose', () => {
    const broken = {
      ...FAKE_SDL,
      // tax redefines a residents-owned field with another type and without @shareable.
      tax: `${FAKE_SDL.tax.replace('atenaNo: ID! tax', 'atenaNo: ID! name: Int! tax')}`,
    };
    expect(() => composeSupergraph(['residents', 'tax'], broken)).toThrow(CompositionError);
    try {
      composeSupergraph(['residents', 'tax'], broken);
    } catch (error) {
      expect((error as Error).message).toMatch(/Composition failed with \d+ error/);
      expect((error as Error).message).toMatch(/\[(INVALID_FIELD_SHARING|FIELD_TYPE_MISMATCH)\]/);
    }
  });

  it('fails on SDL that does not parse', () => {
    expect(() => composeSupergraph(['residents'], { residents: 'type Query {' })).toThrow(/Syntax Error/);
  });

  it('refuses an unknown department', () => {
    expect(() => composeSupergraph(['nope'])).toThrow(/Unknown department/);
  });
});
