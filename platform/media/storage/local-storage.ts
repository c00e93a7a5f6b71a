import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MediaStorage } from './media-storage';

/** Files under one directory (var/media by default), each owner's served by its own process (media.route.ts). */
export class LocalMediaStorage implements MediaStorage {
  constructor(readonly dir: string) {}

  async put(key: string, body: Buffer): Promise<void> {
    const path = join(this.dir, key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed, so a reader never gets half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, body);
    await rename(partial, path);
  }

  async remove(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(join(this.dir, key), { force: true })));
  }
}
