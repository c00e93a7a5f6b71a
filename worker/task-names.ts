/** graphile-worker task that runs one event handler. */
export function handlerTask(handlerName: string): string {
  return `event:${handlerName}`;
}
