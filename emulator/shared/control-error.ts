/** A refusal from a `/_emulator/...` control endpoint, answered as `{ error: message }`. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
