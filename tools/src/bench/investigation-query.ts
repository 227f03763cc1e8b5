import { buildSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

/** Entities that, met inside a section, are shown by their key only (as the portal links them). */
const KEY_ONLY: Record<string, string> = { Resident: 'atenaNo', Household: 'householdNo', Staff: 'staffId', WelfareCase: 'caseNo', Application: 'applicationNo' };

function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named)) {
      const key = KEY_ONLY[named.name];
      if (key) parts.push(`${field.name} { ${key} }`);
      else if (depth > 0) parts.push(`${field.name} { ${selection(named, depth - 1)} }`);
    }
  }
  return parts.join(' ');
}

/**
 * The investigation list's query, built from the composed API schema: every member of a
 * household with every field of every department's section (nested records included), so the
 * benchmark reads what a caseworker's 調査リスト shows whatever the departments add.
 */
export function investigationQuery(apiSdl: string): string {
  const schema: GraphQLSchema = buildSchema(apiSdl);
  const resident = schema.getType('Resident');
  if (!isObjectType(resident)) throw new Error('Resident type missing from the API schema');
  const memberFields: string[] = [];
  for (const field of Object.values(resident.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) memberFields.push(field.name);
    else if (isObjectType(named) && !KEY_ONLY[named.name]) memberFields.push(`${field.name} { ${selection(named, 2)} }`);
  }
  return `query InvestigationList($householdNo: ID!) { household(householdNo: $householdNo) { householdNo address head { atenaNo } members { ${memberFields.join(' ')} } } }`;
}

/** One section of `Resident` with every field, as the investigation query selects it. */
export function sectionSelection(apiSdl: string, section: string): string {
  const resident = buildSchema(apiSdl).getType('Resident');
  const field = isObjectType(resident) ? resident.getFields()[section] : undefined;
  const named = field ? getNamedType(field.type) : undefined;
  if (!isObjectType(named)) throw new Error(`Resident.${section} is not an object field`);
  return `${section} { ${selection(named, 2)} }`;
}
