import { inspectImage, renderSizes } from './image-pipeline';
import type { MediaFiles, StoredMediaSize } from './media-files';
import { UploadRefusal } from './upload-refusal';

export type UploadClaim = 'claimed' | 'used' | 'unknown' | 'expired';

/** The 201 answer's body, and what the log line about it should add. */
export interface UploadAccepted {
  body: Record<string, unknown>;
  log?: Record<string, unknown>;
}

/** What a domain supplies for uploads to its records (listings: ListingPhoto rows); ids come from signed URLs. */
export interface MediaUploadHandler<Name extends string> {
  /** Takes the upload for this record: of two requests with one URL, exactly one gets `claimed`. */
  claim(id: string): Promise<UploadClaim>;
  /** Gives the claim back after a refused or failed upload: the URL stays usable while it is valid. */
  release(id: string): Promise<void>;
  /** Records the stored sizes on the claimed record; null when the record went away meanwhile. */
  complete(id: string, sizes: StoredMediaSize<Name>[]): Promise<UploadAccepted | null>;
  /** Removes the files and what is left of a record that went away while its upload was processed. */
  discard(id: string): Promise<void>;
}

/** Checks, re-encodes and stores a claimed upload's bytes, then has the domain record them; throws an UploadRefusal for a file it will not take. */
export async function processUpload<Name extends string>(
  files: MediaFiles<Name>,
  handler: MediaUploadHandler<Name>,
  maxPixels: number,
  id: string,
  bytes: Buffer,
): Promise<UploadAccepted> {
  const inspection = await inspectImage(bytes, maxPixels);
  if (!inspection.ok && inspection.reason === 'too_many_pixels') throw UploadRefusal.imageTooLarge(maxPixels);
  if (!inspection.ok) throw UploadRefusal.unsupported();
  const sizes = await renderSizes(bytes, maxPixels, files.collection.sizes, files.collection.shape).catch(() => {
    throw UploadRefusal.unsupported();
  });
  const accepted = await handler.complete(id, await files.store(id, sizes));
  // Deleted or cleaned up while it was processed: its files must not stay behind.
  if (!accepted) {
    await handler.discard(id);
    throw UploadRefusal.gone();
  }
  return accepted;
}
