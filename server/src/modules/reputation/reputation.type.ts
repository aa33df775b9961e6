import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { REPUTATION_KINDS, type ReputationKind } from './reputation.entity.js';
import type { ImportReport, ReputationListSummary } from './reputation.service.js';

export const ReputationKindEnum = enumObject(REPUTATION_KINDS);
registerEnumType(ReputationKindEnum, {
  name: 'ReputationKind',
  description:
    'Platform reputation lists: disposable-mail domains, TOR exit addresses, hosting networks (CIDR)',
});

@ObjectType('ReputationList', { description: 'One platform reputation list' })
export class ReputationListType {
  @Field(() => ReputationKindEnum)
  kind!: ReputationKind;

  @Field(() => Int, { description: 'Entries loaded by platform admins' })
  count!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When an entry was last added; null for an empty list',
  })
  lastAddedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'DISPOSABLE_DOMAIN only: domains shipped with the server (disposable-email-domains), checked besides the loaded ones',
  })
  builtInCount!: number | null;

  static from(summary: ReputationListSummary, builtInCount: number | null): ReputationListType {
    return Object.assign(new ReputationListType(), { ...summary, builtInCount });
  }
}

@ObjectType('ReputationRejectedLine', {
  description: 'A line of an imported file that was not taken',
})
export class ReputationRejectedLineType {
  @Field(() => Int, { description: '1-based line number in the content' })
  line!: number;

  @Field(() => String, { description: 'Why it was refused' })
  message!: string;

  @Field(() => String, {
    description: 'The line as read (comment removed, at most 100 characters)',
  })
  text!: string;
}

@ObjectType('ReputationImportResult')
export class ReputationImportResultType {
  @Field(() => ReputationKindEnum)
  kind!: ReputationKind;

  @Field(() => Int, {
    description: 'Distinct valid entries in the content (new or already listed)',
  })
  imported!: number;

  @Field(() => Int, { description: 'Of those, entries the list did not hold yet' })
  added!: number;

  @Field(() => Int, { description: 'Entries removed because the content replaced the list' })
  removed!: number;

  @Field(() => [ReputationRejectedLineType], {
    description: 'Lines that are not a valid value of the kind (the first 100)',
  })
  rejected!: ReputationRejectedLineType[];

  @Field(() => Int, { description: 'How many lines were refused in all' })
  rejectedCount!: number;

  static from(report: ImportReport, expected: string): ReputationImportResultType {
    return Object.assign(new ReputationImportResultType(), {
      kind: report.kind,
      imported: report.valid,
      added: report.added,
      removed: report.removed,
      rejected: report.invalid.map((l) =>
        Object.assign(new ReputationRejectedLineType(), {
          line: l.line,
          text: l.text,
          message: `"${l.text}" is not ${expected}`,
        }),
      ),
      rejectedCount: report.invalidCount,
    });
  }
}
