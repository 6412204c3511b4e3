// Public entry point of the PNG chart renderer. Everything is drawn with the built-in bitmap
// font (font.ts), so output is identical on every machine and needs no system fonts.
export { timelineChart, type TimelineChartEntry } from './timeline.ts';
export { coverageGridChart, type CoverageGrid } from './coverage.ts';
