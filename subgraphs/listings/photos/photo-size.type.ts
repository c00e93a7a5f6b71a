import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One re-encoded size of a photo (WebP, metadata removed).' })
export class PhotoSize {
  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;

  @Field({ description: 'Served with a long-lived immutable cache header: the file behind it never changes.' })
  url: string;

  constructor(width: number, height: number, url: string) {
    this.width = width;
    this.height = height;
    this.url = url;
  }
}
