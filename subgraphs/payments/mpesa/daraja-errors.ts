/** Daraja refused a request synchronously: `{ requestId, errorCode, errorMessage }` with an HTTP status. */
export class DarajaRefusal extends Error {
  constructor(
    readonly httpStatus: number,
    readonly errorCode: string,
    readonly errorMessage: string,
  ) {
    super(`Daraja refused the request: ${errorCode} ${errorMessage}`);
    this.name = 'DarajaRefusal';
  }

  /** Each API family words a rejected token its own way (404.001.03, 401.002.01, 400.003.01). */
  get isInvalidToken(): boolean {
    return /Invalid Access Token/i.test(this.errorMessage);
  }

  /** An STK push whose customer has not answered yet: asked again later, it has a result. */
  get isStillProcessing(): boolean {
    return /being processed/i.test(this.errorMessage);
  }

  /** The phone is already showing a prompt. */
  get isSubscriberLocked(): boolean {
    return /Unable to lock subscriber/i.test(this.errorMessage);
  }
}

/** Daraja could not be reached, timed out or answered with something that is not Daraja's. */
export class DarajaUnavailable extends Error {
  constructor(reason: string) {
    super(`Daraja unavailable: ${reason}`);
    this.name = 'DarajaUnavailable';
  }
}
