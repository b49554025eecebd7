/** The elements' tag names, in the order the drop-in registers them (ketamine-widgets.ts). */
export const TAGS = ['ketamine-facts', 'dose-range', 'risk-checklist'] as const;
export type Tag = (typeof TAGS)[number];
