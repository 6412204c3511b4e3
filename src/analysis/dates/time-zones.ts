// Time-zone abbreviations as news writes them after a clock time ("6:40AM ET", "0930 GMT"): one
// list for every reader that must not take the zone for something else (a body's acronym, a year).
export const TIME_ZONES: readonly string[] =
  'UTC GMT BST IST CET CEST EET EEST WET WEST MSK ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST AT AST ADT NST NDT AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT WIB SAST WAT CAT EAT'.split(' ');
