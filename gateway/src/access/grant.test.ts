import { describe, expect, it } from 'vitest';
import { grantFor, subjectsOfFetch } from './grant';
import type { Reach } from './reach';

const reach: Reach = { households: new Set(['H1', 'H2']), members: new Map([['11', 'H1'], ['12', 'H1'], ['21', 'H2']]) };

describe('subjectsOfFetch', () => {
  it('reads persons and households from representations', () => {
    const subjects = subjectsOfFetch({ query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', variables: { representations: [{ __typename: 'Resident', atenaNo: '11' }, { __typename: 'Household', householdNo: 'H9' }, { __typename: 'Staff', staffId: 'cw001' }] } });
    expect(subjects).toEqual({ atenaNos: new Set(['11']), householdNos: new Set(['H9']) });
  });

  it('reads root arguments by name, from variables and literals, singly and in lists', () => {
    expect(subjectsOfFetch({ query: 'query($a: ID!) { resident(atenaNo: $a) { name } household(householdNo: "H1") { address } }', variables: { a: '21' } })).toEqual({ atenaNos: new Set(['21']), householdNos: new Set(['H1']) });
    expect(subjectsOfFetch({ query: '{ residents(atenaNos: ["11", "12"]) { name } households(householdNos: $h) { address } }', variables: { h: ['H2'] } })).toEqual({ atenaNos: new Set(['11', '12']), householdNos: new Set(['H2']) });
  });

  it('finds nobody in a fetch that names nobody', () => {
    expect(subjectsOfFetch({ query: '{ me { staffId } searchResidents(query: "山田") { name } }' })).toEqual({ atenaNos: new Set(), householdNos: new Set() });
  });
});

describe('grantFor', () => {
  it('grants the reached persons with their households, and the reached households, nothing else', () => {
    expect(grantFor(reach, { atenaNos: new Set(['11', '99']), householdNos: new Set(['H2', 'H9']) })).toEqual({ atenaNos: ['11'], householdNos: ['H1', 'H2'] });
  });

  it('grants everyone to a reach of all, and nobody to an empty reach', () => {
    expect(grantFor('all', { atenaNos: new Set(['99']), householdNos: new Set() })).toBe('all');
    expect(grantFor({ households: new Set(), members: new Map() }, { atenaNos: new Set(['11']), householdNos: new Set(['H1']) })).toEqual({ atenaNos: [], householdNos: [] });
  });
});
