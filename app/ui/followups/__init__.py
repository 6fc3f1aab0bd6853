"""The Follow-ups page: a week/month calendar of every follow-up, with .ics export."""
