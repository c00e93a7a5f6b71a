import { type StripeEndpoint } from './stripe-api';
import { render, type StripeContext } from './stripe-context';

/** GET endpoints for objects that are created as side effects: charges, disputes, events. */
export function retrievalEndpoints(context: StripeContext): StripeEndpoint[] {
  return [
    {
      method: 'GET',
      pattern: '/v1/charges/:id',
      handle: ({ params, pathParams }) => {
        params.allowOnly(['expand']);
        return { body: render(context, context.store.charge(pathParams.id), params) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/disputes/:id',
      handle: ({ params, pathParams }) => {
        params.allowOnly(['expand']);
        return { body: render(context, context.store.dispute(pathParams.id), params) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/events/:id',
      handle: ({ params, pathParams }) => {
        params.allowOnly([]);
        return { body: context.store.event(pathParams.id) };
      },
    },
  ];
}
