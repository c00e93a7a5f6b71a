import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One re-encoded size of a photo (WebP, metadata removed).' })
export class PhotoSize {
  @Field(() => Int, { description: 'Width in pixels: at most 320, 960 or 1920 by size, never more than the upload.' })
  width: number;

  @Field(() => Int, { description: 'Height in pixels, in the original proportions.' })
  height: number;

  @Field({ description: 'Served with a long-lived immutable cache header: the file behind it never changes.' })
  url: string;

  constructor(width: number, height: number, url: string) {
    this.width = width;
    this.height = height;
    this.url = url;
  }
}
