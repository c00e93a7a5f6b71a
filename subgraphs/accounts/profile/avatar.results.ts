import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity';

@ObjectType({
  description: "Where and until when to PUT your avatar's bytes (the raw file as the body, no form encoding).",
})
export class AvatarUploadTicket {
  @Field(() => ID, { description: 'The avatar it becomes; it shows on your profile once the upload is processed.' })
  avatarId: string;

  @Field({ description: 'Signed, single-use URL for one PUT of a JPEG, PNG, WebP or AVIF/HEIF image.' })
  uploadUrl: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When `uploadUrl` stops working (10 minutes after issue by default); a newer ticket also ends it.',
  })
  expiresAt: Date;

  @Field(() => Int, { description: 'Largest accepted body, in bytes.' })
  maxBytes: number;

  @Field(() => Int, { description: 'Largest accepted image, in pixels (width × height).' })
  maxPixels: number;

  constructor(ticket: { avatarId: string; uploadUrl: string; expiresAt: Date; maxBytes: number; maxPixels: number }) {
    this.avatarId = ticket.avatarId;
    this.uploadUrl = ticket.uploadUrl;
    this.expiresAt = ticket.expiresAt;
    this.maxBytes = ticket.maxBytes;
    this.maxPixels = ticket.maxPixels;
  }
}

@ObjectType({ description: 'You have no avatar now (also when you had none); its files are removed.' })
export class AvatarDeleted {
  @Field(() => User, { description: 'You, with `profile.avatar` null.' })
  user: User;

  constructor(user: User) {
    this.user = user;
  }
}
