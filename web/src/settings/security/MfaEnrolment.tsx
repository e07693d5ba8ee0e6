import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { NO_SECOND_FACTOR, SecondFactorField, secondFactorProblems } from '../../auth/second-factor';
import { Button, FormActions, Loading, Problems } from '../../ui';
import { OtpauthQrCode } from './OtpauthQrCode';
import { copyText } from '../../clipboard';

const StartMfaEnrolmentMutation = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      otpauthUri
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ConfirmMfaEnrolmentMutation = graphql(`
  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {
    confirmMfaEnrolment(input: $input) {
      recoveryCodes
      mfa {
        ...MfaStatusFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A base32 secret in groups of four, as authenticator apps show and accept it. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Turning on two-factor sign-in: a new secret, shown as a QR code and as a setup key to type, then
 * the app's first code confirms it (and gives the recovery codes, `onEnabled`). Nothing changes at
 * sign-in until then; `onCancel` leaves it off.
 */
export function MfaEnrolment({
  onEnabled,
  onCancel,
}: {
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const [started, start] = useMutation(StartMfaEnrolmentMutation);
  const [confirmed, confirm] = useMutation(ConfirmMfaEnrolmentMutation);
  const [factor, setFactor] = useState(NO_SECOND_FACTOR);
  const [copied, setCopied] = useState<boolean | null>(null);
  const setupKeyLabel = useId();

  // Once per panel: each start replaces the pending secret (a second one would void the QR code shown).
  const startedOnce = useRef(false);
  useEffect(() => {
    if (startedOnce.current) return;
    startedOnce.current = true;
    void start({});
  }, [start]);

  const enrolment = started.data?.startMfaEnrolment;
  const problems = secondFactorProblems(factor, confirmed, confirmed.data?.confirmMfaEnrolment.userErrors);

  if (started.fetching || (!enrolment && !started.error)) return <Loading what="a new secret" />;
  if (!enrolment?.secret || !enrolment.otpauthUri) {
    return (
      <div className="flex flex-col gap-3">
        <Problems error={started.error} userErrors={enrolment?.userErrors} />
        <div>
          <Button variant="secondary" onClick={onCancel}>
            Back
          </Button>
        </div>
      </div>
    );
  }
  const secret = enrolment.secret;

  const submit = async () => {
    const answer = (await confirm({ input: { code: factor.code } })).data?.confirmMfaEnrolment;
    if (answer?.recoveryCodes) onEnabled(answer.recoveryCodes);
  };

  return (
    <div className="flex flex-col gap-4">
      <ol className="flex list-decimal flex-col gap-4 pl-5 text-sm">
        <li>
          <p>
            Scan this QR code with an authenticator app on your phone (for example Google Authenticator,
            Microsoft Authenticator or 1Password).
          </p>
          <div className="mt-2">
            <OtpauthQrCode uri={enrolment.otpauthUri} />
          </div>
        </li>
        <li className="flex flex-col gap-1">
          <p id={setupKeyLabel}>Can’t scan it? Enter this setup key in the app (time-based):</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              aria-labelledby={setupKeyLabel}
              className="min-w-0 basis-full rounded border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm break-words select-all sm:basis-auto"
            >
              {grouped(secret)}
            </code>
            <Button variant="secondary" onClick={() => void copyText(secret).then(setCopied)}>
              Copy key
            </Button>
          </div>
          <p role="status" className="min-h-5 text-slate-600">
            {copied === true && 'Setup key copied.'}
            {copied === false && 'Copying is not allowed here: select the key and copy it yourself.'}
          </p>
        </li>
        <li>
          <form
            aria-label="Confirm two-factor sign-in"
            className="flex flex-col gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <p>Enter the 6-digit code the app now shows for NEXORA.</p>
            <SecondFactorField
              factor={factor}
              onChange={setFactor}
              error={problems.inputError}
              codeLabel="Code from the app"
              codeOnly
            />
            <Problems error={problems.error} userErrors={problems.rest} />
            <FormActions
              submit="Turn on"
              busy={confirmed.fetching}
              busyLabel="Turning on…"
              onCancel={onCancel}
            />
          </form>
        </li>
      </ol>
    </div>
  );
}
