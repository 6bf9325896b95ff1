"""The supervision cycle on the store: plans, progress, judgement against the calendar, cross-year audit,
rankings and the supervision report."""
