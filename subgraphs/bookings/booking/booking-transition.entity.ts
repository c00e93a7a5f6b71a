import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Actor, Awaiting, BookingEndReason, BookingStatus } from './booking.enums';

/** One step of a booking's life, appended with the change it records: who, when, from, to and why. */
@Entity({ tableName: 'booking_transitions' })
@Index({ name: 'booking_transitions_booking_id_id_index', properties: ['bookingId', 'id'] })
@ObjectType({ description: "One change of a booking's status." })
export class BookingTransition {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Identifies this change.' })
  id: string = newId();

  @Property({ type: 'uuid' })
  bookingId!: string;

  @Enum({ items: () => BookingStatus, nullable: true })
  @Field(() => BookingStatus, { nullable: true, description: 'Null for the request that created the booking.' })
  fromStatus: BookingStatus | null = null;

  @Enum({ items: () => Awaiting, nullable: true })
  @Field(() => Awaiting, {
    nullable: true,
    description: 'What the booking awaited before; null unless it was PENDING.',
  })
  fromAwaiting: Awaiting | null = null;

  @Enum({ items: () => BookingStatus })
  @Field(() => BookingStatus, { description: 'The status the booking moved to.' })
  toStatus!: BookingStatus;

  @Enum({ items: () => Awaiting, nullable: true })
  @Field(() => Awaiting, { nullable: true, description: 'What the booking awaits now; null unless it is PENDING.' })
  toAwaiting: Awaiting | null = null;

  @Enum({ items: () => BookingEndReason, nullable: true })
  @Field(() => BookingEndReason, {
    nullable: true,
    description: 'Why it was cancelled; null unless `toStatus` is CANCELLED.',
  })
  endReason: BookingEndReason | null = null;

  @Enum({ items: () => Actor })
  @Field(() => Actor, { description: 'In what capacity the change was made.' })
  actor!: Actor;

  /** The person who made the change; null for the platform (timers, payments). */
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why, in the words of whoever made the change.' })
  note: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the change happened.' })
  at!: Date;
}
