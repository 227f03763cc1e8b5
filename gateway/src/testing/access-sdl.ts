/**
 * The head every fake subgraph's SDL starts with: federation, and the `@access` directive the
 * real departments declare (subgraphs/kit/src/common.graphql), so that the gateway's purpose
 * rule and the kit's enforcement see policies as they do in production.
 */
export const FAKE_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
extend schema @link(url: "https://smart-casework.city/access/v1.0", import: ["@access"]) @composeDirective(name: "@access")
directive @access(roles: [String!]!, scope: AccessScope = CASELOAD) on FIELD_DEFINITION
enum AccessScope { PUBLIC IDENTIFY CASELOAD OWN }`;

/** Roles of the policies the fakes declare. */
export const EVERYONE = '["caseworker", "supervisor", "tax", "auditor", "service"]';
export const READERS = '["caseworker", "supervisor", "tax", "service"]';
export const WELFARE_STAFF = '["caseworker", "supervisor", "service"]';
