import { rmSync } from 'node:fs';
import { dropDatabase } from '../scripts/database';
import { takeRunState } from './support/run-state';

export default async function globalTeardown(): Promise<void> {
  const state = takeRunState();
  if (!state) return;
  await state.stopEmulator?.();
  await dropDatabase(state.adminUrl, state.databaseName);
  await state.stopEmbedded?.();
  for (const dir of [state.embeddedDir, state.mailDir, state.smsDir])
    if (dir) rmSync(dir, { recursive: true, force: true });
}
