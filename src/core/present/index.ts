// What people see: the views' wording, the SVG charts and the dashboard page, all as pure functions.
export * from './language';
export * from './plural';
export * from './formatDuration';
export * from './viewText';
export * from './charts';
export { dashboardHtml, escapeHtml, type DashboardPage } from './dashboardHtml';
export * from './deliveryText';
export * from './retrospective';
export * from './madr';
