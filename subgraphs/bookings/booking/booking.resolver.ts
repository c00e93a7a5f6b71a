import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, requireViewer } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import { forbidden } from '../../../platform/graphql/graphql-errors';
import type { BookingsContext } from '../loaders';
import { CancelBookingService } from './cancel-booking.service';
import { CreateBookingService } from './create-booking.service';
import { HostResponseService } from './host-response.service';
import { Booking } from './booking.entity';
import { CreateBookingInput } from './booking.inputs';
import { loadVisibleBooking } from './booking.reference';
import { ChangeBookingResult, CreateBookingResult } from './booking.results';
import { Sensitive } from '../../../platform/graphql/sensitive';

@Resolver()
export class BookingResolver {
  constructor(
    private readonly creation: CreateBookingService,
    private readonly hostResponses: HostResponseService,
    private readonly cancellations: CancelBookingService,
  ) {}

  @Query(() => Booking, {
    nullable: true,
    description: 'A booking you are the guest or host of (admins: any). Null for what you may not see.',
  })
  booking(
    @Arg('id', () => ID, { description: 'A booking id; unknown ids answer null like bookings you may not see.' })
    id: string,
    @Ctx() ctx: BookingsContext,
  ): Promise<Booking | null> {
    requireViewer(ctx.viewer);
    return loadVisibleBooking(ctx, id);
  }

  @Mutation(() => CreateBookingResult, {
    description:
      'Book a stay (a confirmed email is needed). Instant-book listings await payment; others await the host. Retries with the same idempotencyKey return the same booking.',
  })
  createBooking(
    @Arg('input', { description: 'The stay, with an idempotency key.' }) input: CreateBookingInput,
    @Ctx() ctx: BookingsContext,
  ): Promise<CreateBookingResult> {
    // Checked here as well as at the gateway: the subgraph trusts only the token.
    const viewer = requireViewer(ctx.viewer);
    if (!viewer.emailVerified) throw forbidden('Confirm your email address first.');
    return this.creation.create(ctx.em, viewer.id, input, ctx.requestId);
  }

  @Mutation(() => ChangeBookingResult, {
    description: 'Hosts: accept a booking request; the guest then has a limited time to pay.',
  })
  acceptBooking(
    @Arg('id', () => ID, { description: 'A PENDING booking of your listing that awaits you.' }) id: string,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeBookingResult> {
    return this.hostResponses.accept(ctx.em, requireRole(ctx.viewer, Role.HOST).id, id, ctx.requestId);
  }

  @Mutation(() => ChangeBookingResult, {
    description: 'Hosts: decline a booking request; its dates become available again.',
  })
  declineBooking(
    @Arg('id', () => ID, { description: 'A PENDING booking of your listing that awaits you.' }) id: string,
    @Sensitive('PERSONAL')
    @Arg('reason', () => String, {
      nullable: true,
      description: "Why, up to 1000 characters; kept in the booking's transitions.",
    })
    reason: string | null,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeBookingResult> {
    return this.hostResponses.decline(ctx.em, requireRole(ctx.viewer, Role.HOST).id, id, reason, ctx.requestId);
  }

  @Mutation(() => ChangeBookingResult, {
    description:
      "Cancel a pending or confirmed booking as its guest, its host or an admin. A paid stay is refunded by the listing's policy (fully when the host or an admin cancels).",
  })
  cancelBooking(
    @Arg('id', () => ID, { description: 'A PENDING or CONFIRMED booking you are the guest or host of (admins: any).' })
    id: string,
    @Sensitive('PERSONAL')
    @Arg('reason', () => String, {
      nullable: true,
      description: "Why, up to 1000 characters; kept in the booking's transitions.",
    })
    reason: string | null,
    @Ctx() ctx: BookingsContext,
  ): Promise<ChangeBookingResult> {
    return this.cancellations.cancel(ctx.em, requireViewer(ctx.viewer), id, reason, ctx.requestId);
  }
}
