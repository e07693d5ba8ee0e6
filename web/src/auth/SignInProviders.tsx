import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { Button, Problems } from '../ui';
import { signInRedirectUri } from './sign-in-callback';

const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
    }
  }
`);

const StartOidcLoginMutation = graphql(`
  mutation StartOidcLogin($input: StartOidcLoginInput!) {
    startOidcLogin(input: $input) {
      authorizationUrl
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * "Sign in with <provider>", one button per provider identity is configured with (OIDC_PROVIDERS).
 * Nothing shows until the list is in, and nothing when it is empty or cannot be read: the password
 * form above works either way. A click starts the sign-in and sends the browser to the provider,
 * which returns to the callback page (SignInCallback); a refusal to start shows here.
 */
export function SignInProviders() {
  const [{ data }] = useQuery({ query: SignInProvidersQuery });
  const [result, start] = useMutation(StartOidcLoginMutation);
  // The provider the browser is being sent to: its button says so, and none starts a second sign-in.
  const [leavingFor, setLeavingFor] = useState<string | null>(null);
  useEffect(() => {
    // Back from the provider, the browser may show this page as it was left: buttons usable again.
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) setLeavingFor(null);
    };
    addEventListener('pageshow', restored);
    return () => removeEventListener('pageshow', restored);
  }, []);
  const providers = data?.signInProviders ?? [];
  if (providers.length === 0) return null;

  const signInWith = async (provider: { id: string; name: string }) => {
    const answer = await start({ input: { provider: provider.id, redirectUri: signInRedirectUri() } });
    const url = answer.data?.startOidcLogin.authorizationUrl;
    if (!url) return;
    setLeavingFor(provider.id);
    location.assign(url);
  };

  return (
    <section
      aria-label="Other ways to sign in"
      className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-4"
    >
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          disabled={result.fetching || leavingFor !== null}
          onClick={() => void signInWith(provider)}
        >
          {leavingFor === provider.id ? `Going to ${provider.name}…` : `Sign in with ${provider.name}`}
        </Button>
      ))}
      <Problems error={result.error} userErrors={result.data?.startOidcLogin.userErrors} />
    </section>
  );
}
