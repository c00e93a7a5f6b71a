import { Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import type { MediaPipeline } from '../../../platform/media/media-pipeline';
import type { AccountsContext } from '../loaders';
import { AvatarSize } from './avatar-size.type';
import { AvatarDeleted, AvatarUploadTicket } from './avatar.results';
import { AvatarService } from './avatar.service';
import { UserProfile } from './user-profile';

/** The size `avatar` names: big enough for a profile page, small enough for a list. */
const DEFAULT_SIZE = 'medium';

@Resolver(() => UserProfile)
export class AvatarResolver {
  /** URLs on a bucket or CDN in production, on the gateway's /media/accounts route otherwise. */
  constructor(
    private readonly avatars: AvatarService,
    private readonly media: Pick<MediaPipeline<string>, 'fileUrl'>,
  ) {}

  @Mutation(() => AvatarUploadTicket, {
    description:
      'Get a signed URL to PUT your profile picture to (raw bytes, JPEG/PNG/WebP/AVIF). It replaces your avatar once the upload is processed.',
  })
  requestAvatarUpload(@Ctx() ctx: AccountsContext): Promise<AvatarUploadTicket> {
    return this.avatars.requestUpload(ctx.em, requireViewer(ctx.viewer).id);
  }

  @Mutation(() => AvatarDeleted, {
    description: 'Remove your profile picture (and any upload not finished) and its files.',
  })
  deleteAvatar(@Ctx() ctx: AccountsContext): Promise<AvatarDeleted> {
    return this.avatars.delete(ctx.em, requireViewer(ctx.viewer).id, ctx.logger);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Address of the profile picture at 256×256 pixels (smaller if the upload was); null without one.',
  })
  async avatar(@Root() profile: UserProfile, @Ctx() ctx: AccountsContext): Promise<string | null> {
    const sizes = (await ctx.loaders.avatarByUserId.load(profile.userId))?.sizes ?? [];
    const chosen = sizes.find((size) => size.name === DEFAULT_SIZE) ?? sizes.at(-1);
    return chosen ? this.media.fileUrl(chosen.key) : null;
  }

  @FieldResolver(() => [AvatarSize], {
    description: 'Every size of the profile picture, square WebP, smallest first; empty without one.',
  })
  async avatarSizes(@Root() profile: UserProfile, @Ctx() ctx: AccountsContext): Promise<AvatarSize[]> {
    const sizes = (await ctx.loaders.avatarByUserId.load(profile.userId))?.sizes ?? [];
    return sizes.map((size) => new AvatarSize(size.width, this.media.fileUrl(size.key)));
  }
}
