import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../settings/confirm-dialog';
import { failureOf } from '../settings/form-status';

const TenantStatusDialog_UpdateTenantMutation = graphql(`
  mutation TenantStatusDialog_UpdateTenantMutation($id: UUID!, $disabled: Boolean!) {
    updateTenant(id: $id, input: { disabled: $disabled }) {
      id
      disabled
      disabledAt
    }
  }
`);

export interface TenantRef {
  id: string;
  name: string;
  slug: string;
  disabled: boolean;
}

interface TenantStatusDialogProps {
  tenant: TenantRef;
  onClose: () => void;
}

/** Confirms disabling (or enabling) a tenant, saying what it does to its traffic. */
export function TenantStatusDialog({ tenant, onClose }: TenantStatusDialogProps) {
  const [, update] = useMutation(TenantStatusDialog_UpdateTenantMutation);
  const disabling = !tenant.disabled;
  return (
    <ConfirmDialog
      title={`${disabling ? 'Disable' : 'Enable'} ${tenant.name}?`}
      confirmLabel={disabling ? 'Disable tenant' : 'Enable tenant'}
      onCancel={onClose}
      onConfirm={async () => {
        const failure = await failureOf(update({ id: tenant.id, disabled: disabling }));
        if (failure === null) onClose();
        return failure;
      }}
    >
      {disabling ? (
        <p>
          Every API key of <code>{tenant.slug}</code> is refused from the next request on, scoring
          included, and its users are signed out and cannot sign in. Nothing is deleted: enabling it
          lets the same keys and users in again.
        </p>
      ) : (
        <p>
          The API keys and users of <code>{tenant.slug}</code> work again from the next request on.
        </p>
      )}
    </ConfirmDialog>
  );
}
