import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Listing } from '../listing/listing.entity';
import type { StoredMediaSize } from '../../../platform/media/media-files';
import type { PhotoSizeName } from './photo-media';

/**
 * PENDING: an upload URL is out. PROCESSING: its bytes are being checked and re-encoded (the URL is
 * claimed, so it works once). READY: shown. DELETED: gone for clients, files still to remove.
 */
export enum PhotoStatus {
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  READY = 'READY',
  DELETED = 'DELETED',
}

/** Keys as stored since the first upload (`photos/<id>/<size>.webp`); URLs are built from them when read. */
export type StoredSize = StoredMediaSize<PhotoSizeName>;

/** A photo of a listing. Only READY ones reach GraphQL, so their size fields are always set there. */
@Entity({ tableName: 'listing_photos' })
@Index({ name: 'listing_photos_listing_id_position_index', properties: ['listingId', 'position'] })
@Index({ name: 'listing_photos_status_upload_expires_at_index', properties: ['status', 'uploadExpiresAt'] })
@ObjectType({ description: 'A photo of a listing, re-encoded into a few sizes.' })
export class ListingPhoto {
  [OptionalProps]?: 'status' | 'position' | 'sizes' | 'width' | 'height' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The photo's permanent id (the `photoId` of its upload ticket)." })
  id: string = newId();

  @ManyToOne(() => Listing, { mapToPk: true, fieldName: 'listing_id', deleteRule: 'cascade' })
  listingId!: string;

  @Enum({ items: () => PhotoStatus })
  status: PhotoStatus = PhotoStatus.PENDING;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "Place in the listing's order, from 0; the photo at 0 is the cover." })
  position: number = 0;

  @Property({ type: 'text' })
  @Field({ description: 'Describes the photo for people who cannot see it.' })
  altText!: string;

  @Property({ type: 'json', nullable: true })
  sizes: StoredSize[] | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { description: 'Of the largest size, in pixels (upright, after EXIF rotation).' })
  width: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { description: 'Of the largest size, in pixels.' })
  height: number | null = null;

  /** The upload URL stops working then; a photo still not READY after it is cleaned up. */
  @Property({ type: 'timestamptz' })
  uploadExpiresAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
