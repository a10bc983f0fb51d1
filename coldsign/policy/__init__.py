"""Pure policy decisions: spend analysis, rules, configuration."""
