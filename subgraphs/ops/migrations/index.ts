import type { MigrationObject } from '@mikro-orm/core';

/** ops owns no tables: it reads the job queue's own schema. */
export const migrations: MigrationObject[] = [];
