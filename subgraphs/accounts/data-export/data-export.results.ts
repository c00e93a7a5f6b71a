import { createUnionType, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { TooManyAttemptsError } from '../auth/auth.errors';

@ObjectType({
  description:
    'The export is under way: every domain adds its part, then a link to the archive is emailed to you (valid 24 hours).',
})
export class DataExportRequested {
  @Field(() => ID, { description: "The export's id; the emailed link names it." })
  exportId: string;

  @Field(() => GraphQLISODateTime, { description: 'When you asked.' })
  requestedAt: Date;

  constructor(exportId: string, requestedAt: Date) {
    this.exportId = exportId;
    this.requestedAt = requestedAt;
  }
}

export const ExportMyDataResult = createUnionType({
  name: 'ExportMyDataResult',
  description: 'The result of `exportMyData`: the export started, or too many exports lately.',
  types: () => [DataExportRequested, TooManyAttemptsError] as const,
});
export type ExportMyDataResult = DataExportRequested | TooManyAttemptsError;
