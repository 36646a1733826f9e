/**
 * What the other dues helpers build on (the files in and out, the UI's e2e): the core functions behind the
 * commands, taking the session (or its database) directly.
 */
export { salaryInForce, applySalaryRows, type AmountRow } from './salaries';
export { applyPayrollPayments, type PayrollResult } from './payroll';
export { monthLedger, computeMonth } from './ledger';
export { arrearsAsOf } from './arrears';
export { memberHistory } from './history';
export { yearReport } from './report';
export { listPayments } from './payments';
export { monthVi } from './months';
