import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Problems } from '../../ui';

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        ...ApiKeyFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * Revoking a key, after a confirmation (software using it is refused from its next request, and
 * there is no undoing it). The row shows the key revoked when the server answers.
 */
export function RevokeApiKey({ id, name }: { id: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [revoking, revokeApiKey] = useMutation(RevokeApiKeyMutation);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const revoke = async () => {
    const result = await revokeApiKey({ input: { id } });
    if (result.data?.revokeApiKey.apiKey) setConfirming(false);
  };

  if (!confirming) {
    return (
      <Button variant="secondary" aria-label={`Revoke ${name}`} onClick={() => setConfirming(true)}>
        Revoke
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Revoke ${name}?`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setConfirming(false);
      }}
      className="flex flex-col gap-2 rounded border border-red-200 bg-red-50 p-3 text-sm"
    >
      <p className="text-red-900">
        Revoke “{name}”? Software using it is refused from its next request. This cannot be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          ref={confirmButton}
          variant="danger"
          disabled={revoking.fetching}
          onClick={() => void revoke()}
        >
          {revoking.fetching ? 'Revoking…' : 'Yes, revoke it'}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      <Problems error={revoking.error} userErrors={revoking.data?.revokeApiKey.userErrors} />
    </div>
  );
}
