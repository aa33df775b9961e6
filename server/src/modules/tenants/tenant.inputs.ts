import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class CreateTenantInput {
  @Field(() => String, {
    description:
      'URL-safe and permanent: 2 to 63 lower-case letters, digits and hyphens, not starting with a hyphen',
  })
  slug!: string;

  @Field(() => String, { description: 'Display name, at most 255 characters' })
  name!: string;
}

@InputType()
export class UpdateTenantInput {
  @Field(() => String, { nullable: true, description: 'A new display name; absent keeps it' })
  name?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true refuses the tenant\'s API keys and console users (UNAUTHENTICATED, "Tenant is disabled"); false lets them in again; absent keeps it',
  })
  disabled?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Months of scored events to keep, 1 to 120 (the hourly retention job deletes older ones); null keeps everything; absent keeps the current value',
  })
  retentionMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days between scheduled retrainings of the tenant’s model, 1 to 365 (a READY version to review, not activated); null: on demand only; absent keeps the current value',
  })
  modelRetrainDays?: number | null;
}

@InputType()
export class UpdateRateLimitsInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'Scored events per minute per mode, 1 to 10,000,000; null returns to the server default; absent keeps the current value',
  })
  scoringPerMinute?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Other authenticated requests per minute per mode, 1 to 10,000,000; null returns to the server default; absent keeps the current value',
  })
  otherPerMinute?: number | null;
}
