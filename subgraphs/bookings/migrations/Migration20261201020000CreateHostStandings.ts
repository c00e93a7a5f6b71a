import { Migration } from '@mikro-orm/migrations';

export class Migration20261201020000CreateHostStandings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "bookings"."host_standings" (
        "host_id" uuid not null,
        "suspended" boolean not null,
        "event_id" uuid not null,
        constraint "host_standings_pkey" primary key ("host_id")
      );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bookings"."host_standings";`);
  }
}
