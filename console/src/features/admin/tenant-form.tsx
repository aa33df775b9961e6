import { useId, useState } from 'react';
import { Field, FormStatus, useCreateForm, type Submit } from '../settings/form-status';
import { EMPTY_TENANT, newTenantProblems, slugFromName, type NewTenantDraft } from './admin.logic';

interface TenantFormProps {
  onCreate: Submit<NewTenantDraft>;
}

/**
 * Creates a tenant. The slug follows the name until it is edited by hand: it is permanent (it
 * names the tenant in the CLI), so the admin sees it before saving.
 */
export function TenantForm({ onCreate }: TenantFormProps) {
  const id = useId();
  const [slugTouched, setSlugTouched] = useState(false);
  const { draft, edit, problems, status, saving, onSubmit } = useCreateForm({
    empty: EMPTY_TENANT,
    problemsOf: newTenantProblems,
    toValue: (d: NewTenantDraft) => ({ slug: d.slug.trim(), name: d.name.trim() }),
    submit: async (value: NewTenantDraft) => {
      const failure = await onCreate(value);
      if (failure === null) setSlugTouched(false);
      return failure;
    },
    successMessage: (d) => `Tenant ${d.name.trim()} created. Open it below to add its first admin.`,
  });

  return (
    <form className="card form" aria-labelledby={`${id}-title`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-title`}>New tenant</h2>
      <p className="muted">
        A tenant is one customer: its own keys, users, rules, lists and data. Add its first tenant
        admin on the tenant&apos;s page.
      </p>
      <div className="grid grid--2">
        <Field label="Name" error={problems.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={draft.name}
              onChange={(event) => {
                const name = event.target.value;
                edit(slugTouched ? { name } : { name, slug: slugFromName(name) });
              }}
            />
          )}
        </Field>
        <Field
          label="Slug"
          hint="Permanent: lower-case letters, digits and hyphens."
          error={problems.slug}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={draft.slug}
              onChange={(event) => {
                setSlugTouched(true);
                edit({ slug: event.target.value });
              }}
            />
          )}
        </Field>
      </div>
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Creating…' : 'Create tenant'}
        </button>
      </div>
    </form>
  );
}
