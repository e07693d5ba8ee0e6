import { Suspense, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { mailedLinkOf, SignedInLink } from '../auth/SignedInLink';
import { TenantSwitcher } from '../auth/TenantSwitcher';
import type { Session } from '../session';
import { Empty, Loading } from '../ui';
import { visibleScreens } from './screens';

/**
 * The signed-in app: navigation (a sidebar on wide screens, a menu button on a phone), the tenant
 * switcher and the current screen. Only screens the role may use are linked or routed.
 */
export function Shell({
  session,
  onSwitched,
  onSignOut,
}: {
  session: Session;
  onSwitched: (next: Session) => void;
  onSignOut: () => void;
}) {
  const screens = visibleScreens(session.permissions);
  const [location, navigate] = useLocation();
  // A mailed link opened here (`#/verify-email?token=…`) is handled in the app, not an unknown page.
  const link = mailedLinkOf(location);
  const [menuOpen, setMenuOpen] = useState(false);
  const sections = [...new Set(screens.filter((screen) => screen.label).map((screen) => screen.section))];
  const home = screens.find((screen) => screen.label)?.path;
  // A record's screen (/companies/:id) keeps its list's link marked.
  const isCurrent = (path: string) => location === path || location.startsWith(`${path}/`);

  return (
    <div className="min-h-screen md:flex">
      <div className="flex items-center justify-between bg-slate-900 px-4 py-3 text-white md:hidden">
        <span className="font-semibold">NEXORA</span>
        <button
          type="button"
          aria-expanded={menuOpen}
          aria-controls="navigation"
          className="rounded px-2 py-1 ring-1 ring-slate-600"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
      </div>
      <nav
        id="navigation"
        aria-label="Main"
        className={`${menuOpen ? 'flex' : 'hidden'} flex-col gap-4 bg-slate-900 p-4 text-slate-100 md:flex md:min-h-screen md:w-56 md:shrink-0`}
      >
        <span className="hidden text-lg font-semibold md:block">NEXORA</span>
        <TenantSwitcher session={session} onSwitched={onSwitched} />
        {sections.map((section) => (
          <div key={section}>
            <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">{section}</h2>
            <ul className="flex flex-col gap-0.5">
              {screens
                .filter((screen) => screen.section === section && screen.label)
                .map((screen) => (
                  <li key={screen.path}>
                    <Link
                      href={screen.path}
                      onClick={() => setMenuOpen(false)}
                      aria-current={isCurrent(screen.path) ? 'page' : undefined}
                      className={`block rounded px-2 py-1 text-sm ${isCurrent(screen.path) ? 'bg-slate-700 text-white' : 'hover:bg-slate-800'}`}
                    >
                      {screen.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        <div>
          <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">Developers</h2>
          {/* A page of its own (GraphiQL is large): the app never loads it. Same tab, same session. */}
          <a href="/explorer" className="block rounded px-2 py-1 text-sm hover:bg-slate-800">
            GraphQL explorer
          </a>
        </div>
        <div className="mt-auto border-t border-slate-700 pt-3 text-sm">
          <p className="truncate text-slate-300" title={session.email}>
            {session.email}
          </p>
          <button type="button" className="mt-1 underline" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </nav>
      <main className="min-w-0 flex-1 p-4 md:p-6">
        {link ? (
          <SignedInLink
            key={link.token}
            link={link}
            session={session}
            onSwitched={onSwitched}
            onSignOut={onSignOut}
            onLeave={() => navigate('/', { replace: true })}
          />
        ) : (
          <Suspense fallback={<Loading what="the screen" />}>
            <Switch>
              {screens.map((screen) => (
                <Route key={screen.path} path={screen.path} component={screen.component} />
              ))}
              <Route path="/">
                {home ? <Redirect to={home} /> : <Empty>Your role gives you no screens here.</Empty>}
              </Route>
              <Route>
                <Empty>This page does not exist, or your role cannot see it.</Empty>
              </Route>
            </Switch>
          </Suspense>
        )}
      </main>
    </div>
  );
}
