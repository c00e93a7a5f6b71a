import type { EntityManager } from '@mikro-orm/postgresql';
import { readCalendar } from '../calendar/calendar-lock';
import { ListingTerms } from '../projections/listing-terms.entity';
import { isUuid } from '../projections/listing-terms.loader';
import type { StayAssessment } from '../stay/stay-assessment';
import type { StayRequest } from '../stay/stay-rules';
import { ListingNotBookableError } from '../stay/stay.errors';
import { Quote, type QuoteResult } from './quote.types';

export class QuoteService {
  constructor(private readonly stays: StayAssessment) {}

  async quote(em: EntityManager, listingId: string, stay: StayRequest): Promise<QuoteResult> {
    if (!isUuid(listingId)) return new ListingNotBookableError();
    const terms = await em.findOne(ListingTerms, { listingId });
    const assessed = await this.stays.assess(em, terms, await readCalendar(em, listingId), stay, {
      checkNights: true,
      root: [],
    });
    return assessed.ok ? new Quote(listingId, stay, assessed.price) : assessed.error;
  }
}
