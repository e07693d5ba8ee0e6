import { type ComponentType, lazy } from 'react';

/**
 * The screens of the app, one line each: its path (wouter, after the `#`), its label in the
 * navigation (none: reached from another screen), the permission it needs and its component, loaded
 * when first shown (the first visit loads only the shell). A screen the caller's role cannot use is
 * not shown; a module without a screen here has none yet.
 */
export interface Screen {
  path: string;
  label?: string;
  section: 'Overview' | 'CRM' | 'ERP' | 'Settings' | 'Developers';
  permission: string;
  component: ComponentType;
}

export const SCREENS: Screen[] = [
  {
    path: '/companies',
    label: 'Companies',
    section: 'CRM',
    permission: 'crm.company:read',
    component: lazy(() => import('../crm/CompaniesScreen')),
  },
];

export function visibleScreens(permissions: readonly string[]): Screen[] {
  return SCREENS.filter((screen) => permissions.includes(screen.permission));
}
