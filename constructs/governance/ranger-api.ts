/**
 * Ranger Admin's public REST API v2 model: the fields this stack sets on service definitions,
 * services and policies.
 */
import { MaskType } from '../../catalogue/model';

export interface RangerResourceDef {
  itemId: number;
  name: string;
  type: 'string';
  level: number;
  parent: string;
  mandatory: boolean;
  lookupSupported: boolean;
  recursiveSupported: boolean;
  excludesSupported: boolean;
  matcher: string;
  matcherOptions: Record<string, string>;
  label: string;
  description: string;
  uiHint?: string;
  isValidLeaf?: boolean;
}

export interface RangerAccessTypeDef {
  itemId: number;
  name: string;
  label: string;
  category?: 'CREATE' | 'READ' | 'UPDATE' | 'DELETE' | 'MANAGE';
  impliedGrants?: string[];
}

export interface RangerDataMaskTypeDef {
  itemId: number;
  name: string;
  label: string;
  description: string;
  /** SQL a query engine substitutes for the column; `{col}` is the column */
  transformer?: string;
  dataMaskOptions: Record<string, string>;
}

export interface RangerServiceDef {
  name: string;
  displayName: string;
  implClass: string;
  label: string;
  description: string;
  options: Record<string, string>;
  configs: Array<{ itemId: number; name: string; type: 'string' | 'password'; mandatory: boolean; label: string; defaultValue?: string }>;
  resources: RangerResourceDef[];
  accessTypes: RangerAccessTypeDef[];
  policyConditions: unknown[];
  contextEnrichers: unknown[];
  enums: unknown[];
  dataMaskDef: { accessTypes: Array<{ itemId: number; name: string; label: string }>; resources: RangerResourceDef[]; maskTypes: RangerDataMaskTypeDef[] };
  rowFilterDef: { accessTypes: Array<{ itemId: number; name: string; label: string }>; resources: RangerResourceDef[] };
}

export interface RangerService {
  name: string;
  displayName: string;
  /** the service definition's name: the custom PostgreSQL one, or Ranger's built-in `kafka` */
  type: string;
  description: string;
  isEnabled: boolean;
  configs: Record<string, string>;
}

export interface RangerPolicyResource {
  values: string[];
  isExcludes: boolean;
  isRecursive: boolean;
}

export interface RangerPolicyItem {
  users: string[];
  groups: string[];
  roles: string[];
  accesses: Array<{ type: string; isAllowed: boolean }>;
  conditions: unknown[];
  delegateAdmin: boolean;
}

export interface RangerDataMaskPolicyItem extends RangerPolicyItem {
  dataMaskInfo: { dataMaskType: MaskType };
}

export const POLICY_TYPE = { access: 0, dataMask: 1, rowFilter: 2 } as const;

export interface RangerPolicy {
  name: string;
  service: string;
  policyType: 0 | 1 | 2;
  description: string;
  isEnabled: boolean;
  isAuditEnabled: boolean;
  policyLabels: string[];
  resources: Record<string, RangerPolicyResource>;
  policyItems: RangerPolicyItem[];
  denyPolicyItems: RangerPolicyItem[];
  allowExceptions: RangerPolicyItem[];
  denyExceptions: RangerPolicyItem[];
  dataMaskPolicyItems: RangerDataMaskPolicyItem[];
  rowFilterPolicyItems: unknown[];
}

export interface RangerDocuments {
  serviceDefinition: RangerServiceDef;
  services: RangerService[];
  policies: RangerPolicy[];
}

/** What `scripts/ranger/apply.ts` applies: the documents plus the prefix that marks ownership. */
export interface RangerApplyDocument extends RangerDocuments {
  /** stack-owned names start with it; policies with it that the document lacks are removed */
  prefix: string;
}
