import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../../platform/graphql/authorize';
import { Role } from '../../../platform/graphql/role';
import type { ListingsContext } from '../loaders';
import type { StatusChange } from './listing-status';
import { CreateListingInput, UpdateListingInput } from './listing.inputs';
import { ChangeListingStatusResult, CreateListingResult, UpdateListingResult } from './listing.results';
import { ListingService } from './listing.service';

/** Host operations. The host is always the viewer: no input names a host. */
@Resolver()
export class HostingResolver {
  constructor(private readonly listings: ListingService) {}

  @Mutation(() => CreateListingResult, {
    description: 'Hosts: create a listing as a DRAFT, visible only to you until published.',
  })
  createListing(
    @Arg('input', { description: 'The whole listing.' }) input: CreateListingInput,
    @Ctx() ctx: ListingsContext,
  ): Promise<CreateListingResult> {
    return this.listings.create(ctx.em, hostOf(ctx), input);
  }

  @Mutation(() => UpdateListingResult, {
    description: 'Hosts: change a listing of yours. Refused when `expectedVersion` is not its current version.',
  })
  updateListing(
    @Arg('id', () => ID, { description: 'One of your listings.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The `version` you read; a change since then refuses this one.' })
    expectedVersion: number,
    @Arg('input', { description: 'The fields to change.' }) input: UpdateListingInput,
    @Ctx() ctx: ListingsContext,
  ): Promise<UpdateListingResult> {
    return this.listings.update(ctx.em, hostOf(ctx), id, expectedVersion, input, ctx.requestId);
  }

  @Mutation(() => ChangeListingStatusResult, { description: 'Hosts: put a draft on the market.' })
  publishListing(
    @Arg('id', () => ID, { description: 'One of your listings, a DRAFT.' }) id: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<ChangeListingStatusResult> {
    return this.changeStatus(ctx, id, 'publish');
  }

  @Mutation(() => ChangeListingStatusResult, { description: 'Hosts: take a published listing off the market.' })
  deactivateListing(
    @Arg('id', () => ID, { description: 'One of your listings, PUBLISHED.' }) id: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<ChangeListingStatusResult> {
    return this.changeStatus(ctx, id, 'deactivate');
  }

  @Mutation(() => ChangeListingStatusResult, { description: 'Hosts: put a deactivated listing back on the market.' })
  reactivateListing(
    @Arg('id', () => ID, { description: 'One of your listings, DEACTIVATED.' }) id: string,
    @Ctx() ctx: ListingsContext,
  ): Promise<ChangeListingStatusResult> {
    return this.changeStatus(ctx, id, 'reactivate');
  }

  private changeStatus(ctx: ListingsContext, id: string, change: StatusChange): Promise<ChangeListingStatusResult> {
    return this.listings.changeStatus(ctx.em, hostOf(ctx), id, change, ctx.requestId);
  }
}

/** Checked here as well as at the gateway: the subgraph trusts the token's role, never a client-supplied host id. */
function hostOf(ctx: ListingsContext): string {
  return requireRole(ctx.viewer, Role.HOST).id;
}
