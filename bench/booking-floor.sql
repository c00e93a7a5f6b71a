-- PostgreSQL's floor for createBooking (bench/booking-floor.ts runs it with pgbench): the writes of
-- its transaction with no application in between, into copies of bookings' tables and the event log
-- (bench_floor schema) and the real job queue. It takes the listing's calendar row lock (bumping its
-- version), inserts a two-night hold under the exclusion constraint, the booking and its first
-- transition, the event and three jobs (as createBooking: dispatch, hold expiry, availability).
-- Slot n is listing n mod :listings, nights 2 * (n / :listings) on: no two transactions overlap.
select nextval('bench_floor.slots') as n \gset
begin;
insert into bench_floor.calendars as c (listing_id)
  values (('00000000-0000-4000-8000-' || lpad((:n % :listings)::text, 12, '0'))::uuid)
  on conflict (listing_id) do update set version = c.version + 1;
insert into bench_floor.occupancies (id, listing_id, kind, booking_id, start_date, end_date, active, created_at)
  values (
    gen_random_uuid(),
    ('00000000-0000-4000-8000-' || lpad((:n % :listings)::text, 12, '0'))::uuid,
    'BOOKING',
    ('00000000-0000-4000-9000-' || lpad(:n::text, 12, '0'))::uuid,
    date '2030-01-01' + (:n / :listings)::int * 2,
    date '2030-01-01' + (:n / :listings)::int * 2 + 2,
    true,
    now()
  );
with booked as (
  insert into bench_floor.bookings (id, listing_id, guest_id, host_id, idempotency_key, status, awaiting, check_in,
    check_out, nights, guests, currency, accommodation_minor, cleaning_fee_minor, service_fee_minor, taxes_minor,
    total_minor, cancellation_policy, time_zone, check_in_at, check_out_at, hold_expires_at, created_at, updated_at,
    listing_title)
  values (('00000000-0000-4000-9000-' || lpad(:n::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad((:n % :listings)::text, 12, '0'))::uuid, gen_random_uuid(),
    gen_random_uuid(), gen_random_uuid()::text, 'PENDING', 'PAYMENT', date '2030-01-01' + (:n / :listings)::int * 2,
    date '2030-01-01' + (:n / :listings)::int * 2 + 2, 2, 2, 'EUR', 20000, 3000, 2760, 0, 25760, 'FLEXIBLE',
    'Africa/Nairobi', now(), now() + interval '2 days', now() + interval '30 minutes', now(), now(), 'Floor listing')
)
insert into bench_floor.booking_transitions (id, booking_id, to_status, to_awaiting, actor, actor_id, at)
  values (gen_random_uuid(), ('00000000-0000-4000-9000-' || lpad(:n::text, 12, '0'))::uuid, 'PENDING', 'PAYMENT', 'GUEST', gen_random_uuid(), now());
with logged as (
  insert into bench_floor.log (id, name, version, producer, payload, occurred_at, request_id)
  values (gen_random_uuid(), 'booking.requested', 1, 'bookings', json_build_object('bookingId', ('00000000-0000-4000-9000-' || lpad(:n::text, 12, '0'))::uuid)::jsonb,
    now(), gen_random_uuid()::text)
)
select count(*) from graphile_worker.add_jobs(array[
  row('bench.floor', '{}'::json, null, now() + interval '1 day', null, null, null, null)::graphile_worker.job_spec,
  row('bench.floor', '{}'::json, null, now() + interval '1 day', null, null, null, null)::graphile_worker.job_spec,
  row('bench.floor', '{}'::json, null, now() + interval '1 day', null, null, null, null)::graphile_worker.job_spec
]);
commit;
