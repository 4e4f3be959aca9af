/**
 * One target of issue #16 and what a run measured for it. Figures the issue
 * asks for without a bound (other sizes, plans) are "reported".
 */
export interface TargetVerdict {
  target: string;
  measured: string;
  verdict: 'met' | 'missed' | 'not measured' | 'reported';
}
