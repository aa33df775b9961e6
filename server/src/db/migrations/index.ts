import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000Foundation } from './Migration20261124000000Foundation.js';
import { Migration20261125000000Scoring } from './Migration20261125000000Scoring.js';
import { Migration20261125100000Feedback } from './Migration20261125100000Feedback.js';
import { Migration20261125200000Cases } from './Migration20261125200000Cases.js';
import { Migration20261125300000Webhooks } from './Migration20261125300000Webhooks.js';
import { Migration20261125400000Reputation } from './Migration20261125400000Reputation.js';
import { Migration20261125500000ReputationIndexes } from './Migration20261125500000ReputationIndexes.js';
import { Migration20261207000000TenantControls } from './Migration20261207000000TenantControls.js';
import { Migration20261207100000RateLimits } from './Migration20261207100000RateLimits.js';
import { Migration20261207200000IdempotencyPerMode } from './Migration20261207200000IdempotencyPerMode.js';
import { Migration20261207300000People } from './Migration20261207300000People.js';
import { Migration20261208000000PartitionedEvents } from './Migration20261208000000PartitionedEvents.js';
import { Migration20261208100000CitusReadyKeys } from './Migration20261208100000CitusReadyKeys.js';
import { Migration20261208200000TenantRetention } from './Migration20261208200000TenantRetention.js';
import { Migration20261208500000HistoryIndexes } from './Migration20261208500000HistoryIndexes.js';
import { Migration20261210000000PolicyVersions } from './Migration20261210000000PolicyVersions.js';
import { Migration20261209000000LearnedModels } from './Migration20261209000000LearnedModels.js';
import { Migration20261211000000CoveringHistoryIndexes } from './Migration20261211000000CoveringHistoryIndexes.js';
import { Migration20261212000000Lz4EventDocuments } from './Migration20261212000000Lz4EventDocuments.js';
import { Migration20261212100000PartitionVacuumThresholds } from './Migration20261212100000PartitionVacuumThresholds.js';
import { Migration20261212200000FraudReports } from './Migration20261212200000FraudReports.js';

/** Committed migrations in order. Add new ones at the end; never edit an applied one. */
export const MIGRATIONS: MigrationObject[] = [
  {
    name: 'Migration20261124000000Foundation',
    class: Migration20261124000000Foundation,
  },
  { name: 'Migration20261125000000Scoring', class: Migration20261125000000Scoring },
  { name: 'Migration20261125100000Feedback', class: Migration20261125100000Feedback },
  { name: 'Migration20261125200000Cases', class: Migration20261125200000Cases },
  { name: 'Migration20261125300000Webhooks', class: Migration20261125300000Webhooks },
  { name: 'Migration20261125400000Reputation', class: Migration20261125400000Reputation },
  {
    name: 'Migration20261125500000ReputationIndexes',
    class: Migration20261125500000ReputationIndexes,
  },
  { name: 'Migration20261207000000TenantControls', class: Migration20261207000000TenantControls },
  { name: 'Migration20261207100000RateLimits', class: Migration20261207100000RateLimits },
  {
    name: 'Migration20261207200000IdempotencyPerMode',
    class: Migration20261207200000IdempotencyPerMode,
  },
  { name: 'Migration20261207300000People', class: Migration20261207300000People },
  {
    name: 'Migration20261208000000PartitionedEvents',
    class: Migration20261208000000PartitionedEvents,
  },
  { name: 'Migration20261208100000CitusReadyKeys', class: Migration20261208100000CitusReadyKeys },
  { name: 'Migration20261208200000TenantRetention', class: Migration20261208200000TenantRetention },
  { name: 'Migration20261208500000HistoryIndexes', class: Migration20261208500000HistoryIndexes },
  { name: 'Migration20261209000000LearnedModels', class: Migration20261209000000LearnedModels },
  { name: 'Migration20261210000000PolicyVersions', class: Migration20261210000000PolicyVersions },
  {
    name: 'Migration20261211000000CoveringHistoryIndexes',
    class: Migration20261211000000CoveringHistoryIndexes,
  },
  {
    name: 'Migration20261212000000Lz4EventDocuments',
    class: Migration20261212000000Lz4EventDocuments,
  },
  {
    name: 'Migration20261212100000PartitionVacuumThresholds',
    class: Migration20261212100000PartitionVacuumThresholds,
  },
  { name: 'Migration20261212200000FraudReports', class: Migration20261212200000FraudReports },
];
