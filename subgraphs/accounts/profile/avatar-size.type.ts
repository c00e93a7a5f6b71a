import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One re-encoded, square size of an avatar (WebP, metadata removed).' })
export class AvatarSize {
  @Field(() => Int, { description: 'Width and height in pixels: at most 64, 256 or 512, never more than the upload.' })
  width: number;

  @Field({ description: 'Served with a long-lived immutable cache header: the file behind it never changes.' })
  url: string;

  constructor(width: number, url: string) {
    this.width = width;
    this.url = url;
  }
}
