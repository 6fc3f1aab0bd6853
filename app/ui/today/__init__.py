"""The Today page and what it shares with the Follow-ups calendar.

``install_followup_pages(window, today)`` (in ``install``) adds both pages to
the main window; ``clock.today`` is the one place they ask the date.
"""
