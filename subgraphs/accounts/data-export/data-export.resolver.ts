import { Ctx, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../../platform/graphql/authorize';
import { originOf } from '../audit/audit-log';
import type { AccountsContext } from '../loaders';
import { ExportMyDataResult } from './data-export.results';
import { DataExportService } from './data-export.service';

@Resolver()
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Mutation(() => ExportMyDataResult, {
    description:
      'Ask for a copy of everything StayGraph holds about you (JSON): a download link is emailed when it is ready. A few a day at most.',
  })
  exportMyData(@Ctx() ctx: AccountsContext): Promise<ExportMyDataResult> {
    return this.exports.request(ctx.em, requireViewer(ctx.viewer).id, originOf(ctx));
  }
}
