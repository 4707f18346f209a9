import { Catalogue, ColumnDef, TableDef } from './model';

/** The SMART platform's pipeline catalogue: the single source of truth of this project. */

const pk = (name: string): ColumnDef => ({ name, type: 'uuid', class: 'PUBLIC', primaryKey: true });
const col = (name: string, type: string, cls: ColumnDef['class'] = 'PUBLIC', extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type,
  class: cls,
  ...extra,
});

/** Profile fields both databases hold (the warehouse adds income_band). */
const profileFields: ColumnDef[] = [
  col('national_id', 'text', 'PII'),
  col('full_name', 'text', 'PII'),
  col('date_of_birth', 'date', 'PII'),
  col('address_line', 'text', 'PII'),
  col('email', 'text', 'PII'),
  col('phone', 'text', 'PII'),
  col('postal_code', 'text'),
  col('municipality_code', 'text'),
  col('preferred_language', 'text'),
  col('consent_research', 'boolean', 'PUBLIC', { nullable: false, default: 'false' }),
  col('household_size', 'integer'),
  col('household_size_updated_at', 'timestamptz'),
  col('updated_at', 'timestamptz', 'PUBLIC', { default: 'now()' }),
];

const warehouseTables: TableDef[] = [
  {
    schema: 'analytics',
    name: 'citizen_profile',
    description: 'Registry-sourced citizen profile, enriched by the portal',
    columns: [pk('citizen_id'), ...profileFields, col('income_band', 'text', 'INTERNAL')],
  },
  {
    schema: 'ml',
    name: 'eligibility_insight',
    description: 'Program eligibility computed by the models',
    columns: [
      pk('insight_id'),
      col('citizen_id', 'uuid', 'PUBLIC', { nullable: false }),
      col('program_code', 'text', 'PUBLIC', { nullable: false }),
      col('eligibility_score', 'numeric(5,4)'),
      col('is_eligible', 'boolean'),
      col('explanation', 'text'),
      col('status', 'text', 'PUBLIC', { nullable: false, default: "'draft'", allowed: ['draft', 'published', 'withdrawn'] }),
      col('computed_at', 'timestamptz', 'PUBLIC', { default: 'now()' }),
      col('expires_at', 'timestamptz'),
      col('model_version', 'text', 'INTERNAL'),
      col('feature_snapshot', 'jsonb', 'INTERNAL'),
    ],
  },
  {
    schema: 'ml',
    name: 'recommendation',
    description: 'Program recommendations ranked by the models',
    columns: [
      pk('recommendation_id'),
      col('citizen_id', 'uuid', 'PUBLIC', { nullable: false }),
      col('program_code', 'text', 'PUBLIC', { nullable: false }),
      col('rank', 'integer'),
      col('reason_code', 'text'),
      col('created_at', 'timestamptz', 'PUBLIC', { default: 'now()' }),
      col('confidence', 'numeric(5,4)', 'INTERNAL'),
      col('model_version', 'text', 'INTERNAL'),
    ],
  },
  {
    schema: 'ml',
    name: 'recommendation_feedback',
    description: "Citizens' responses to recommendations, for retraining",
    columns: [
      pk('recommendation_id'),
      col('citizen_id', 'uuid'),
      col('response', 'text'),
      col('responded_at', 'timestamptz'),
    ],
  },
  {
    schema: 'staging',
    name: 'citizen_submission',
    description: 'Citizen submissions given with research consent, for retraining',
    columns: [
      pk('submission_id'),
      col('citizen_id', 'uuid'),
      col('category', 'text'),
      col('payload', 'jsonb'),
      col('free_text', 'text', 'SENSITIVE'),
      col('submitted_at', 'timestamptz'),
    ],
  },
];

const citizenTables: TableDef[] = [
  {
    schema: 'portal',
    name: 'citizen',
    description: "The citizen's own profile in the portal",
    columns: [pk('id'), ...profileFields],
  },
  {
    schema: 'portal',
    name: 'eligibility',
    description: 'Published eligibility insights shown to the citizen',
    columns: [
      pk('id'),
      col('citizen_id', 'uuid', 'PUBLIC', { nullable: false }),
      col('program_code', 'text', 'PUBLIC', { nullable: false }),
      col('eligible', 'boolean'),
      col('score', 'numeric(5,4)'),
      col('explanation', 'text'),
      col('valid_until', 'timestamptz'),
    ],
  },
  {
    schema: 'portal',
    name: 'recommendation',
    description: 'Recommendations shown to the citizen, with their response',
    columns: [
      pk('id'),
      col('citizen_id', 'uuid', 'PUBLIC', { nullable: false }),
      col('program_code', 'text', 'PUBLIC', { nullable: false }),
      col('priority', 'integer'),
      col('reason_code', 'text'),
      col('status', 'text', 'PUBLIC', { nullable: false, default: "'new'", allowed: ['new', 'accepted', 'dismissed'] }),
      col('responded_at', 'timestamptz'),
    ],
  },
  {
    schema: 'portal',
    name: 'citizen_submission',
    description: 'Free-form submissions made in the portal',
    columns: [
      pk('id'),
      col('citizen_id', 'uuid', 'PUBLIC', { nullable: false }),
      col('category', 'text'),
      col('payload', 'jsonb'),
      col('free_text', 'text', 'SENSITIVE'),
      col('consent_research', 'boolean', 'PUBLIC', { nullable: false, default: 'false' }),
      col('submitted_at', 'timestamptz', 'PUBLIC', { default: 'now()' }),
    ],
  },
];

const sharedHousehold = [{ column: 'household_size', versionColumn: 'household_size_updated_at' }];
const identity = (...names: string[]) => Object.fromEntries(names.map((n) => [n, n]));

export const SMART_CATALOGUE: Catalogue = {
  version: '1.0.0',
  databases: [
    { id: 'warehouse', name: 'smart_warehouse', description: 'AI/ML analytical database', internalHome: true, tables: warehouseTables },
    { id: 'citizen', name: 'smart_citizen', description: 'Citizen portal database', tables: citizenTables },
  ],
  flows: [
    {
      id: 1,
      name: 'eligibility',
      description: 'Published eligibility insights reach the portal',
      phase: 1,
      source: { database: 'warehouse', table: 'ml.eligibility_insight' },
      target: { database: 'citizen', table: 'portal.eligibility' },
      fields: {
        insight_id: 'id',
        ...identity('citizen_id', 'program_code', 'explanation'),
        is_eligible: 'eligible',
        eligibility_score: 'score',
        expires_at: 'valid_until',
      },
      filter: { column: 'status', in: ['published'] },
      deletes: 'propagate',
      deletesReason: 'a deleted or withdrawn insight must no longer be shown to the citizen',
    },
    {
      id: 2,
      name: 'recommendation',
      description: 'Ranked recommendations reach the portal; the citizen keeps their status',
      phase: 1,
      source: { database: 'warehouse', table: 'ml.recommendation' },
      target: { database: 'citizen', table: 'portal.recommendation' },
      fields: { recommendation_id: 'id', ...identity('citizen_id', 'program_code', 'reason_code'), rank: 'priority' },
      deletes: 'propagate',
      deletesReason: 'a recommendation the models retract must leave the portal',
    },
    {
      id: 3,
      name: 'profile_to_citizen',
      description: 'Registry-owned profile fields reach the portal',
      phase: 1,
      source: { database: 'warehouse', table: 'analytics.citizen_profile' },
      target: { database: 'citizen', table: 'portal.citizen' },
      fields: {
        citizen_id: 'id',
        ...identity('national_id', 'full_name', 'date_of_birth', 'address_line', 'postal_code', 'municipality_code'),
        ...identity('household_size', 'household_size_updated_at'),
      },
      shared: sharedHousehold,
      deletes: 'ignore',
      deletesReason: 'a citizen account is closed by the identity process, never by replication from the warehouse',
    },
    {
      id: 4,
      name: 'profile_to_warehouse',
      description: 'Citizen-owned profile fields return to the warehouse',
      phase: 2,
      source: { database: 'citizen', table: 'portal.citizen' },
      target: { database: 'warehouse', table: 'analytics.citizen_profile' },
      fields: {
        id: 'citizen_id',
        ...identity('email', 'phone', 'preferred_language', 'consent_research'),
        ...identity('household_size', 'household_size_updated_at'),
      },
      shared: sharedHousehold,
      deletes: 'ignore',
      deletesReason: 'the registry profile outlives a portal account; erasure runs as its own process',
    },
    {
      id: 5,
      name: 'recommendation_feedback',
      description: "Citizens' accept/dismiss responses return for retraining",
      phase: 2,
      source: { database: 'citizen', table: 'portal.recommendation' },
      target: { database: 'warehouse', table: 'ml.recommendation_feedback' },
      fields: { id: 'recommendation_id', citizen_id: 'citizen_id', status: 'response', responded_at: 'responded_at' },
      filter: { column: 'status', in: ['accepted', 'dismissed'] },
      deletes: 'propagate',
      deletesReason: 'feedback about a recommendation that no longer exists, or that was taken back, is not a training label',
    },
    {
      id: 6,
      name: 'submission',
      description: 'Submissions made with research consent return for retraining, free text hashed',
      phase: 2,
      source: { database: 'citizen', table: 'portal.citizen_submission' },
      target: { database: 'warehouse', table: 'staging.citizen_submission' },
      fields: { id: 'submission_id', ...identity('citizen_id', 'category', 'payload', 'free_text', 'submitted_at') },
      filter: { column: 'consent_research', in: [true] },
      deletes: 'propagate',
      deletesReason: 'withdrawn consent or a deleted submission removes it from the retraining set',
    },
  ],
  readers: [
    {
      name: 'analyst',
      description: 'Business analysts: aggregate analysis, never direct identifiers',
      database: 'warehouse',
      tables: '*',
      masks: {
        national_id: 'MASK_HASH',
        phone: 'MASK_SHOW_LAST_4',
        date_of_birth: 'MASK_DATE_SHOW_YEAR',
        full_name: 'MASK',
        email: 'MASK',
        address_line: 'MASK',
      },
    },
    {
      name: 'data_scientist',
      description: 'Model builders: join on hashed identifiers, no contact data',
      database: 'warehouse',
      tables: ['analytics.citizen_profile', 'ml.eligibility_insight', 'ml.recommendation', 'ml.recommendation_feedback', 'staging.citizen_submission'],
      masks: {
        national_id: 'MASK_HASH',
        full_name: 'MASK_NULL',
        date_of_birth: 'MASK_DATE_SHOW_YEAR',
        address_line: 'MASK_NULL',
        email: 'MASK_NULL',
        phone: 'MASK_NULL',
      },
    },
    {
      name: 'portal_support',
      description: 'Portal support staff: recognise a caller, see their recommendations',
      database: 'citizen',
      tables: ['portal.citizen', 'portal.recommendation'],
      masks: {
        national_id: 'MASK_SHOW_LAST_4',
        full_name: 'MASK_NONE',
        date_of_birth: 'MASK_DATE_SHOW_YEAR',
        address_line: 'MASK',
        email: 'MASK_NONE',
        phone: 'MASK_SHOW_LAST_4',
      },
    },
  ],
};
