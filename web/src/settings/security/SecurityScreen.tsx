import { useState } from 'react';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../../__generated__';
import { Button, Card, formatDate, Loading, Notice, PageHeader, Problems } from '../../ui';
import { DisableMfaForm } from './DisableMfaForm';
import { MfaEnrolment } from './MfaEnrolment';
import { MfaStatusFields, RECOVERY_CODE_COUNT } from './mfa-status';
import { RecoveryCodes } from './RecoveryCodes';
import { RegenerateRecoveryCodesForm } from './RegenerateRecoveryCodesForm';

const SecurityQuery = graphql(`
  query Security {
    me {
      mfa {
        ...MfaStatusFields
      }
    }
  }
`);

type Panel = 'enrol' | 'disable' | 'regenerate' | null;

/**
 * Settings → Security, for every signed-in account: two-factor sign-in, its state, turning it on
 * (QR code, setup key, first code, recovery codes shown once), new recovery codes and turning it
 * off (both proven with a code).
 */
export default function SecurityScreen() {
  // Fresh on every visit: a sign-in with a recovery code, or another tab, may have changed it.
  const [{ data, fetching, error }] = useQuery({ query: SecurityQuery, requestPolicy: 'cache-and-network' });
  const [panel, setPanel] = useState<Panel>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mfa = getFragmentData(MfaStatusFields, data?.me?.mfa);

  const open = (next: Panel) => {
    setNotice(null);
    setPanel(next);
  };
  const showCodes = (codes: string[], message: string) => {
    setPanel(null);
    setRecoveryCodes(codes);
    setNotice(message);
  };

  let body;
  if (!mfa) {
    body = fetching ? <Loading what="your security settings" /> : <Problems error={error} />;
  } else if (recoveryCodes) {
    body = (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={() => {
          setRecoveryCodes(null);
          setNotice(null);
        }}
      />
    );
  } else if (panel === 'enrol' && !mfa.enabled) {
    body = (
      <MfaEnrolment
        onEnabled={(codes) => showCodes(codes, 'Two-factor sign-in is on.')}
        onCancel={() => open(null)}
      />
    );
  } else if (!mfa.enabled) {
    body = (
      <div className="flex flex-col items-start gap-3 text-sm">
        <p>
          <span className="font-medium">Two-factor sign-in is off.</span> Your password alone signs you in.
        </p>
        <p className="text-slate-700">
          Turn it on and, after your password, NEXORA asks for a 6-digit code from an authenticator app on
          your phone: someone who learns your password still cannot sign in as you.
        </p>
        {mfa.enrolmentPending && (
          <p className="text-slate-700">You started setting it up but did not finish: start again.</p>
        )}
        <Button onClick={() => open('enrol')}>Turn on two-factor sign-in</Button>
      </div>
    );
  } else {
    const remaining = mfa.recoveryCodesRemaining;
    body = (
      <div className="flex flex-col gap-3 text-sm">
        <p>
          <span className="font-medium">Two-factor sign-in is on</span>
          {mfa.enabledAt ? ` since ${formatDate(mfa.enabledAt)}` : ''}. Sign-in asks for a code from your
          authenticator app after your password.
        </p>
        <p className={remaining <= 3 ? 'font-medium text-amber-800' : 'text-slate-700'}>
          {remaining} of {RECOVERY_CODE_COUNT} recovery codes left.
          {remaining <= 3 && ' Create new ones before you run out.'}
        </p>
        {panel === 'regenerate' ? (
          <RegenerateRecoveryCodesForm
            onCreated={(codes) =>
              showCodes(codes, 'New recovery codes created; the old ones no longer work.')
            }
            onCancel={() => open(null)}
          />
        ) : panel === 'disable' ? (
          <DisableMfaForm
            onDisabled={() => {
              setPanel(null);
              setNotice('Two-factor sign-in is off.');
            }}
            onCancel={() => open(null)}
          />
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => open('regenerate')}>
              New recovery codes
            </Button>
            <Button variant="danger" onClick={() => open('disable')}>
              Turn off two-factor sign-in
            </Button>
          </div>
        )}
      </div>
    );
  }

  return (
    <>
      <PageHeader title="Security" />
      {notice && <Notice>{notice}</Notice>}
      <Card title="Two-factor sign-in" className="max-w-2xl">
        {body}
      </Card>
    </>
  );
}
