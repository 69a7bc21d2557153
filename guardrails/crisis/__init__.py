"""Crisis detection and escalation."""
