import { Migration } from '@mikro-orm/migrations';

export class Migration20261129020000CreateListingPhotos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "listings"."listing_photos" (
        "id" uuid not null,
        "listing_id" uuid not null,
        "status" text check ("status" in ('PENDING', 'PROCESSING', 'READY', 'DELETED')) not null default 'PENDING',
        "position" int not null default 0,
        "alt_text" text not null,
        "sizes" jsonb null,
        "width" int null,
        "height" int null,
        "upload_expires_at" timestamptz not null,
        "created_at" timestamptz not null,
        "updated_at" timestamptz not null,
        constraint "listing_photos_pkey" primary key ("id")
      );`);
    this.addSql(
      `create index "listing_photos_status_upload_expires_at_index" on "listings"."listing_photos" ("status", "upload_expires_at");`,
    );
    this.addSql(
      `create index "listing_photos_listing_id_position_index" on "listings"."listing_photos" ("listing_id", "position");`,
    );
    this.addSql(`
      alter table "listings"."listing_photos" add constraint "listing_photos_listing_id_foreign"
      foreign key ("listing_id") references "listings"."listings" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listings"."listing_photos";`);
  }
}
