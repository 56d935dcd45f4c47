// The admin view's tools that wait for its first content (admin-checks.tsx): the person check and the audit, in one
// chunk, so that the modules they share with the list views stay in the chunks those views load.
export { PersonCheck } from '@/features/admin/person-check';
export { AuditPanel } from '@/features/admin/audit/audit-panel';
