import { type ComponentType, lazy } from 'react';

/**
 * The screens of the app, one line each: its path (wouter, after the `#`), its label in the
 * navigation (none: reached from another screen), the permission it needs and its component, loaded
 * when first shown (the first visit loads only the shell). A screen the caller's role cannot use is
 * not shown; a module without a screen here has none yet. A screen with `permission: null` is the
 * signed-in account's own (its security): every role has it, custom roles without any permission too.
 */
export interface Screen {
  path: string;
  label?: string;
  section: 'Overview' | 'CRM' | 'ERP' | 'Inventory' | 'Purchasing' | 'HR' | 'Settings' | 'Developers';
  permission: string | null;
  component: ComponentType;
}

export const SCREENS: Screen[] = [
  {
    path: '/dashboard',
    label: 'Dashboard',
    section: 'Overview',
    permission: 'analytics.metric:read',
    component: lazy(() => import('../dashboard/DashboardScreen')),
  },
  {
    path: '/companies',
    label: 'Companies',
    section: 'CRM',
    permission: 'crm.company:read',
    component: lazy(() => import('../crm/companies/CompaniesScreen')),
  },
  {
    path: '/companies/:id',
    section: 'CRM',
    permission: 'crm.company:read',
    component: lazy(() => import('../crm/companies/CompanyScreen')),
  },
  {
    path: '/people',
    label: 'People',
    section: 'CRM',
    permission: 'crm.person:read',
    component: lazy(() => import('../crm/people/PeopleScreen')),
  },
  {
    path: '/people/:id',
    section: 'CRM',
    permission: 'crm.person:read',
    component: lazy(() => import('../crm/people/PersonScreen')),
  },
  {
    path: '/leads',
    label: 'Leads',
    section: 'CRM',
    permission: 'crm.lead:read',
    component: lazy(() => import('../crm/leads/LeadsScreen')),
  },
  {
    path: '/tasks',
    label: 'My tasks',
    section: 'CRM',
    permission: 'crm.activity:read',
    component: lazy(() => import('../crm/tasks/MyTasksScreen')),
  },
  {
    path: '/duplicates',
    label: 'Duplicates',
    section: 'CRM',
    permission: 'crm.company:read',
    component: lazy(() => import('../crm/duplicates/DuplicatesScreen')),
  },
  {
    path: '/deals',
    label: 'Deals',
    section: 'CRM',
    permission: 'crm.deal:read',
    component: lazy(() => import('../crm/deals/DealsScreen')),
  },
  {
    path: '/import',
    label: 'Import',
    section: 'CRM',
    permission: 'crm.company:write',
    component: lazy(() => import('../crm/import/ImportScreen')),
  },
  {
    path: '/invoices',
    label: 'Invoices',
    section: 'ERP',
    permission: 'erp.invoice:read',
    component: lazy(() => import('../erp/InvoicesScreen')),
  },
  {
    path: '/invoices/:id',
    section: 'ERP',
    permission: 'erp.invoice:read',
    component: lazy(() => import('../erp/InvoiceScreen')),
  },
  {
    path: '/receivables',
    label: 'Receivables ageing',
    section: 'ERP',
    permission: 'erp.invoice:read',
    component: lazy(() => import('../erp/ReceivablesAgeingScreen')),
  },
  {
    path: '/products',
    label: 'Products',
    section: 'Inventory',
    permission: 'erp.product:read',
    component: lazy(() => import('../inventory/ProductsScreen')),
  },
  {
    path: '/products/:id',
    section: 'Inventory',
    permission: 'erp.product:read',
    component: lazy(() => import('../inventory/ProductScreen')),
  },
  {
    path: '/warehouses',
    label: 'Warehouses',
    section: 'Inventory',
    permission: 'erp.stock:read',
    component: lazy(() => import('../inventory/WarehousesScreen')),
  },
  {
    path: '/stock',
    label: 'Stock moves',
    section: 'Inventory',
    permission: 'erp.stock:read',
    component: lazy(() => import('../inventory/StockScreen')),
  },
  {
    path: '/reorder',
    label: 'To reorder',
    section: 'Inventory',
    permission: 'erp.stock:read',
    component: lazy(() => import('../inventory/ReorderScreen')),
  },
  {
    path: '/purchase-orders',
    label: 'Purchase orders',
    section: 'Purchasing',
    permission: 'erp.purchase:read',
    component: lazy(() => import('../purchasing/PurchaseOrdersScreen')),
  },
  {
    path: '/purchase-orders/:id',
    section: 'Purchasing',
    permission: 'erp.purchase:read',
    component: lazy(() => import('../purchasing/PurchaseOrderScreen')),
  },
  {
    path: '/employees',
    label: 'Employees',
    section: 'HR',
    permission: 'erp.employee:read',
    component: lazy(() => import('../hr/EmployeesScreen')),
  },
  {
    path: '/employees/:id',
    section: 'HR',
    permission: 'erp.employee:read',
    component: lazy(() => import('../hr/EmployeeScreen')),
  },
  {
    path: '/departments',
    label: 'Departments',
    section: 'HR',
    permission: 'erp.employee:read',
    component: lazy(() => import('../hr/DepartmentsScreen')),
  },
  {
    path: '/leave',
    label: 'My leave',
    section: 'HR',
    permission: 'erp.leave:read',
    component: lazy(() => import('../hr/MyLeaveScreen')),
  },
  {
    path: '/leave-approvals',
    label: 'Leave approvals',
    section: 'HR',
    permission: 'erp.leave:approve',
    component: lazy(() => import('../hr/LeaveApprovalsScreen')),
  },
  {
    path: '/leave-types',
    label: 'Leave types',
    section: 'HR',
    permission: 'erp.leave:read',
    component: lazy(() => import('../hr/LeaveTypesScreen')),
  },
  {
    path: '/settings/members',
    label: 'Members',
    section: 'Settings',
    permission: 'identity.member:read',
    component: lazy(() => import('../settings/MembersScreen')),
  },
  {
    path: '/settings/roles',
    label: 'Roles',
    section: 'Settings',
    permission: 'identity.member:read',
    component: lazy(() => import('../settings/RolesScreen')),
  },
  {
    path: '/settings/api-keys',
    label: 'API keys',
    section: 'Settings',
    permission: 'identity.apikey:manage',
    component: lazy(() => import('../settings/api-keys/ApiKeysScreen')),
  },
  {
    path: '/settings/audit',
    label: 'Audit log',
    section: 'Settings',
    permission: 'identity.audit:read',
    component: lazy(() => import('../settings/audit/AuditLogScreen')),
  },
  {
    path: '/settings/security',
    label: 'Security',
    section: 'Settings',
    permission: null,
    component: lazy(() => import('../settings/security/SecurityScreen')),
  },
];

export function visibleScreens(permissions: readonly string[]): Screen[] {
  return SCREENS.filter((screen) => screen.permission === null || permissions.includes(screen.permission));
}
