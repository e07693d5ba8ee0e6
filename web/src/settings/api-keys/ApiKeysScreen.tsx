import { useState } from 'react';
import { Button, Card, PageHeader } from '../../ui';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeySecret } from './ApiKeySecret';
import { CreateApiKeyForm, type CreatedApiKey } from './CreateApiKeyForm';

/**
 * Settings → API keys: the keys partners' software reads the partner graph with (`/public/graphql`),
 * a form for a new one (its secret shown once), and revoking one. Needs `identity.apikey:manage`.
 */
export default function ApiKeysScreen() {
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <>
      <PageHeader title="API keys">
        {!creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            New API key
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title="New API key" className="mb-4">
          <CreateApiKeyForm
            onCreated={(key) => {
              setCreated(key);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      {created && <ApiKeySecret {...created} onDone={() => setCreated(null)} />}
      <ApiKeyList />
    </>
  );
}
