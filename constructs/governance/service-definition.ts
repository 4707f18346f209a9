/**
 * The custom PostgreSQL service definition Ranger needs (it has none built in): resources
 * database → schema → table → column, access types, and a `dataMaskDef` with Ranger's standard
 * mask types, each with the PostgreSQL expression an enforcing engine substitutes.
 */
import { RangerAccessTypeDef, RangerDataMaskTypeDef, RangerResourceDef, RangerServiceDef } from './ranger-api';
import { OWNER_MARKER, POSTGRES_SERVICE_DEF } from './ranger-names';

const MATCHER = 'org.apache.ranger.plugin.resourcematcher.RangerDefaultResourceMatcher';

function resource(itemId: number, name: string, parent: string, label: string, leaf: boolean): RangerResourceDef {
  return {
    itemId,
    name,
    type: 'string',
    level: itemId * 10,
    parent,
    mandatory: true,
    lookupSupported: false,
    recursiveSupported: false,
    excludesSupported: true,
    matcher: MATCHER,
    matcherOptions: { wildCard: 'true', ignoreCase: 'false' },
    label,
    description: label,
    isValidLeaf: leaf,
  };
}

/** Masks and row filters address exactly one object per policy (Ranger's convention). */
const singleValued = (r: RangerResourceDef): RangerResourceDef => ({
  ...r,
  matcherOptions: { wildCard: 'false', ignoreCase: 'false' },
  uiHint: '{ "singleValue":true }',
});

/**
 * Ranger's standard mask types, with the PostgreSQL expression an engine that enforces this
 * service definition substitutes for `{col}` (MASK_NULL/MASK_NONE/CUSTOM need none).
 */
const MASK_TYPES: RangerDataMaskTypeDef[] = [
  {
    itemId: 1,
    name: 'MASK',
    label: 'Redact',
    description: "Replace lowercase with 'x', uppercase with 'X', digits with '0'",
    transformer: "translate({col}::text, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'xxxxxxxxxxxxxxxxxxxxxxxxxxXXXXXXXXXXXXXXXXXXXXXXXXXX0000000000')",
    dataMaskOptions: {},
  },
  {
    itemId: 2,
    name: 'MASK_SHOW_LAST_4',
    label: 'Partial mask: show last 4',
    description: "Show last 4 characters; replace rest with 'x'",
    transformer: "CASE WHEN length({col}::text) <= 4 THEN {col}::text ELSE repeat('x', length({col}::text) - 4) || right({col}::text, 4) END",
    dataMaskOptions: {},
  },
  {
    itemId: 3,
    name: 'MASK_SHOW_FIRST_4',
    label: 'Partial mask: show first 4',
    description: "Show first 4 characters; replace rest with 'x'",
    transformer: "CASE WHEN length({col}::text) <= 4 THEN {col}::text ELSE left({col}::text, 4) || repeat('x', length({col}::text) - 4) END",
    dataMaskOptions: {},
  },
  { itemId: 4, name: 'MASK_HASH', label: 'Hash', description: 'Hash the value', transformer: "encode(sha256(convert_to({col}::text, 'UTF8')), 'hex')", dataMaskOptions: {} },
  { itemId: 5, name: 'MASK_NULL', label: 'Nullify', description: 'Replace with NULL', dataMaskOptions: {} },
  { itemId: 6, name: 'MASK_NONE', label: 'Unmasked (retain original value)', description: 'No masking', dataMaskOptions: {} },
  { itemId: 12, name: 'MASK_DATE_SHOW_YEAR', label: 'Date: show only year', description: 'Date: show only year', transformer: "date_trunc('year', {col})::date", dataMaskOptions: {} },
  { itemId: 13, name: 'CUSTOM', label: 'Custom', description: 'Custom', dataMaskOptions: {} },
];

const ACCESS_TYPES: RangerAccessTypeDef[] = [
  { itemId: 1, name: 'select', label: 'SELECT', category: 'READ' },
  { itemId: 2, name: 'insert', label: 'INSERT', category: 'UPDATE' },
  { itemId: 3, name: 'update', label: 'UPDATE', category: 'UPDATE' },
  { itemId: 4, name: 'delete', label: 'DELETE', category: 'DELETE' },
  { itemId: 5, name: 'truncate', label: 'TRUNCATE', category: 'DELETE' },
  { itemId: 6, name: 'references', label: 'REFERENCES', category: 'READ' },
  { itemId: 7, name: 'trigger', label: 'TRIGGER', category: 'MANAGE' },
  { itemId: 8, name: 'create', label: 'CREATE', category: 'CREATE' },
  { itemId: 9, name: 'usage', label: 'USAGE', category: 'READ' },
];

export function postgresServiceDefinition(): RangerServiceDef {
  const resources = [
    resource(1, 'database', '', 'PostgreSQL database', false),
    resource(2, 'schema', 'database', 'Schema', false),
    resource(3, 'table', 'schema', 'Table', true),
    resource(4, 'column', 'table', 'Column', true),
  ];
  const select = { itemId: 1, name: 'select', label: 'SELECT' };
  return {
    name: POSTGRES_SERVICE_DEF,
    displayName: 'PostgreSQL for SMART CDC',
    implClass: 'org.apache.ranger.plugin.service.RangerDefaultService',
    label: 'PostgreSQL (SMART CDC)',
    description: `PostgreSQL databases of the SMART CDC pipeline: database → schema → table → column, masks and row filters; ${OWNER_MARKER}`,
    options: { enableDenyAndExceptionsInPolicies: 'true' },
    configs: [
      { itemId: 1, name: 'jdbc.url', type: 'string', mandatory: true, label: 'JDBC URL' },
      { itemId: 2, name: 'username', type: 'string', mandatory: false, label: 'Lookup user' },
      { itemId: 3, name: 'password', type: 'password', mandatory: false, label: 'Lookup password' },
    ],
    resources,
    accessTypes: [
      ...ACCESS_TYPES,
      { itemId: 10, name: 'all', label: 'ALL', impliedGrants: ACCESS_TYPES.map((a) => a.name) },
    ],
    policyConditions: [],
    contextEnrichers: [],
    enums: [],
    dataMaskDef: { accessTypes: [select], resources: resources.map(singleValued), maskTypes: MASK_TYPES },
    rowFilterDef: { accessTypes: [select], resources: resources.slice(0, 3).map(singleValued) },
  };
}
