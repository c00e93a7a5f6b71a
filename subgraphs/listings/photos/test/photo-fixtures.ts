import type { TestStack } from '../../../../test/support/test-stack';
import { putBytes, viaGateway } from '../../../../test/support/media/uploads';
import { RequestListingPhotoUploadDocument } from '../../../../test/support/generated/graphql';
import { ofType } from '../../../../test/support/graphql-client';

export async function requestUpload(
  stack: TestStack,
  token: string,
  listingId: string,
  altText = 'The living room at dusk',
) {
  const { requestListingPhotoUpload } = await stack.client.data(RequestListingPhotoUploadDocument, {
    token,
    variables: { listingId, altText },
  });
  return requestListingPhotoUpload;
}

/** An upload URL that must be handed out; fails the test otherwise. */
export async function uploadTicket(stack: TestStack, token: string, listingId: string, altText?: string) {
  return ofType(await requestUpload(stack, token, listingId, altText), 'PhotoUploadTicket');
}

/** Requests a URL and uploads `image` through the gateway; fails the test unless it is accepted. */
export async function uploadPhoto(
  stack: TestStack,
  token: string,
  listingId: string,
  image: Buffer,
  altText?: string,
): Promise<string> {
  const ticket = await uploadTicket(stack, token, listingId, altText);
  const response = await putBytes(viaGateway(stack, ticket.uploadUrl), image);
  if (response.status !== 201) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  return ticket.photoId;
}
