/** Why an upload is refused, as the HTTP status and the `extensions.code` clients branch on. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }

  static invalidSignature(): UploadRefusal {
    return new UploadRefusal(403, 'INVALID_UPLOAD_SIGNATURE', 'This upload URL is not valid. Request a new one.');
  }

  static expired(): UploadRefusal {
    return new UploadRefusal(403, 'UPLOAD_EXPIRED', 'This upload URL has expired. Request a new one.');
  }

  static gone(): UploadRefusal {
    return new UploadRefusal(
      404,
      'UPLOAD_NOT_FOUND',
      'This upload no longer exists (deleted or expired). Request a new one.',
    );
  }

  static used(): UploadRefusal {
    return new UploadRefusal(
      409,
      'UPLOAD_ALREADY_USED',
      'This upload URL has been used. Request a new one for another photo.',
    );
  }

  static tooLarge(maxBytes: number): UploadRefusal {
    return new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${maxBytes} bytes.`);
  }

  static unsupported(): UploadRefusal {
    return new UploadRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'The file is not a JPEG, PNG, WebP or AVIF/HEIF image that can be read.',
    );
  }

  static imageTooLarge(maxPixels: number): UploadRefusal {
    return new UploadRefusal(422, 'IMAGE_TOO_LARGE', `The image has more than ${maxPixels} pixels.`);
  }

  toJSON(): { errors: { message: string; extensions: { code: string } }[] } {
    return { errors: [{ message: this.message, extensions: { code: this.code } }] };
  }
}
